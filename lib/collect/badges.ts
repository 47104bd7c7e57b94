import type { Network } from '../model/records';
import type { BadgeChip, BadgeDisplay, BadgeRequest } from '../model/messages';
import type { ReadOnElement } from './collector';
import { badgeRequestOf } from '../badges/request';

/** The custom tag of a badge's host element: the collector ignores mutations of these. */
export const BADGE_TAG = 'kpi-lens-badge';

const BADGE_NODE_NAMES = new Set([BADGE_TAG, BADGE_TAG.toUpperCase()]);

export const isBadgeNode = (node: Node): boolean => BADGE_NODE_NAMES.has(node.nodeName);

export interface BadgeOptions {
  network: Network;
  doc: Document;
  /** The language and number format the background writes the badges in (the current settings). */
  display: () => BadgeDisplay;
  /** Where a post's badge sits from the post's top-right corner. */
  offset?: { top: number; right: number };
  /** Sends one request to the background and resolves with its raw answer. */
  request: (message: BadgeRequest) => Promise<unknown>;
  /** Runs the badges' DOM changes (the collector keeps them out of its queue). */
  mutate?: (fn: () => void) => void;
}

/**
 * Posts waiting for the badges of their batch's acknowledgement, at most (an acknowledgement
 * usually comes within a second; entries whose answer never came are dropped past this).
 */
const MAX_TRACKED = 500;

// The background's answer is checked by hand (no Zod in content scripts): anything malformed is
// dropped, and no badge is shown rather than a wrong one. Every string is set as text.
const TONES = ['', 'own', 'up', 'down'];
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

function isChip(v: unknown): v is BadgeChip {
  const c = v as BadgeChip;
  return (
    typeof v === 'object' &&
    v !== null &&
    isText(c.label, 1000) &&
    isText(c.tooltip, 2000) &&
    Array.isArray(c.parts) &&
    c.parts.length <= 8 &&
    c.parts.every((p) => typeof p === 'object' && p !== null && isText(p.text, 500) && TONES.includes(p.tone))
  );
}

interface Placed {
  key: string;
  chip: BadgeChip;
  profile: boolean;
}

/** The chips of an answer, each with the key of the post or header it belongs to. */
function chipsOf(answer: unknown): Placed[] {
  if (typeof answer !== 'object' || answer === null) return [];
  const { posts, profiles } = answer as { posts?: unknown; profiles?: unknown };
  const out: Placed[] = [];
  for (const p of Array.isArray(posts) ? (posts as { postId?: unknown; chip?: unknown }[]) : [])
    if (typeof p?.postId === 'string' && isChip(p.chip))
      out.push({ key: `p:${p.postId}`, chip: p.chip, profile: false });
  for (const p of Array.isArray(profiles) ? (profiles as { handle?: unknown; chip?: unknown }[]) : [])
    if (typeof p?.handle === 'string' && isChip(p.chip))
      out.push({ key: `u:${p.handle}`, chip: p.chip, profile: true });
  return out;
}

const STYLE = `
:host { all: initial; }
.wrap { position: absolute; top: 2px; right: 56px; z-index: 2; font: 600 11px/1.3 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
.wrap.profile { position: static; display: inline-block; margin: 4px 0; }
.badge { display: inline-flex; gap: 6px; align-items: center; padding: 2px 7px; border-radius: 999px;
  border: 1px solid var(--line); background: var(--bg); color: var(--fg); white-space: nowrap; cursor: help; }
.badge:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.own { color: var(--accent); }
.up { color: var(--good); } .down { color: var(--bad); }
.light { --bg: #f4f8fbee; --fg: #0f1419; --line: #cfd9de; --accent: #1565c0; --good: #1b7f3b; --bad: #b3261e; }
.dark { --bg: #16181ced; --fg: #e7e9ea; --line: #3e4144; --accent: #6cb6ff; --good: #5fd38a; --bad: #ff8a80; }
`;

/** Which post or header a badge is for: "p:<post id>" or "u:<handle>". */
export const keyOf = (
  read: { kind: 'post'; postId: string } | { kind: 'profile'; handle: string },
): string => (read.kind === 'post' ? `p:${read.postId}` : `u:${read.handle}`);

/** Whether the page is dark, from the background colour the site paints. */
function pageIsDark(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const m = /rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)/.exec(view.getComputedStyle(el).backgroundColor);
    if (m && (m[4] === undefined || Number(m[4]) > 0.5)) {
      const [r, g, b] = [Number(m[1]), Number(m[2]), Number(m[3])];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b < 110;
    }
  }
  return view.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

/**
 * KPI badges on posts and profile headers, in shadow roots so the site's styles and ours never
 * mix. The host is a zero-height block, so the site's content does not move. Everything in a
 * badge is set as text: page text never becomes HTML.
 */
export class BadgeOverlay {
  private readonly opts: BadgeOptions;
  /** Per element: its badge's host, the chip it shows, and the post or header that chip is for. */
  private readonly hosts = new WeakMap<
    Element,
    { host: HTMLElement; root: ShadowRoot; key: string; owner: string }
  >();
  private enabled = true;
  private dark: boolean | undefined;
  /** Requests answered, for tests and the debug log. */
  readonly stats = { requests: 0, rendered: 0 };

  constructor(options: BadgeOptions) {
    this.opts = options;
  }

  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    if (!enabled) {
      this.mutate(() => {
        for (const host of this.opts.doc.querySelectorAll(BADGE_TAG)) host.remove();
      });
    }
  }

  /** Weakly held: a recycled cell waiting for its answer is not kept alive by the overlay. */
  private readonly tracked = new Map<string, WeakRef<Element>>();

  /**
   * A batch of reads: the posts and headers that were sent wait here for the badges that come
   * back with the acknowledgement. Reads that were not sent (their figures had not changed: a
   * recycled cell showing a post again) and whose element has no badge yet are asked for in one
   * request.
   */
  track(items: ReadOnElement[]): void {
    if (!this.enabled) return;
    const missing: ReadOnElement[] = [];
    const stale: HTMLElement[] = [];
    for (const item of items) {
      const key = keyOf(item.read);
      const existing = this.liveHost(item.element);
      // A recycled cell now showing another post: its old badge goes at once.
      if (existing && existing.owner !== key) {
        stale.push(existing.host);
        this.hosts.delete(item.element);
      }
      if (item.sent) {
        this.tracked.delete(key);
        this.tracked.set(key, new WeakRef(item.element));
      } else if (!existing || existing.owner !== key) missing.push(item);
    }
    if (stale.length > 0) this.mutate(() => stale.forEach((host) => host.remove()));
    // Oldest first: entries whose acknowledgement never came (the batch was refused).
    for (const key of this.tracked.keys()) {
      if (this.tracked.size <= MAX_TRACKED) break;
      this.tracked.delete(key);
    }
    if (missing.length > 0) void this.update(missing);
  }

  private liveHost(element: Element) {
    const existing = this.hosts.get(element);
    return existing && existing.host.isConnected && existing.host.parentElement === element
      ? existing
      : undefined;
  }

  private mutate(fn: () => void): void {
    (this.opts.mutate ?? ((f: () => void) => f()))(fn);
  }

  /**
   * The badges an acknowledgement carried (checked here: nothing malformed is shown). `sent` are
   * the keys of the batch's posts and headers: answered, with a chip or with nothing to say, none
   * of them waits any longer.
   */
  showAnswer(badges: unknown, sent: readonly string[] = []): void {
    if (this.enabled) this.render(chipsOf(badges), (key) => this.tracked.get(key)?.deref());
    for (const key of sent) this.tracked.delete(key);
  }

  private render(placed: Placed[], elementOf: (key: string) => Element | undefined): void {
    if (placed.length === 0) return;
    this.mutate(() => {
      for (const { key, chip, profile } of placed) {
        const element = elementOf(key);
        if (element?.isConnected && this.enabled) this.show(element, chip, profile, key);
      }
    });
  }

  /** One request for reads whose badges did not come with an acknowledgement, then the badges. */
  async update(items: ReadOnElement[]): Promise<void> {
    if (!this.enabled || items.length === 0) return;
    const elements = new Map<string, Element>();
    for (const { read, element } of items) elements.set(keyOf(read), element);
    const request = badgeRequestOf(
      this.opts.network,
      this.opts.display(),
      items.map((item) => item.read),
    );
    let answer: unknown;
    try {
      answer = await this.opts.request(request);
      this.stats.requests++;
    } catch {
      return; // the worker is restarting: the next batch will bring the badges
    }
    if (typeof answer !== 'object' || answer === null || (answer as { ok?: unknown }).ok !== true) return;
    this.render(chipsOf(answer), (key) => elements.get(key));
  }

  private mount(element: Element, key: string, profile: boolean, owner: string): ShadowRoot | null {
    const existing = this.liveHost(element);
    if (existing) {
      if (existing.key === key && existing.owner === owner) return null; // already showing exactly this
      existing.key = key;
      existing.owner = owner;
      existing.root.replaceChildren();
      return existing.root;
    }
    const host = this.opts.doc.createElement(BADGE_TAG);
    // A post's host is out of the flow (absolute, no size): the post's layout, often a flex row,
    // does not change. A header's badge sits below the header's last line.
    // As an attribute: reading `host.style` would create a CSSStyleDeclaration wrapper per badge.
    host.setAttribute(
      'style',
      profile
        ? 'display:block;position:relative;'
        : 'display:block;position:absolute;top:0;right:0;width:0;height:0;overflow:visible;',
    );
    const root = host.attachShadow({ mode: 'open' });
    if (profile) element.append(host);
    else element.prepend(host);
    this.hosts.set(element, { host, root, key, owner });
    return root;
  }

  private shell(root: ShadowRoot, profile: boolean): HTMLElement {
    this.dark ??= pageIsDark(this.opts.doc);
    this.adoptStyle(root);
    const wrap = this.opts.doc.createElement('div');
    wrap.className = `wrap ${profile ? 'profile ' : ''}${this.dark ? 'dark' : 'light'}`;
    if (!profile && this.opts.offset) {
      wrap.setAttribute('style', `top:${this.opts.offset.top}px;right:${this.opts.offset.right}px`);
    }
    root.append(wrap);
    return wrap;
  }

  private sheet: CSSStyleSheet | null | undefined;

  /** One constructed style sheet shared by every badge (a <style> per badge where not supported). */
  private adoptStyle(root: ShadowRoot): void {
    if (this.sheet === undefined) {
      try {
        this.sheet = new CSSStyleSheet();
        this.sheet.replaceSync(STYLE);
      } catch {
        this.sheet = null;
      }
    }
    if (this.sheet) {
      try {
        root.adoptedStyleSheets = [this.sheet];
        return;
      } catch {
        this.sheet = null; // e.g. Firefox content scripts: fall back to a <style> element
      }
    }
    const style = this.opts.doc.createElement('style');
    style.textContent = STYLE;
    root.append(style);
  }

  private chip(wrap: HTMLElement, label: string, tooltip: string): HTMLElement {
    const span = this.opts.doc.createElement('span');
    span.className = 'badge';
    span.tabIndex = 0;
    span.setAttribute('role', 'note');
    span.setAttribute('aria-label', `${label}. ${tooltip}`);
    span.title = tooltip;
    wrap.append(span);
    return span;
  }

  private part(parent: HTMLElement, text: string, className = ''): void {
    const span = this.opts.doc.createElement('span');
    if (className) span.className = className;
    span.textContent = text;
    parent.append(span);
  }

  /** Shows a chip on a post (out of the flow, top right) or below a profile header's last line. */
  show(element: Element, chip: BadgeChip, profile: boolean, owner: string): void {
    const root = this.mount(element, JSON.stringify(chip), profile, owner);
    if (!root) return;
    const wrap = this.shell(root, profile);
    const span = this.chip(wrap, chip.label, chip.tooltip);
    for (const { text, tone } of chip.parts) this.part(span, text, tone);
    this.stats.rendered++;
  }
}
