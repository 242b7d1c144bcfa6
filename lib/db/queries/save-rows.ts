import 'server-only';
import { ImportError } from '@/lib/import/import-error';
import type { Db } from '../client';
import { databaseErrorText } from './database-error';

/**
 * Saves rows one by one inside one transaction (so a bad row rolls back all of them) and turns a database
 * refusal into an ImportError naming the row's feature number. `save` returns whether the row was new.
 */
export async function saveRowsInOneTransaction<T>(
  db: Db,
  rows: readonly T[],
  save: (tx: Db, row: T) => Promise<boolean>,
): Promise<{ inserted: number; updated: number }> {
  return db.transaction(async (tx) => {
    let inserted = 0;
    for (const [i, row] of rows.entries()) {
      try {
        if (await save(tx as unknown as Db, row)) inserted++;
      } catch (error) {
        if (error instanceof ImportError) throw new ImportError(error.reason, i + 1);
        throw new ImportError(databaseErrorText(error), i + 1);
      }
    }
    return { inserted, updated: rows.length - inserted };
  });
}
