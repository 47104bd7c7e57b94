/**
 * Mutations of a cloned subtree: what markup drift, a half-rendered page or a hostile author can do
 * to the elements a reader is handed. Each mutation changes the subtree in place and returns a short
 * description (for the failure log), or null when it found nothing to change.
 */
import {
  HOSTILE_HREFS,
  HOSTILE_MARKUP,
  HOSTILE_TEXTS,
  ONE_MB,
  ONE_MB_NO_DIGITS,
  garbleDigits,
} from './payloads';
import type { Random } from './random';

/**
 * Every change a mutation makes goes through the journal, which undoes them in reverse order: the
 * fixture's own elements are mutated in place and restored after each read, which costs far less
 * than cloning them (jsdom clones an element in tens of microseconds).
 */
export class Journal {
  private readonly undo: (() => void)[] = [];

  private readonly touched = new Set<Element>();

  /**
   * The first change to an element's attributes saves all of them, in order: undoing restores the
   * order too, so a later case (and its replay from the seed alone) sees the same page.
   */
  private saveAttributes(el: Element): void {
    if (this.touched.has(el)) return;
    this.touched.add(el);
    const saved = Array.from(el.attributes, (a) => [a.name, a.value] as const);
    this.undo.push(() => {
      for (const name of el.getAttributeNames()) el.removeAttribute(name);
      for (const [name, value] of saved) el.setAttribute(name, value);
      this.touched.delete(el);
    });
  }

  setAttribute(el: Element, name: string, value: string): void {
    this.saveAttributes(el);
    el.setAttribute(name, value);
  }

  removeAttribute(el: Element, name: string): void {
    if (!el.hasAttribute(name)) return;
    this.saveAttributes(el);
    el.removeAttribute(name);
  }

  setText(node: CharacterData, value: string): void {
    const old = node.data;
    node.data = value;
    this.undo.push(() => {
      node.data = old;
    });
  }

  /** Inserts a node (new, or moved from elsewhere in the page) into `parent` before `before`. */
  insert(node: Node, parent: Node, before: Node | null): void {
    const oldParent = node.parentNode;
    const oldNext = node.nextSibling;
    parent.insertBefore(node, before);
    this.undo.push(() => {
      if (oldParent) oldParent.insertBefore(node, oldNext);
      else (node as ChildNode).remove();
    });
  }

  remove(node: Node): void {
    const parent = node.parentNode;
    if (!parent) return;
    const next = node.nextSibling;
    parent.removeChild(node);
    this.undo.push(() => parent.insertBefore(node, next));
  }

  /** `target.append / prepend / before / after (node)`, journaled. A fragment is inserted child by child. */
  put(target: Element, mode: 'append' | 'prepend' | 'before' | 'after', node: Node): void {
    const nodes = node.nodeType === 11 ? Array.from(node.childNodes) : [node];
    const parent = mode === 'append' || mode === 'prepend' ? target : target.parentNode;
    if (!parent) return;
    const before =
      mode === 'append'
        ? null
        : mode === 'prepend'
          ? target.firstChild
          : mode === 'before'
            ? target
            : target.nextSibling;
    for (const n of nodes) this.insert(n, parent, before);
  }

  /** Restores everything, newest change first. */
  rollback(): void {
    for (let undo = this.undo.pop(); undo; undo = this.undo.pop()) undo();
  }
}

export interface MutationEnv {
  rng: Random;
  journal: Journal;
  /** Subtrees of other sites' pages, grafted in by `graftForeign`. */
  foreign: readonly Element[];
  /** The attributes the site's reader hooks on, removed by `stripHooks`. */
  hooks: readonly string[];
}

export type Mutation = (root: Element, env: MutationEnv) => string | null;

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

export function elementsOf(root: Element): Element[] {
  return [root, ...Array.from(root.querySelectorAll('*'))];
}

function describe(el: Element): string {
  const id = el.getAttribute('data-testid') ?? el.getAttribute('data-view-name') ?? el.getAttribute('role');
  return id ? `${el.tagName.toLowerCase()}[${id.slice(0, 40)}]` : el.tagName.toLowerCase();
}

function textNodesOf(root: Element, test: (text: string) => boolean): Text[] {
  const out: Text[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (test(node.nodeValue ?? '')) out.push(node as Text);
  }
  return out;
}

type Place = 'append' | 'prepend' | 'before' | 'after';

/** Puts `node` at a random place inside `root` (never outside it). */
export function insertSomewhere(root: Element, node: Node, env: MutationEnv): string {
  const { rng, journal } = env;
  const target = rng.pick(elementsOf(root));
  const mode: Place =
    target === root
      ? rng.pick(['append', 'prepend'] as const)
      : rng.pick(['append', 'prepend', 'before', 'after'] as const);
  journal.put(target, mode, node);
  return `${mode} ${describe(target)}`;
}

const withAttributes = (root: Element): Element[] =>
  elementsOf(root).filter((el) => el.attributes.length > 0);

export const dropAttribute: Mutation = (root, { rng, journal }) => {
  const els = withAttributes(root);
  if (els.length === 0) return null;
  const el = rng.pick(els);
  const attr = rng.pick(Array.from(el.attributes));
  journal.removeAttribute(el, attr.name);
  return `drop ${describe(el)} @${attr.name}`;
};

const RENAMES: readonly ((name: string) => string)[] = [
  (name) => `${name}-x`,
  (name) => `x-${name}`,
  (name) => name.replace(/^data-/, 'data-old-').replace(/^aria-/, 'aria-x'),
  (name) => (name === 'href' ? 'data-href' : name === 'datetime' ? 'data-time' : `${name}s`),
];

export const renameAttribute: Mutation = (root, { rng, journal }) => {
  const els = withAttributes(root);
  if (els.length === 0) return null;
  const el = rng.pick(els);
  const attr = rng.pick(Array.from(el.attributes));
  const { name, value } = attr;
  const renamed = rng.pick(RENAMES)(name);
  try {
    journal.setAttribute(el, renamed, value);
  } catch {
    return null;
  }
  journal.removeAttribute(el, name);
  return `rename ${describe(el)} @${name} → @${renamed}`;
};

export const mangleAttributeValue: Mutation = (root, { rng, journal }) => {
  const els = withAttributes(root);
  if (els.length === 0) return null;
  const el = rng.pick(els);
  const { name, value } = rng.pick(Array.from(el.attributes));
  const next =
    name === 'href' && rng.chance(0.6)
      ? rng.pick(HOSTILE_HREFS)
      : rng.pick([
          '',
          [...value].reverse().join(''),
          `${value}x`,
          value.toUpperCase(),
          value.slice(0, Math.floor(value.length / 2)),
          `${value} ${value}`,
          rng.pick(HOSTILE_TEXTS),
        ]);
  journal.setAttribute(el, name, next);
  return `mangle ${describe(el)} @${name}`;
};

export const shuffleChildren: Mutation = (root, { rng, journal }) => {
  const els = elementsOf(root).filter((el) => el.children.length >= 2);
  if (els.length === 0) return null;
  const el = rng.pick(els);
  for (const child of rng.shuffled(Array.from(el.childNodes))) journal.insert(child, el, null);
  return `shuffle children of ${describe(el)}`;
};

const nonRoot = (root: Element): Element[] => Array.from(root.querySelectorAll('*'));

export const duplicateNode: Mutation = (root, env) => {
  const els = nonRoot(root);
  if (els.length === 0) return null;
  const el = env.rng.pick(els);
  const copy = el.cloneNode(true);
  if (env.rng.chance(0.5)) {
    env.journal.put(el, 'after', copy);
    return `duplicate ${describe(el)} beside it`;
  }
  return `duplicate ${describe(el)}, ${insertSomewhere(root, copy, env)}`;
};

export const removeNode: Mutation = (root, { rng, journal }) => {
  const els = nonRoot(root);
  if (els.length === 0) return null;
  const el = rng.pick(els);
  journal.remove(el);
  return `remove ${describe(el)}`;
};

export const moveNode: Mutation = (root, { rng, journal }) => {
  const els = nonRoot(root);
  if (els.length === 0) return null;
  const el = rng.pick(els);
  const targets = elementsOf(root).filter((t) => t !== el && !el.contains(t));
  if (targets.length === 0) return null;
  const target = rng.pick(targets);
  journal.put(target, target === root ? 'append' : rng.pick(['append', 'before', 'after'] as const), el);
  return `move ${describe(el)} to ${describe(target)}`;
};

export const wrapNode: Mutation = (root, { rng, journal }) => {
  const els = nonRoot(root);
  if (els.length === 0) return null;
  const el = rng.pick(els);
  const wrapper = root.ownerDocument.createElement(
    rng.pick(['div', 'span', 'section', 'a', 'li', 'ul', 'p']),
  );
  journal.put(el, 'before', wrapper);
  journal.insert(el, wrapper, null);
  return `wrap ${describe(el)} in ${wrapper.tagName.toLowerCase()}`;
};

const HAS_DIGIT = /\p{Nd}/u;

export const garbleText: Mutation = (root, { rng, journal }) => {
  const nodes = textNodesOf(root, (t) => HAS_DIGIT.test(t));
  if (nodes.length === 0) return null;
  const node = rng.pick(nodes);
  const { text, kind } = garbleDigits(node.data, rng);
  journal.setText(node, text);
  return `garble text (${kind})`;
};

export const garbleAttribute: Mutation = (root, { rng, journal }) => {
  const found: [Element, string, string][] = [];
  for (const el of elementsOf(root))
    for (const attr of Array.from(el.attributes))
      if (HAS_DIGIT.test(attr.value)) found.push([el, attr.name, attr.value]);
  if (found.length === 0) return null;
  const [el, name, value] = rng.pick(found);
  const { text, kind } = garbleDigits(value, rng);
  journal.setAttribute(el, name, text);
  return `garble ${describe(el)} @${name} (${kind})`;
};

/** A 1 MB text node or attribute: the page's text is hostile and unbounded. */
export const hugeText: Mutation = (root, env) => {
  const { rng, journal } = env;
  const el = rng.pick(elementsOf(root));
  const text = rng.chance(0.5) ? ONE_MB : ONE_MB_NO_DIGITS;
  switch (rng.int(3)) {
    case 0:
      journal.put(el, 'append', root.ownerDocument.createTextNode(text));
      return `1 MB text in ${describe(el)}`;
    case 1: {
      const name = rng.pick(['aria-label', 'title', 'alt', 'href', 'datetime']);
      journal.setAttribute(el, name, name === 'href' ? `/${text}` : text);
      return `1 MB @${name} on ${describe(el)}`;
    }
    default: {
      const nodes = textNodesOf(root, (t) => t.trim().length > 0);
      if (nodes.length === 0) return null;
      const node = rng.pick(nodes);
      journal.setText(node, `${node.data}${text}`);
      return '1 MB appended to a text';
    }
  }
};

/**
 * Imported copies of foreign chunks, per page: a copy is detached again by the rollback (and every
 * change made inside it undone), so it serves the next case that grafts the same chunk.
 */
const imported = new WeakMap<Document, Map<Element, Element>>();

function importedCopy(doc: Document, chunk: Element): Element {
  let copies = imported.get(doc);
  if (!copies) imported.set(doc, (copies = new Map()));
  const cached = copies.get(chunk);
  if (cached && !cached.parentNode) return cached;
  const copy = doc.importNode(chunk, true);
  if (!cached) copies.set(chunk, copy);
  return copy;
}

export const graftForeign: Mutation = (root, env) => {
  const { rng, foreign } = env;
  if (foreign.length === 0) return null;
  const source = rng.pick(foreign);
  const chunk = rng.chance(0.5) ? source : rng.pick(elementsOf(source));
  const copy = importedCopy(root.ownerDocument, chunk);
  return `graft foreign ${describe(chunk)}, ${insertSomewhere(root, copy, env)}`;
};

export const hostileText: Mutation = (root, env) => {
  const { rng, journal } = env;
  const nodes = textNodesOf(root, (t) => t.trim().length > 0);
  const payload = rng.pick(HOSTILE_TEXTS);
  if (nodes.length === 0 || rng.chance(0.3)) {
    return `hostile text, ${insertSomewhere(root, root.ownerDocument.createTextNode(payload), env)}`;
  }
  const node = rng.pick(nodes);
  journal.setText(node, rng.chance(0.5) ? `${payload}${node.data}` : payload);
  return 'hostile text in a text node';
};

/** Parses markup into a fragment of `root`'s document (scripts in it never run: the page is inert). */
export function fragment(root: Element, html: string): DocumentFragment {
  const template = root.ownerDocument.createElement('template');
  template.innerHTML = html;
  return template.content;
}

export const hostileMarkup: Mutation = (root, env) =>
  `hostile markup, ${insertSomewhere(root, fragment(root, env.rng.pick(HOSTILE_MARKUP)), env)}`;

/** Removes the site's hook attributes (a random subset of them) from the whole subtree. */
export const stripHooks: Mutation = (root, { rng, hooks, journal }) => {
  let chosen = hooks.filter(() => rng.chance(0.5));
  if (chosen.length === 0) chosen = [rng.pick(hooks)];
  const keepRoot = rng.chance(0.7);
  let removed = 0;
  for (const el of elementsOf(root)) {
    if (keepRoot && el === root) continue;
    for (const name of chosen) {
      if (el.hasAttribute(name)) {
        journal.removeAttribute(el, name);
        removed++;
      }
    }
  }
  return removed > 0 ? `strip ${chosen.join(' ')}${keepRoot ? ' below the root' : ''} (${removed})` : null;
};

/** The general mix, weighted: most mutations are the cheap structural and figure ones. */
export const GENERAL_MIX: readonly (readonly [number, Mutation])[] = [
  [3, dropAttribute],
  [2, renameAttribute],
  [2, mangleAttributeValue],
  [2, shuffleChildren],
  [2, duplicateNode],
  [2, removeNode],
  [1, moveNode],
  [1, wrapNode],
  [4, garbleText],
  [3, garbleAttribute],
  [1, graftForeign],
  [1, hostileText],
  [1, hostileMarkup],
];

export const NUMBER_MIX: readonly (readonly [number, Mutation])[] = [
  [3, garbleText],
  [2, garbleAttribute],
];

/** Applies `count` mutations drawn from `mix`; returns the descriptions of those that applied. */
export function mutate(
  root: Element,
  env: MutationEnv,
  mix: readonly (readonly [number, Mutation])[],
  count: number,
): string[] {
  const log: string[] = [];
  for (let i = 0; i < count; i++) {
    const done = env.rng.weighted(mix)(root, env);
    if (done) log.push(done);
  }
  return log;
}

/** True when `el` comes after `anchor` in document order and is neither inside nor around it. */
export function follows(anchor: Element, el: Element): boolean {
  return (
    el !== anchor &&
    !anchor.contains(el) &&
    !el.contains(anchor) &&
    (anchor.compareDocumentPosition(el) & FOLLOWING) !== 0
  );
}
