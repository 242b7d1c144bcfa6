/** npm run db:seed — loads the demo scenario into an empty database (any database, whatever GRIDWATCH_DEMO says). */
import { summarizeError } from '@/lib/log/describe-error';
import { openDatabase } from '@/lib/db/client';
import { seedDemoIfEmpty } from '@/lib/db/seed-demo';

openDatabase({ role: 'seed command', seedDemo: false })
  .then(async (handle) => {
    const hasSeeded = await seedDemoIfEmpty(handle.db);
    console.log(hasSeeded ? 'Demo data loaded.' : 'The database already holds data: nothing loaded.');
    await handle.close();
  })
  .catch((error: unknown) => {
    console.error(summarizeError(error));
    process.exit(1);
  });
