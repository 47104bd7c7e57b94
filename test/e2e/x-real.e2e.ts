import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM helper shared with the demo script
import { dumpDatabase, launch, waitFor } from './harness.mjs';

type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- raw IndexedDB rows
let h: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- harness from plain JS

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

describe('X in real Chromium, real capture', () => {
  it('stores the profile header and its posts read from the real @Kikobeats page', async () => {
    h.serve({ 'https://x.com/Kikobeats': 'test/fixtures/real/x/profile-en-2025-12.html' });
    const page = await h.context.newPage();
    await page.goto('https://x.com/Kikobeats');
    const db = await waitFor(
      () => dumpDatabase(h),
      (d: Record<string, Row[]>) => (d.profileSnapshots?.length ?? 0) > 0 && (d.posts?.length ?? 0) >= 3,
    );
    const profile = db.profileSnapshots?.find((p: Row) => p.handle === 'kikobeats');
    expect(profile?.metrics.followers).toMatchObject({ value: 3893, min: 3893, max: 3893 });
    expect(profile?.metrics.following?.value).toBe(406);
    const likes = db.postSnapshots?.map((s: Row) => s.metrics.likes?.value).sort((a: number, b: number) => a - b);
    expect(likes).toEqual(expect.arrayContaining([27, 767, 6027]));
    const views = db.postSnapshots?.find((s: Row) => s.metrics.likes?.value === 767)?.metrics.views;
    expect(views).toMatchObject({ value: 101187, min: 101187, max: 101187 });
    await page.close();
  });
});
