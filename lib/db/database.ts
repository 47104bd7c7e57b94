import Dexie, { type EntityTable } from 'dexie';
import type {
  Account,
  ManualFigure,
  Post,
  PostSnapshot,
  ProfileSnapshot,
} from '../model/records';
import type { Objective } from '../model/objectives';

/** Batches already written, so a batch re-sent after a service-worker restart is written once. */
export interface ReceivedBatch {
  batchId: string;
  receivedAt: string;
}

export interface Counter {
  name: string;
  value: number;
}

export const DB_NAME = 'kpi-lens';

/**
 * The extension's database. It lives in the extension's origin: only the background (the sole
 * writer) and the extension's own pages open it; content scripts send messages instead.
 *
 * Every schema version stays here, in order, forever: a user may update from any of them.
 * Add a version with its upgrade function and a test in test/unit/db/upgrade.test.ts.
 */
export class KpiLensDatabase extends Dexie {
  posts!: EntityTable<Post>;
  postSnapshots!: EntityTable<PostSnapshot, 'id'>;
  profileSnapshots!: EntityTable<ProfileSnapshot, 'id'>;
  accounts!: EntityTable<Account>;
  objectives!: EntityTable<Objective, 'id'>;
  manualFigures!: EntityTable<ManualFigure, 'id'>;
  batches!: EntityTable<ReceivedBatch, 'batchId'>;
  counters!: EntityTable<Counter, 'name'>;

  constructor(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // v1. Index choice:
    // - postSnapshots [network+postId+capturedAt]: one post's history, and its latest by `.last()`;
    //   [network+author+capturedAt]: "snapshots of account A between two dates";
    //   [network+capturedAt]: "snapshots of network N between two dates".
    // - posts keep their latest figures (latestMetrics), so "latest snapshot of each post" of an
    //   account is the range [network+author] on posts, not a scan of snapshots.
    // - profileSnapshots [network+handle+capturedAt]: an account's follower history by range.
    // Booleans are not valid IndexedDB keys, so `owned` and `active` are not indexed.
    this.version(1).stores({
      posts: '[network+postId], [network+author], [network+publishedAt], [network+lastSeenAt], lastSeenAt',
      postSnapshots:
        '++id, [network+postId+capturedAt], [network+author+capturedAt], [network+capturedAt], capturedAt',
      profileSnapshots: '++id, [network+handle+capturedAt], [network+capturedAt], capturedAt',
      accounts: '[network+handle], network',
      objectives: 'id, createdAt',
      manualFigures: 'id, [network+handle], periodStart',
      batches: 'batchId, receivedAt',
      counters: 'name',
    });
  }
}

let shared: KpiLensDatabase | undefined;

/** The database of the extension's origin, opened once per context. */
export function getDatabase(): KpiLensDatabase {
  shared ??= new KpiLensDatabase();
  return shared;
}
