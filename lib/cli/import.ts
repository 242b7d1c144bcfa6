/**
 * npm run import -- <communities|grid-cells|zones|cases|places> FILE [--publish] [--datum gcj02] [--case-code C-1] [--source NAME]
 *   [--dry-run] [--replace-published]
 * Validates the whole file, then saves it in one transaction (idempotent by natural key). Cases: prints what
 * the file would change first; a file that would replace a published case's track imports nothing and
 * exits 3 naming those cases, unless --replace-published. Cases also come from spreadsheets (CSV in
 * UTF-8 or GBK, XLSX; see lib/import/spreadsheet): skipped rows and rows that need a place on the map are
 * printed in Chinese and English.
 */
import { summarizeError } from '@/lib/log/describe-error';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '@/lib/db/client';
import { EmbeddedDatabaseBusyError } from '@/lib/db/embedded-lock';
import { settings } from '@/lib/env';
import { DATUMS, type Datum } from '@/lib/import/datum';
import { ImportError } from '@/lib/import/import-error';
import { IMPORT_KINDS, runImport, type ImportKind } from '@/lib/import/run-import';
import { describePreview } from '@/lib/cases/describe-import';
import { isAppError } from '@/lib/errors/app-error';
import { renderError } from '@/lib/errors/render-error';
import { formatInstant } from '@/lib/i18n/format-time';
import { messages } from '@/lib/i18n/messages';

const USAGE = `Usage: npm run import -- <${IMPORT_KINDS.join('|')}> FILE [--publish] [--datum wgs84|gcj02] [--case-code CODE] [--source NAME] [--dry-run] [--replace-published]`;
/** Exit status when the import would change published cases without --replace-published (scripts can tell it apart). */
const EXIT_PUBLISHED_CHANGE = 3;

/** A coded message in both languages: the CLI has no reader's language to choose. */
function bilingual(code: Parameters<typeof renderError>[1], params: Parameters<typeof renderError>[2]): string {
  return `${renderError('zh-CN', code, params, settings.timeZone)} / ${renderError('en', code, params, settings.timeZone)}`;
}

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      publish: { type: 'boolean', default: false },
      datum: { type: 'string', default: 'wgs84' },
      'case-code': { type: 'string' },
      source: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      'replace-published': { type: 'boolean', default: false },
    },
  });
  const [kind, file] = positionals;
  if (!IMPORT_KINDS.includes(kind as ImportKind) || !file || positionals.length > 2) fail(USAGE, 2);
  if (!DATUMS.includes(values.datum as Datum)) fail(`--datum must be one of ${DATUMS.join(', ')}\n${USAGE}`, 2);
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    fail(`Cannot read ${file}: ${(error as Error).message}`, 2);
  }
  const handle = await openDatabase({ role: 'import command', seedDemo: false }).catch((error: unknown) => {
    if (error instanceof EmbeddedDatabaseBusyError) fail(`${error.message}\nNothing was imported.`, 2);
    throw error;
  });
  console.log(`Database open (${handle.kind}); importing ${kind} from ${file} in one transaction…`);
  try {
    const summary = await runImport(handle.db, kind as ImportKind, bytes, {
      fileName: path.basename(file),
      datum: values.datum as Datum,
      publish: values.publish,
      caseCode: values['case-code'],
      source: values.source,
      timeZone: settings.timeZone,
      replacePublished: values['replace-published'],
      isDryRun: values['dry-run'],
    });
    if (summary.preview) {
      for (const line of describePreview(summary.preview, messages.en, (ms) => formatInstant(ms, 'en', settings.timeZone))) console.log(line);
    } else {
      for (const warning of summary.warnings) console.warn(`warning: ${warning}`);
    }
    for (const { code, params } of summary.sheetWarnings ?? []) console.warn(`warning [${code}] ${bilingual(code, params)}`);
    if (summary.unplaced?.length) {
      console.warn(`${summary.unplaced.length} rows were not imported: they need a place on the map (未导入：需在地图上标出地点). Add their coordinates, or add the visits in the case workspace:`);
      for (const row of summary.unplaced) console.warn(`  row ${row.row}: ${row.caseCode} ${row.place ?? ''} ${row.start} – ${row.end}`);
    }
    if (values['dry-run']) {
      console.log(`Dry run: nothing was imported.`);
      return;
    }
    const visits = summary.visits === undefined ? '' : `, ${summary.visits} visits`;
    if (kind === 'places') console.log(`Imported gazetteer from ${file}: ${summary.inserted} places (replacing ${summary.updated}).`);
    else console.log(`Imported ${kind} from ${file}: ${summary.inserted} new, ${summary.updated} updated${visits}${values.publish ? ', published' : ''}.`);
  } catch (error) {
    if (error instanceof ImportError) fail(`${file}: ${error.message}\nNothing was imported.`, 1);
    if (isAppError(error)) {
      const hint = error.code === 'import.published-change' ? '\nRun again with --replace-published to replace them (the audit log keeps each track before and after).' : '';
      fail(`${file}: [${error.code}] ${bilingual(error.code, error.params)}${hint}`, error.code === 'import.published-change' ? EXIT_PUBLISHED_CHANGE : 1);
    }
    throw error;
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => fail(`Import failed: ${summarizeError(error)}`, 1));
