import type { KpiLensDatabase } from '../../../lib/db/database';
import type {
  Account,
  MetricReading,
  Network,
  Post,
  PostMetrics,
  PostSnapshot,
  ProfileSnapshot,
} from '../../../lib/model/records';

export const DAY = 24 * 60 * 60 * 1000;

/** An ISO instant `days` before (negative: after) a reference time. */
export const daysBefore = (ref: string, days: number): string =>
  new Date(Date.parse(ref) - days * DAY).toISOString();

export const exact = (n: number): MetricReading => ({ value: n, raw: String(n), min: n, max: n });

/** A rounded figure as a page shows it ("1,2 k" → 1150–1249). */
export const rounded = (raw: string, value: number, min: number, max: number | null): MetricReading => ({
  value,
  raw,
  min,
  max,
});

export function profileSnapshot(
  handle: string,
  capturedAt: string,
  followers: MetricReading | number,
  network: Network = 'x',
): ProfileSnapshot {
  return {
    network,
    handle,
    metrics: { followers: typeof followers === 'number' ? exact(followers) : followers },
    capturedAt,
    pageUrl: `https://x.com/${handle}`,
    locale: 'fr',
    parserVersion: 1,
  };
}

export function post(p: Partial<Post> & { postId: string }): Post {
  const seen = p.publishedAt ?? p.firstSeenAt ?? '2026-01-01T00:00:00.000Z';
  return {
    network: 'x',
    url: `https://x.com/acme/status/${p.postId}`,
    author: 'acme',
    hashtags: [],
    mentions: [],
    firstSeenAt: seen,
    lastSeenAt: seen,
    latestMetrics: {},
    ...p,
  };
}

export function postSnapshot(
  postId: string,
  capturedAt: string,
  metrics: PostMetrics,
  author = 'acme',
  network: Network = 'x',
): PostSnapshot {
  return {
    network,
    postId,
    author,
    metrics,
    capturedAt,
    pageUrl: 'https://x.com/home',
    locale: 'fr',
    parserVersion: 1,
  };
}

export const interactions = (
  likes: number,
  comments: number,
  shares: number,
  views?: number,
): PostMetrics => ({
  likes: exact(likes),
  comments: exact(comments),
  shares: exact(shares),
  ...(views === undefined ? {} : { views: exact(views) }),
});

export function account(handle: string, owned: boolean, network: Network = 'x'): Account {
  return { network, handle, owned, addedAt: '2026-01-01T00:00:00.000Z' };
}

export async function freshDatabase(): Promise<KpiLensDatabase> {
  const { KpiLensDatabase } = await import('../../../lib/db/database');
  const db = new KpiLensDatabase(`t-${Math.random()}`);
  await db.open();
  return db;
}

/** Rows the database hands back per table, below Dexie's API: what a query really reads. */
export interface ReadCounter {
  rows: Record<string, number>;
  cursors: Record<string, number>;
}

/** A fresh database that counts the rows each table returns and the cursors opened on it. */
export async function countingDatabase(): Promise<{ db: KpiLensDatabase; reads: ReadCounter }> {
  const { KpiLensDatabase } = await import('../../../lib/db/database');
  const reads: ReadCounter = { rows: {}, cursors: {} };
  const db = new KpiLensDatabase(`t-${Math.random()}`);
  db.use({
    stack: 'dbcore',
    name: 'count-reads',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          query: async (req) => {
            const res = await table.query(req);
            reads.rows[name] = (reads.rows[name] ?? 0) + res.result.length;
            return res;
          },
          openCursor: (req) => {
            reads.cursors[name] = (reads.cursors[name] ?? 0) + 1;
            return table.openCursor(req);
          },
        };
      },
    }),
  });
  await db.open();
  return { db, reads };
}
