/**
 * npm run export -- <communities|grid-cells|zones|cases|daily-report|case-template> [FILE] [--day YYYY-MM-DD]
 * The format follows FILE's extension: .geojson/.json, .csv (UTF-8 with BOM) or .xlsx; without FILE, GeoJSON
 * to standard output. Cases: published ones, in the layout `npm run import -- cases` reads back. The daily
 * report (CSV or XLSX) has one row per community for --day (default today in GRIDWATCH_TZ).
 */
import { summarizeError } from '@/lib/log/describe-error';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { openDatabase } from '@/lib/db/client';
import { EmbeddedDatabaseBusyError } from '@/lib/db/embedded-lock';
import { settings } from '@/lib/env';
import { isAppError } from '@/lib/errors/app-error';
import { renderError } from '@/lib/errors/render-error';
import { buildExport, EXPORT_KINDS, formatOfFileName, type ExportKind } from '@/lib/export/build-export';

const USAGE = `Usage: npm run export -- <${EXPORT_KINDS.join('|')}> [FILE.geojson|FILE.csv|FILE.xlsx] [--day YYYY-MM-DD]`;

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

async function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { day: { type: 'string' } } });
  const [kind, file] = positionals;
  if (!EXPORT_KINDS.includes(kind as ExportKind) || positionals.length > 2) fail(USAGE, 2);
  const format = file ? formatOfFileName(file) : 'geojson';
  if (!format) fail(`${file}: the extension must be .geojson, .json, .csv or .xlsx\n${USAGE}`, 2);
  const handle = await openDatabase({ role: 'export command', seedDemo: false }).catch((error: unknown) => {
    if (error instanceof EmbeddedDatabaseBusyError) {
      fail(`${error.message}\nWhile the app runs, download it from the staff pages instead (/api/staff/exports/${kind}.${format}).`, 2);
    }
    throw error;
  });
  try {
    const exported = await buildExport(handle.db, kind as ExportKind, format, {
      timeZone: settings.timeZone,
      noEpidemicDays: settings.noEpidemicDays,
      now: new Date(),
      day: values.day,
    });
    if (file) {
      fs.writeFileSync(file, exported.body);
      console.error(`Exported ${kind} to ${file}.`);
    } else process.stdout.write(exported.body);
  } catch (error) {
    if (isAppError(error)) fail(`[${error.code}] ${renderError('zh-CN', error.code, error.params)} / ${renderError('en', error.code, error.params)}`, 1);
    throw error;
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => fail(`Export failed: ${summarizeError(error)}`, 1));
