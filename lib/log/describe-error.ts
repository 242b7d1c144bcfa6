/** What the log keeps of an error: codes and names, never a database statement's values or its text. */
export type LoggedError = {
  type: string;
  /** An AppError's code, a SQLSTATE (`23505`) or a Node error code (`ECONNREFUSED`). */
  code?: string;
  /** The database statement as verb and table (`insert resident_reports`), never its text or parameters. */
  statement?: string;
  table?: string;
  constraint?: string;
  column?: string;
  routine?: string;
  /** Only for errors that are not from the database, whose messages can quote the values they refused. */
  message?: string;
  stack?: string[];
  cause?: LoggedError;
};

const SQLSTATE = /^[0-9A-Z]{5}$/;
const MAX_CAUSE_DEPTH = 4;

/**
 * A statement's name for the log: its verb and first table (`insert resident_reports`, `select users`),
 * from the query text, which is then dropped (it can hold literal values).
 *
 * @example
 * statementName('insert into "resident_reports" ("name") values ($1)') // → 'insert resident_reports'
 */
export function statementName(query: string): string {
  const text = query.replace(/\s+/g, ' ').trim();
  const verb = /^(with|select|insert|update|delete|create|alter|drop|begin|commit|rollback|set|savepoint|release|lock|truncate|do)\b/i.exec(text)?.[1]?.toLowerCase() ?? 'statement';
  const table = /\b(?:into|from|update|table|join)\s+((?:"[^"]+"|[a-z_][a-z0-9_]*)(?:\.(?:"[^"]+"|[a-z_][a-z0-9_]*))?)/i.exec(text)?.[1]?.replace(/"/g, '');
  return table ? `${verb} ${table}` : verb;
}

/** Stack frames only: the first lines of a stack repeat the message, which for a database error holds values. */
function framesOf(stack: unknown): string[] | undefined {
  if (typeof stack !== 'string') return undefined;
  const frames = stack.split('\n').filter((line) => /^\s+at /.test(line)).map((line) => line.trim());
  return frames.length ? frames.slice(0, 12) : undefined;
}

function stringField(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= 200 ? value : undefined;
}

function isDatabaseError(error: Record<string, unknown>): boolean {
  const code = error.code;
  return (typeof error.query === 'string') || (typeof code === 'string' && SQLSTATE.test(code) && ('severity' in error || 'routine' in error));
}

/**
 * The parts of an error that are safe to log. A Drizzle query error keeps the statement's name and its
 * cause's SQLSTATE, table and constraint; its message, query text, parameters and the driver's `detail`
 * (which repeat the values: a resident's name, phone, trajectory, a password hash) are dropped.
 *
 * @example
 * describeError(drizzleError) // → { type: 'DrizzleQueryError', statement: 'insert resident_reports', cause: { type: 'PostgresError', code: '22021', ... } }
 */
export function describeError(error: unknown, depth = 0): LoggedError {
  if (typeof error !== 'object' || error === null) return { type: typeof error, message: scrubLogText(String(error)).slice(0, 500) };
  const record = error as Record<string, unknown>;
  const type = stringField(record.name) ?? stringField(record.constructor?.name) ?? 'Error';
  const described: LoggedError = { type };
  const code = record.code;
  if (typeof code === 'string' || typeof code === 'number') described.code = String(code);
  if (isDatabaseError(record)) {
    if (typeof record.query === 'string') described.statement = statementName(record.query);
    described.table = stringField(record.table_name ?? record.table);
    described.constraint = stringField(record.constraint_name ?? record.constraint);
    described.column = stringField(record.column_name ?? record.column);
    described.routine = stringField(record.routine);
  } else if (typeof record.message === 'string') {
    described.message = scrubLogText(record.message).slice(0, 1000);
  }
  described.stack = framesOf(record.stack);
  if (record.cause !== undefined && depth < MAX_CAUSE_DEPTH) described.cause = describeError(record.cause, depth + 1);
  for (const key of Object.keys(described) as (keyof LoggedError)[]) if (described[key] === undefined) delete described[key];
  return described;
}

/**
 * Text on its way to the log with any database statement cut out: Drizzle's `Failed query: … params: …`
 * and a driver's `Key (…)=(…)` detail both quote the values.
 *
 * @example
 * scrubLogText('Failed query: insert into t values ($1)\nparams: 13800000000') // → 'Failed query: [statement withheld]'
 */
export function scrubLogText(text: string): string {
  return text
    .replace(/Failed query:[\s\S]*/g, 'Failed query: [statement withheld]')
    .replace(/\bparams:[\s\S]*/g, 'params: [withheld]')
    .replace(/Key \([^)]*\)=\([\s\S]*?\)/g, 'Key [withheld]');
}

/**
 * One line for a terminal (CLI commands): the message of an ordinary error, scrubbed; for a database
 * error its SQLSTATE, statement name and constraint, never its values.
 *
 * @example
 * summarizeError(drizzleError) // → 'database error 23505 (insert users, constraint users_username_unique)'
 */
export function summarizeError(error: unknown): string {
  const described = describeError(error);
  const database = [described, described.cause, described.cause?.cause].find((d) => d && (d.statement || (d.code && SQLSTATE.test(d.code) && !d.message)));
  if (!database) return described.message ?? described.type;
  const found = [described, described.cause, described.cause?.cause].filter((d): d is LoggedError => d !== undefined);
  const code = found.find((d) => d.code && SQLSTATE.test(d.code))?.code;
  const statement = found.find((d) => d.statement)?.statement;
  const constraint = found.find((d) => d.constraint)?.constraint;
  return `database error${code ? ` ${code}` : ''} (${[statement, constraint && `constraint ${constraint}`].filter(Boolean).join(', ') || 'statement withheld'})`;
}
