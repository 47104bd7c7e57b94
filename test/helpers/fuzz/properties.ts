/**
 * What every reading must satisfy, whatever the page looked like: the properties the fuzz suites
 * check. Each check returns the problems it found as short sentences (empty when none).
 */
import type { MetricReading, Network } from '../../../lib/model/records';
import { POST_METRICS, PROFILE_METRICS } from '../../../lib/model/records';
import { PostReadingSchema, ProfileReadingSchema } from '../../../lib/model/messages';
import type { Read } from '../../../lib/networks/types';

/** The schema's ceiling for a count (records.ts MAX_COUNT). */
const MAX_COUNT = 1e13;

/** Characters a reader may drop or fold when it cleans text: bidi marks, zero-width characters. */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** Text as compared: invisible marks dropped, every run of white space one space. */
export function normalizeForSearch(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ');
}

/**
 * Everything an element shows or carries: its text, then (only when the text does not hold what
 * is looked for) every attribute value of it and below it, normalised; then the same for a wider
 * element when one is given (a header's figures may sit in the column around it). A reading's raw
 * text must be found in here.
 */
export class Haystack {
  /** Per element: its text, then its attribute values (joined by a separator no normaliser folds). */
  private readonly sources: (() => string)[] = [];
  private readonly plain: string[] = [];
  private readonly normalized: string[] = [];

  constructor(...elements: Element[]) {
    for (const element of elements) {
      this.sources.push(
        () => element.textContent ?? '',
        () => {
          const parts: string[] = [];
          for (const el of [element, ...Array.from(element.querySelectorAll('*'))]) {
            for (const attr of Array.from(el.attributes)) parts.push(attr.value);
          }
          return parts.join('\u0001');
        },
      );
    }
  }

  shows(raw: string): boolean {
    const exact = raw.trim();
    if (!exact) return true;
    const needle = normalizeForSearch(exact).trim();
    for (let i = 0; i < this.sources.length; i++) {
      // Most raw texts are a plain substring; normalising a whole page's text costs more.
      const plain = (this.plain[i] ??= (this.sources[i] as () => string)());
      if (plain.includes(exact)) return true;
      const normalized = (this.normalized[i] ??= normalizeForSearch(plain));
      if (normalized.includes(needle)) return true;
    }
    return false;
  }

  /**
   * For a raw text the reader joins from two elements, a figure and its label ("87 Profile viewers"
   * from "87" and "Profile viewers"): each part must be shown.
   */
  showsJoined(raw: string): boolean {
    if (this.shows(raw)) return true;
    const text = normalizeForSearch(raw).trim();
    for (let at = text.indexOf(' '); at > 0; at = text.indexOf(' ', at + 1)) {
      if (this.shows(text.slice(0, at)) && this.shows(text.slice(at + 1))) return true;
    }
    return false;
  }
}

/** Whether a raw text shows a zero of its own ("0 likes", "٠"). */
export function showsZero(raw: string): boolean {
  // Not the zero of a decimal or a group ("1,0", "2.05"): a zero with no digit before it.
  return /(?<!\p{Nd}[.,٫٬]?)[0٠۰०০０]+(?!\p{Nd})/u.test(raw);
}

const OWN_HOST: Record<Network, RegExp> = {
  x: /^(?:[a-z0-9-]+\.)*(?:x|twitter)\.com$/,
  instagram: /^(?:[a-z0-9-]+\.)*instagram\.com$/,
  facebook: /^(?:[a-z0-9-]+\.)*facebook\.com$/,
  linkedin: /^(?:[a-z0-9-]+\.)*linkedin\.com$/,
};

/** Not empty, no white space, no control or format character (bidi overrides, zero-width). */
function badIdentifier(value: unknown): string | null {
  if (typeof value !== 'string') return `is ${typeof value}`;
  if (value.length === 0) return 'is empty';
  if (/[\s\p{Cc}\p{Cf}]/u.test(value))
    return `holds white space or an invisible character: ${JSON.stringify(value.slice(0, 60))}`;
  return null;
}

export interface CheckOptions {
  network: Network;
  /** What the element (or document) the reading came from shows. */
  haystack: Haystack;
  /** Whether the reader's documented convention allows a zero with this raw text here. */
  zeroByConvention: (reading: MetricReading) => boolean;
  /** The reader joins a figure and its label from two elements into one raw text. */
  joinedRaw?: boolean;
}

function metricProblems(name: string, m: MetricReading, options: CheckOptions): string[] {
  const problems: string[] = [];
  const numbers = [m.value, m.min, m.max];
  for (const n of numbers) {
    if (n === null) continue;
    if (typeof n !== 'number' || !Number.isFinite(n))
      problems.push(`${name} is not a finite number (${String(n)})`);
    else if (n < 0) problems.push(`${name} is negative (${n})`);
    else if (n > MAX_COUNT)
      problems.push(`${name} exceeds the schema's ceiling (${n}) from ${JSON.stringify(m.raw.slice(0, 60))}`);
  }
  if (!(m.min <= m.value) || (m.max !== null && !(m.value <= m.max))) {
    problems.push(`${name} is out of its own bounds: ${m.min} ≤ ${m.value} ≤ ${String(m.max)}`);
  }
  if (typeof m.raw !== 'string') {
    problems.push(`${name}.raw is not a string`);
    return problems;
  }
  if (m.raw.length > 200) problems.push(`${name}.raw is longer than 200`);
  if (!(options.joinedRaw ? options.haystack.showsJoined(m.raw) : options.haystack.shows(m.raw))) {
    problems.push(`${name}.raw ${JSON.stringify(m.raw.slice(0, 80))} is not shown by the element`);
  }
  if (m.value === 0 && !showsZero(m.raw) && !options.zeroByConvention(m)) {
    problems.push(`${name} is a false zero (raw ${JSON.stringify(m.raw.slice(0, 60))})`);
  }
  return problems;
}

/** Every property a reading must have. */
export function readingProblems(read: Read, options: CheckOptions): string[] {
  const problems: string[] = [];
  if (read.network !== options.network) problems.push(`network is ${String(read.network)}`);

  if (read.kind === 'post') {
    const id = badIdentifier(read.postId);
    if (id) problems.push(`postId ${id}`);
    try {
      const url = new URL(read.url);
      if (url.protocol !== 'https:') problems.push(`url is not https: ${read.url.slice(0, 80)}`);
      if (!OWN_HOST[options.network].test(url.hostname))
        problems.push(`url is on another site: ${read.url.slice(0, 80)}`);
      if (url.href !== read.url) problems.push(`url is not canonical: ${read.url.slice(0, 80)}`);
    } catch {
      problems.push(`url does not parse: ${String(read.url).slice(0, 80)}`);
    }
    if (read.author !== undefined) {
      const bad = badIdentifier(read.author);
      if (bad) problems.push(`author ${bad}`);
      else if (read.author !== read.author.toLowerCase())
        problems.push(`author is not lower-cased: ${read.author}`);
    }
    if (
      read.authorName !== undefined &&
      (typeof read.authorName !== 'string' || read.authorName.length > 500)
    ) {
      problems.push(`authorName is over-long (${String(read.authorName).length})`);
    }
    for (const [field, list] of [
      ['hashtags', read.hashtags],
      ['mentions', read.mentions],
    ] as const) {
      if (!Array.isArray(list) || list.length > 100) {
        problems.push(`${field} is not a list of at most 100`);
        continue;
      }
      for (const item of list) {
        if (typeof item !== 'string' || item.length === 0 || item.length > 140) {
          problems.push(`${field} holds ${JSON.stringify(String(item).slice(0, 60))}`);
        }
      }
      if (new Set(list).size !== list.length) problems.push(`${field} has duplicates`);
    }
    for (const mention of read.mentions) {
      const bad = badIdentifier(mention);
      if (bad) problems.push(`mention ${bad}`);
      else if (mention !== mention.toLowerCase()) problems.push(`mention is not lower-cased: ${mention}`);
    }
    for (const name of Object.keys(read.metrics)) {
      if (!(POST_METRICS as readonly string[]).includes(name)) problems.push(`unknown post metric ${name}`);
    }
  } else {
    const bad = badIdentifier(read.handle);
    if (bad) problems.push(`handle ${bad}`);
    else if (read.handle !== read.handle.toLowerCase())
      problems.push(`handle is not lower-cased: ${read.handle}`);
    if (read.displayName !== undefined && read.displayName.length > 500) {
      problems.push(`displayName is over-long (${read.displayName.length})`);
    }
    for (const name of Object.keys(read.metrics)) {
      if (!(PROFILE_METRICS as readonly string[]).includes(name))
        problems.push(`unknown profile metric ${name}`);
    }
  }

  for (const [name, metric] of Object.entries(read.metrics)) {
    if (metric) problems.push(...metricProblems(name, metric, options));
  }

  // The background accepts it: a reading the schema refuses loses its whole batch.
  const reading = {
    ...read,
    capturedAt: '2026-05-20T10:00:00.000Z',
    pageUrl: 'https://example.invalid/',
    locale: 'en',
    parserVersion: 1,
  };
  const parsed =
    read.kind === 'post' ? PostReadingSchema.safeParse(reading) : ProfileReadingSchema.safeParse(reading);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    problems.push(`schema refuses it: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'unknown'}`);
  }
  return problems;
}
