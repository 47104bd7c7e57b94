import { describe, expect, it } from 'vitest';
import {
  INSTAGRAM_FIXTURES,
  type ExpectedFigure,
  type InstagramFixture,
} from '../fixtures/instagram/expectations';
import { dumpDatabase, launch, waitFor } from './harness.mjs';

type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- raw IndexedDB rows
type Dump = Record<string, Row[]>;

function figureProblem(stored: Row | undefined, expected: ExpectedFigure | undefined): string | null {
  if (expected === undefined) return null;
  if (expected === 'unknown')
    return stored === undefined ? null : `should be unknown, got ${JSON.stringify(stored)}`;
  if (!stored) return 'missing';
  return stored.value === expected.value && stored.min === expected.min && stored.max === expected.max
    ? null
    : `expected ${JSON.stringify(expected)}, got ${JSON.stringify(stored)}`;
}

function problems(db: Dump, fixture: InstagramFixture): string[] {
  const out: string[] = [];
  for (const e of fixture.posts) {
    const post = db.posts?.find((p) => p.network === 'instagram' && p.postId === e.postId);
    if (!post) {
      out.push(`${e.postId}: not stored`);
      continue;
    }
    if (post.author !== e.author) out.push(`${e.postId}: author ${post.author}`);
    if (post.url !== e.url) out.push(`${e.postId}: url ${post.url}`);
    if (e.publishedAt && post.publishedAt !== e.publishedAt)
      out.push(`${e.postId}: publishedAt ${post.publishedAt}`);
    for (const name of ['likes', 'comments', 'views'] as const) {
      const why = figureProblem(post.latestMetrics[name], e[name]);
      if (why) out.push(`${e.postId} ${name}: ${why}`);
    }
  }
  for (const e of fixture.profiles) {
    const latest = (db.profileSnapshots ?? [])
      .filter((s) => s.network === 'instagram' && s.handle === e.handle)
      .at(-1);
    if (!latest) {
      out.push(`profile ${e.handle}: not stored`);
      continue;
    }
    for (const name of ['followers', 'following', 'posts'] as const) {
      const why = figureProblem(latest.metrics[name], e[name]);
      if (why) out.push(`profile ${e.handle} ${name}: ${why}`);
    }
  }
  return out;
}

describe('Instagram end to end in real Chromium', () => {
  for (const [key, fixture] of Object.entries(INSTAGRAM_FIXTURES) as [string, InstagramFixture][]) {
    it(`${key}: ${fixture.url} — the figures land in the database with the right ids and handles`, async () => {
      // A fresh browser per page: several fixtures are served at the same address.
      const h = await launch();
      try {
        h.serve({ [fixture.url]: `test/fixtures/${fixture.file}` });
        const tab = await h.context.newPage();
        await tab.goto(fixture.url);
        const db: Dump = await waitFor(
          () => dumpDatabase(h),
          (d: Dump) => problems(d, fixture).length === 0,
          15_000,
        );
        expect(problems(db, fixture)).toEqual([]);
        if (fixture.staleMeta) {
          // The stale meta tags describe another post: nothing of it may be stored from this page.
          const ids = fixture.posts.map((p) => p.postId);
          expect(db.posts?.filter((p: Row) => !ids.includes(p.postId))).toEqual([]);
        }
      } finally {
        await h.close();
      }
    });
  }
});
