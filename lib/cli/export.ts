/**
 * npm run export -- <communities|grid-cells|zones|cases> [FILE]
 * Writes GeoJSON (cases: published ones, in the interchange format) to FILE or standard output.
 */
import { summarizeError } from '@/lib/log/describe-error';
import fs from 'node:fs';
import { openDatabase } from '@/lib/db/client';
import { EmbeddedDatabaseBusyError } from '@/lib/db/embedded-lock';
import { EXPORTS } from './export-kinds';

async function main() {
  const [kind, file, ...rest] = process.argv.slice(2);
  if (!(kind in EXPORTS) || rest.length > 0) {
    console.error(`Usage: npm run export -- <${Object.keys(EXPORTS).join('|')}> [FILE]`);
    process.exit(2);
  }
  const handle = await openDatabase({ role: 'export command', seedDemo: false }).catch((error: unknown) => {
    if (error instanceof EmbeddedDatabaseBusyError) {
      console.error(`${error.message}\nWhile the app runs, use its endpoint instead: curl http://localhost:3000/api/${kind}`);
      process.exit(2);
    }
    throw error;
  });
  try {
    const json = JSON.stringify(await EXPORTS[kind as keyof typeof EXPORTS](handle.db, {}), null, 1);
    if (file) fs.writeFileSync(file, json + '\n');
    else process.stdout.write(json + '\n');
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Export failed: ${summarizeError(error)}`);
  process.exit(1);
});
