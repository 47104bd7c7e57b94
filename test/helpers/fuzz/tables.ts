/**
 * What the database holds, table by table: to show that a rejected message wrote nothing.
 */
import type { KpiLensDatabase } from '../../../lib/db/database';

interface Options {
  /** Tables left out (the rejection counter is the one table a rejection writes to). */
  except?: readonly string[];
}

function tablesOf(db: KpiLensDatabase, options: Options) {
  return db.tables.filter((table) => !(options.except ?? []).includes(table.name));
}

/** Rows per table. */
export async function tableCounts(
  db: KpiLensDatabase,
  options: Options = {},
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tablesOf(db, options)) counts[table.name] = await table.count();
  return counts;
}

/** Every row of every table, as stored. */
export async function tableContents(
  db: KpiLensDatabase,
  options: Options = {},
): Promise<Record<string, unknown[]>> {
  const contents: Record<string, unknown[]> = {};
  for (const table of tablesOf(db, options)) contents[table.name] = await table.toArray();
  return contents;
}
