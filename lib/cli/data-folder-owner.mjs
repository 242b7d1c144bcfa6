// Who holds an embedded database folder: the same lock file lib/db/embedded-lock.ts writes and honours
// (plain JavaScript so `npm start` can check it before building or starting anything).
import fs from 'node:fs';
import path from 'node:path';

/** The live process holding `dataDir` ({ pid, role }), or undefined when it is free or its owner died. */
export function liveDataFolderOwner(dataDir) {
  let record;
  try {
    record = JSON.parse(fs.readFileSync(path.join(dataDir, 'gridwatch.lock'), 'utf8'));
  } catch {
    return undefined;
  }
  if (!Number.isInteger(record?.pid) || record.pid === process.pid) return undefined;
  try {
    process.kill(record.pid, 0);
  } catch (error) {
    if (error.code !== 'EPERM') return undefined;
  }
  return { pid: record.pid, role: String(record.role ?? 'unknown') };
}
