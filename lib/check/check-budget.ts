import { AppError } from '@/lib/errors/app-error';
import type { WorkBudgetExceededError, WorkMeasure } from '@/lib/overlap/work-budget';

const MEASURE_TEXT: Record<WorkMeasure, string> = { 'candidate-pairs': 'candidate pairs', cells: 'H3 cells', 'wall-time': 'ms' };

/**
 * The coded 422 a resident sees when their trajectory exceeds a check's work budget.
 *
 * @example
 * budgetAppError(new WorkBudgetExceededError('cells', 1_000_000)).code // → 'check.work-budget-exceeded'
 */
export function budgetAppError(error: Pick<WorkBudgetExceededError, 'measure' | 'limit'>): AppError {
  return new AppError('check.work-budget-exceeded', { measure: error.measure, limit: `${error.limit.toLocaleString('en')} ${MEASURE_TEXT[error.measure]}` });
}
