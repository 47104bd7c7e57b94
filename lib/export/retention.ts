import type { KpiLensDatabase } from '../db/database';

export interface PrunedData {
  posts: number;
  postSnapshots: number;
  profileSnapshots: number;
}

/**
 * The retention's cutoff: `months` calendar months before `now` (UTC), or undefined when the
 * user keeps everything (0, absent, or not a positive whole number).
 */
export function retentionCutoff(months: number | undefined, now: Date): string | undefined {
  if (months === undefined || !Number.isInteger(months) || months <= 0) return undefined;
  const cutoff = new Date(now.getTime());
  const day = cutoff.getUTCDate();
  cutoff.setUTCDate(1);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  // 31 March − 1 month is the last day of February, not 3 March.
  const lastDay = new Date(Date.UTC(cutoff.getUTCFullYear(), cutoff.getUTCMonth() + 1, 0)).getUTCDate();
  cutoff.setUTCDate(Math.min(day, lastDay));
  return cutoff.toISOString();
}

/**
 * Deletes, in one transaction, the snapshots captured before `cutoffIso` (by the `capturedAt`
 * indexes) and the posts last seen before it. Accounts, objectives and hand-entered figures are
 * the user's own choices and are kept. Times are compared as the canonical ISO strings the
 * database stores.
 */
export async function pruneOlderThan(db: KpiLensDatabase, cutoffIso: string): Promise<PrunedData> {
  const cutoff = new Date(cutoffIso).toISOString();
  return db.transaction('rw', [db.posts, db.postSnapshots, db.profileSnapshots], async () => ({
    postSnapshots: await db.postSnapshots.where('capturedAt').below(cutoff).delete(),
    profileSnapshots: await db.profileSnapshots.where('capturedAt').below(cutoff).delete(),
    posts: await db.posts.where('lastSeenAt').below(cutoff).delete(),
  }));
}
