import type { KpiLensDatabase } from '../db/database';
import {
  POST_METRICS,
  PROFILE_METRICS,
  type MetricReading,
  type Network,
  type Post,
  type PostMetricName,
  type ProfileMetricName,
} from '../model/records';
import {
  BlobAssembler,
  DEFAULT_CHUNK_SIZE,
  DEFAULT_FLUSH_CHARS,
  readInChunks,
  type ChunkProgress,
} from './chunks';
export { csvFileName } from './file-names';

/**
 * Spreadsheet exports: one row per snapshot, one file for post figures and one for profile
 * figures. RFC 4180 (CRLF, fields quoted when needed), UTF-8 with a byte-order mark so Excel reads
 * accents, numbers unformatted (`1234`, `0.5`) so that any spreadsheet reads them as numbers.
 *
 * Column names are part of what users build on (formulas, pivot tables): they are defined here,
 * not taken from the UI strings, so rewording the UI never breaks a spreadsheet.
 */

export type CsvLanguage = 'fr' | 'en';
export const CSV_MIME_TYPE = 'text/csv;charset=utf-8';
const BOM = '\uFEFF';
const CRLF = '\r\n';

export interface ExportCsvOptions {
  chunkSize?: number;
  /** `,` (RFC 4180, the default) or `;` for spreadsheets set up for a comma decimal separator. */
  separator?: ',' | ';';
  flushChars?: number;
  onProgress?: (progress: ChunkProgress) => void;
}

type Label = Record<CsvLanguage, string>;

const POST_METRIC_LABELS: Record<PostMetricName, Label> = {
  likes: { fr: 'J’aime', en: 'Likes' },
  comments: { fr: 'Commentaires', en: 'Comments' },
  shares: { fr: 'Partages', en: 'Shares' },
  quotes: { fr: 'Citations', en: 'Quotes' },
  bookmarks: { fr: 'Enregistrements', en: 'Bookmarks' },
  views: { fr: 'Vues', en: 'Views' },
  reach: { fr: 'Couverture', en: 'Reach' },
};

const PROFILE_METRIC_LABELS: Record<ProfileMetricName, Label> = {
  followers: { fr: 'Abonnés', en: 'Followers' },
  following: { fr: 'Abonnements', en: 'Following' },
  posts: { fr: 'Publications', en: 'Posts' },
  connections: { fr: 'Relations', en: 'Connections' },
  profileViews: { fr: 'Vues du profil', en: 'Profile views' },
};

/** The four columns of each metric: best estimate, bounds, and the text the page showed. */
const METRIC_PARTS: { suffix: Label; cell: (reading: MetricReading) => Cell }[] = [
  { suffix: { fr: '', en: '' }, cell: (r) => r.value },
  { suffix: { fr: ' min', en: ' min' }, cell: (r) => r.min },
  // An empty max on a known figure means open-ended ("500+").
  { suffix: { fr: ' max', en: ' max' }, cell: (r) => r.max },
  { suffix: { fr: ' (texte affiché)', en: ' (as shown)' }, cell: (r) => ({ text: r.raw }) },
];

const COMMON: Record<string, Label> = {
  network: { fr: 'Réseau', en: 'Network' },
  postId: { fr: 'Identifiant de la publication', en: 'Post ID' },
  author: { fr: 'Auteur', en: 'Author' },
  postUrl: { fr: 'URL de la publication', en: 'Post URL' },
  publishedAt: { fr: 'Publiée le (UTC)', en: 'Published at (UTC)' },
  handle: { fr: 'Compte', en: 'Account' },
  displayName: { fr: 'Nom affiché', en: 'Display name' },
  capturedAt: { fr: 'Relevé le (UTC)', en: 'Captured at (UTC)' },
  pageUrl: { fr: 'Page du relevé', en: 'Page read' },
  locale: { fr: 'Langue de la page', en: 'Page language' },
  parserVersion: { fr: 'Version du lecteur', en: 'Reader version' },
};

/** A number we produced (written as is), text read from a page (untrusted), or nothing (unknown). */
type Cell = number | { text: string } | null | undefined;

const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * One CSV field. Text from pages is hostile: a field a spreadsheet would run as a formula gets a
 * leading apostrophe; a field holding the separator, a quote or a line break is quoted.
 */
export function csvField(cell: Cell, separator: ',' | ';' = ','): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  let text = cell.text;
  if (FORMULA_TRIGGERS.has(text.charAt(0))) text = `'${text}`;
  if (text.includes(separator) || text.includes('"') || text.includes('\n') || text.includes('\r')) {
    return `"${text.replaceAll('"', '""')}"`;
  }
  return text;
}

/** `2026-11-20 10:00:00`: the UTC time in the form every spreadsheet reads as a date and time. */
export function csvTime(iso: string | undefined): Cell {
  if (!iso) return undefined;
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return { text: iso };
  return { text: new Date(time).toISOString().slice(0, 19).replace('T', ' ') };
}

const text = (value: string | undefined): Cell => (value === undefined ? undefined : { text: value });

function metricHeaders<N extends string>(names: readonly N[], labels: Record<N, Label>, lang: CsvLanguage) {
  return names.flatMap((name) => METRIC_PARTS.map((part) => `${labels[name][lang]}${part.suffix[lang]}`));
}

function metricCells<N extends string>(
  names: readonly N[],
  metrics: Partial<Record<N, MetricReading>>,
): Cell[] {
  return names.flatMap((name) => {
    const reading = metrics[name];
    return METRIC_PARTS.map((part) => (reading ? part.cell(reading) : undefined));
  });
}

/** The column names of the post figures file, in the user's language. */
export function postCsvHeaders(language: CsvLanguage): string[] {
  const c = (key: string) => COMMON[key]?.[language] ?? key;
  return [
    c('network'),
    c('postId'),
    c('author'),
    c('postUrl'),
    c('publishedAt'),
    c('capturedAt'),
    ...metricHeaders(POST_METRICS, POST_METRIC_LABELS, language),
    c('pageUrl'),
    c('locale'),
    c('parserVersion'),
  ];
}

/** The column names of the profile figures file, in the user's language. */
export function profileCsvHeaders(language: CsvLanguage): string[] {
  const c = (key: string) => COMMON[key]?.[language] ?? key;
  return [
    c('network'),
    c('handle'),
    c('displayName'),
    c('capturedAt'),
    ...metricHeaders(PROFILE_METRICS, PROFILE_METRIC_LABELS, language),
    c('pageUrl'),
    c('locale'),
    c('parserVersion'),
  ];
}

const line = (cells: Cell[], separator: ',' | ';') =>
  cells.map((cell) => csvField(cell, separator)).join(separator) + CRLF;

const headerLine = (headers: string[], separator: ',' | ';') =>
  line(
    headers.map((h) => ({ text: h })),
    separator,
  );

const postKey = (network: Network, postId: string) => `${network}\u0000${postId}`;

/** Post figures, one row per snapshot, with the post's link and publication time. */
export async function exportPostCsv(
  db: KpiLensDatabase,
  language: CsvLanguage,
  options: ExportCsvOptions = {},
): Promise<Blob> {
  const separator = options.separator ?? ',';
  const out = new BlobAssembler(CSV_MIME_TYPE, options.flushChars ?? DEFAULT_FLUSH_CHARS);
  out.append(BOM + headerLine(postCsvHeaders(language), separator));
  let rows = 0;
  for await (const chunk of readInChunks(db.postSnapshots, options.chunkSize ?? DEFAULT_CHUNK_SIZE)) {
    const keys = new Map<string, [Network, string]>();
    for (const s of chunk) keys.set(postKey(s.network, s.postId), [s.network, s.postId]);
    const posts = new Map<string, Post>();
    for (const post of await db.posts.bulkGet([...keys.values()])) {
      if (post) posts.set(postKey(post.network, post.postId), post);
    }
    let part = '';
    for (const s of chunk) {
      const post = posts.get(postKey(s.network, s.postId));
      part += line(
        [
          text(s.network),
          text(s.postId),
          text(s.author || post?.author),
          text(post?.url),
          csvTime(post?.publishedAt),
          csvTime(s.capturedAt),
          ...metricCells(POST_METRICS, s.metrics),
          text(s.pageUrl),
          text(s.locale),
          s.parserVersion,
        ],
        separator,
      );
    }
    rows += chunk.length;
    out.append(part);
    options.onProgress?.({ section: 'posts', rows, partChars: part.length, heldChars: out.heldChars });
  }
  return out.finish();
}

/** Profile figures (followers…), one row per snapshot. */
export async function exportProfileCsv(
  db: KpiLensDatabase,
  language: CsvLanguage,
  options: ExportCsvOptions = {},
): Promise<Blob> {
  const separator = options.separator ?? ',';
  const out = new BlobAssembler(CSV_MIME_TYPE, options.flushChars ?? DEFAULT_FLUSH_CHARS);
  out.append(BOM + headerLine(profileCsvHeaders(language), separator));
  let rows = 0;
  for await (const chunk of readInChunks(db.profileSnapshots, options.chunkSize ?? DEFAULT_CHUNK_SIZE)) {
    let part = '';
    for (const s of chunk) {
      part += line(
        [
          text(s.network),
          text(s.handle),
          text(s.displayName),
          csvTime(s.capturedAt),
          ...metricCells(PROFILE_METRICS, s.metrics),
          text(s.pageUrl),
          text(s.locale),
          s.parserVersion,
        ],
        separator,
      );
    }
    rows += chunk.length;
    out.append(part);
    options.onProgress?.({ section: 'profiles', rows, partChars: part.length, heldChars: out.heldChars });
  }
  return out.finish();
}
