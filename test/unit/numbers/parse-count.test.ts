import { describe, expect, it } from 'vitest';
import { parseCount, type CountBounds } from '../../../lib/numbers/parse-count';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const THIN = '\u2009';
const RLM = '\u200f';
const LRM = '\u200e';
const ALM = '\u061c';

const exact = (n: number): CountBounds => ({ value: n, min: n, max: n });
const compact = (value: number, min: number, max: number): CountBounds => ({ value, min, max });

describe('parseCount: strings the sites print (docs/SITES.md)', () => {
  it.each<[string, string, CountBounds]>([
    ['1.2K', 'en', compact(1200, 1150, 1299)],
    ['29.9K', 'en', compact(29900, 29850, 29999)],
    ['23.9K posts', 'en', compact(23900, 23850, 23999)],
    ['25K', 'en', compact(25000, 24500, 25999)],
    ['2.5M', 'en', compact(2500000, 2450000, 2599999)],
    ['2.5K', 'en', compact(2500, 2450, 2599)],
    ['4.4K', 'en', compact(4400, 4350, 4499)],
    ['553 Likes. Like', 'en', exact(553)],
    ['48 Replies. Reply', 'en', exact(48)],
    ['152 reposts. Repost', 'en', exact(152)],
    ['9 Bookmarks. Bookmark', 'en', exact(9)],
    ['2596467 views. View post analytics', 'en', exact(2596467)],
    ['2534 replies, 4483 reposts, 25616 likes, 797 bookmarks, 2596467 views', 'en', exact(2534)],
    ['1 repost, 5 likes', 'en', exact(1)],
    ['572 likes, 130 comments - user on May 20, 2026: …', 'en', exact(572)],
    ['2,948 reactions', 'en', exact(2948)],
    ['221 comments', 'en', exact(221)],
    ['13 comments on X’s post', 'en', exact(13)],
    ['3,893', 'en', exact(3893)],
    ['52,340', 'en', exact(52340)],
    ['72 Impressions', 'en', exact(72)],
    ['You and 676 others', 'en', exact(676)],
    [`1,2${NBSP}k`, 'fr', compact(1200, 1150, 1299)],
    ['1,2 k', 'fr', compact(1200, 1150, 1299)],
    [`1,2${NBSP}k J’aime`, 'fr', compact(1200, 1150, 1299)],
    [`Toutes les réactions${NBSP}: 1,2${NBSP}k`, 'fr', compact(1200, 1150, 1299)],
    ['Toutes les réactions : 1,2 k', 'fr', compact(1200, 1150, 1299)],
    [`1${NNBSP}234${NNBSP}567`, 'fr', exact(1234567)],
    [`12 commentaires`, 'fr', exact(12)],
    ['114 réactions · 17 partages', 'fr', exact(114)],
    [`572${NBSP}J’aime`, 'fr', exact(572)],
    ['12.345', 'de', exact(12345)],
    ['1234', 'de', exact(1234)],
    [`1,2${NBSP}Mio.`, 'de', compact(1200000, 1150000, 1299999)],
    [`1,2${NBSP}mil`, 'es', compact(1200, 1150, 1299)],
    ['12 Me gusta', 'es', exact(12)],
    ['12 mil seguidores', 'es', compact(12000, 11500, 12999)],
    ['1,2K', 'it', compact(1200, 1150, 1299)],
    [`1,2${NBSP}Mln`, 'it', compact(1200000, 1150000, 1299999)],
    [`1,2${NBSP}mil`, 'pt-BR', compact(1200, 1150, 1299)],
    [`1,2${NBSP}mi`, 'pt-BR', compact(1200000, 1150000, 1299999)],
    ['327,4B', 'tr', compact(327400, 327350, 327499)],
    [`1,2${NBSP}B`, 'tr', compact(1200, 1150, 1299)],
    ['1.2万', 'ja', compact(12000, 11500, 12999)],
    ['12 लाख', 'hi', compact(1200000, 1150000, 1299999)],
    [`١٫٢${NBSP}ألف`, 'ar', compact(1200, 1150, 1299)],
    ['١٤٢', 'ar', exact(142)],
    ['٧', 'ar', exact(7)],
  ])('%j (%s) → %j', (text, locale, expected) => {
    expect(parseCount(text, locale)).toEqual(expected);
  });
});

describe('parseCount: text without a count is null', () => {
  it.each<[string, string]>([
    ['Like', 'en'],
    ['J’aime', 'fr'],
    ["J'aime", 'fr'],
    ['', 'en'],
    ['—', 'en'],
    ['   ', 'fr'],
    ['Me gusta', 'es'],
    ['K', 'en'],
    ['万', 'ja'],
    ['ألف', 'ar'],
    ['Mio.', 'de'],
    ['., · , .', 'en'],
    ['\u0000\uffff\ud800', 'en'],
  ])('%j (%s)', (text, locale) => {
    expect(parseCount(text, locale)).toBeNull();
  });
});

describe('parseCount: the locale decides what a suffix means', () => {
  it.each<[string, string, number]>([
    ['1,2 B', 'tr', 1200],
    ['1,2 Mn', 'tr', 1200000],
    ['1,2 Mr', 'tr', 1200000000],
    ['1.2B', 'en', 1200000000],
    ['1.2bn', 'en-GB', 1200000000],
    ['1,2 Mio.', 'de', 1200000],
    ['1,2 Mrd.', 'de', 1200000000],
    ['1,2 Tausend', 'de', 1200],
    ['1,2 mil', 'es', 1200],
    ['1,2 M', 'es', 1200000],
    ['1,2 mil M', 'es', 1200000000],
    ['1,2 mil millones', 'es', 1200000000],
    ['1,2 mil', 'pt-BR', 1200],
    ['1,2 mi', 'pt-BR', 1200000],
    ['1,2 bi', 'pt-BR', 1200000000],
    ['1,2 mil milhões', 'pt-PT', 1200000000],
    ['1,2 Mln', 'it', 1200000],
    ['1,2 mila', 'it', 1200],
    ['1,2 milioni', 'it', 1200000],
    ['1,2 millier', 'fr', 1200],
    ['12 mille', 'fr', 12000],
    ['1,2 Md', 'fr', 1200000000],
    ['1,2 mln.', 'nl', 1200000],
    ['1,2 tys.', 'pl', 1200],
    ['5 tysięcy', 'pl', 5000],
    ['1,2 tn', 'sv', 1200],
    ['1,2 тыс.', 'ru', 1200],
    ['1 тысяча', 'ru', 1000],
    ['2 тысячи', 'ru', 2000],
    ['5 тысяч', 'ru', 5000],
    ['1,2 млн', 'ru', 1200000],
    ['1,2 млрд', 'ru', 1200000000],
    ['1.2万', 'ja', 12000],
    ['1.2億', 'ja', 120000000],
    ['1.2万', 'zh', 12000],
    ['1.2亿', 'zh', 120000000],
    ['1.2万亿', 'zh', 1200000000000],
    ['1.2천', 'ko', 1200],
    ['1.2만', 'ko', 12000],
    ['1.2억', 'ko', 120000000],
    ['12 लाख', 'hi', 1200000],
    ['1.2 करोड़', 'hi', 12000000],
    ['1.2 हज़ार', 'hi', 1200],
    ['12L', 'en-IN', 1200000],
    ['1.2Cr', 'en-IN', 12000000],
    ['1,2 rb', 'id', 1200],
    ['1,2 jt', 'id', 1200000],
    ['١٫٢ مليون', 'ar', 1200000],
    ['1.2 ألف', 'ar', 1200],
    ['elfu 1.2', 'sw', 1200],
    ['1.2 thousand', 'en', 1200],
    ['1.2 million', 'en', 1200000],
  ])('%j (%s) is about %d', (text, locale, value) => {
    expect(parseCount(text, locale)?.value).toBe(value);
  });

  it('reads what Intl itself prints for 1,2 thousand / million / billion in each locale', () => {
    for (const locale of [
      'en',
      'fr',
      'de',
      'es',
      'it',
      'pt-BR',
      'tr',
      'ru',
      'ja',
      'ko',
      'zh',
      'hi',
      'ar-EG',
    ]) {
      for (const compactDisplay of ['short', 'long'] as const) {
        const format = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay });
        for (const n of [1200, 1200000, 1200000000]) {
          const shown = format.format(n);
          expect(parseCount(shown, locale)?.value, `${locale} ${compactDisplay} ${shown}`).toBe(n);
        }
      }
    }
  });

  it('drops a missing abbreviation dot: "1,2 Mio Aufrufe" is 1.2 million', () => {
    expect(parseCount('1,2 Mio Aufrufe', 'de')).toEqual(compact(1200000, 1150000, 1299999));
  });

  it('matches suffixes in either case', () => {
    expect(parseCount('1.2k', 'en')?.value).toBe(1200);
    expect(parseCount('1,2 K', 'fr')?.value).toBe(1200);
    expect(parseCount('1,2 MIO.', 'de')?.value).toBe(1200000);
  });
});

describe('parseCount: English K/M/B as a fallback', () => {
  it('reads "1.2K", "1.2M", "1.2B" in a locale whose own suffixes differ', () => {
    expect(parseCount('1.2K', 'de')?.value).toBe(1200);
    expect(parseCount('1,2K', 'de')?.value).toBe(1200);
    expect(parseCount('1.2M', 'fr')?.value).toBe(1200000);
    expect(parseCount('1.2B', 'fr')?.value).toBe(1200000000);
    expect(parseCount('3.4K', 'ja')?.value).toBe(3400);
    expect(parseCount('3.4K', 'ru')?.value).toBe(3400);
    expect(parseCount('3.4M', 'ar')?.value).toBe(3400000);
  });

  it('never overrides a suffix the locale spells the same way', () => {
    // tr "B" is bin (a thousand), es "B" is billón (10^12), id "M" is miliar (10^9).
    expect(parseCount('1.2B', 'tr')?.value).toBe(1200);
    expect(parseCount('1.2K', 'tr')?.value).toBe(1200);
    expect(parseCount('1.2M', 'tr')?.value).toBe(1200000);
    expect(parseCount('1,2 B', 'es')?.value).toBe(1200000000000);
    expect(parseCount('1,2 M', 'id')?.value).toBe(1200000000);
  });

  it('only counts when glued to the figure, so a following word is not read as a suffix', () => {
    expect(parseCount('12 K-pop fans', 'de')).toEqual(exact(12));
    expect(parseCount('12 Mi piace', 'it')).toEqual(exact(12));
    expect(parseCount('12 Bookmarks', 'fr')).toEqual(exact(12));
  });
});

describe('parseCount: a suffix needs a word boundary after it', () => {
  it.each<[string, string, number]>([
    ['12 Me gusta', 'es', 12],
    ['12 Mi piace', 'it', 12],
    ['12 Beğenme', 'tr', 12],
    ['12 beğeni', 'tr', 12],
    ['12 Bağlantı', 'tr', 12],
    ['12 bin', 'tr', 12000],
    ['7 Kommentare', 'de', 7],
    ['5 millones', 'es', 5000000],
    ['12 mil seguidores', 'es', 12000],
    ['12 mil Me gusta', 'es', 12000],
    ['1,2 k J’aime', 'fr', 1200],
    ['1,2 k.', 'fr', 1200],
    ['1.2K+', 'en', 1200],
    ['(1.2K)', 'en', 1200],
    ['1.2K·3 comments', 'en', 1200],
    ['3 Mitglieder', 'de', 3],
    ['4 mila', 'it', 4000],
    ['4 milano', 'it', 4],
  ])('%j (%s) → %d', (text, locale, value) => {
    expect(parseCount(text, locale)?.value).toBe(value);
  });

  it('needs none after a suffix in a script written without spaces', () => {
    expect(parseCount('1.2万人', 'ja')?.value).toBe(12000);
    expect(parseCount('いいね！1.2万件', 'ja')?.value).toBe(12000);
    expect(parseCount('1.2만명', 'ko')?.value).toBe(12000);
    expect(parseCount('1.2万次播放', 'zh')?.value).toBe(12000);
  });
});

describe('parseCount: separators', () => {
  it('takes every space a locale groups with', () => {
    for (const space of [NBSP, NNBSP, THIN, ' ']) {
      expect(parseCount(`1${space}234${space}567`, 'fr')).toEqual(exact(1234567));
      expect(parseCount(`1${space}234${space}567 J’aime`, 'fr-CH')).toEqual(exact(1234567));
    }
  });

  it('takes both apostrophes of Swiss German', () => {
    expect(parseCount("1'234'567", 'de-CH')).toEqual(exact(1234567));
    expect(parseCount('1’234’567', 'de-CH')).toEqual(exact(1234567));
    expect(parseCount('1.2 Mio.', 'de-CH')?.value).toBe(1200000);
  });

  it('reads Indian grouping where the locale groups that way', () => {
    expect(parseCount('12,34,567', 'hi')).toEqual(exact(1234567));
    expect(parseCount('1,23,45,678', 'en-IN')).toEqual(exact(12345678));
    expect(parseCount('১২,৩৪,৫৬৭', 'bn')).toEqual(exact(1234567));
    expect(parseCount('12,34,567', 'en')).toBeNull();
  });

  it('reads Arabic separators and digits', () => {
    expect(parseCount('١٬٢٣٤٬٥٦٧', 'ar-EG')).toEqual(exact(1234567));
    expect(parseCount('١٬٢٣٤٬٥٦٧', 'ar')).toEqual(exact(1234567));
    expect(parseCount('۱٬۲۳۴', 'fa')).toEqual(exact(1234));
    expect(parseCount('١٫٢ ألف', 'ar-EG')?.value).toBe(1200);
  });

  it('needs exactly three digits after a group separator', () => {
    expect(parseCount('1,234', 'en')).toEqual(exact(1234));
    expect(parseCount('1,234,567', 'en')).toEqual(exact(1234567));
    expect(parseCount('1,234,56', 'en')).toBeNull();
    expect(parseCount('12,3456', 'en')).toBeNull();
    expect(parseCount('1234,567', 'en')).toBeNull();
  });

  it('reads "1.234" as 1234 where the decimal mark is a comma', () => {
    expect(parseCount('1.234', 'fr')).toEqual(exact(1234));
    expect(parseCount('1.234', 'de')).toEqual(exact(1234));
    expect(parseCount('1.234.567', 'de')).toEqual(exact(1234567));
    expect(parseCount('1.234', 'es')).toEqual(exact(1234));
    expect(parseCount('1.234,5 Mio.', 'de')?.value).toBe(1234500000);
  });

  it('reads "1,234" as 1234 in English and "1.2"/"1,2" before a suffix as 1.2 units', () => {
    expect(parseCount('1,234', 'en')).toEqual(exact(1234));
    expect(parseCount('1.2K', 'en')?.value).toBe(1200);
    expect(parseCount('1,2K', 'en')?.value).toBe(1200);
    expect(parseCount('1,234.5K', 'en')).toEqual(compact(1234500, 1234450, 1234599));
  });

  it('does not take a bare decimal for a count, and moves on to the next figure', () => {
    expect(parseCount('1.5', 'en')).toBeNull();
    expect(parseCount('1,5', 'fr')).toBeNull();
    expect(parseCount('1.234', 'en')).toBeNull();
    expect(parseCount('1.234,5', 'de')).toBeNull();
    expect(parseCount('Rated 4.5 · 12 reviews', 'en')).toEqual(exact(12));
  });

  it('does not mix the group separator and the decimal mark', () => {
    expect(parseCount('1,234,5K', 'en')).toBeNull();
    expect(parseCount('1.234.5K', 'de')).toBeNull();
  });

  it('drops bidi marks and reads "·" as a separator between counts', () => {
    expect(parseCount(`${RLM}1.2K${RLM}`, 'he')?.value).toBe(1200);
    expect(parseCount(`${ALM}١٤٢${ALM}`, 'ar')).toEqual(exact(142));
    expect(parseCount(`${LRM}1${LRM},${LRM}234`, 'en')).toEqual(exact(1234));
    expect(parseCount('1.2K·3.4K', 'en')?.value).toBe(1200);
    expect(parseCount('12 réactions·3 partages', 'fr')).toEqual(exact(12));
  });
});

describe('parseCount: digits', () => {
  it('maps every decimal digit set Intl formats with', () => {
    const systems = Intl.supportedValuesOf('numberingSystem');
    let checked = 0;
    for (const system of systems) {
      const shown = new Intl.NumberFormat(`en-u-nu-${system}`, { useGrouping: false }).format(1234567890);
      // Only decimal systems (Han digits are left alone: they are ordinary words in CJK text).
      if (!/^\p{Nd}+$/u.test(shown) || system === 'hanidec') continue;
      expect(parseCount(shown, 'en'), system).toEqual(exact(1234567890));
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });

  // The parser tells a native digit's value by its place in its block of consecutive digits
  // (lib/numbers/parse-count.ts, nativeDigit): that holds because Unicode assigns decimal digits
  // in whole runs of ten, 0 to 9. Checked here over every code point this runtime knows.
  it('finds every block of consecutive decimal digits made of whole runs of ten', () => {
    const nd = /^\p{Nd}$/u;
    let blocks = 0;
    let run = 0;
    for (let code = 0; code <= 0x110000; code++) {
      if (code < 0x110000 && nd.test(String.fromCodePoint(code))) {
        run++;
        continue;
      }
      if (run > 0) {
        expect(run % 10, `block ending at U+${(code - 1).toString(16)}`).toBe(0);
        blocks++;
      }
      run = 0;
    }
    expect(blocks).toBeGreaterThan(50);
  });

  it('reads digits of touching blocks and of blocks with no numbering system name', () => {
    // Mathematical monospace digits: the last of five touching blocks (U+1D7CE–U+1D7FF).
    expect(parseCount('\u{1d7f7}\u{1d7f8}\u{1d7f9} likes', 'en')).toEqual(exact(123));
    // Mathematical bold digits: the first of them.
    expect(parseCount('\u{1d7cf}\u{1d7ce}', 'en')).toEqual(exact(10));
    // Segmented digits (U+1FBF0–U+1FBF9, Unicode 13).
    expect(parseCount('\u{1fbf4}\u{1fbf2}', 'en')).toEqual(exact(42));
  });

  it.each<[string, string, number]>([
    ['१२ लाख', 'hi', 1200000],
    ['१,२३४', 'mr', 1234],
    ['১৪২', 'bn', 142],
    ['۱۲۳', 'fa', 123],
    ['١٢٣', 'ur', 123],
    ['１２３', 'ja', 123],
    ['１．２万', 'ja', 12000],
    ['๑๒๓', 'th', 123],
  ])('%j (%s) → %d', (text, locale, value) => {
    expect(parseCount(text, locale)?.value).toBe(value);
  });

  it('leaves Han numerals alone', () => {
    expect(parseCount('一万', 'zh')).toBeNull();
    expect(parseCount('第一 12 赞', 'zh')).toEqual(exact(12));
  });
});

describe('parseCount: bounds of an abbreviated figure', () => {
  it('hold the true count whether the site rounded or truncated', () => {
    // X truncates: 25616 likes show as "25K", 2596467 views as "2.5M".
    const likes = parseCount('25K', 'en');
    expect(likes).not.toBeNull();
    expect(likes!.min).toBeLessThanOrEqual(25616);
    expect(likes!.max).toBeGreaterThanOrEqual(25616);
    const views = parseCount('2.5M', 'en');
    expect(views!.min).toBeLessThanOrEqual(2596467);
    expect(views!.max).toBeGreaterThanOrEqual(2596467);
  });

  it('are half a unit below and one unit (less one) above the last shown digit', () => {
    expect(parseCount('1K', 'en')).toEqual(compact(1000, 500, 1999));
    expect(parseCount('12.34K', 'en')).toEqual(compact(12340, 12335, 12349));
    expect(parseCount('1.234K', 'en')).toEqual(exact(1234));
    expect(parseCount('1235万', 'ja')).toEqual(compact(12350000, 12345000, 12359999));
  });

  it('stay integers and never go below zero', () => {
    expect(parseCount('0.1K', 'en')).toEqual(compact(100, 50, 199));
    expect(parseCount('0K', 'en')).toEqual(compact(0, 0, 999));
    expect(parseCount('0', 'en')).toEqual(exact(0));
    const fine = parseCount('1.2345K', 'en')!;
    expect(Number.isInteger(fine.min) && Number.isInteger(fine.max) && Number.isInteger(fine.value)).toBe(
      true,
    );
    expect(fine.min).toBeLessThanOrEqual(fine.value);
    expect(fine.value).toBeLessThanOrEqual(fine.max);
  });
});

describe('parseCount: open-ended counts', () => {
  it('reads "500+" as 500 (saying it is open-ended is the reader’s job)', () => {
    expect(parseCount('500+', 'en')).toEqual(exact(500));
    expect(parseCount('500+ connections', 'en')).toEqual(exact(500));
    expect(parseCount('5000+ issues', 'en')).toEqual(exact(5000));
    expect(parseCount('10K+', 'en')?.value).toBe(10000);
  });
});

describe('parseCount: hostile input', () => {
  it('never throws and stays fast on huge strings', () => {
    const huge = 'x'.repeat(5_000_000);
    const started = performance.now();
    expect(parseCount(huge, 'en')).toBeNull();
    expect(parseCount('9'.repeat(5_000_000), 'en')).toBeNull();
    expect(parseCount('1,'.repeat(1_000_000), 'en')).toBeNull();
    expect(parseCount('é'.repeat(1_000_000) + '12', 'fr')).toBeNull();
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('reads the start of a long text and ignores what lies past the first 1024 characters', () => {
    expect(parseCount(`12 likes ${'x'.repeat(100_000)}`, 'en')).toEqual(exact(12));
    expect(parseCount(`${'x'.repeat(2000)} 12 likes`, 'en')).toBeNull();
  });

  it('rejects figures too long to be counts', () => {
    expect(parseCount('12345678901234567890', 'en')).toBeNull();
    expect(parseCount('999999999999999', 'en')).toEqual(exact(999999999999999));
    expect(parseCount('999999999 T', 'en')).toBeNull();
  });

  it('reads an empty, malformed or unknown locale as English', () => {
    expect(parseCount('1.2K', '')?.value).toBe(1200);
    expect(parseCount('1.2K', 'not a locale!!')?.value).toBe(1200);
    expect(parseCount('1,234', 'en_US')).toEqual(exact(1234));
    expect(parseCount('1,2 k', 'fr_FR')?.value).toBe(1200);
    expect(parseCount('1,2 mi', 'pt-br')?.value).toBe(1200000);
    expect(parseCount('12', 'zz')).toEqual(exact(12));
  });

  it('returns null for what is not a string', () => {
    expect(parseCount(undefined as unknown as string, 'en')).toBeNull();
    expect(parseCount(12 as unknown as string, 'en')).toBeNull();
    expect(parseCount('12', undefined as unknown as string)).toEqual(exact(12));
  });
});

describe('parseCount: decisions on words without a figure and on Korean counters', () => {
  it('does not read a figure-less number word ("mille" is how fr/it long forms print 1000)', () => {
    expect(parseCount('mille', 'it')).toBeNull();
    expect(parseCount('Mille grazie', 'it')).toBeNull();
  });

  it('reads a Korean suffix glued to the figure, but not the start of a word after a space', () => {
    expect(parseCount('1.2만명', 'ko')?.value).toBe(12000);
    expect(parseCount('9 조회', 'ko')).toEqual(exact(9));
    expect(parseCount('조회수 1.2만회', 'ko')?.value).toBe(12000);
  });
});
