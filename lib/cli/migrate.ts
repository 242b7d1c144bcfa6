/** npm run db:migrate — applies the Drizzle migrations to the configured database (no demo data). */
import { openDatabase } from '@/lib/db/client';

openDatabase({ role: 'migrate command', seedDemo: false })
  .then(async (handle) => {
    console.log(`Migrations applied (${handle.kind} database).`);
    await handle.close();
  })
  .catch((error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  });
