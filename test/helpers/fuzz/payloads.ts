/**
 * What the fuzz suites write into pages: garbled figures and hostile text. Plain data, no DOM.
 */
import type { Random } from './random';

/** One megabyte of text, built once and shared (strings are immutable). */
export const ONE_MB = 'Lorem ipsum 42 likes #tag @someone '
  .repeat(Math.ceil(1_048_576 / 35))
  .slice(0, 1_048_576);

/** One megabyte with no digit at all: a figure-free flood. */
export const ONE_MB_NO_DIGITS = 'ab cd ef gh '.repeat(1_048_576 / 12 + 1).slice(0, 1_048_576);

/** Arabic-Indic (U+0660) and Extended Arabic-Indic (U+06F0) digits, Devanagari, full-width. */
const DIGIT_SYSTEMS = [0x0660, 0x06f0, 0x0966, 0xff10] as const;
const LOOKALIKE_LETTERS = 'OIZEASGTBq';

/** Garbles of a run of digits; each returns the replacement text and the kind's name. */
export const DIGIT_GARBLES: readonly [string, (digits: string, rng: Random) => string][] = [
  ['letters', (d) => d.replace(/[0-9]/g, (c) => LOOKALIKE_LETTERS[Number(c)] as string)],
  ['random letters', (d, rng) => d.replace(/./g, () => String.fromCharCode(97 + rng.int(26)))],
  ['huge digits', (_d, rng) => '9'.repeat(rng.between(14, 400))],
  ['random long digits', (_d, rng) => randomDigits(rng, rng.between(10, 40))],
  [
    'edge of the schema',
    (_d, rng) =>
      rng.pick([
        '10000000000000',
        '10000000000001',
        '9999999999999',
        '99999999999999',
        '999999999999999',
        '9007199254740993',
      ]),
  ],
  [
    'NaN-ish',
    (_d, rng) =>
      rng.pick([
        'NaN',
        'Infinity',
        '-Infinity',
        'undefined',
        'null',
        '1e309',
        '1e21',
        '0x1F',
        '1/0',
        '∞',
        '1.7976931348623157e+308',
        '-0',
        '+-1',
      ]),
  ],
  ['negative', (d, rng) => rng.pick(['-', '\u2212', '(', '−']) + d],
  ['arabic-indic mixed', (d, rng) => mixDigits(d, rng)],
  ['all arabic-indic', (d, rng) => toSystem(d, rng.pick(DIGIT_SYSTEMS))],
  [
    'separators',
    (d, rng) =>
      rng.pick([
        `${d},${d},${d}`,
        `${d}..${d}`,
        `${d} ${d} ${d} ${d} ${d}`,
        `${d}.${d}.${d},${d}`,
        `${d}\u066b${d}\u066c${d}`,
        `${d}'${d}'`,
      ]),
  ],
  [
    'compact chaos',
    (d, rng) =>
      `${d}${rng.pick(['K', 'M', 'B', 'T', 'k', ' Mio.', ' mil', '万', ' B', 'KKK', 'e9', 'E+30'])}`,
  ],
  ['zero', () => '0'],
  ['empty', () => ''],
  ['bidi wrapped', (d) => `\u202e${d}\u202c\u200b`],
  ['fraction', (d) => `${d}.5`],
];

function randomDigits(rng: Random, length: number): string {
  let out = String(rng.between(1, 9));
  for (let i = 1; i < length; i++) out += String(rng.int(10));
  return out;
}

function toSystem(digits: string, zero: number): string {
  return digits.replace(/[0-9]/g, (c) => String.fromCharCode(zero + Number(c)));
}

function mixDigits(digits: string, rng: Random): string {
  return digits.replace(/[0-9]/g, (c) =>
    rng.chance(0.5) ? String.fromCharCode(rng.pick(DIGIT_SYSTEMS) + Number(c)) : c,
  );
}

const ZEROS = [0x30, 0x0660, 0x06f0, 0x0966, 0x09e6, 0xff10];

/** A run of digits of any of the systems above, as ASCII digits. */
function asciiDigits(run: string): string {
  return Array.from(run, (c) => {
    const code = c.codePointAt(0) ?? 0x30;
    const zero = ZEROS.find((z) => code >= z && code <= z + 9);
    return zero === undefined ? '5' : String(code - zero);
  }).join('');
}

/** Replaces one digit run of `text` (or, three times in ten, every run) with one garble. */
export function garbleDigits(text: string, rng: Random): { text: string; kind: string } {
  const [kind, garble] = rng.pick(DIGIT_GARBLES);
  const runs = text.match(/\p{Nd}+/gu);
  if (!runs) return { text, kind: 'no digits' };
  const every = rng.chance(0.3);
  const target = rng.int(runs.length);
  let index = -1;
  const out = text.replace(/\p{Nd}+/gu, (run) => {
    index++;
    return every || index === target ? garble(asciiDigits(run), rng) : run;
  });
  return { text: out, kind };
}

/**
 * Hostile strings a post text, an author name or a handle may carry. They are written into the page
 * as text (what a user typed) unless a suite inserts them as markup on purpose.
 */
export const HOSTILE_TEXTS: readonly string[] = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(document.cookie)</script>',
  '"><svg/onload=alert(1)>',
  "javascript:alert('x')",
  '<a href="javascript:alert(1)">click</a>',
  '\u202eevil\u202c gnp.exe',
  'zero\u200bwidth\u200c\u200djoin\ufeff',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '__proto__',
  '\u0000nul\u0007bell',
  '\ud800 lone surrogate',
  '#hashtag<script> @mention<b>',
  "'; DROP TABLE posts; --",
  '&lt;b&gt;entity&lt;/b&gt;',
];

/** Markup payloads inserted as elements: their tags and handlers must never reach a reading. */
export const HOSTILE_MARKUP: readonly string[] = [
  '<img src="x" onerror="globalThis.__fuzzPwned=1">',
  '<script>globalThis.__fuzzPwned=1</script>',
  '<svg onload="globalThis.__fuzzPwned=1"><circle r="1"></circle></svg>',
  '<iframe src="javascript:globalThis.__fuzzPwned=1"></iframe>',
  '<a href="javascript:globalThis.__fuzzPwned=1">x</a>',
  '<style>*{display:none}</style>',
];

/** Markers that only exist in HOSTILE_MARKUP's markup, never in its text. */
export const MARKUP_MARKERS = ['__fuzzPwned', 'onerror', 'onload', '<img', '<script', '<svg', '<iframe'];

/** Hrefs a permalink or a profile link may be given. */
export const HOSTILE_HREFS: readonly string[] = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)//x.com/a/status/1',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'http://evil.example/a/status/1',
  '//evil.example/p/C8bN4vWqR5s/',
  'https://evil.example/feed/update/urn:li:activity:7366738224129470464/',
  'https://x.com.evil.example/a/status/1',
  'https://www.facebook.com.evil.example/a/posts/123',
  'file:///etc/passwd',
  'about:blank',
  '#',
  '',
];
