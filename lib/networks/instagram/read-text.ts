/**
 * Small pure helpers shared by the Instagram readers: an element's text as shown, a figure
 * matched by its words and read by parseCount (the only number parsing), and the hashtags and
 * mentions of a caption.
 */
import type { MetricReading } from '../../model/records';
import { MAX_READING_COUNT, parseCount } from '../../numbers/parse-count';

/** Longest text looked at as one figure; a count element's text is short, a caption is not. */
export const MAX_COUNT_TEXT = 160;
const MAX_RAW = 200;

/** What collapsing changes: a tab or line break, or two spaces in a row. */
const LAYOUT_SPACE = /[\t\n\r]| {2}/;
const LAYOUT_SPACE_RUN = /[\t\n\r ]+/g;

/**
 * The text an element shows, with the layout whitespace of the markup collapsed. NBSP and
 * U+202F are kept: they are part of what the page wrote ("1 284 J’aime").
 */
export function shownText(el: Element | null | undefined): string {
  if (!el) return '';
  const text = el.textContent ?? '';
  // Most texts have no layout whitespace to collapse: then the replace would copy them unchanged.
  return (LAYOUT_SPACE.test(text) ? text.replace(LAYOUT_SPACE_RUN, ' ') : text).trim();
}

/**
 * A reading as stored: the parsed figure with the source text, shifted by `add` ("x and N others").
 * Null for a figure beyond what a reading may hold (no account has that many).
 */
export function toReading(
  raw: string,
  figure: { value: number; min: number; max: number },
  add = 0,
): MetricReading | null {
  if (figure.max + add > MAX_READING_COUNT) return null;
  return {
    value: figure.value + add,
    raw: raw.slice(0, MAX_RAW),
    min: figure.min + add,
    max: figure.max + add,
  };
}

/**
 * Matches `text` against word patterns (words.ts) and reads the captured figure `n` with the
 * page's locale. Null when no pattern matches or the figure is not a count.
 */
export function countByWords(
  text: string,
  patterns: readonly RegExp[],
  locale: string,
  add = 0,
): MetricReading | null {
  if (text.length === 0 || text.length > MAX_COUNT_TEXT) return null;
  for (const pattern of patterns) {
    const figure = pattern.exec(text)?.groups?.n;
    if (figure === undefined) continue;
    const parsed = parseCount(figure, locale);
    const reading = parsed && toReading(text, parsed, add);
    if (reading) return reading;
  }
  return null;
}

/** True when one of the patterns matches the whole text. */
export function matchesAny(text: string, patterns: readonly RegExp[]): boolean {
  return text.length > 0 && text.length <= MAX_COUNT_TEXT && patterns.some((p) => p.test(text));
}

// A hashtag runs over letters, marks, digits and underscores; it must not start inside a word
// or an HTML entity-like run ("&#123;"), nor be a bare number.
const HASHTAG = /(?:^|[^\p{L}\p{M}\p{N}_&#])#([\p{L}\p{M}\p{N}_]{1,139})/gu;
// Usernames: letters, digits, periods, underscores; an e-mail's "@" follows a word character.
const MENTION = /(?:^|[^\p{L}\p{M}\p{N}_.@])@([A-Za-z0-9._]{1,30})/gu;

const ALL_DIGITS = /^\p{N}+$/u;
const TRAILING_DOTS = /\.+$/;

export interface CaptionTags {
  hashtags: string[];
  mentions: string[];
}

/** Hashtags (case kept, without #) and mentions (lower-cased, without @) of caption texts, deduplicated. */
export function tagsOf(texts: readonly string[]): CaptionTags {
  const hashtags = new Map<string, string>();
  const mentions = new Set<string>();
  const seen = new Set<string>();
  for (const text of texts) {
    // A text already read adds nothing (nested caption spans repeat their text).
    if (seen.has(text)) continue;
    seen.add(text);
    // The Unicode-aware scans only run where a cheap native check finds their sign.
    // exec() from lastIndex 0 finds what matchAll() would, without a copy of the pattern per text
    // (neither pattern matches an empty string, so no empty match has to be stepped over).
    if (text.includes('#')) {
      HASHTAG.lastIndex = 0;
      for (let m = HASHTAG.exec(text); m; m = HASHTAG.exec(text)) {
        const tag = m[1];
        if (tag === undefined || ALL_DIGITS.test(tag)) continue;
        const key = tag.toLowerCase();
        if (!hashtags.has(key)) hashtags.set(key, tag);
      }
    }
    if (text.includes('@')) {
      MENTION.lastIndex = 0;
      for (let m = MENTION.exec(text); m; m = MENTION.exec(text)) {
        const handle = m[1]?.replace(TRAILING_DOTS, '').toLowerCase();
        if (handle) mentions.add(handle);
      }
    }
  }
  return { hashtags: [...hashtags.values()].slice(0, 100), mentions: [...mentions].slice(0, 100) };
}
