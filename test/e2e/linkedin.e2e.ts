import { describe, expect, it } from 'vitest';
import { LINKEDIN_FIXTURES, type LinkedInFixture } from '../fixtures/linkedin/expectations';
import { storedProblems, type Dump } from './figures';
import { dumpDatabase, launch, waitFor } from './harness.mjs';

describe('LinkedIn end to end in real Chromium', () => {
  for (const [key, fixture] of Object.entries(LINKEDIN_FIXTURES) as [string, LinkedInFixture][]) {
    it(`${key}: ${fixture.url} — the figures land in the database`, async () => {
      const h = await launch(); // several fixtures share an address: a fresh profile each
      try {
        h.serve({ [fixture.url]: `test/fixtures/${fixture.file}` });
        const tab = await h.context.newPage();
        await tab.goto(fixture.url);
        const check = (d: Dump) => storedProblems(d, 'linkedin', fixture.posts, fixture.profiles);
        const db: Dump = await waitFor(
          () => dumpDatabase(h),
          (d: Dump) => check(d).length === 0,
          15_000,
        );
        expect(check(db)).toEqual([]);
        // Emptied off-screen shells are not stored as posts with zeros.
        for (const id of fixture.unreadable) {
          const stored = db.posts?.find((p) => p.postId === id);
          expect(stored === undefined || Object.keys(stored.latestMetrics).length === 0).toBe(true);
        }
        if (fixture.complete) {
          const ids = new Set(fixture.posts.map((p) => p.postId));
          expect((db.posts ?? []).filter((p) => !ids.has(p.postId)).map((p) => p.postId)).toEqual([]);
        }
      } finally {
        await h.close();
      }
    });
  }
});
