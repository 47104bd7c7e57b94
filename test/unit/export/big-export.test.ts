import { ExportDocumentSchema } from '../../../lib/export/export-document';
import { exportJson } from '../../../lib/export/export-json';
import { exportPostCsv } from '../../../lib/export/export-csv';
import type { ChunkProgress } from '../../../lib/export/chunks';
import type { KpiLensDatabase } from '../../../lib/db/database';
import type { PostSnapshot } from '../../../lib/model/records';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';
import { exact, openTestDatabase, post } from './helpers';

/**
 * A year of history: 100,000 post snapshots of 500 posts. What is measured is memory shape, not
 * time: no part of the output is larger than one chunk, and the text held outside a Blob never
 * grows past the flush threshold plus one chunk, however long the history.
 */
const SNAPSHOTS = 100_000;
const POSTS = 500;
const FLUSH_CHARS = 4_000_000;

let db: KpiLensDatabase;
beforeAll(async () => {
  db = openTestDatabase();
  await db.open();
  await db.posts.bulkAdd(Array.from({ length: POSTS }, (_, i) => post({ postId: `post-${i}` })));
  const start = Date.UTC(2025, 10, 20);
  for (let from = 0; from < SNAPSHOTS; from += 20_000) {
    const rows: PostSnapshot[] = [];
    for (let i = from; i < from + 20_000; i++) {
      rows.push({
        network: 'x',
        postId: `post-${i % POSTS}`,
        author: 'testuser123',
        metrics: {
          likes: exact(i),
          views: { value: i * 10, raw: `${i * 10}`, min: i * 10, max: i * 10 + 99 },
        },
        capturedAt: new Date(start + i * 315_000).toISOString(),
        pageUrl: 'https://x.com/home',
        locale: 'en',
        parserVersion: 1,
      });
    }
    await db.postSnapshots.bulkAdd(rows);
  }
}, 120_000);
afterAll(async () => {
  await db.delete();
});

function memoryShape(progress: ChunkProgress[]) {
  return {
    chunks: progress.length,
    largestPart: Math.max(...progress.map((p) => p.partChars)),
    peakHeld: Math.max(...progress.map((p) => p.heldChars)),
  };
}

describe('exporting a year of history', () => {
  it('writes 100,000 snapshots to JSON in bounded chunks', { timeout: 60_000 }, async () => {
    const progress: ChunkProgress[] = [];
    const blob = await exportJson(db, DEFAULT_SETTINGS, {
      flushChars: FLUSH_CHARS,
      onProgress: (p) => progress.push(p),
    });
    const snapshotChunks = progress.filter((p) => p.section === 'postSnapshots');
    expect(snapshotChunks).toHaveLength(SNAPSHOTS / 2000);
    expect(snapshotChunks.at(-1)?.rows).toBe(SNAPSHOTS);
    const shape = memoryShape(progress);
    expect(shape.largestPart).toBeLessThan(1_000_000);
    expect(shape.peakHeld).toBeLessThan(FLUSH_CHARS);
    // The file is far larger than anything held as text at once.
    expect(blob.size).toBeGreaterThan(5 * shape.peakHeld);

    const document = JSON.parse(await blob.text()) as { postSnapshots: unknown[]; posts: unknown[] };
    expect(document.postSnapshots).toHaveLength(SNAPSHOTS);
    expect(document.posts).toHaveLength(POSTS);
    expect(
      ExportDocumentSchema.shape.postSnapshots.element.parse(document.postSnapshots[SNAPSHOTS - 1]),
    ).toMatchObject({
      metrics: { likes: exact(SNAPSHOTS - 1) },
    });
  });

  it('writes them to CSV in bounded chunks too', { timeout: 60_000 }, async () => {
    const progress: ChunkProgress[] = [];
    const blob = await exportPostCsv(db, 'fr', {
      flushChars: FLUSH_CHARS,
      onProgress: (p) => progress.push(p),
    });
    const shape = memoryShape(progress);
    expect(shape.chunks).toBe(SNAPSHOTS / 2000);
    expect(shape.largestPart).toBeLessThan(1_000_000);
    expect(shape.peakHeld).toBeLessThan(FLUSH_CHARS);
    const text = await blob.text();
    expect(text.split('\r\n')).toHaveLength(SNAPSHOTS + 2);
  });
});
