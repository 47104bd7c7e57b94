/**
 * The words LinkedIn writes next to its figures, per UI language: the only locale-dependent text
 * the readers match. To support a language, add one entry keyed by its primary BCP 47 subtag;
 * the readers try the page's language first, then every other entry (a page can mix languages:
 * an English label left in a French page).
 *
 * Words match case-insensitively as whole words; an apostrophe matches ' ’ and ʼ, a space
 * matches any space (NBSP and U+202F included).
 */

export type PostCountName = 'likes' | 'comments' | 'shares' | 'views';
export type ProfileCountName = 'followers' | 'connections' | 'profileViews';
/** Figures of the post analytics page (`/analytics/post-summary/…`). */
export type AnalyticsFigureName = 'views' | 'reach' | 'likes' | 'comments' | 'shares';
/** Figures of the owner's dashboard (`/dashboard/`). */
export type DashboardFigureName = 'followers' | 'profileViews';

export type WordTable<K extends string> = Record<string, Partial<Record<K, readonly string[]>>>;

/**
 * Counts under an update: "2,948 reactions", "13 comments on X’s post", "305 reposts" (older
 * "shares"), "1,234 impressions" (owner only). French: "2 948 réactions", "13 commentaires",
 * "305 republications" (older "partages"), "1 234 impressions".
 */
export const POST_WORDS: WordTable<PostCountName> = {
  en: {
    likes: ['reactions', 'reaction', 'likes'],
    comments: ['comments', 'comment'],
    shares: ['reposts', 'repost', 'shares', 'share'],
    views: ['impressions', 'impression', 'views'],
  },
  fr: {
    likes: ['réactions', 'réaction', 'j’aime'],
    comments: ['commentaires', 'commentaire'],
    shares: ['republications', 'republication', 'partages', 'partage', 'reposts', 'repost'],
    views: ['impressions', 'impression', 'vues', 'vue'],
  },
};

/**
 * "N and 149 others" / "N et 149 autres personnes": the 2026 reaction summary names one member
 * and counts the rest.
 */
export const OTHERS_WORDS: Record<string, { and: readonly string[]; others: readonly string[] }> = {
  en: { and: ['and'], others: ['others', 'other'] },
  fr: { and: ['et'], others: ['autres personnes', 'autre personne', 'autres', 'autre'] },
};

/**
 * Profile and company headers: "5,750 followers", "500+ connections"; French "5 750 abonnés",
 * "500+ relations" (also written "+ de 500 relations"). The owner's own profile adds an analytics
 * card: "87 profile views" / "87 vues du profil".
 */
export const PROFILE_WORDS: WordTable<ProfileCountName> = {
  en: {
    followers: ['followers', 'follower'],
    connections: ['connections', 'connection'],
    profileViews: ['profile views', 'profile view', 'profile viewers', 'profile viewer'],
  },
  fr: {
    followers: ['abonnés', 'abonné', 'abonnées', 'abonnée'],
    connections: ['relations', 'relation'],
    profileViews: ['vues du profil', 'vue du profil', 'visiteurs du profil', 'visiteur du profil'],
  },
};

/** "500+", "+ de 500", "plus de 500", "more than 500": a lower bound, not a count. */
export const AT_LEAST_WORDS: Record<string, readonly string[]> = {
  en: ['more than', 'over'],
  fr: ['+ de', 'plus de'],
};

/**
 * Labels of the post analytics page, each in an element of its own next to its figure:
 * "Impressions", "Members reached", "Reactions", "Comments", "Reposts" (2025–26 layout);
 * French "Impressions", "Membres touchés", "Réactions", "Commentaires", "Republications".
 */
export const ANALYTICS_LABELS: WordTable<AnalyticsFigureName> = {
  en: {
    views: ['impressions'],
    reach: ['members reached', 'unique views'],
    likes: ['reactions'],
    comments: ['comments'],
    shares: ['reposts', 'shares'],
  },
  fr: {
    views: ['impressions'],
    reach: ['membres touchés', 'membres atteints', 'vues uniques'],
    likes: ['réactions'],
    comments: ['commentaires'],
    shares: ['republications', 'partages'],
  },
};

/** Labels of the owner's dashboard: "Followers" / "Total followers", "Profile viewers". */
export const DASHBOARD_LABELS: WordTable<DashboardFigureName> = {
  en: {
    followers: ['followers', 'total followers'],
    profileViews: ['profile viewers', 'profile views'],
  },
  fr: {
    followers: ['abonnés', 'total des abonnés'],
    profileViews: ['visiteurs du profil', 'vues du profil'],
  },
};

/** Primary language subtag of a BCP 47 tag, lower-cased: `fr-CA` → `fr`. */
export function primaryLanguage(locale: string): string {
  return (locale.split(/[-_]/)[0] ?? '').toLowerCase();
}

/** The table's entries, the page language first. */
export function entriesFor<T>(table: Record<string, T>, locale: string): T[] {
  const language = primaryLanguage(locale);
  const first = table[language];
  const rest = Object.entries(table)
    .filter(([lang]) => lang !== language)
    .map(([, entry]) => entry);
  return first ? [first, ...rest] : rest;
}

/** All words of one name across the table, the page language first, longest first within each. */
export function wordsFor<K extends string>(table: WordTable<K>, name: K, locale: string): string[] {
  const out: string[] = [];
  for (const entry of entriesFor(table, locale)) {
    for (const word of [...(entry[name] ?? [])].sort((a, b) => b.length - a.length)) {
      if (!out.includes(word)) out.push(word);
    }
  }
  return out;
}

function escapeWord(word: string): string {
  return word
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/['’ʼ]/g, "['’ʼ]")
    .replace(/ /g, '[\\s\\u00a0\\u202f]+');
}

const WORD_EDGE = /[\p{L}\p{N}]/u;

/**
 * A whole-word pattern for any of the words (compile with the `u` flag): a word that starts or
 * ends with a letter must not run into another letter ("over" is not in "takeover"); one that
 * starts with a sign ("+ de") may follow anything.
 */
export function wordPattern(words: readonly string[]): string {
  const alternatives = words.map((word) => {
    const before = WORD_EDGE.test(word.slice(0, 1)) ? '(?<![\\p{L}\\p{N}])' : '';
    const after = WORD_EDGE.test(word.slice(-1)) ? '(?![\\p{L}\\p{N}])' : '';
    return `${before}${escapeWord(word)}${after}`;
  });
  return `(?:${alternatives.join('|')})`;
}

const patternCache = new Map<string, RegExp>();

/** Cached compiled `wordPattern`, optionally anchored to the whole text. */
export function wordRegExp(words: readonly string[], whole = false): RegExp {
  const key = `${whole ? '^' : ''}${words.join('\u0000')}`;
  let re = patternCache.get(key);
  if (!re) {
    const body = wordPattern(words);
    re = new RegExp(whole ? `^\\s*${body}\\s*$` : body, 'iu');
    patternCache.set(key, re);
  }
  return re;
}

/** Per table, the compiled pattern of each name and locale (tables are constants). */
const tableCache = new WeakMap<object, Map<string, RegExp>>();

/**
 * `wordRegExp(wordsFor(table, name, locale), whole)`, built once per table, name and locale:
 * readers ask for it per update and count, and building the word list each time showed in
 * profiles.
 */
export function wordRegExpFor<K extends string>(
  table: WordTable<K>,
  name: K,
  locale: string,
  whole = false,
): RegExp {
  let byKey = tableCache.get(table);
  if (!byKey) {
    byKey = new Map();
    tableCache.set(table, byKey);
  }
  const key = `${whole ? '^' : ''}${name}\u0000${locale}`;
  let re = byKey.get(key);
  if (!re) {
    re = wordRegExp(wordsFor(table, name, locale), whole);
    byKey.set(key, re);
  }
  return re;
}
