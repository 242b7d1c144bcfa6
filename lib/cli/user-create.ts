/**
 * npm run user:create -- --role <admin|staff|official> USERNAME
 * Reads the password from standard input (first line), so scripts can pipe it in and it never shows in `ps`.
 */
import { summarizeError } from '@/lib/log/describe-error';
import { parseArgs } from 'node:util';
import { hashPassword, MIN_PASSWORD_LENGTH } from '@/lib/auth/password';
import { openDatabase } from '@/lib/db/client';
import { createUser, findUserByUsername } from '@/lib/db/queries/users';
import { USER_ROLES, type UserRole } from '@/lib/db/schema';

const USAGE = `Usage: npm run user:create -- --role <${USER_ROLES.join('|')}> USERNAME   (password on standard input)`;

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Password: ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0];
}

async function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { role: { type: 'string' } } });
  const [username] = positionals;
  if (!values.role || !USER_ROLES.includes(values.role as UserRole) || !username || positionals.length !== 1) fail(USAGE, 2);
  if (!/^[A-Za-z0-9._-]{2,100}$/.test(username)) fail('A username is 2–100 letters, digits, ".", "_" or "-".', 2);
  const password = await readStdin();
  if (password.length < MIN_PASSWORD_LENGTH) fail(`The password must have at least ${MIN_PASSWORD_LENGTH} characters.`, 2);
  const handle = await openDatabase({ role: 'user:create command' });
  try {
    if (await findUserByUsername(handle.db, username)) fail(`A user named ${username} exists already.`, 1);
    const user = await createUser(handle.db, { username, role: values.role as UserRole, passwordHash: await hashPassword(password) }, { label: 'user:create' });
    console.log(`Created ${user.role} ${user.username} (id ${user.id}).`);
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => fail(summarizeError(error), 1));
