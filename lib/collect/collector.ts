import type { NetworkAdapter, Read, ReadContext } from '../networks/types';
import type { Reading } from '../model/messages';
import type { MetricReading } from '../model/records';
import { inDocumentOrder, splitSelectorList } from '../dom/selector-lists';

export { splitSelectorList };

export interface CollectorOptions {
  adapter: NetworkAdapter;
  doc: Document;
  /** Receives the new or changed readings of each batch. */
  emit: (readings: Reading[]) => void;
  /** Says which hook failed, once per hook, when the debug flag is on. */
  debugLog?: (message: string) => void;
  /** Runs `fn` once the current burst of mutations is over. Defaults to an idle callback. */
  schedule?: (fn: () => void) => void;
  now?: () => Date;
  /** How many post ids the dedupe map remembers (a long scroll sees thousands). */
  rememberPosts?: number;
  /** Every read of a batch with its element, changed or not (the badges follow recycled cells). */
  onReads?: (reads: ReadOnElement[]) => void;
}

export interface ReadOnElement {
  read: Read;
  element: Element;
  /** Sent to the background in this batch (new or changed figures); absent or false when unchanged. */
  sent?: boolean;
}

/** Per batch, counts for benchmarks and the debug log. */
export interface CollectorStats {
  batches: number;
  nodesQueued: number;
  postsRead: number;
  readingsEmitted: number;
  misses: number;
}

const OBSERVE: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  // Counts change in labels and titles, not only in text.
  attributeFilter: ['aria-label', 'title', 'datetime', 'href'],
};

function defaultSchedule(fn: () => void): void {
  // Idle callbacks run in background tabs too (animation frames do not); the timeout bounds the
  // delay. No longer: a virtualised timeline scrolled fast recycles its cells within ~100 ms, and
  // a cell gone before its batch is a post never read (the end-to-end test of X caught a 100 ms
  // gathering delay doing exactly that).
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => fn(), { timeout: 250 });
  else setTimeout(fn, 50);
}

function pageUrlOf(doc: Document): string {
  const loc = doc.location;
  return loc ? loc.origin + loc.pathname + loc.search : '';
}

/**
 * The page side, the same for every network: observes only the adapter's scopes (the timeline,
 * the header, a dialog), queues what changed, and reads in batches once the burst is over. It
 * never scans the whole document per mutation: a batch looks at the queued nodes, their
 * enclosing post and the posts they contain. Readings are deduplicated by post id (timelines
 * recycle cells) and by their figures, so an unchanged post is not sent twice.
 */
export class Collector {
  private readonly opts: CollectorOptions;
  private observer: MutationObserver | undefined;
  private observed: Element[] = [];
  /** Nodes added since the last batch: their descendants may hold posts. */
  private added = new Set<Node>();
  /** Nodes changed in place since the last batch: only their enclosing post matters. */
  private touched = new Set<Node>();
  private scheduled = false;
  /** Per post or header key, a hash of the signature last sent (see signatureHash). */
  private readonly lastSent = new Map<string, number>();
  private readonly missed = new Set<string>();
  private lastUrl = '';
  readonly stats: CollectorStats = {
    batches: 0,
    nodesQueued: 0,
    postsRead: 0,
    readingsEmitted: 0,
    misses: 0,
  };

  /** The adapter's selector lists split into their alternatives (see queryEach). */
  private readonly postAlternatives: string[];
  private readonly profileAlternatives: string[];

  constructor(options: CollectorOptions) {
    this.opts = options;
    this.postAlternatives = splitSelectorList(options.adapter.postSelector);
    this.profileAlternatives = options.adapter.profileSelector
      ? splitSelectorList(options.adapter.profileSelector)
      : [];
  }

  /** Reads what is there and starts observing. */
  start(): void {
    this.lastUrl = pageUrlOf(this.opts.doc);
    this.observer = new MutationObserver((records) => this.enqueue(records));
    this.refreshScopes(true);
    this.readPage();
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = [];
    this.added.clear();
    this.touched.clear();
  }

  /**
   * Called after in-app navigation and on a slow timer: re-finds the scopes (the site may have
   * replaced them), reads the page-level figures again, and reads everything in any new scope.
   */
  refresh(): void {
    if (!this.observer) return;
    const url = pageUrlOf(this.opts.doc);
    const navigated = url !== this.lastUrl;
    this.lastUrl = url;
    this.refreshScopes(navigated);
    if (navigated) this.readPage();
  }

  private refreshScopes(rescanAll: boolean): void {
    const observer = this.observer;
    if (!observer) return;
    let scopes = this.opts.adapter.findScopes(this.opts.doc).filter((el) => el.isConnected);
    // Nothing recognisable yet (the app has not rendered): watch the body until it has.
    if (scopes.length === 0 && this.opts.doc.body) scopes = [this.opts.doc.body];
    const same = scopes.length === this.observed.length && scopes.every((el, i) => el === this.observed[i]);
    if (!same) {
      const previous = new Set(this.observed);
      observer.disconnect();
      for (const scope of scopes) observer.observe(scope, OBSERVE);
      this.observed = scopes;
      for (const scope of scopes) if (rescanAll || !previous.has(scope)) this.added.add(scope);
    } else if (rescanAll) {
      for (const scope of scopes) this.added.add(scope);
    }
    if (this.added.size > 0) this.scheduleBatch();
  }

  private enqueue(records: MutationRecord[]): void {
    // The hot path: queue and return. All reading happens in the batch.
    let queued = 0;
    // Indexed loops: iterating a NodeList with for…of costs more than the little done per node.
    for (let r = 0; r < records.length; r++) {
      const record = records[r] as MutationRecord;
      const childList = record.type === 'childList';
      if (childList) {
        const nodes = record.addedNodes;
        for (let i = 0; i < nodes.length; i++) {
          const node = nodes[i] as Node;
          if (node.nodeType === 1) this.added.add(node);
        }
      }
      this.touched.add(record.target);
      queued++;
    }
    if (queued === 0) return;
    this.stats.nodesQueued += queued;
    this.scheduleBatch();
  }

  private scheduleBatch(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    (this.opts.schedule ?? defaultSchedule)(() => {
      this.scheduled = false;
      this.processBatch();
    });
  }

  /** The page's URL, parsed once per address (readers only read it). */
  private url: URL | undefined;

  private context(): ReadContext {
    const doc = this.opts.doc;
    const lang = doc.documentElement.getAttribute('lang') || globalThis.navigator?.language || 'en';
    const href = doc.location?.href ?? 'about:blank';
    if (this.url?.href !== href) this.url = new URL(href);
    return {
      locale: lang,
      url: this.url,
      miss: (hook, detail) => {
        this.stats.misses++;
        if (!this.opts.debugLog || this.missed.has(hook)) return;
        this.missed.add(hook);
        this.opts.debugLog(`hook ${hook} found nothing${detail ? `: ${detail}` : ''}`);
      },
    };
  }

  /**
   * Runs `fn`, which changes the DOM on the extension's behalf (badges), without its mutations
   * reaching the queue: the site's pending records are queued first, then the records `fn` caused
   * (nothing else runs in between) are dropped. Cheaper than filtering them one by one later.
   */
  withoutObserving(fn: () => void): void {
    const observer = this.observer;
    if (!observer) {
      fn();
      return;
    }
    const pending = observer.takeRecords();
    if (pending.length > 0) this.enqueue(pending);
    try {
      fn();
    } finally {
      observer.takeRecords();
    }
  }

  /** Reads the queued part of the page now (tests and benchmarks call it directly). */
  processBatch(): void {
    const added = this.added;
    const touched = this.touched;
    this.added = new Set();
    this.touched = new Set();
    if (added.size === 0 && touched.size === 0) return;
    this.stats.batches++;
    const { adapter } = this.opts;
    const posts = new Set<Element>();
    const headers = new Set<Element>();
    const collect = (el: Element, descend: boolean) => {
      const post = el.closest(adapter.postSelector);
      if (post) posts.add(post);
      if (adapter.profileSelector) {
        const header = el.closest(adapter.profileSelector);
        if (header) headers.add(header);
      }
      if (!descend) return;
      queryEach(el, this.postAlternatives, posts);
      queryEach(el, this.profileAlternatives, headers);
    };
    for (const node of added) {
      if (node.isConnected && node instanceof Element) collect(node, true);
    }
    for (const node of touched) {
      const el = node instanceof Element ? node : node.parentElement;
      if (el?.isConnected && !added.has(el)) collect(el, false);
    }
    if (posts.size === 0 && headers.size === 0) return;

    const ctx = this.context();
    const found: ReadOnElement[] = [];
    for (const post of posts) {
      this.stats.postsRead++;
      const read = safely(() => adapter.readPost(post, ctx), ctx, `${adapter.network}.readPost`);
      if (read) found.push({ read, element: post, sent: false });
    }
    if (adapter.readProfile) {
      for (const header of headers) {
        const read = safely(
          () => adapter.readProfile?.(header, ctx) ?? null,
          ctx,
          `${adapter.network}.readProfile`,
        );
        if (read) found.push({ read, element: header, sent: false });
      }
    }
    const sent = this.emit(
      found.map((f) => f.read),
      ctx,
    );
    for (const f of found) f.sent = sent.has(f.read);
    if (found.length > 0) this.opts.onReads?.(found);
  }

  private readPage(): void {
    const { adapter } = this.opts;
    if (!adapter.readPage) return;
    const ctx = this.context();
    const reads = safely(
      () => adapter.readPage?.(this.opts.doc, ctx) ?? [],
      ctx,
      `${adapter.network}.readPage`,
    );
    if (reads) this.emit(reads, ctx);
  }

  /** Sends the new or changed readings; returns the reads that were sent. */
  private emit(reads: Read[], ctx: ReadContext): Set<Read> {
    const sent = new Set<Read>();
    if (reads.length === 0) return sent;
    const capturedAt = (this.opts.now?.() ?? new Date()).toISOString();
    const pageUrl = pageUrlOf(this.opts.doc);
    const out: Reading[] = [];
    for (const read of reads) {
      const key = read.kind === 'post' ? `p:${read.postId}` : `u:${read.handle}`;
      const signature = signatureHash(signatureOf(read));
      if (this.lastSent.get(key) === signature) continue;
      this.remember(key, signature);
      sent.add(read);
      // The read becomes the reading in place (readers return a fresh object each time, and the
      // collector is its only holder): no copy of every field per post.
      const reading = read as Reading;
      reading.capturedAt = capturedAt;
      reading.pageUrl = pageUrl;
      reading.locale = ctx.locale;
      reading.parserVersion = this.opts.adapter.parserVersion;
      out.push(reading);
    }
    if (out.length === 0) return sent;
    this.stats.readingsEmitted += out.length;
    this.opts.emit(out);
    return sent;
  }

  private remember(key: string, signature: number): void {
    const limit = this.opts.rememberPosts ?? 5000;
    this.lastSent.delete(key);
    this.lastSent.set(key, signature);
    if (this.lastSent.size > limit) {
      const oldest = this.lastSent.keys().next().value;
      if (oldest !== undefined) this.lastSent.delete(oldest);
    }
  }
}

/**
 * What makes a reading worth sending again: its figures and identity. Cheaper than serialising
 * the whole reading, and run for every post of every batch.
 */
export function signatureOf(read: Read): string {
  let s =
    read.kind === 'post'
      ? `${read.author ?? ''}|${read.publishedAt ?? ''}|${read.hashtags.length}|${read.mentions.length}|${read.url}`
      : `${read.displayName ?? ''}`;
  // A raw text equal to the previous figure's is written as "=": X gives every count of a post
  // the whole action-bar label as its raw text, five copies of the same 60–100 characters.
  let previousRaw: string | undefined;
  const metrics = read.metrics as Record<string, MetricReading | undefined>;
  for (const name in metrics) {
    const m = metrics[name];
    if (!m) continue;
    s += `|${name}:${m.value}:${m.min}:${m.max ?? ''}:${m.raw === previousRaw ? '=' : `'${m.raw}`}`;
    previousRaw = m.raw;
  }
  return s;
}

/**
 * A 53-bit hash of a signature: the dedupe map remembers thousands of posts on a long scroll, and
 * a signature (identity, every figure and its raw text) is hundreds of bytes where this is one
 * number. Two 32-bit multiplicative hashes of the UTF-16 units, mixed at the end. Two different
 * signatures share a hash with odds of about 1 in 2^53: the cost of that would be one changed
 * figure not sent until the post changes again.
 */
export function signatureHash(signature: string): number {
  let h1 = 0x9e3779b1;
  let h2 = 0x85ebca77;
  for (let i = 0; i < signature.length; i++) {
    const c = signature.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x85ebca6b);
    h2 = Math.imul(h2 ^ c, 0xc2b2ae35);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 0x27d4eb2d) ^ Math.imul(h2 ^ (h2 >>> 13), 0x165667b1);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 0x27d4eb2d) ^ Math.imul(h1 ^ (h1 >>> 13), 0x165667b1);
  return (h2 >>> 0) * 2 ** 21 + ((h1 >>> 0) >>> 11);
}

/** Readers promise not to throw; this keeps one broken reader from stopping the collector. */
function safely<T>(fn: () => T, ctx: ReadContext, hook: string): T | null {
  try {
    return fn();
  } catch (error) {
    ctx.miss(hook, error instanceof Error ? error.message : String(error));
    return null;
  }
}

/** Every element under `root` matching one of `alternatives`, added to `into` in document order. */
function queryEach(root: Element, alternatives: readonly string[], into: Set<Element>): void {
  if (alternatives.length === 1) {
    // Most added nodes hold no header, and many no post: `querySelector` answers null without
    // creating a NodeList (every DOM object a content script touches costs a wrapper in its
    // isolated world, measured 2–3× the page's own).
    const selector = alternatives[0] as string;
    if (!root.querySelector(selector)) return;
    const list = root.querySelectorAll(selector);
    for (let i = 0; i < list.length; i++) into.add(list[i] as Element);
    return;
  }
  for (const el of inDocumentOrder(alternatives.map((selector) => root.querySelectorAll(selector))))
    into.add(el);
}
