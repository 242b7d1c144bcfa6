/** npm run db:migrate — applies the Drizzle migrations to the configured database (no demo data). */
import { summarizeError } from '@/lib/log/describe-error';
import { openDatabase } from '@/lib/db/client';

openDatabase({ role: 'migrate command', seedDemo: false })
  .then(async (handle) => {
    console.log(`Migrations applied (${handle.kind} database).`);
    await handle.close();
  })
  .catch((error: unknown) => {
    console.error(summarizeError(error));
    process.exit(1);
  });
