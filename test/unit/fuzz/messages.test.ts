import { KpiLensDatabase } from '../../../lib/db/database';
import { REJECTED_COUNTER, receiveMessage } from '../../../lib/db/receive';
import { BackgroundMessageSchema, type Reading } from '../../../lib/model/messages';
import {
  invalidMessage,
  protoInMetrics,
  validBadgeRequest,
  validReadings,
  type InvalidKind,
} from '../../helpers/fuzz/messages';
import { ONE_MB } from '../../helpers/fuzz/payloads';
import { Random, baseSeed, scaled } from '../../helpers/fuzz/random';
import { tableContents, tableCounts } from '../../helpers/fuzz/tables';

/**
 * The background's door under thousands of malformed messages of every type: each is rejected and
 * counted, nothing of it is written (every table compared before and after), the answer does not
 * echo what was sent, nothing pollutes Object.prototype, and valid messages in between are still
 * accepted.
 */
const SEED = baseSeed(0x5e500000);
const INVALID_CASES = scaled(5000);
/** One valid message every this many cases; tables are compared at each. */
const PHASE = 25;

const settings = async () => ({ snapshotIntervalMinutes: 60 });

function prototypeState(): string {
  return JSON.stringify([
    Object.getOwnPropertyNames(Object.prototype).sort(),
    Object.getOwnPropertyNames(Array.prototype).sort(),
    Object.getOwnPropertyNames(Function.prototype).sort(),
  ]);
}

describe('message fuzzing at the background door', () => {
  it('rejects and counts every malformed message, writes nothing of it, and still accepts valid ones', async () => {
    const db = new KpiLensDatabase(`t-${Math.random()}`);
    const protoBefore = prototypeState();
    const byKind: Partial<Record<InvalidKind, number>> = {};
    const byType = new Map<string, number>();
    const problems: string[] = [];
    let accidentallyValid = 0;
    let accepted = 0;
    let rejected = 0;

    let expected = await tableContents(db, { except: ['counters'] });
    let rejectedBefore = 0;
    let inPhase = 0;
    const closePhase = async (i: number) => {
      const counts = await tableCounts(db, { except: ['counters'] });
      for (const [name, rows] of Object.entries(expected)) {
        if (counts[name] !== rows.length)
          problems.push(`case ${i}: ${name} holds ${counts[name]} rows, not ${rows.length}`);
      }
      // Every fourth phase, every row too.
      if ((i / PHASE) % 4 === 0) {
        const now = await tableContents(db, { except: ['counters'] });
        if (JSON.stringify(now) !== JSON.stringify(expected)) problems.push(`case ${i}: a table changed`);
      }
      const counter = (await db.counters.get(REJECTED_COUNTER))?.value ?? 0;
      if (counter !== rejectedBefore + inPhase) {
        problems.push(`case ${i}: ${counter} rejections counted, not ${rejectedBefore + inPhase}`);
      }
    };

    for (let i = 0; i < INVALID_CASES; i++) {
      const rng = new Random(SEED + i);
      if (i % PHASE === 0) {
        if (i > 0) await closePhase(i);
        // A valid message of each type in turn: still accepted between the hostile ones.
        const valid = (i / PHASE) % 2 === 0 ? validReadings(rng) : validBadgeRequest(rng);
        const answer = await receiveMessage(db, valid, settings);
        if (answer.ok !== true)
          problems.push(`case ${i}: a valid ${valid.type} message was refused: ${JSON.stringify(answer)}`);
        else accepted++;
        expected = await tableContents(db, { except: ['counters'] });
        rejectedBefore = (await db.counters.get(REJECTED_COUNTER))?.value ?? 0;
        inPhase = 0;
      }
      const { kind, message, what } = invalidMessage(rng);
      byKind[kind] = (byKind[kind] ?? 0) + 1;
      const type =
        typeof message !== 'object' || message === null || !('type' in message)
          ? 'not a message'
          : message.type === 'readings' || message.type === 'badge-figures'
            ? message.type
            : 'unknown type';
      byType.set(type, (byType.get(type) ?? 0) + 1);
      // The generator must break the contract; if it ever builds a valid message, it is wrong (or the schema is lax).
      if (BackgroundMessageSchema.safeParse(message).success) {
        accidentallyValid++;
        problems.push(`case ${i} (${kind}: ${what}) is accepted by the schema`);
        continue;
      }
      let answer: unknown;
      try {
        answer = await receiveMessage(db, message, settings);
      } catch (error) {
        problems.push(`case ${i} (${kind}: ${what}) made receiveMessage throw: ${String(error)}`);
        continue;
      }
      const a = answer as { ok?: unknown; error?: unknown; detail?: unknown };
      if (a.ok !== false || a.error !== 'invalid') {
        problems.push(`case ${i} (${kind}: ${what}) answered ${JSON.stringify(answer).slice(0, 200)}`);
      } else {
        rejected++;
        inPhase++;
      }
      if (typeof a.detail === 'string' && a.detail.length > 500) {
        problems.push(`case ${i} (${kind}: ${what}) echoes ${a.detail.length} characters back`);
      }
    }
    await closePhase(INVALID_CASES);
    console.info(
      `messages: ${INVALID_CASES} invalid (${JSON.stringify(byKind)}; by type ${JSON.stringify(Object.fromEntries(byType))}), ${rejected} rejected, ${accepted} valid accepted`,
    );

    expect(problems.slice(0, 10)).toEqual([]);
    expect(accidentallyValid).toBe(0);
    expect(rejected).toBe(INVALID_CASES);
    expect((await db.counters.get(REJECTED_COUNTER))?.value).toBe(INVALID_CASES);
    expect(accepted).toBe(Math.ceil(INVALID_CASES / PHASE));
    // Nothing reached a prototype.
    expect(prototypeState()).toBe(protoBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.prototype.toString.call({})).toBe('[object Object]');
    await db.delete();
  }, 180_000);

  it('drops a `__proto__` key in a metric map (the schema strips it): accepted, nothing of it stored, no pollution', async () => {
    const db = new KpiLensDatabase(`t-${Math.random()}`);
    const protoBefore = prototypeState();
    const cases = scaled(100);
    for (let i = 0; i < cases; i++) {
      const message = protoInMetrics(new Random(SEED + 900_000 + i));
      expect(Object.keys(message.readings[0]?.metrics ?? {})).toContain('__proto__');
      const answer = await receiveMessage(db, message, settings);
      expect(answer.ok).toBe(true);
    }
    const stored = JSON.stringify(await tableContents(db));
    expect(stored).not.toContain('polluted');
    expect(stored).not.toContain('__proto__');
    expect(stored).not.toContain('987654');
    expect((await db.counters.get(REJECTED_COUNTER))?.value).toBeUndefined();
    expect(prototypeState()).toBe(protoBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    await db.delete();
  });

  it('rejects, counts and writes nothing of a batch where one reading carries an over-long string', async () => {
    const db = new KpiLensDatabase(`t-${Math.random()}`);
    const base = validReadings(new Random(SEED + 800_000));
    const good = base.readings[0];
    if (!good) throw new Error('no reading');
    const post = { ...good, kind: 'post' as const };
    const hostile: unknown[] = [
      { ...post, authorName: `<img src=x onerror=alert(1)>${ONE_MB}` },
      { ...post, postId: `1${'9'.repeat(200)}` },
      { ...post, hashtags: [ONE_MB] },
      { ...post, url: `https://x.com/${ONE_MB}` },
      { ...post, mentions: ['a'.repeat(141)] },
      { ...post, author: '\u202e'.repeat(201) },
    ];
    const before = await tableContents(db, { except: ['counters'] });
    for (const [i, reading] of hostile.entries()) {
      const answer = await receiveMessage(
        db,
        { type: 'readings', batchId: `overlong-${i}`, readings: [good as Reading, reading] },
        settings,
      );
      expect(answer).toMatchObject({ ok: false, error: 'invalid' });
    }
    expect(await tableContents(db, { except: ['counters'] })).toEqual(before);
    expect((await db.counters.get(REJECTED_COUNTER))?.value).toBe(hostile.length);
    await db.delete();
  });

  it('refuses a post URL that is not https, whatever the reader sent', () => {
    const base = {
      kind: 'post',
      network: 'x',
      postId: '1',
      hashtags: [],
      mentions: [],
      metrics: {},
      capturedAt: '2026-11-20T10:00:00.000Z',
      pageUrl: 'https://x.com/home',
      locale: 'en',
      parserVersion: 1,
    };
    const message = (url: string) => ({
      type: 'readings',
      batchId: 'url-check-1',
      readings: [{ ...base, url }],
    });
    for (const url of [
      'javascript:alert(1)',
      'http://x.com/a/status/1',
      'data:text/html,x',
      'https://x.com/a b',
    ]) {
      expect(BackgroundMessageSchema.safeParse(message(url)).success, url).toBe(false);
    }
    expect(BackgroundMessageSchema.safeParse(message('https://x.com/a/status/1')).success).toBe(true);
  });
});
