import { REJECTED_COUNTER, type KpiLensDatabase } from './database';

export interface StoreSummary {
  posts: number;
  lastCapturedAt: string | undefined;
  rejectedMessages: number;
}

export async function storeSummary(db: KpiLensDatabase): Promise<StoreSummary> {
  // No count of snapshots here: IndexedDB counts row by row (≈ 0.2 s for a year of them) and
  // holds up every other query of the popup meanwhile.
  const [posts, lastPost, lastProfile, rejected] = await Promise.all([
    db.posts.count(),
    db.postSnapshots.orderBy('capturedAt').last(),
    db.profileSnapshots.orderBy('capturedAt').last(),
    db.counters.get(REJECTED_COUNTER),
  ]);
  const times = [lastPost?.capturedAt, lastProfile?.capturedAt].filter((t): t is string => !!t).sort();
  return {
    posts,
    lastCapturedAt: times.at(-1),
    rejectedMessages: rejected?.value ?? 0,
  };
}
