/**
 * The words X writes next to its figures, per UI language: the only locale-dependent text the
 * reader matches. To support a language, add one entry keyed by its primary BCP 47 subtag; the
 * reader tries the page's language first, then every other entry.
 *
 * Words are matched case-insensitively as whole words; an apostrophe here matches ' ’ and ʼ, a
 * space matches any space (NBSP and U+202F included).
 */

/** The counts X's action bar can state, in X's own vocabulary. */
export type XActionCount = 'replies' | 'reposts' | 'quotes' | 'likes' | 'bookmarks' | 'views';

/** The counts a profile header states. */
export type XProfileCount = 'followers' | 'following' | 'posts';

type WordTable<K extends string> = Record<string, Partial<Record<K, readonly string[]>>>;

/**
 * Action bar: the group label ("2534 replies, 4483 reposts, 25616 likes, 797 bookmarks,
 * 2596467 views") and the per-button labels ("48 Replies. Reply", "553 J’aime. J’aime").
 * Singular forms appear ("1 repost"); French "J’aime" does not change in the plural.
 */
export const ACTION_WORDS: WordTable<XActionCount> = {
  // English UI, real captures of Oct and Dec 2025.
  en: {
    replies: ['replies', 'reply'],
    // "retweets" is the pre-2023 wording.
    reposts: ['reposts', 'repost', 'retweets', 'retweet'],
    quotes: ['quotes', 'quote'],
    likes: ['likes', 'like'],
    bookmarks: ['bookmarks', 'bookmark'],
    views: ['views', 'view'],
  },
  // French UI (2025 wording): "48 réponses, 152 reposts, 553 J’aime, 9 signets, 30142 vues".
  fr: {
    replies: ['réponses', 'réponse'],
    reposts: ['reposts', 'repost', 'retweets', 'retweet'],
    quotes: ['citations', 'citation'],
    likes: ["j'aime"],
    bookmarks: ['signets', 'signet'],
    views: ['vues', 'vue'],
  },
};

/**
 * Profile header: the header bar above the banner ("23.9K posts", "23,9 k posts") and the
 * follow links ("406 Following", "1,2 k abonnés").
 */
export const PROFILE_WORDS: WordTable<XProfileCount> = {
  en: {
    followers: ['verified followers', 'followers', 'follower'],
    following: ['following'],
    posts: ['posts', 'post'],
  },
  fr: {
    followers: ['abonnés certifiés', 'abonnés', 'abonné'],
    following: ['abonnements', 'abonnement'],
    posts: ['posts', 'post'],
  },
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const patternCache = new Map<string, RegExp>();

/** A word as a pattern: an apostrophe matches ' ’ ʼ, a space any space. */
function wordBody(word: string): string {
  return escapeRegExp(word).replace(/'/g, "['’ʼ]").replace(/ /g, '[\\s\\u00a0\\u202f]+');
}

/** A whole-word, case-insensitive pattern for one word of the tables above. */
function wordPattern(word: string): RegExp {
  let pattern = patternCache.get(word);
  if (!pattern) {
    const body = wordBody(word);
    pattern = new RegExp(`(?<![\\p{L}\\p{M}])${body}(?![\\p{L}\\p{M}])`, 'iu');
    patternCache.set(word, pattern);
  }
  return pattern;
}

/** The page language's table first, then the others: a page may mix UI and content languages. */
function tablesFor<K extends string>(
  table: WordTable<K>,
  locale: string,
): Partial<Record<K, readonly string[]>>[] {
  const primary = locale.toLowerCase().split(/[-_]/)[0] ?? '';
  const first = table[primary];
  const rest = Object.entries(table)
    .filter(([language]) => language !== primary)
    .map(([, words]) => words);
  return first ? [first, ...rest] : rest;
}

export interface WordMatch<K extends string> {
  count: K;
  /** The text with the matched word taken out, trimmed: what is left for the number parser. */
  rest: string;
}

/** One table's candidate words, longest first, and all of them as one pattern. */
interface CandidateList<K extends string> {
  /** Compiled one by one only when a text names two counts (wordPattern caches them). */
  words: [K, string][];
  /** Every word of the list in one alternation, one capture group each (in the same order). */
  any: RegExp;
}

/** Per table, locale and filter: the candidate words, longest first (built once, not per post). */
const candidateCache = new WeakMap<object, Map<string, CandidateList<string>[]>>();

let lastCandidates: { table: object; locale: string; only: string | undefined; lists: unknown } | undefined;

function candidatesFor<K extends string>(table: WordTable<K>, locale: string, only?: K): CandidateList<K>[] {
  // A page asks with the same table and locale over and over: the last answer is kept at hand.
  const last = lastCandidates;
  if (last && last.table === table && last.locale === locale && last.only === only)
    return last.lists as CandidateList<K>[];
  const lists = buildCandidates(table, locale, only);
  lastCandidates = { table, locale, only, lists };
  return lists;
}

function buildCandidates<K extends string>(
  table: WordTable<K>,
  locale: string,
  only?: K,
): CandidateList<K>[] {
  let byKey = candidateCache.get(table);
  if (!byKey) {
    byKey = new Map();
    candidateCache.set(table, byKey);
  }
  const key = `${locale.toLowerCase()}|${only ?? ''}`;
  let lists = byKey.get(key) as CandidateList<K>[] | undefined;
  if (!lists) {
    lists = tablesFor(table, locale).map((words) => {
      const candidates: [K, string][] = [];
      for (const [count, list] of Object.entries(words) as [K, readonly string[] | undefined][]) {
        if (only !== undefined && count !== only) continue;
        for (const word of list ?? []) candidates.push([count, word]);
      }
      candidates.sort((a, b) => b[1].length - a[1].length);
      const bodies = candidates.map(([, word]) => `(${wordBody(word)})`);
      return {
        words: candidates,
        any: new RegExp(`(?<![\\p{L}\\p{M}])(?:${bodies.join('|') || '(?!)'})(?![\\p{L}\\p{M}])`, 'giu'),
      };
    });
    byKey.set(key, lists as CandidateList<string>[]);
  }
  return lists;
}

const restOf = (text: string, index: number, length: number): string =>
  (text.slice(0, index) + ' ' + text.slice(index + length)).trim();

/**
 * Which count a piece of label text names ("553 likes" → likes, rest "553"). Longer words are
 * tried first so "verified followers" wins over "followers". Null when no word matches.
 * Each table is first searched with one pattern for all its words: no match skips the table, and
 * a single occurrence is the answer (the word-by-word search could find no other). Only a text
 * naming two counts goes through the words one by one, longest first.
 */
export function matchCountWord<K extends string>(
  text: string,
  table: WordTable<K>,
  locale: string,
  only?: K,
): WordMatch<K> | null {
  for (const list of candidatesFor(table, locale, only)) {
    list.any.lastIndex = 0;
    const first = list.any.exec(text);
    if (!first) continue;
    if (list.any.exec(text) === null) {
      const group = first.findIndex((g, i) => i > 0 && g !== undefined);
      const count = list.words[group - 1]?.[0];
      if (count !== undefined) return { count, rest: restOf(text, first.index, first[0].length) };
    }
    for (const [count, word] of list.words) {
      const found = wordPattern(word).exec(text);
      if (found) return { count, rest: restOf(text, found.index, found[0].length) };
    }
  }
  return null;
}
