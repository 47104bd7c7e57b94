/**
 * Locale-aware reading of the counts social pages print: "1,2 k", "12.345", "1.2万", "١٫٢ ألف".
 *
 * Every locale's decimal mark, group separator and compact suffixes ("k", "Mio.", "mil", "万", "लाख")
 * come from the CLDR data the runtime's Intl carries, so any locale the browser knows works without
 * a hand-kept list. Tables are built lazily, once per resolved locale.
 *
 * Decisions on ambiguous text (each is tested in test/unit/numbers):
 * - A figure with a fractional part and no compact suffix ("1.5" in en, "1,5" in fr) is not a count:
 *   it is skipped and the scan goes on to the next figure (null if there is none).
 * - A group separator must be followed by exactly 3 digits (or 2, then 3, in locales whose own grouping
 *   is Indian). In a locale whose decimal mark is ",", "1.234" is 1234; in en "1,234" is 1234. A "." or
 *   "," followed by another number of digits is read as a decimal mark, so "1,2K" and "1.2K" both work.
 * - "500+" is 500: saying that the count is open-ended is the reader's job.
 * - An abbreviated figure gets bounds that hold the true count whether the site rounded or truncated:
 *   [shown − half a unit of the last shown digit, shown + one unit − 1].
 * - English K/M/B are accepted in every locale, but only glued to the number ("1.2K") and only where the
 *   locale has no suffix of that spelling: in tr "B" stays "bin" (a thousand), in es "B" stays 10^12.
 * - A number word with no figure ("mille", which fr and it long forms print for 1000) is not read.
 * - Only the first 1024 characters are looked at.
 * - Han digits (〇一二…) are not mapped: they are ordinary words in Chinese and Japanese text.
 */

export type CountBounds = { value: number; min: number; max: number };

/**
 * The largest figure a stored reading may hold (MetricReadingSchema in lib/model/records.ts). The
 * parser reads larger figures (up to 15 digits), but a reader that reports one loses its whole batch
 * at the background's door: readers leave such a figure unknown.
 */
export const MAX_READING_COUNT = 1e13;

/** A compact suffix (or prefix, as Swahili's "elfu 1.2") and the power of ten it stands for. */
interface Affix {
  text: string;
  /** Lower-cased text, used unless the locale has two affixes that differ only by case. */
  lower: string;
  exponent: number;
  caseSensitive: boolean;
  /**
   * Whether a letter may follow: "12 Me gusta" is 12, not 12 million, but "1.2万人" is 12000 (Japanese
   * and Chinese put no space between words). Korean does space words, yet glues counters to the figure:
   * "1.2만명" is 12000 while "9 조회" (9 views) is not 9 trillion.
   */
  boundary: 'always' | 'whenSpaced' | 'never';
  /** The English K/M/B fallback only counts when glued to the number. */
  gluedOnly: boolean;
}

interface LocaleTable {
  decimal: string;
  group: string;
  /** The locale groups with ASCII/no-break spaces, so an ASCII space between digits is a separator. */
  spaceGroups: boolean;
  /** The locale groups as 12,34,567. */
  indian: boolean;
  /** Affixes indexed by their lower-cased first character, longest first. */
  suffixes: Map<string, Affix[]>;
  prefixes: Affix[];
}

const MAX_INPUT_CHARS = 1024;
const MAX_DIGITS = 15;
const MAX_SPACES_BEFORE_SUFFIX = 2;
/** Canonical "hard" space: NBSP, narrow NBSP, thin and figure spaces all become this. */
const HARD_SPACE = '\u00a0';
const ARABIC_DECIMAL = '\u066b';
const ARABIC_GROUP = '\u066c';

// Plural forms of long suffixes depend on the shown mantissa (ru 1 тысяча / 2 тысячи / 5 тысяч,
// ar 3–10 / 11–99 / 100+), so format a spread of mantissas at each power of ten.
const MANTISSAS = [
  1, 1.2, 1.5, 2, 3, 4, 5, 6, 7, 8, 11, 12, 15, 20, 21, 22, 25, 100, 101, 102, 105, 111, 125, 150, 500,
];
const MIN_EXPONENT = 0;
const MAX_EXPONENT = 14;

const ENGLISH_FALLBACK: ReadonlyArray<[string, number]> = [
  ['K', 3],
  ['M', 6],
  ['B', 9],
];

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/uy;
const WORD_FINAL = /[\p{L}\p{M}\p{N}]$/u;
const WORD_INITIAL = /^[\p{L}\p{M}\p{N}]/u;
// Scripts written without spaces between words: "1.2万人", "1.2만명" are still counts.
const UNSPACED_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const HANGUL = /\p{Script=Hangul}/u;
const NON_ASCII = /[^\t\n\r\x20-\x7e]/gu;
const ALL_ASCII = /^[\t\n\r\x20-\x7e]*$/;
const DECIMAL_DIGIT = /^\p{Nd}$/u;

/** Non-ASCII characters rewritten before scanning, other than digits: spaces, bidi marks, separators. */
const CHAR_MAP: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const ch of ['\u00a0', '\u202f', '\u2009', '\u2007', '\u2008']) map.set(ch, HARD_SPACE);
  for (const ch of ['\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006'])
    map.set(ch, ' ');
  for (const ch of ['\u200a', '\u2028', '\u2029', '\u205f', '\u3000', '\u00b7', '\u2022', '\u30fb'])
    map.set(ch, ' ');
  // Bidi marks around Arabic and Hebrew figures, and zero-width characters.
  for (const ch of ['\u200e', '\u200f', '\u061c', '\u200b', '\u2060', '\ufeff']) map.set(ch, '');
  for (const ch of ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'])
    map.set(ch, '');
  map.set('\u2019', "'");
  map.set('\u02bc', "'");
  map.set('\uff0c', ',');
  map.set('\uff0e', '.');
  return map;
})();

/** Native digits met so far, and the ASCII digit each stands for ('' for a character that is not one). */
const nativeDigits = new Map<string, string>();
const MAX_NATIVE_DIGITS = 4096;

/**
 * The ASCII digit a non-ASCII decimal digit (General_Category Nd: "١", "४", "１", "𝟐") stands for.
 * Unicode assigns decimal digits only in contiguous runs of ten, 0 to 9 in order, and runs that
 * touch (the mathematical digits) are whole runs: a digit's value is its distance from the start
 * of its block of consecutive digits, modulo 10. No Intl is needed: learning the digits from every
 * numbering system Intl knows built 78 formatters (2.6–9.1 ms in Chromium here) at the first
 * non-ASCII count of each page.
 */
function nativeDigit(ch: string): string {
  let digit = nativeDigits.get(ch);
  if (digit !== undefined) return digit;
  digit = '';
  const code = ch.codePointAt(0);
  if (code !== undefined && DECIMAL_DIGIT.test(ch)) {
    let start = code;
    while (start > 0 && DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start--;
    digit = String((code - start) % 10);
  }
  if (nativeDigits.size >= MAX_NATIVE_DIGITS) nativeDigits.clear();
  nativeDigits.set(ch, digit);
  return digit;
}

function normalize(text: string): string {
  if (ALL_ASCII.test(text)) return text;
  return text.replace(NON_ASCII, (ch) => CHAR_MAP.get(ch) ?? (nativeDigit(ch) || ch));
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === HARD_SPACE || ch === '\t' || ch === '\n' || ch === '\r';
}

// ---------------------------------------------------------------------------------------------------
// Locale tables

const tableByInput = new Map<string, LocaleTable>();
const tableByResolved = new Map<string, LocaleTable>();
const MAX_INPUT_KEYS = 256;

function resolveLocale(locale: string): string {
  for (const candidate of [locale, locale.replace(/_/g, '-')]) {
    try {
      if (candidate) return new Intl.NumberFormat(candidate).resolvedOptions().locale;
    } catch {
      // Not a well-formed tag: try the next spelling, then English.
    }
  }
  return 'en';
}

function getTable(locale: string): LocaleTable {
  const cached = tableByInput.get(locale);
  if (cached) return cached;
  const resolved = resolveLocale(locale);
  let table = tableByResolved.get(resolved);
  if (!table) {
    table = buildTable(resolved);
    tableByResolved.set(resolved, table);
  }
  // Page languages are few; the bound only guards against a caller feeding arbitrary strings.
  if (tableByInput.size >= MAX_INPUT_KEYS) tableByInput.clear();
  tableByInput.set(locale, table);
  return table;
}

function canonicalSpaces(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

function buildTable(locale: string): LocaleTable {
  const plain = new Intl.NumberFormat(locale).formatToParts(1234567.891);
  const decimal = normalize(plain.find((p) => p.type === 'decimal')?.value ?? '.');
  const groupRaw = normalize(plain.find((p) => p.type === 'group')?.value ?? ',');
  const group = isSpace(groupRaw) ? HARD_SPACE : groupRaw;
  const integers = plain.filter((p) => p.type === 'integer').map((p) => normalize(p.value));
  const indian = integers.length >= 3 && integers[1]?.length === 2;

  type Found = { text: string; exponent: number; prefix: boolean };
  // CLDR data has the odd slip (bn short prints 10^11 as "১কো", its 10^7 suffix; ne long prints 10^6
  // as "१ करोड", a crore being 10^7): when one spelling shows up with two magnitudes, the short forms
  // decide before the long ones, then the magnitude it stands for most often; a tie makes it unusable.
  const votes = new Map<string, { text: string; prefix: boolean; byExponent: Map<number, number> }>();
  const note = (text: string, exponent: number, prefix: boolean, display: 'short' | 'long'): void => {
    if (!text || /[0-9]/.test(text)) return;
    const key = `${display}${prefix ? 'p' : 's'}${text}`;
    const entry = votes.get(key) ?? { text, prefix, byExponent: new Map<number, number>() };
    entry.byExponent.set(exponent, (entry.byExponent.get(exponent) ?? 0) + 1);
    votes.set(key, entry);
  };

  for (const compactDisplay of ['short', 'long'] as const) {
    const format = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay });
    for (let exponent = MIN_EXPONENT; exponent <= MAX_EXPONENT; exponent++) {
      for (const mantissa of MANTISSAS) {
        const n = Number(`${mantissa}e${exponent}`);
        const parts = format.formatToParts(n);
        const compactIndex = parts.findIndex((p) => p.type === 'compact');
        if (compactIndex < 0) continue;
        const integerIndex = parts.findIndex((p) => p.type === 'integer');
        let digits = '';
        let text = '';
        for (const p of parts) {
          if (p.type === 'integer') digits += normalize(p.value);
          else if (p.type === 'decimal') digits += '.';
          else if (p.type === 'fraction') digits += normalize(p.value);
          else if (p.type === 'compact') text += p.value;
        }
        const shown = Number(digits);
        if (!(shown > 0)) continue;
        const power = Math.round(Math.log10(n / shown));
        if (Math.abs(n / shown / 10 ** power - 1) > 0.1) continue;
        const affix = canonicalSpaces(normalize(text));
        const prefix = integerIndex > compactIndex;
        note(affix, power, prefix, compactDisplay);
        // Sites drop the abbreviation dot now and then: "1,2 Mio Aufrufe".
        if (affix.length > 1 && affix.endsWith('.')) note(affix.slice(0, -1), power, prefix, compactDisplay);
      }
    }
  }

  const own: Found[] = [];
  const decided = new Set<string>();
  for (const [key, { text, prefix, byExponent }] of votes) {
    // Map order puts every short-form spelling before the long ones.
    const spelling = key.slice(key.startsWith('short') ? 5 : 4);
    if (decided.has(spelling)) continue;
    decided.add(spelling);
    const [best, second] = [...byExponent].sort((a, b) => b[1] - a[1]);
    if (best && (!second || second[1] < best[1])) own.push({ text, exponent: best[0], prefix });
  }
  const lowerExponents = new Map<string, Set<number>>();
  for (const f of own) {
    const lower = f.text.toLowerCase();
    const set = lowerExponents.get(lower) ?? new Set<number>();
    set.add(f.exponent);
    lowerExponents.set(lower, set);
  }
  const makeAffix = (text: string, exponent: number, gluedOnly: boolean, prefix: boolean): Affix => {
    const lower = text.toLowerCase();
    const edge = prefix ? text.slice(0, 1) : text.slice(-1);
    return {
      text,
      lower: lower.length === text.length ? lower : text,
      exponent,
      caseSensitive: (lowerExponents.get(lower)?.size ?? 0) > 1 || lower.length !== text.length,
      boundary: !(prefix ? WORD_INITIAL : WORD_FINAL).test(text)
        ? 'never'
        : UNSPACED_SCRIPT.test(edge)
          ? 'never'
          : HANGUL.test(edge)
            ? 'whenSpaced'
            : 'always',
      gluedOnly,
    };
  };

  const suffixList: Affix[] = [];
  const prefixes: Affix[] = [];
  for (const f of own)
    (f.prefix ? prefixes : suffixList).push(makeAffix(f.text, f.exponent, false, f.prefix));
  for (const [letter, exponent] of ENGLISH_FALLBACK) {
    if (!lowerExponents.has(letter.toLowerCase())) suffixList.push(makeAffix(letter, exponent, true, false));
  }

  const byLength = (a: Affix, b: Affix): number => b.text.length - a.text.length;
  const suffixes = new Map<string, Affix[]>();
  for (const affix of suffixList.sort(byLength)) {
    const key = affix.lower.slice(0, 1);
    const bucket = suffixes.get(key) ?? [];
    bucket.push(affix);
    suffixes.set(key, bucket);
  }
  prefixes.sort(byLength);
  return { decimal, group, spaceGroups: group === HARD_SPACE, indian, suffixes, prefixes };
}

// ---------------------------------------------------------------------------------------------------
// Scanning

function affixMatchesAt(s: string, at: number, affix: Affix): boolean {
  const { text, lower, caseSensitive } = affix;
  if (at + text.length > s.length) return false;
  for (let k = 0; k < text.length; k++) {
    const want = caseSensitive ? text[k] : lower[k];
    const got = s[at + k];
    if (want === ' ') {
      if (!isSpace(got)) return false;
    } else if (got !== want && (caseSensitive || got === undefined || got.toLowerCase() !== want)) {
      return false;
    }
  }
  return true;
}

function isWordCharAt(s: string, at: number): boolean {
  if (at < 0 || at >= s.length) return false;
  WORD_CHAR.lastIndex = at;
  return WORD_CHAR.test(s);
}

/** The exponent of the compact suffix right after a figure ending at `end`, 0 when there is none. */
function suffixExponent(s: string, end: number, table: LocaleTable): number {
  let at = end;
  while (at < s.length && at - end < MAX_SPACES_BEFORE_SUFFIX && isSpace(s[at])) at++;
  if (at >= s.length) return 0;
  const spaced = at > end;
  const first = s[at];
  if (first === undefined) return 0;
  const bucket = table.suffixes.get(first.toLowerCase());
  if (!bucket) return 0;
  for (const affix of bucket) {
    if (spaced && affix.gluedOnly) continue;
    if (!affixMatchesAt(s, at, affix)) continue;
    const boundary = affix.boundary === 'always' || (affix.boundary === 'whenSpaced' && spaced);
    if (boundary && isWordCharAt(s, at + affix.text.length)) continue;
    return affix.exponent;
  }
  return 0;
}

/** The exponent of a compact prefix ("elfu 1.2") right before a figure starting at `start`. */
function prefixExponent(s: string, start: number, table: LocaleTable): number {
  if (table.prefixes.length === 0) return 0;
  let at = start;
  while (at > 0 && start - at < MAX_SPACES_BEFORE_SUFFIX && isSpace(s[at - 1])) at--;
  for (const affix of table.prefixes) {
    const from = at - affix.text.length;
    if (from < 0 || !affixMatchesAt(s, from, affix)) continue;
    if (affix.boundary !== 'never' && isWordCharAt(s, from - 1)) continue;
    return affix.exponent;
  }
  return 0;
}

type SeparatorKind = 'space' | 'apostrophe' | 'arabic' | '.' | ',' | 'other';

function separatorKind(ch: string): SeparatorKind {
  if (ch === ' ' || ch === HARD_SPACE) return 'space';
  if (ch === "'") return 'apostrophe';
  if (ch === ARABIC_GROUP) return 'arabic';
  if (ch === '.' || ch === ',') return ch;
  return 'other';
}

function isSeparatorCandidate(ch: string | undefined, table: LocaleTable): boolean {
  return (
    ch === '.' ||
    ch === ',' ||
    ch === "'" ||
    ch === HARD_SPACE ||
    ch === ARABIC_DECIMAL ||
    ch === ARABIC_GROUP ||
    ch === table.decimal ||
    ch === table.group ||
    (ch === ' ' && table.spaceGroups)
  );
}

function isGroupSeparator(ch: string, table: LocaleTable): boolean {
  if (ch === table.decimal || ch === ARABIC_DECIMAL) return false;
  if (ch === table.group || ch === HARD_SPACE || ch === ARABIC_GROUP || ch === "'") return true;
  if (ch === ' ') return table.spaceGroups;
  return ch === '.' || ch === ',';
}

function isDecimalSeparator(ch: string, table: LocaleTable): boolean {
  return ch === table.decimal || ch === ARABIC_DECIMAL || ch === '.' || ch === ',';
}

interface Figure {
  integer: string;
  fraction: string;
  end: number;
}

/**
 * Reads the figure starting at `start` (a digit). Returns null with `end` past it when the separators
 * do not make a well-formed number ("1,234,56" in en), so the scan can move on.
 */
function readFigure(s: string, start: number, table: LocaleTable): Figure | { end: number } {
  const runs: string[] = [];
  const separators: string[] = [];
  let at = start;
  let runStart = at;
  while (at < s.length && isDigitCode(s.charCodeAt(at))) at++;
  runs.push(s.slice(runStart, at));
  while (at + 1 < s.length && isSeparatorCandidate(s[at], table) && isDigitCode(s.charCodeAt(at + 1))) {
    separators.push(s[at] as string);
    runStart = ++at;
    while (at < s.length && isDigitCode(s.charCodeAt(at))) at++;
    runs.push(s.slice(runStart, at));
  }

  let fraction = '';
  let groups = separators.length;
  let end = at;
  if (groups > 0) {
    const last = separators[groups - 1] as string;
    const lastRun = runs[groups] as string;
    if (isGroupSeparator(last, table) && lastRun.length === 3) {
      // A group: "1,234", "12.345" (de), "1 234" (fr).
    } else if (isDecimalSeparator(last, table)) {
      fraction = lastRun;
      groups--;
    } else {
      // Neither: the figure stops before this separator ("1 23" read as 1).
      groups--;
      end = at - lastRun.length - 1;
    }
  }

  // A malformed figure is skipped whole (`at`, not `end`): its tail is no figure of its own.
  let integer = runs[0] as string;
  if (groups > 0) {
    const kind = separatorKind(separators[0] as string);
    const lastGroup = runs[groups] as string;
    let standard = integer.length <= 3 && lastGroup.length === 3;
    let indian = table.indian && integer.length <= 2 && lastGroup.length === 3;
    for (let g = 0; g < groups; g++) {
      const sep = separators[g] as string;
      if (!isGroupSeparator(sep, table) || separatorKind(sep) !== kind) return { end: at };
      const run = runs[g + 1] as string;
      if (g < groups - 1) {
        standard &&= run.length === 3;
        indian &&= run.length === 2;
      }
      integer += run;
    }
    if (!standard && !indian) return { end: at };
    // The decimal mark must not be the group separator itself ("1,234,5").
    if (fraction && separatorKind(separators[groups] as string) === kind) return { end: at };
  }
  if (integer.length + fraction.length > MAX_DIGITS) return { end: at };
  return { integer, fraction, end };
}

function bounds(figure: Figure, exponent: number): CountBounds | null {
  const decimals = figure.fraction.length;
  const scaled = Number(figure.integer + figure.fraction);
  if (exponent === 0 && decimals === 0) return { value: scaled, min: scaled, max: scaled };
  let value: number;
  let unit: number;
  if (exponent >= decimals) {
    unit = 10 ** (exponent - decimals);
    value = scaled * unit;
  } else {
    unit = 10 ** (exponent - decimals);
    value = scaled / 10 ** (decimals - exponent);
  }
  if (!Number.isFinite(value) || value > Number.MAX_SAFE_INTEGER) return null;
  // A rounding site shows the nearest value (± half a unit); a truncating one anything up to a unit more.
  let min = Math.max(0, Math.ceil(value - unit / 2));
  let max = Math.ceil(value + unit) - 1;
  if (min > max) min = max = Math.round(value);
  const rounded = Math.min(max, Math.max(min, Math.round(value)));
  if (max > Number.MAX_SAFE_INTEGER) max = Number.MAX_SAFE_INTEGER;
  return { value: rounded, min, max };
}

function scan(s: string, table: LocaleTable): CountBounds | null {
  let i = 0;
  while (i < s.length) {
    if (!isDigitCode(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const figure = readFigure(s, i, table);
    if (!('integer' in figure)) {
      i = Math.max(figure.end, i + 1);
      continue;
    }
    const exponent = suffixExponent(s, figure.end, table) || prefixExponent(s, i, table);
    // "1.5" with no suffix is a rating or a version, not a count.
    if (exponent === 0 && figure.fraction) {
      i = Math.max(figure.end, i + 1);
      continue;
    }
    const result = bounds(figure, exponent);
    if (result) return result;
    i = Math.max(figure.end, i + 1);
  }
  return null;
}

/**
 * The first count in `text`, read with the conventions of `locale` (a BCP 47 tag such as the page's
 * `lang`; an empty or malformed tag reads as English). Exact figures come back with value = min = max;
 * abbreviated ones with the range the true count lies in. Null when the text holds no count.
 */
export function parseCount(text: string, locale: string): CountBounds | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  try {
    const slice = text.length > MAX_INPUT_CHARS ? text.slice(0, MAX_INPUT_CHARS) : text;
    const table = getTable(typeof locale === 'string' ? locale : '');
    return scan(normalize(slice), table);
  } catch {
    // Page text is hostile and Intl implementations vary: a count we cannot read is no count.
    return null;
  }
}
