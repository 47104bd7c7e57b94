/**
 * Turning LinkedIn's figure text into metric readings. The number itself is always read by
 * `parseCount` (locale-aware); this file only finds which text holds it and what it means
 * ("500+" is a lower bound, "Jane and 149 others" is 150).
 */
import type { MetricReading } from '../../model/records';
import { MAX_READING_COUNT, parseCount } from '../../numbers/parse-count';
import { AT_LEAST_WORDS, OTHERS_WORDS, entriesFor, wordPattern } from './words';

const MAX_RAW = 200;

/** Text as shown, with runs of layout whitespace collapsed (NBSP and U+202F are kept). */
export function cleanText(text: string | null | undefined): string {
  if (!text) return '';
  return text.replace(/[\t\n\r ]+/g, ' ').trim();
}

/** Visible text of an element, collapsed. */
export function textOf(el: Element | null | undefined): string {
  return cleanText(el?.textContent);
}

function clip(raw: string): string {
  return raw.length > MAX_RAW ? raw.slice(0, MAX_RAW) : raw;
}

let atLeastRe: RegExp | undefined;

/** "500+", "+ de 500", "more than 500": the figure is a lower bound. */
function isOpenEnded(figureText: string): boolean {
  if (figureText.includes('+') && /\d[\s\u00a0\u202f]*\+/.test(figureText)) return true;
  atLeastRe ??= new RegExp(
    `${wordPattern(Object.values(AT_LEAST_WORDS).flat())}[\\s\\u00a0\\u202f]*\\d`,
    'iu',
  );
  return atLeastRe.test(figureText);
}

function isCount(n: number): boolean {
  return Number.isFinite(n) && n >= 0;
}

/**
 * A reading of the first count in `figureText` (default: `raw`), or null when it holds none.
 * `raw` is what is stored as the page's wording.
 */
export function readingFrom(raw: string, locale: string, figureText: string = raw): MetricReading | null {
  const bounds = parseCount(figureText, locale);
  if (!bounds) return null;
  const { value, min, max } = bounds;
  if (!isCount(value) || !isCount(min) || !isCount(max) || max > MAX_READING_COUNT) return null;
  if (isOpenEnded(figureText)) return { value, raw: clip(cleanText(raw)), min: value, max: null };
  return { value, raw: clip(cleanText(raw)), min, max };
}

/** A reading increased by `extra` (the named member of "Jane and 149 others"). */
function plus(reading: MetricReading, extra: number): MetricReading {
  return {
    ...reading,
    value: reading.value + extra,
    min: reading.min + extra,
    max: reading.max === null ? null : reading.max + extra,
  };
}

const othersCache = new Map<string, RegExp[]>();

function othersPatterns(locale: string): RegExp[] {
  let patterns = othersCache.get(locale);
  if (!patterns) {
    patterns = entriesFor(OTHERS_WORDS, locale).map(
      ({ and, others }) =>
        new RegExp(
          `${wordPattern(and)}[\\s\\u00a0\\u202f]+(.{1,24}?)[\\s\\u00a0\\u202f]+${wordPattern(others)}`,
          'iu',
        ),
    );
    othersCache.set(locale, patterns);
  }
  return patterns;
}

/**
 * A reaction summary: "150", "150 reactions", or the 2026 "Jane Doe and 149 others (reacted)"
 * (the named member counts too). Only the part after "and" is read, so a digit in the name
 * cannot be taken for the count.
 */
export function reactionReading(raw: string, locale: string): MetricReading | null {
  for (const pattern of othersPatterns(locale)) {
    const figure = pattern.exec(raw)?.[1];
    if (figure) {
      const reading = readingFrom(raw, locale, figure);
      return reading && (reading.max ?? reading.value) < MAX_READING_COUNT ? plus(reading, 1) : null;
    }
  }
  return readingFrom(raw, locale);
}

let figureTailRe: RegExp | undefined;

/**
 * The figure written right before a word ("London, London · 5,750 followers" → "5,750
 * followers"), with its "500+" or "+ de 500" marks, so that a number earlier in the line (a
 * postcode, a year) is not taken for it. Null when no figure is written there.
 */
export function figureBefore(text: string, word: RegExp): string | null {
  const match = word.exec(text);
  if (!match) return null;
  const before = text.slice(0, match.index);
  figureTailRe ??= new RegExp(
    `(?:${wordPattern(Object.values(AT_LEAST_WORDS).flat())}[\\s\\u00a0\\u202f]*)?` +
      `\\d[\\d\\s.,'\\u00a0\\u202f]*(?:\\p{L}{1,4}\\.?[\\s\\u00a0\\u202f]*)?\\+?[\\s\\u00a0\\u202f]*$`,
    'iu',
  );
  const figure = figureTailRe.exec(before)?.[0];
  return figure ? figure + match[0] : null;
}

/** Whether a text is a figure and nothing else ("1,842", "1,2 k", "500+"). */
export function isFigureOnly(text: string, locale: string): boolean {
  if (!/^\+?[\s\u00a0\u202f]*\d[\d\s.,'\u00a0\u202f]*(?:\p{L}{1,4}\.?)?[\s\u00a0\u202f]*\+?$/u.test(text))
    return false;
  return parseCount(text, locale) !== null;
}
