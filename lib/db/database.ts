import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { Account, Network, ManualFigure, Post, PostSnapshot, ProfileSnapshot } from '../model/records';
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
 * The counter of messages the background refused. Defined here, not in ./receive (which holds the
 * messages' Zod schemas and the ingest code), so that the popup can read it without loading those.
 */
export const REJECTED_COUNTER = 'rejectedMessages';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

/**
 * Every schema version, in order, forever: a user may update from any of them. Never edit a
 * version that has shipped; add the next one with its upgrade function, and extend
 * test/unit/db/upgrade.test.ts with a database written at the previous version.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    // v1. Index choice:
    // - postSnapshots [network+postId+capturedAt]: one post's history, and its latest by `.last()`;
    //   [network+author+capturedAt]: "snapshots of account A between two dates";
    //   [network+capturedAt]: "snapshots of network N between two dates".
    // - posts keep their latest figures (latestMetrics), so "latest snapshot of each post" of an
    //   account is the range [network+author] on posts, not a scan of snapshots.
    // - profileSnapshots [network+handle+capturedAt]: an account's follower history by range.
    // Booleans are not valid IndexedDB keys, so `owned` and `active` are not indexed.
    stores: {
      posts: '[network+postId], [network+author], [network+publishedAt], [network+lastSeenAt], lastSeenAt',
      postSnapshots:
        '++id, [network+postId+capturedAt], [network+author+capturedAt], [network+capturedAt], capturedAt',
      profileSnapshots: '++id, [network+handle+capturedAt], [network+capturedAt], capturedAt',
      accounts: '[network+handle], network',
      objectives: 'id, createdAt',
      manualFigures: 'id, [network+handle], periodStart',
      batches: 'batchId, receivedAt',
      counters: 'name',
    },
  },
  {
    // v2: an account's posts published in a period are one index range (the popup's overview and
    // the per-post KPIs read them on every open; v1 loaded all of the account's posts and filtered).
    version: 2,
    stores: {
      posts:
        '[network+postId], [network+author], [network+publishedAt], [network+lastSeenAt], lastSeenAt, [network+author+publishedAt]',
    },
  },
];

/**
 * The extension's database. It lives in the extension's origin: only the background (the sole
 * writer) and the extension's own pages open it; content scripts send messages instead.
 *
 * Every schema version stays here, in order, forever: a user may update from any of them.
 * Add a version with its upgrade function and a test in test/unit/db/upgrade.test.ts.
 */
export class KpiLensDatabase extends Dexie {
  posts!: Table<Post, [Network, string]>;
  postSnapshots!: EntityTable<PostSnapshot, 'id'>;
  profileSnapshots!: EntityTable<ProfileSnapshot, 'id'>;
  accounts!: Table<Account, [Network, string]>;
  objectives!: EntityTable<Objective, 'id'>;
  manualFigures!: EntityTable<ManualFigure, 'id'>;
  batches!: EntityTable<ReceivedBatch, 'batchId'>;
  counters!: EntityTable<Counter, 'name'>;

  constructor(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    for (const step of SCHEMA_VERSIONS) {
      const version = this.version(step.version).stores(step.stores);
      if (step.upgrade) version.upgrade(step.upgrade);
    }
  }
}

let shared: KpiLensDatabase | undefined;

/** The database of the extension's origin, opened once per context. */
export function getDatabase(): KpiLensDatabase {
  shared ??= new KpiLensDatabase();
  return shared;
}
