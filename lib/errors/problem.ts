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
  return new AppError(problem.code, problem.params ?? {}, { details: problem.field ? { field: problem.field } : {} });
}

/** zod's own English messages start with these; any other message is a hint the schema wrote for people. */
const ZOD_DEFAULT = /^(Invalid|Too (small|big)|Unrecognized key)/;

/**
 * The first issue of a zod error as `request.field-invalid` (400; `form.field-invalid` for a staff form's 422)
 * { field, reason }: the reason in both languages from the issue's kind, except that a schema's own English
 * hint is kept for English readers.
 *
 * @example
 * zodProblem(schema.safeParse({ name: '' }).error!) // → { code: 'request.field-invalid', params: { field: 'name', reason: { … } }, field: 'name' }
 */
export function zodProblem(error: ZodError, options: { prefix?: string; code?: 'request.field-invalid' | 'form.field-invalid' } = {}): Problem {
  const issue = error.issues[0];
  const field = issueField(issue, options.prefix);
  const reason = zodReason(issue);
  const en = ZOD_DEFAULT.test(issue.message) ? reason.en : issue.message;
  return { code: options.code ?? 'request.field-invalid', params: { field, reason: { ...reason, en } }, field };
}
