import type { ZodError } from 'zod';
import type { ErrorParams, LocalizedText } from './app-error';
import { AppError } from './app-error';
import type { ErrorCode } from './catalogue';
import { renderError } from './render-error';
import { issueField, zodReason } from './zod-reason';

/** A user's mistake found by a validator: a code, its parameters, and the field at fault when there is one. */
export type Problem = { code: ErrorCode; params?: ErrorParams; field?: string };

/**
 * A problem rendered in both languages, to nest inside another message (`zone 2: …`).
 *
 * @example
 * problemText({ code: 'request.not-found' }) // → { 'zh-CN': '找不到该记录。', en: 'No such record.' }
 */
export function problemText(problem: Problem, timeZone?: string): LocalizedText {
  return { 'zh-CN': renderError('zh-CN', problem.code, problem.params, timeZone), en: renderError('en', problem.code, problem.params, timeZone) };
}

/**
 * The AppError for a problem, with its field in the answer.
 *
 * @example
 * throw problemError({ code: 'zone.self-intersection', params: { lng: 121.5, lat: 31.2 }, field: 'geometry' });
 */
export function problemError(problem: Problem): AppError {
  // A query parameter's refusal also names it as `parameter`, the field clients of the read API rely on.
  const parameter = problem.params?.parameter;
  const details = { ...(problem.field ? { field: problem.field } : {}), ...(typeof parameter === 'string' ? { parameter } : {}) };
  return new AppError(problem.code, problem.params ?? {}, { details });
}

/**
 * The first issue of a zod error as `request.field-invalid` (400; `form.field-invalid` for a staff form's 422)
 * { field, reason }, the reason in both languages (`zodReason`: the schema's named reason, else the issue's kind).
 *
 * @example
 * zodProblem(schema.safeParse({ name: '' }).error!) // → { code: 'request.field-invalid', params: { field: 'name', reason: { … } }, field: 'name' }
 */
export function zodProblem(error: ZodError, options: { prefix?: string; code?: 'request.field-invalid' | 'form.field-invalid'; issue?: ZodError['issues'][number] } = {}): Problem {
  const issue = options.issue ?? error.issues[0];
  const field = issueField(issue, options.prefix);
  return { code: options.code ?? 'request.field-invalid', params: { field, reason: zodReason(issue) }, field };
}

/**
 * A problem naming a field and a reason in both languages.
 *
 * @example
 * fieldProblem('isDisabled', { 'zh-CN': '须为 true 或 false', en: 'must be true or false' })
 */
export function fieldProblem(field: string, reason: LocalizedText, code: 'request.field-invalid' | 'form.field-invalid' = 'request.field-invalid'): Problem {
  return { code, params: { field, reason }, field };
}
