import { describe, expect, it } from 'vitest';
import { cleanText, hasDigit } from '../../../../lib/networks/facebook/dom';

/** The one-regex forms the fast paths of dom.ts must agree with. */
const fullClean = (text: string) =>
  text
    .replace(/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\u200b\ufeff]/g, '')
    .replace(/[ \t\n\r\f\v]+/g, ' ')
    .trim();

const TEXTS = [
  '',
  '3h',
  '12 comments',
  'Like',
  '  two  spaces  ',
  ' one ',
  'a\tb',
  'line\nbreak',
  '\u00a01,2\u00a0k\u00a0',
  '\u200f٤٫٧ ألف\u200f',
  '\u2066١٤٢\u2069',
  '\ufeffzero width',
  'x\u200by',
  '\u2003em space\u2003',
  '१२ टिप्पणियाँ',
  '１２ fullwidth',
  '𝟏𝟐 mathematical',
  '² superscript',
  'Ⅻ roman',
  '½ fraction',
  '🌸 emoji only',
  'Vous et 676 autres personnes',
];

describe('text helpers', () => {
  it.each(TEXTS)('hasDigit(%j) is the Unicode decimal-digit test', (text) => {
    expect(hasDigit(text)).toBe(/\p{Nd}/u.test(text));
  });

  it.each(TEXTS)('cleanText(%j) drops marks and folds white space as the full replacement does', (text) => {
    expect(cleanText(text)).toBe(fullClean(text));
  });

  it('takes null and undefined as no text', () => {
    expect(cleanText(null)).toBe('');
    expect(cleanText(undefined)).toBe('');
  });
});
