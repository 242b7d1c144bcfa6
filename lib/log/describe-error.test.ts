import { describe, expect, it } from 'vitest';
import { describeError, scrubLogText, statementName } from './describe-error';

const PHONE = '13812345678';
const HASH = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo';

/** Shaped like drizzle-orm's DrizzleQueryError around a postgres-js PostgresError. */
function drizzleError() {
  const cause = Object.assign(new Error(`duplicate key value violates unique constraint "users_username_unique"`), {
    name: 'PostgresError', severity: 'ERROR', code: '23505', detail: `Key (username)=(admin) already exists. ${HASH}`,
    table_name: 'users', constraint_name: 'users_username_unique', routine: '_bt_check_unique', parameters: ['admin', HASH],
  });
  const query = 'insert into "users" ("username", "password_hash", "phone") values ($1, $2, $3)';
  return Object.assign(new Error(`Failed query: ${query}\nparams: admin,${HASH},${PHONE}`, { cause }), { name: 'DrizzleQueryError', query, params: ['admin', HASH, PHONE] });
}

describe('statementName', () => {
  it('names a statement by verb and first table', () => {
    expect(statementName('insert into "resident_reports" ("name") values ($1)')).toBe('insert resident_reports');
    expect(statementName('select "id" from "users" where "username" = $1')).toBe('select users');
    expect(statementName('update "zones" set "name" = $1')).toBe('update zones');
    expect(statementName('begin')).toBe('begin');
    expect(statementName("select 'x'")).toBe('select');
  });
});

describe('describeError', () => {
  it('keeps the code, statement name, table and constraint of a database error and none of its values', () => {
    const described = describeError(drizzleError());
    expect(described).toMatchObject({ type: 'DrizzleQueryError', statement: 'insert users', cause: { type: 'PostgresError', code: '23505', table: 'users', constraint: 'users_username_unique' } });
    const text = JSON.stringify(described);
    for (const planted of [PHONE, HASH, 'admin', 'values ($1']) expect(text).not.toContain(planted);
    expect(described.stack?.[0]).toMatch(/^at /);
  });

  it('keeps the message of an error that is not from the database', () => {
    expect(describeError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }))).toMatchObject({ type: 'Error', code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:1' });
    expect(describeError('plain')).toEqual({ type: 'string', message: 'plain' });
  });

  it('scrubs a statement quoted inside another error’s message', () => {
    const wrapped = new Error(`Seeding failed: Failed query: insert into "users" values ($1)\nparams: ${HASH}`);
    expect(JSON.stringify(describeError(wrapped))).not.toContain(HASH);
  });
});

describe('scrubLogText', () => {
  it('withholds statements, parameters and key details', () => {
    expect(scrubLogText(`Failed query: insert into t values ($1)\nparams: ${PHONE}`)).toBe('Failed query: [statement withheld]');
    expect(scrubLogText(`Key (phone)=(${PHONE}) already exists.`)).toBe('Key [withheld] already exists.');
  });
});

describe('summarizeError', () => {
  it('gives a terminal line without values', async () => {
    const { summarizeError } = await import('./describe-error');
    expect(summarizeError(drizzleError())).toBe('database error 23505 (insert users, constraint users_username_unique)');
    expect(summarizeError(new Error('Cannot read file.csv'))).toBe('Cannot read file.csv');
  });
});
