import { describe, expect, it } from 'vitest';
import { FACEBOOK_FIXTURES, type FacebookFixture } from '../fixtures/facebook/expectations';
import { storedProblems, type Bounds, type Dump } from './figures';
import { dumpDatabase, launch, waitFor } from './harness.mjs';

function expectedPosts(fixture: FacebookFixture) {
  return fixture.posts.map((p) => {
    const metrics: Record<string, Bounds | 'unknown'> = { ...p.metrics };
    for (const name of p.unknown ?? []) metrics[name] = 'unknown';
    return { ...p, metrics };
  });
}

describe('Facebook end to end in real Chromium', () => {
  for (const fixture of FACEBOOK_FIXTURES) {
    it(`${fixture.file}: ${fixture.url} — the figures land in the database`, async () => {
      const h = await launch(); // several fixtures share an address: a fresh profile each
      try {
        h.serve({ [fixture.url]: fixture.file });
        const tab = await h.context.newPage();
        await tab.goto(fixture.url);
        const check = (d: Dump) => storedProblems(d, 'facebook', expectedPosts(fixture), fixture.profiles);
        const db: Dump = await waitFor(
          () => dumpDatabase(h),
          (d: Dump) => check(d).length === 0 && (d.posts?.length ?? 0) >= fixture.postCount,
          20_000,
        );
        expect(check(db)).toEqual([]);
        // Comments and the stale feed copy under a dialog are not stored as posts.
        expect(db.posts?.length).toBe(fixture.postCount);
      } finally {
        await h.close();
      }
    });
  }
});
