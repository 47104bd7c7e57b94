import { KpiLensDatabase } from '../../../lib/db/database';
import { receiveMessage } from '../../../lib/db/receive';
import { ReadingSender, classifyAnswer } from '../../../lib/collect/sender';
import type { ReadingsMessage } from '../../../lib/model/messages';
import { postReading } from '../../helpers/readings';

const settings = async () => ({ snapshotIntervalMinutes: 60 });
let db: KpiLensDatabase;

beforeEach(async () => {
  db = new KpiLensDatabase(`pipeline-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

async function until(check: () => boolean | Promise<boolean>, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}

function readings(n: number, prefix = 'p') {
  return Array.from({ length: n }, (_, i) =>
    postReading({
      postId: `${prefix}${i}`,
      metrics: { likes: { value: i, raw: String(i), min: i, max: i } },
    }),
  );
}

const fast = { flushDelayMs: 1, retryDelayMs: 5, maxRetryDelayMs: 20, maxBatch: 10 };

describe('page side → background', () => {
  it('delivers readings sent while the service worker sleeps, once each, when it wakes', async () => {
    let asleep = true;
    const transport = async (m: ReadingsMessage) => {
      if (asleep) throw new Error('Could not establish connection. Receiving end does not exist.');
      return receiveMessage(db, m, settings);
    };
    const sender = new ReadingSender({ transport, ...fast });
    sender.push(readings(25));
    sender.flush();
    await new Promise((r) => setTimeout(r, 30));
    expect(await db.posts.count()).toBe(0);
    expect(sender.unacknowledged).toBe(25);
    asleep = false;
    await until(() => sender.unacknowledged === 0);
    expect(await db.posts.count()).toBe(25);
    expect(await db.postSnapshots.count()).toBe(25);
    expect(sender.stats.retries).toBeGreaterThan(0);
  });

  it('writes once a batch whose answer was lost when the worker stopped after writing', async () => {
    let loseNextAnswer = true;
    const transport = async (m: ReadingsMessage) => {
      const answer = await receiveMessage(db, m, settings);
      if (loseNextAnswer) {
        loseNextAnswer = false;
        throw new Error('The message port closed before a response was received.');
      }
      return answer;
    };
    const sender = new ReadingSender({ transport, ...fast });
    sender.push(readings(5));
    sender.flush();
    await until(() => sender.unacknowledged === 0);
    expect(sender.stats.sent).toBe(2);
    expect(await db.postSnapshots.count()).toBe(5);
    expect(await db.batches.count()).toBe(1);
  });

  it('re-sends a batch that got no answer in time, still writing it once', async () => {
    let calls = 0;
    const transport = async (m: ReadingsMessage) => {
      calls++;
      const answer = await receiveMessage(db, m, settings);
      if (calls === 1) return new Promise(() => undefined); // the worker died mid-answer
      return answer;
    };
    const sender = new ReadingSender({ transport, ...fast, answerTimeoutMs: 20 });
    sender.push(readings(3));
    sender.flush();
    await until(() => sender.unacknowledged === 0);
    expect(await db.postSnapshots.count()).toBe(3);
  });

  it('drops a batch the background refuses as invalid instead of retrying it forever', async () => {
    const transport = async (m: ReadingsMessage) => receiveMessage(db, m, settings);
    const sender = new ReadingSender({ transport, ...fast });
    sender.push([postReading({ postId: '' })]);
    sender.flush();
    await until(() => sender.unacknowledged === 0);
    expect(sender.stats.rejected).toBe(1);
    expect(sender.stats.sent).toBe(1);
    expect(await db.posts.count()).toBe(0);
  });

  it('two tabs sending the same posts at once: nothing lost, nothing duplicated', async () => {
    const transport = async (m: ReadingsMessage) => receiveMessage(db, m, settings);
    const tabA = new ReadingSender({ transport, ...fast });
    const tabB = new ReadingSender({ transport, ...fast });
    tabA.push([...readings(30, 'shared'), ...readings(10, 'a')]);
    tabB.push([...readings(30, 'shared'), ...readings(10, 'b')]);
    tabA.flush();
    tabB.flush();
    await until(() => tabA.unacknowledged === 0 && tabB.unacknowledged === 0);
    expect(await db.posts.count()).toBe(50);
    expect(await db.postSnapshots.count()).toBe(50);
  });

  it('does not trust an answer that is not an acknowledgement of this batch', () => {
    expect(classifyAnswer({ ok: true, batchId: 'other' }, 'mine')).toBe('retry');
    expect(classifyAnswer(undefined, 'mine')).toBe('retry');
    expect(classifyAnswer('ok', 'mine')).toBe('retry');
    expect(classifyAnswer({ ok: true, batchId: 'mine' }, 'mine')).toBe('stored');
    expect(classifyAnswer({ ok: false, error: 'storage-full' }, 'mine')).toBe('storage-full');
  });

  it('stops for good when the extension context is gone', async () => {
    const transport = async () => {
      throw new Error('Extension context invalidated.');
    };
    const sender = new ReadingSender({ transport, ...fast });
    sender.push(readings(1));
    sender.flush();
    await new Promise((r) => setTimeout(r, 30));
    expect(sender.stats.sent).toBe(1);
  });
});

describe('storage full', () => {
  it('keeps every reading while the database refuses writes, says so, and delivers them once space is freed', async () => {
    const { loadStatus, resetStatusCache } = await import('../../../lib/settings/status');
    resetStatusCache();
    let full = true;
    const hook = () => {
      if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    db.postSnapshots.hook('creating', hook);
    const events: boolean[] = [];
    const transport = async (m: ReadingsMessage) => receiveMessage(db, m, settings);
    const sender = new ReadingSender({
      transport,
      ...fast,
      maxRetryDelayMs: 10,
      onStorageFull: (f) => events.push(f),
    });
    sender.push(readings(12));
    sender.flush();
    await until(() => events.length === 1);
    expect(events).toEqual([true]);
    expect((await loadStatus()).storageFullSince).toBeDefined();
    // Nothing half-written: the transactions rolled back.
    expect(await db.posts.count()).toBe(0);
    expect(await db.postSnapshots.count()).toBe(0);
    expect(sender.unacknowledged).toBe(12);

    full = false; // the user freed some space
    await until(() => sender.unacknowledged === 0);
    expect(events).toEqual([true, false]);
    expect(await db.postSnapshots.count()).toBe(12);
    expect(await db.posts.count()).toBe(12);
    expect((await loadStatus()).storageFullSince).toBeUndefined();
  });
});

describe('badges with the acknowledgement', () => {
  it('answers a batch that asks for badges with the figures of its posts, computed once stored', async () => {
    const sender = new ReadingSender({
      transport: (m) => receiveMessage(db, m, settings),
      ...fast,
      badges: () => ({ language: 'en', locale: 'en-US' }),
      onStored: (answer) => answers.push(answer),
    });
    const answers: Record<string, unknown>[] = [];
    const exact = (n: number) => ({ value: n, raw: String(n), min: n, max: n });
    sender.push([
      postReading({
        postId: 'b1',
        author: 'someone',
        metrics: { likes: exact(90), comments: exact(5), shares: exact(5), views: exact(1000) },
      }),
    ]);
    sender.flush();
    await until(() => answers.length === 1);
    const badges = answers[0]?.badges as {
      posts: { postId: string; chip: { label: string; tooltip: string } }[];
    };
    expect(badges.posts).toHaveLength(1);
    expect(badges.posts[0]?.postId).toBe('b1');
    // (90 + 5 + 5) ÷ 1,000 views, written in the page's language.
    expect(badges.posts[0]?.chip.label).toBe('Engagement 10%');
    expect(badges.posts[0]?.chip.tooltip).toContain('100 interactions ÷ 1,000 = 10%');
    expect(await db.posts.count()).toBe(1);
  });

  it('does not compute badges when the page shows none', async () => {
    const answers: Record<string, unknown>[] = [];
    const sender = new ReadingSender({
      transport: (m) => receiveMessage(db, m, settings),
      ...fast,
      badges: () => undefined,
      onStored: (answer) => answers.push(answer),
    });
    sender.push(readings(3));
    sender.flush();
    await until(() => answers.length === 1);
    expect(answers[0]?.ok).toBe(true);
    expect(answers[0]?.badges).toBeUndefined();
  });
});

describe('group commit in the background', () => {
  const message = (id: string, prefix: string): ReadingsMessage => ({
    type: 'readings',
    batchId: `batch-${id}-000000`,
    readings: readings(20, prefix),
  });

  it('writes the batches that arrive during a write together, each answered and stored once', async () => {
    const spy = vi.spyOn(db, 'transaction');
    const messages = ['a', 'b', 'c', 'd', 'e'].map((id) => message(id, id));
    const answers = await Promise.all(
      [...messages, messages[1] as ReadingsMessage].map((m) => receiveMessage(db, m, settings)),
    );
    expect(answers.map((a) => a.ok)).toEqual([true, true, true, true, true, true]);
    expect(answers.filter((a) => 'duplicate' in a && a.duplicate)).toHaveLength(1);
    expect(await db.posts.count()).toBe(100);
    expect(await db.postSnapshots.count()).toBe(100);
    // The first write runs alone; the five that arrived meanwhile share one transaction.
    expect(spy.mock.calls.length).toBeLessThan(messages.length);
    spy.mockRestore();
  });

  it('a batch that cannot be written fails alone; the others of its group are stored', async () => {
    db.postSnapshots.hook('creating', (_key, snapshot) => {
      if (snapshot.postId === 'bad0') throw new Error('refused');
    });
    const answers = await Promise.all(
      [message('1', 'x'), message('2', 'bad'), message('3', 'y')].map((m) => receiveMessage(db, m, settings)),
    );
    expect(answers.map((a) => a.ok)).toEqual([true, false, true]);
    expect(await db.posts.count()).toBe(40);
    expect(await db.posts.where('[network+postId]').equals(['x', 'bad0']).count()).toBe(0);
  });
});
