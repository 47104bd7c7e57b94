import Dexie, { type Table } from 'dexie';
import type { z } from 'zod';
import type { KpiLensDatabase } from '../db/database';
import type { Network, Post } from '../model/records';
import type { Settings } from '../model/settings';
import { migrateSettings } from '../settings/migrations';
import { saveSettings } from '../settings/store';
import { DEFAULT_CHUNK_SIZE, yieldToEventLoop } from './chunks';
import {
  DOCUMENT_KEYS,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  ExportDocumentSchema,
  type ExportDocument,
  type ExportedPostSnapshot,
  type ExportedProfileSnapshot,
  type RecordSection,
} from './export-document';
import {
  describeIssue,
  forbiddenKey,
  futureVersion,
  invalidJson,
  invalidValue,
  issuePath,
  migrationFailed,
  settingsFailed,
  notADocument,
  tooDeep,
  tooLarge,
  unknownFormat,
  unknownPost,
  unreadable,
  unsupportedVersion,
  writeFailed,
  type ImportError,
  type LocalizedText,
} from './import-errors';
import { canonicalTime, mergePost, sameJson } from './merge';
import { EXPORT_MIGRATIONS, migrateExportDocument, type ExportMigration } from './migrations';
import { formatPath, MAX_NESTING_DEPTH, parseUntrustedJson, pathStep } from './safe-json';

export type { ImportError, ImportErrorCode, LocalizedText } from './import-errors';

/**
 * The largest file imported: 150 MB. A year of history (100,000 snapshots) is 25 to 40 MB, so this
 * holds several years; parsing needs a few times the file's size in memory, and a larger file would
 * risk crashing the extension's page instead of being refused with a clear message.
 */
export const MAX_IMPORT_BYTES = 150 * 1024 * 1024;

export type ImportSection = RecordSection | 'settings';
export type ImportCounts = Record<ImportSection, number>;

export type ImportResult =
  | {
      ok: true;
      /** Records that were not in the database. */
      added: ImportCounts;
      /** Stored records that the file changed (a post merged with newer figures, an objective replaced). */
      updated: ImportCounts;
      /** Records already stored as the file has them, duplicates within the file, settings left alone. */
      skipped: ImportCounts;
    }
  | { ok: false; error: ImportError };

export interface ImportOptions {
  /** Replace the user's settings with the file's. Off by default: an import adds history, not preferences. */
  includeSettings?: boolean;
  /** Refuse larger files (bytes of a Blob, characters of a string). */
  maxBytes?: number;
  chunkSize?: number;
  /** The migration steps (tests pass their own). */
  migrations?: readonly ExportMigration[];
  /** Where settings are saved when `includeSettings` is set; the extension's storage by default. */
  saveSettings?: (settings: Settings) => Promise<void>;
}

/** A checked value, or the first problem found. */
export type Validated<T> = { ok: true; value: T } | { ok: false; error: ImportError };

const fail = (error: ImportError): { ok: false; error: ImportError } => ({ ok: false, error });

const zeroCounts = (): ImportCounts => ({
  posts: 0,
  postSnapshots: 0,
  profileSnapshots: 0,
  objectives: 0,
  accounts: 0,
  manualFigures: 0,
  settings: 0,
});

const MISSING: LocalizedText = { fr: 'manquant', en: 'missing' };
const NOT_A_LIST: LocalizedText = { fr: 'liste attendue', en: 'expected a list' };
const NOT_AN_INTEGER: LocalizedText = { fr: 'nombre entier attendu', en: 'expected a whole number' };
const UNKNOWN_FIELD: LocalizedText = { fr: 'champ inconnu', en: 'unknown field' };

function checkValue<S extends z.ZodType>(path: string, value: unknown, schema: S): Validated<z.output<S>> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  if (!issue) return fail(invalidValue(path, { fr: 'valeur invalide', en: 'invalid value' }));
  return fail(invalidValue(issuePath(path, issue), describeIssue(issue, value)));
}

/** Each element of a section, in order; stops at the first invalid one. */
async function checkList<S extends z.ZodType>(
  section: string,
  value: unknown,
  element: S,
  chunkSize: number,
): Promise<Validated<z.output<S>[]>> {
  if (!Array.isArray(value)) return fail(invalidValue(section, value === undefined ? MISSING : NOT_A_LIST));
  const out: z.output<S>[] = [];
  for (let i = 0; i < value.length; i++) {
    const checked = checkValue(`${section}[${i}]`, value[i], element);
    if (!checked.ok) return checked;
    out.push(checked.value);
    // The checked copy replaces the parsed one: a long history is never held twice.
    value[i] = undefined;
    if ((i + 1) % chunkSize === 0) await yieldToEventLoop();
  }
  return { ok: true, value: out };
}

/** The version-1 document, every value checked against the model schemas. */
async function validateDocument(
  root: Record<string, unknown>,
  chunkSize: number,
): Promise<Validated<ExportDocument>> {
  const keys: readonly string[] = DOCUMENT_KEYS;
  for (const key of Object.keys(root)) {
    if (!keys.includes(key)) return fail(invalidValue(formatPath([pathStep(key, false)]), UNKNOWN_FIELD));
  }
  const shape = ExportDocumentSchema.shape;
  const header = checkValue(
    '',
    { format: root.format, version: root.version, exportedAt: root.exportedAt },
    ExportDocumentSchema.pick({ format: true, version: true, exportedAt: true }),
  );
  if (!header.ok) return header;
  const posts = await checkList('posts', root.posts, shape.posts.element, chunkSize);
  if (!posts.ok) return posts;
  const postSnapshots = await checkList(
    'postSnapshots',
    root.postSnapshots,
    shape.postSnapshots.element,
    chunkSize,
  );
  if (!postSnapshots.ok) return postSnapshots;
  const profileSnapshots = await checkList(
    'profileSnapshots',
    root.profileSnapshots,
    shape.profileSnapshots.element,
    chunkSize,
  );
  if (!profileSnapshots.ok) return profileSnapshots;
  const objectives = await checkList('objectives', root.objectives, shape.objectives.element, chunkSize);
  if (!objectives.ok) return objectives;
  const accounts = await checkList('accounts', root.accounts, shape.accounts.element, chunkSize);
  if (!accounts.ok) return accounts;
  // Settings carry their own version (lib/settings/migrations.ts): older ones are brought up to date
  // first; what cannot be migrated is left as is for the validator to refuse.
  const migratedSettings = migrateSettings(root.settings);
  const settings = checkValue(
    'settings',
    migratedSettings.ok ? migratedSettings.settings : root.settings,
    shape.settings,
  );
  if (!settings.ok) return settings;
  const manualFigures = await checkList(
    'manualFigures',
    root.manualFigures,
    shape.manualFigures.element,
    chunkSize,
  );
  if (!manualFigures.ok) return manualFigures;
  return {
    ok: true,
    value: {
      ...header.value,
      posts: posts.value,
      postSnapshots: postSnapshots.value,
      profileSnapshots: profileSnapshots.value,
      objectives: objectives.value,
      accounts: accounts.value,
      settings: settings.value,
      manualFigures: manualFigures.value,
    },
  };
}

const postKey = (network: Network, postId: string) => `${network}\u0000${postId}`;

/**
 * Times in the form the database indexes, and every post snapshot tied to a post of the file
 * (the exporter guarantees it; a file that breaks it was edited or damaged).
 */
function normalizeAndLink(document: ExportDocument): Validated<ExportDocument> {
  for (const post of document.posts) {
    post.firstSeenAt = canonicalTime(post.firstSeenAt);
    post.lastSeenAt = canonicalTime(post.lastSeenAt);
    if (post.lastSnapshotAt !== undefined) post.lastSnapshotAt = canonicalTime(post.lastSnapshotAt);
    if (post.publishedAt !== undefined) post.publishedAt = canonicalTime(post.publishedAt);
  }
  const posts = new Set(document.posts.map((p) => postKey(p.network, p.postId)));
  for (const [i, snapshot] of document.postSnapshots.entries()) {
    if (!posts.has(postKey(snapshot.network, snapshot.postId))) {
      return fail(unknownPost(`postSnapshots[${i}].postId`, snapshot.postId));
    }
    snapshot.capturedAt = canonicalTime(snapshot.capturedAt);
  }
  for (const snapshot of document.profileSnapshots) snapshot.capturedAt = canonicalTime(snapshot.capturedAt);
  return { ok: true, value: document };
}

/** Reads, parses, migrates and validates the file, without touching the database. */
export async function readExportFile(
  file: Blob | string,
  options: ImportOptions = {},
): Promise<Validated<ExportDocument>> {
  const limit = options.maxBytes ?? MAX_IMPORT_BYTES;
  const size = typeof file === 'string' ? file.length : file.size;
  if (size > limit) return fail(tooLarge(size, limit));

  let text: string;
  try {
    text = typeof file === 'string' ? file : await file.text();
  } catch {
    return fail(unreadable());
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  const parsed = parseUntrustedJson(text, MAX_NESTING_DEPTH);
  text = '';
  if (!parsed.ok) {
    const { failure } = parsed;
    if (failure.kind === 'too-deep') return fail(tooDeep(MAX_NESTING_DEPTH));
    if (failure.kind === 'forbidden-key') return fail(forbiddenKey(failure.path, failure.key));
    return fail(invalidJson(failure.position));
  }
  await yieldToEventLoop();

  const root = parsed.value;
  if (typeof root !== 'object' || root === null || Array.isArray(root)) return fail(notADocument());
  let document = root as Record<string, unknown>;
  if (document.format !== EXPORT_FORMAT) return fail(unknownFormat());
  const version = document.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return fail(invalidValue('version', version === undefined ? MISSING : NOT_AN_INTEGER));
  }
  if (version > EXPORT_VERSION) return fail(futureVersion(version, EXPORT_VERSION));
  if (version < EXPORT_VERSION) {
    const migrated = migrateExportDocument(
      document,
      version,
      EXPORT_VERSION,
      options.migrations ?? EXPORT_MIGRATIONS,
    );
    if (!migrated.ok) {
      return fail(
        migrated.reason === 'missing-step' ? unsupportedVersion(version) : migrationFailed(migrated.at),
      );
    }
    document = migrated.document;
  }

  const validated = await validateDocument(document, options.chunkSize ?? DEFAULT_CHUNK_SIZE);
  if (!validated.ok) return validated;
  return normalizeAndLink(validated.value);
}

type Counts = { added: ImportCounts; updated: ImportCounts; skipped: ImportCounts };

function chunksOf<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

async function writePosts(db: KpiLensDatabase, posts: readonly Post[], counts: Counts, chunkSize: number) {
  const incoming = new Map<string, Post>();
  for (const post of posts) {
    const key = postKey(post.network, post.postId);
    const twin = incoming.get(key);
    incoming.set(key, twin ? mergePost(twin, post) : post);
  }
  counts.skipped.posts += posts.length - incoming.size;
  for (const chunk of chunksOf([...incoming.values()], chunkSize)) {
    const stored = await db.posts.bulkGet(chunk.map((p): [Network, string] => [p.network, p.postId]));
    const toPut: Post[] = [];
    chunk.forEach((post, i) => {
      const existing = stored[i];
      if (!existing) {
        counts.added.posts++;
        toPut.push(post);
        return;
      }
      const merged = mergePost(existing, post);
      if (sameJson(merged, existing)) {
        counts.skipped.posts++;
      } else {
        counts.updated.posts++;
        toPut.push(merged);
      }
    });
    if (toPut.length > 0) await db.posts.bulkPut(toPut);
  }
}

/**
 * Adds the snapshots the database lacks. A snapshot is identified by its subject (post or profile)
 * and its capture time; the stored capture times of each subject are read once, by index range.
 */
async function writeSnapshots<S extends { network: Network; capturedAt: string }>(
  rows: readonly S[],
  subjectOf: (row: S) => string,
  storedTimes: (row: S) => Promise<string[]>,
  add: (rows: S[]) => Promise<unknown>,
  section: 'postSnapshots' | 'profileSnapshots',
  counts: Counts,
  chunkSize: number,
) {
  const known = new Map<string, Set<string>>();
  for (const chunk of chunksOf(rows, chunkSize)) {
    const toAdd: S[] = [];
    for (const row of chunk) {
      const subject = subjectOf(row);
      let times = known.get(subject);
      if (!times) {
        times = new Set(await storedTimes(row));
        known.set(subject, times);
      }
      if (times.has(row.capturedAt)) {
        counts.skipped[section]++;
        continue;
      }
      times.add(row.capturedAt);
      toAdd.push(row);
    }
    if (toAdd.length > 0) await add(toAdd);
    counts.added[section] += toAdd.length;
  }
}

const captureTimes = (keys: readonly unknown[]): string[] =>
  keys.map((key) => (Array.isArray(key) ? String(key[2]) : ''));

/** Records with a key of their own: the file's version replaces the stored one. */
async function writeKeyed<T extends I, K, I>(
  table: Table<T, K, I>,
  rows: readonly T[],
  keyOf: (row: T) => K,
  section: 'objectives' | 'accounts' | 'manualFigures',
  counts: Counts,
  chunkSize: number,
) {
  const incoming = new Map<string, T>();
  for (const row of rows) incoming.set(JSON.stringify(keyOf(row)), row);
  counts.skipped[section] += rows.length - incoming.size;
  for (const chunk of chunksOf([...incoming.values()], chunkSize)) {
    const stored = await table.bulkGet(chunk.map(keyOf));
    const toPut: T[] = [];
    chunk.forEach((row, i) => {
      const existing = stored[i];
      if (existing === undefined) counts.added[section]++;
      else if (sameJson(existing, row)) return void counts.skipped[section]++;
      else counts.updated[section]++;
      toPut.push(row);
    });
    if (toPut.length > 0) await table.bulkPut(toPut);
  }
}

/**
 * Imports an export document (this format or an older one, through the migrations), merging it with
 * what is stored: importing a file twice equals importing it once. The whole file is checked before
 * anything is written, and everything is written in one transaction, so a refused or failed import
 * changes nothing. Settings are saved afterwards, and only when `includeSettings` is set.
 */
export async function importDocument(
  db: KpiLensDatabase,
  file: Blob | string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const read = await readExportFile(file, options);
  if (!read.ok) return read;
  const document = read.value;
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  const counts: Counts = { added: zeroCounts(), updated: zeroCounts(), skipped: zeroCounts() };

  try {
    await db.transaction(
      'rw',
      [db.posts, db.postSnapshots, db.profileSnapshots, db.objectives, db.accounts, db.manualFigures],
      async () => {
        await writePosts(db, document.posts, counts, chunkSize);
        await writeSnapshots<ExportedPostSnapshot>(
          document.postSnapshots,
          (s) => postKey(s.network, s.postId),
          async (s) =>
            captureTimes(
              await db.postSnapshots
                .where('[network+postId+capturedAt]')
                .between([s.network, s.postId, Dexie.minKey], [s.network, s.postId, Dexie.maxKey])
                .keys(),
            ),
          (rows) => db.postSnapshots.bulkAdd(rows),
          'postSnapshots',
          counts,
          chunkSize,
        );
        await writeSnapshots<ExportedProfileSnapshot>(
          document.profileSnapshots,
          (s) => postKey(s.network, s.handle),
          async (s) =>
            captureTimes(
              await db.profileSnapshots
                .where('[network+handle+capturedAt]')
                .between([s.network, s.handle, Dexie.minKey], [s.network, s.handle, Dexie.maxKey])
                .keys(),
            ),
          (rows) => db.profileSnapshots.bulkAdd(rows),
          'profileSnapshots',
          counts,
          chunkSize,
        );
        await writeKeyed(db.objectives, document.objectives, (o) => o.id, 'objectives', counts, chunkSize);
        await writeKeyed(
          db.accounts,
          document.accounts,
          (a): [Network, string] => [a.network, a.handle],
          'accounts',
          counts,
          chunkSize,
        );
        await writeKeyed(
          db.manualFigures,
          document.manualFigures,
          (m) => m.id,
          'manualFigures',
          counts,
          chunkSize,
        );
      },
    );
  } catch (error) {
    return fail(writeFailed(error instanceof Error ? error.name : 'unknown'));
  }

  if (options.includeSettings) {
    try {
      await (options.saveSettings ?? saveSettings)(document.settings);
      counts.updated.settings = 1;
    } catch {
      return fail(settingsFailed());
    }
  } else {
    counts.skipped.settings = 1;
  }
  return { ok: true, ...counts };
}
