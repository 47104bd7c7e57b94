/**
 * The words Facebook writes next to its figures, per UI language. Markers and roles come first
 * in the reader; these words only name a count that no marker names ("12 comments" and "3 shares"
 * are two look-alike buttons). To support a language, add one entry keyed by its primary BCP 47
 * subtag: the reader tries the page's language first, then every other entry.
 *
 * Words are matched case-insensitively as whole words, after the count; an apostrophe here
 * matches ' ’ and ʼ. Facebook's wording comes from SITES.md, the Arabic capture of Mar 2024 and
 * the English and French UI of 2024–2026.
 */

/** The counts a post footer states in words. */
export type FooterCount = 'reactions' | 'comments' | 'shares' | 'views';

/** The counts a Page or profile header states. */
export type HeaderCount = 'followers' | 'following' | 'friends' | 'pageLikes';

type WordTable<K extends string> = Record<string, Partial<Record<K, readonly string[]>>>;

/** "114 réactions · 12 commentaires · 3 partages · 1,2 k vues". Singular and plural forms. */
export const FOOTER_WORDS: WordTable<FooterCount> = {
  en: {
    reactions: ['reactions', 'reaction'],
    comments: ['comments', 'comment'],
    shares: ['shares', 'share'],
    // Reels say "plays" where videos say "views".
    views: ['views', 'view', 'plays', 'play'],
  },
  fr: {
    reactions: ['réactions', 'réaction'],
    comments: ['commentaires', 'commentaire'],
    shares: ['partages', 'partage'],
    views: ['vues', 'vue', 'lectures', 'lecture'],
  },
  ar: {
    reactions: ['تفاعلات', 'تفاعل'],
    comments: ['تعليقات', 'تعليقًا', 'تعليق'],
    shares: ['مشاركات', 'مشاركة'],
    views: ['مشاهدات', 'مشاهدة'],
  },
};

/**
 * The hidden label before the reactions total: "All reactions:" / "Toutes les réactions :" /
 * "كل التفاعلات:" (real capture). Matched at the start of the button's text.
 */
export const ALL_REACTIONS_LABELS: Record<string, readonly string[]> = {
  en: ['all reactions'],
  fr: ['toutes les réactions'],
  ar: ['كل التفاعلات'],
};

/**
 * "You and 676 others", "Marie Dupont and 3 others", "Vous et 676 autres personnes": the names
 * before the joining word each count one reactor more than the figure.
 */
export const OTHERS_FORMS: Record<string, { and: string; others: readonly string[] }> = {
  en: { and: 'and', others: ['others', 'other', 'other people'] },
  fr: { and: 'et', others: ['autres personnes', 'autre personne', 'autres'] },
};

/** "12 k followers", "5,1 k J’aime", "٤٫٧ ألف المتابعون" (real capture), "1 234 amis". */
export const HEADER_WORDS: WordTable<HeaderCount> = {
  en: {
    followers: ['followers', 'follower'],
    following: ['following'],
    friends: ['friends', 'friend'],
    pageLikes: ['likes', 'like'],
  },
  fr: {
    followers: ['abonnés', 'abonné', 'followers', 'follower'],
    following: ['abonnements', 'abonnement', 'suivis', 'suivi(e)s'],
    friends: ['amis', 'ami(e)s', 'ami'],
    pageLikes: ["j'aime"],
  },
  ar: {
    followers: ['المتابعون', 'متابعين', 'متابع'],
    following: ['يتابع'],
    friends: ['أصدقاء', 'صديق'],
    pageLikes: ['تسجيلات الإعجاب', 'تسجيل إعجاب', 'إعجاب'],
  },
};

const APOSTROPHES = /[’ʼ']/g;

/** A word as a pattern: apostrophes match ' ’ ʼ, a space matches any run of spaces (NBSP too). */
function escapeForRegExp(text: string): string {
  return text
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/'/g, "['’ʼ]")
    .replace(/ /g, '\\s+');
}

/**
 * Whether the footer words of the page's language are known. Facebook's zero convention ("no count
 * shown means 0") holds only then: in another language a shown "87 Kommentare" goes unrecognised.
 */
export function knowsFooterWords(locale: string): boolean {
  const primary = locale.toLowerCase().split(/[-_]/)[0] ?? '';
  return Object.keys(FOOTER_WORDS).includes(primary);
}

const languagesCache = new Map<string, readonly string[]>();

/** Page language first, then every other language the tables know (one array per locale, kept). */
export function languagesFor(locale: string): readonly string[] {
  let languages = languagesCache.get(locale);
  if (!languages) {
    const primary = locale.toLowerCase().split(/[-_]/)[0] ?? '';
    const known = Object.keys(FOOTER_WORDS);
    languages = known.includes(primary) ? [primary, ...known.filter((l) => l !== primary)] : known;
    // Locales come from the page's `lang`: a handful per session, but bound the cache anyway.
    if (languagesCache.size > 50) languagesCache.clear();
    languagesCache.set(locale, languages);
  }
  return languages;
}

/** `words` as a whole word at the end of a text, the text before it captured. */
function endingPattern(words: readonly string[]): RegExp {
  return new RegExp(`^(.*?)(?:^|(?<=[^\\p{L}\\p{M}]))(?:${words.map(escapeForRegExp).join('|')})$`, 'iu');
}

/** Each table's entries per language, with their patterns built once (tables are constants). */
const compiledTables = new WeakMap<object, Map<string, ReadonlyArray<[string, RegExp]>>>();

function compiledEntries(table: WordTable<string>, language: string): ReadonlyArray<[string, RegExp]> {
  let byLanguage = compiledTables.get(table);
  if (!byLanguage) {
    byLanguage = new Map();
    compiledTables.set(table, byLanguage);
  }
  let entries = byLanguage.get(language);
  if (!entries) {
    entries = Object.entries(table[language] ?? {}).map(
      ([kind, words]) => [kind, endingPattern(words as readonly string[])] as [string, RegExp],
    );
    byLanguage.set(language, entries);
  }
  return entries;
}

/**
 * Which count a text segment such as "12 commentaires" states, and the text before the word
 * ("12"). Null when no word of the table ends the segment.
 */
export function classifyWords<K extends string>(
  text: string,
  table: WordTable<K>,
  locale: string,
): { kind: K; figureText: string } | null {
  const trimmed = text.trim();
  for (const language of languagesFor(locale)) {
    for (const [kind, pattern] of compiledEntries(table, language)) {
      const match = pattern.exec(trimmed);
      if (match) return { kind: kind as K, figureText: (match[1] ?? '').trim() };
    }
  }
  return null;
}

/** Whether `text` begins with the hidden "All reactions:" label of some language. */
export function startsWithAllReactions(text: string, locale: string): boolean {
  const lower = text.trim().toLowerCase();
  return languagesFor(locale).some((l) => (ALL_REACTIONS_LABELS[l] ?? []).some((w) => lower.startsWith(w)));
}

const othersPatterns = new Map<string, RegExp>();

/** The "You and 676 others" pattern of a language, built once. */
function othersPattern(language: string, form: { and: string; others: readonly string[] }): RegExp {
  let pattern = othersPatterns.get(language);
  if (!pattern) {
    const others = form.others.map(escapeForRegExp).join('|');
    pattern = new RegExp(`^(.+?)\\s+${escapeForRegExp(form.and)}\\s+(.+?)\\s+(?:${others})$`, 'iu');
    othersPatterns.set(language, pattern);
  }
  return pattern;
}

/**
 * Splits "You and 676 others" into the names before the joining word (each one reactor) and the
 * text holding the figure. Null when the text is not of that form.
 */
export function splitOthers(text: string, locale: string): { names: number; figureText: string } | null {
  const plain = text.replace(APOSTROPHES, "'").trim();
  for (const language of languagesFor(locale)) {
    const form = OTHERS_FORMS[language];
    if (!form) continue;
    const match = othersPattern(language, form).exec(plain);
    if (!match) continue;
    const names = (match[1] ?? '').split(/\s*,\s*/).filter((n) => n.length > 0).length;
    return { names: Math.max(1, names), figureText: match[2] ?? '' };
  }
  return null;
}
