import { Collector, signatureHash, splitSelectorList } from '../../../lib/collect/collector';
import type { Reading } from '../../../lib/model/messages';
import { toyAdapter, toyPost } from '../../helpers/toy-adapter';

function setup() {
  document.body.replaceChildren();
  const main = document.createElement('main');
  const outside = document.createElement('aside');
  document.body.append(main, outside);
  const emitted: Reading[][] = [];
  const queue: (() => void)[] = [];
  const logs: string[] = [];
  const collector = new Collector({
    adapter: toyAdapter,
    doc: document,
    emit: (r) => emitted.push(r),
    schedule: (fn) => queue.push(fn),
    debugLog: (m) => logs.push(m),
    now: () => new Date('2026-11-20T10:00:00.000Z'),
  });
  const flushMutations = async () => {
    await Promise.resolve(); // MutationObserver callbacks are microtasks
    while (queue.length) queue.shift()?.();
  };
  return { main, outside, emitted, collector, flushMutations, queue, logs };
}

const ids = (batches: Reading[][]) => batches.flat().map((r) => (r.kind === 'post' ? r.postId : r.handle));

describe('Collector', () => {
  it('reads the posts already there when it starts, with the capture facts', async () => {
    const { main, emitted, collector, flushMutations } = setup();
    document.documentElement.lang = 'fr';
    main.append(toyPost('1', 10), toyPost('2', 20));
    collector.start();
    await flushMutations();
    expect(ids(emitted)).toEqual(['1', '2']);
    expect(emitted[0]?.[0]).toMatchObject({
      capturedAt: '2026-11-20T10:00:00.000Z',
      locale: 'fr',
      parserVersion: 1,
    });
  });

  it('reads many added posts in one batch, not one per mutation', async () => {
    const { main, emitted, collector, flushMutations, queue } = setup();
    collector.start();
    await flushMutations();
    for (let i = 0; i < 10; i++) main.append(toyPost(String(i), i));
    await Promise.resolve();
    expect(queue).toHaveLength(1);
    await flushMutations();
    expect(emitted).toHaveLength(1);
    expect(ids(emitted)).toHaveLength(10);
  });

  it('does not send a recycled cell again when its post has not changed', async () => {
    const { main, emitted, collector, flushMutations } = setup();
    collector.start();
    main.append(toyPost('1', 10));
    await flushMutations();
    main.replaceChildren(toyPost('1', 10)); // the timeline recycles the cell as a new node
    await flushMutations();
    expect(ids(emitted)).toEqual(['1']);
  });

  it('sends a post again when its figures change in place', async () => {
    const { main, emitted, collector, flushMutations } = setup();
    collector.start();
    main.append(toyPost('1', 10));
    await flushMutations();
    const span = main.querySelector('.likes');
    if (span?.firstChild) span.firstChild.nodeValue = '11';
    await flushMutations();
    const likes = emitted.flat().map((r) => (r.kind === 'post' ? r.metrics.likes?.value : undefined));
    expect(likes).toEqual([10, 11]);
  });

  it('reads a reused node as the post it now shows', async () => {
    const { main, emitted, collector, flushMutations } = setup();
    collector.start();
    main.append(toyPost('1', 10));
    await flushMutations();
    main.querySelector('article')?.setAttribute('data-post', '2');
    main.querySelector('article')?.setAttribute('title', 'changed'); // attribute filter covers title
    await flushMutations();
    expect(ids(emitted)).toEqual(['1', '2']);
  });

  it('ignores changes outside its scopes', async () => {
    const { outside, emitted, collector, flushMutations } = setup();
    collector.start();
    outside.append(toyPost('9', 1));
    await flushMutations();
    expect(emitted).toHaveLength(0);
  });

  it('keeps going when a reader throws, and says which hook failed under debug', async () => {
    const { main, emitted, collector, flushMutations, logs } = setup();
    collector.start();
    main.append(toyPost('boom', 1), toyPost('3', 3));
    const noId = document.createElement('article');
    noId.setAttribute('data-post', '');
    main.append(noId);
    await flushMutations();
    expect(ids(emitted)).toEqual(['3']);
    expect(logs.some((l) => l.includes('x.readPost') && l.includes('reader bug'))).toBe(true);
    expect(logs.some((l) => l.includes('toy.post.id'))).toBe(true);
  });

  it('follows the scope when the site replaces it (in-app navigation)', async () => {
    const { main, emitted, collector, flushMutations } = setup();
    collector.start();
    const next = document.createElement('main');
    next.append(toyPost('5', 5));
    main.replaceWith(next);
    collector.refresh();
    await flushMutations();
    next.append(toyPost('6', 6));
    await flushMutations();
    expect(ids(emitted)).toEqual(['5', '6']);
  });

  it('reads the profile header, and again when its count changes', async () => {
    const { main, emitted, collector, flushMutations } = setup();
    const header = document.createElement('header');
    header.setAttribute('data-handle', 'kikobeats');
    const followers = document.createElement('span');
    followers.className = 'followers';
    followers.textContent = '3893';
    header.append(followers);
    main.append(header);
    collector.start();
    await flushMutations();
    followers.textContent = '3894';
    await flushMutations();
    const values = emitted.flat().map((r) => (r.kind === 'profile' ? r.metrics.followers?.value : undefined));
    expect(values).toEqual([3893, 3894]);
  });

  it('forgets the oldest post ids past its memory limit', async () => {
    document.body.replaceChildren();
    const main = document.createElement('main');
    document.body.append(main);
    const emitted: Reading[] = [];
    const queue: (() => void)[] = [];
    const collector = new Collector({
      adapter: toyAdapter,
      doc: document,
      emit: (r) => emitted.push(...r),
      schedule: (fn) => queue.push(fn),
      rememberPosts: 2,
    });
    collector.start();
    for (const id of ['1', '2', '3']) main.append(toyPost(id, 1));
    await Promise.resolve();
    queue.shift()?.();
    main.append(toyPost('1', 1));
    await Promise.resolve();
    queue.shift()?.();
    expect(emitted.map((r) => (r.kind === 'post' ? r.postId : ''))).toEqual(['1', '2', '3', '1']);
  });
});

describe('Collector and the extension’s own nodes', () => {
  it('does not read a post again because a badge was inserted into it', async () => {
    document.body.replaceChildren();
    const main = document.createElement('main');
    document.body.append(main);
    const queue: (() => void)[] = [];
    const reads: number[] = [];
    const collector = new Collector({
      adapter: toyAdapter,
      doc: document,
      emit: () => undefined,
      schedule: (fn) => queue.push(fn),
      onReads: (r) => reads.push(r.length),
    });
    collector.start();
    main.append(toyPost('1', 1));
    await Promise.resolve();
    while (queue.length) queue.shift()?.();
    // Badges are inserted through withoutObserving, which drops the records they cause.
    collector.withoutObserving(() =>
      main.querySelector('article')?.prepend(document.createElement('kpi-lens-badge')),
    );
    await Promise.resolve();
    expect(queue).toHaveLength(0);
    expect(reads).toEqual([1]);
  });
});

describe('Collector.withoutObserving', () => {
  it('keeps the extension’s own DOM changes out of the queue but not the site’s pending ones', async () => {
    const { main, collector, flushMutations, emitted } = setup();
    collector.start();
    await flushMutations();
    main.append(toyPost('1', 1));
    await flushMutations();
    expect(collector.stats.postsRead).toBe(1);
    // The extension's own change alone: nothing is read again.
    collector.withoutObserving(() => main.querySelector('article')?.prepend(document.createElement('span')));
    await flushMutations();
    expect(collector.stats.postsRead).toBe(1);
    // A change of the site still pending when the extension changes the DOM is kept.
    main.append(toyPost('2', 1));
    collector.withoutObserving(() => main.querySelector('article')?.prepend(document.createElement('span')));
    await flushMutations();
    expect(ids(emitted)).toEqual(['1', '2']);
    expect(collector.stats.postsRead).toBe(2);
  });
});

describe('splitSelectorList', () => {
  it('splits on top-level commas only', () => {
    expect(splitSelectorList('article, div[role="dialog"]')).toEqual(['article', 'div[role="dialog"]']);
    expect(splitSelectorList('a[title="x, y"], :is(b, c) d,e')).toEqual([
      'a[title="x, y"]',
      ':is(b, c) d',
      'e',
    ]);
    expect(splitSelectorList('.one')).toEqual(['.one']);
  });

  it('every adapter’s post and header lists split into valid selectors that find the same elements', async () => {
    const { xAdapter } = await import('../../../lib/networks/x');
    const { instagramAdapter } = await import('../../../lib/networks/instagram');
    const { facebookAdapter } = await import('../../../lib/networks/facebook');
    const { linkedinAdapter } = await import('../../../lib/networks/linkedin');
    for (const adapter of [xAdapter, instagramAdapter, facebookAdapter, linkedinAdapter]) {
      for (const list of [adapter.postSelector, adapter.profileSelector ?? 'x']) {
        const parts = splitSelectorList(list);
        for (const part of parts) expect(() => document.querySelector(part)).not.toThrow();
        expect(parts.join(', ')).toBe(list.replace(/\s*,\s*(?![^[(]*[\])])/g, ', ').trim());
      }
    }
  });
});

describe('signatureHash', () => {
  it('is stable, fits in a safe integer, and tells apart 200,000 signatures a figure or a character apart', () => {
    const base = 'acme|2026-06-30T12:00:00.000Z|2|0|https://x.com/acme/status/1|likes:';
    expect(signatureHash(base)).toBe(signatureHash(`${base}`));
    const seen = new Set<number>();
    for (let n = 0; n < 100_000; n++) {
      const a = signatureHash(`${base}${n}:${n}:${n}:${n} likes`);
      const b = signatureHash(`${base}${n}:${n}:${n}:${n} Likes`);
      for (const h of [a, b]) {
        expect(Number.isSafeInteger(h) && h >= 0).toBe(true);
        seen.add(h);
      }
    }
    expect(seen.size).toBe(200_000);
    expect(signatureHash('')).not.toBe(signatureHash('\u0000'));
  });
});
