/**
 * The words Instagram writes next to its figures, per UI language: the only locale-dependent
 * text the reader matches. Every pattern matches an element's whole text and captures the figure
 * as `n` (handed to parseCount, never read here). To support a language, add its words to each
 * table; all languages are tried, the page's locale only decides how the figure is read.
 *
 * A space in the page may be NBSP or U+202F (`\s` covers both); an apostrophe may be ' ’ or ʼ.
 */

/** The shape of a figure as shown: "1,284", "1 284", "1,2 k", "12.3K", "1,2 Mio.". Not parsed here. */
const N = String.raw`(?<n>\p{Nd}[\p{Nd}.,'’\s]*?(?:\s?\p{L}{1,4}\.?)?)`;
const APOSTROPHE = `['’ʼ]`;

function whole(body: string): RegExp {
  return new RegExp(`^${body}$`, 'iu');
}

/** The profile counts a header shows. */
export type InstagramProfileCount = 'followers' | 'following' | 'posts';

/**
 * Like counts. "1,284 likes" (en, web app 2017–2026), "1 284 J’aime" and "1 284 mentions J’aime"
 * (fr; J’aime does not change in the plural).
 */
export const LIKES_PATTERNS: readonly RegExp[] = [
  whole(`${N}\\s+likes?`),
  whole(`${N}\\s+(?:mentions?\\s+)?J${APOSTROPHE}aime`),
];

/**
 * "Liked by x and 1,283 others": x plus the others, so N + 1 likes (en, web app 2017–2026);
 * "Aimé par x et 1 283 autres personnes" (fr).
 */
export const LIKED_BY_OTHERS_PATTERNS: readonly RegExp[] = [
  whole(`Liked\\s+by\\s+(?<who>\\S+)\\s+and\\s+${N}\\s+others?`),
  whole(`Aimé\\s+par\\s+(?<who>\\S+)\\s+et\\s+${N}\\s+autres?(?:\\s+personnes?)?`),
];

/**
 * The owner hid the count: "Liked by x and others" (en), "Aimé par x et d’autres personnes" (fr).
 * The count is unknown, never 0.
 */
export const LIKES_HIDDEN_PATTERNS: readonly RegExp[] = [
  whole(`Liked\\s+by\\s+\\S+\\s+and\\s+others`),
  whole(`Aimé\\s+par\\s+\\S+\\s+et\\s+(?:d${APOSTROPHE}\\s*)?autres(?:\\s+personnes)?`),
];

/** Comment counts: "View all 130 comments", "View 1 comment" (en), "Afficher les 130 commentaires" (fr). */
export const COMMENTS_PATTERNS: readonly RegExp[] = [
  whole(`View\\s+(?:all\\s+)?${N}\\s+comments?`),
  whole(`(?:Afficher|Voir)\\s+(?:les\\s+|le\\s+)?${N}\\s+commentaires?`),
  whole(`${N}\\s+comments?`),
  whole(`${N}\\s+commentaires?`),
];

/** Reel views: "12.3K views", "12.3K plays" (en), "12,3 k vues", "12,3 k lectures" (fr). */
export const VIEWS_PATTERNS: readonly RegExp[] = [
  whole(`${N}\\s+(?:views?|plays?)`),
  whole(`${N}\\s+(?:vues?|lectures?)`),
];

/** Profile header stats and the served profile description ("2,362 Followers, 136 Following, 224 Posts"). */
export const PROFILE_PATTERNS: Readonly<Record<InstagramProfileCount, readonly RegExp[]>> = {
  followers: [whole(`${N}\\s+followers?`), whole(`${N}\\s+abonn[ée](?:\\(e\\))?e?s?`)],
  following: [whole(`${N}\\s+following`), whole(`${N}\\s+(?:abonnements?|suivi(?:\\(e\\))?e?s)`)],
  posts: [whole(`${N}\\s+posts?`), whole(`${N}\\s+publications?`)],
};

/**
 * The served post description, after its counts: "willyrex on May 29, 2021: "…"" (en, real capture
 * Dec 2024), "user le 20 mai 2026 : « … »" (fr). `handle` and `caption` are captured.
 */
export const POST_DESCRIPTION_BYLINE: readonly RegExp[] = [
  /^(?<handle>[A-Za-z0-9._]{1,30})\s+(?:on|le)\s+[^:]{1,60}?\s?:\s*(?<caption>[\s\S]*)$/u,
];

/** Where a served profile description names the account: "… from Pluto (@pluto__travel)". */
export const PROFILE_DESCRIPTION_HANDLE = /\(@(?<handle>[A-Za-z0-9._]{1,30})\)/u;

/** The served og:title of a profile, "Pluto (@pluto__travel) • Instagram photos and videos". */
export const PROFILE_TITLE = /^(?<name>.{1,200}?)\s+\(@(?<handle>[A-Za-z0-9._]{1,30})\)/u;
