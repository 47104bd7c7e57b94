import type { Table } from 'dexie';
import type { KpiLensDatabase } from '../db/database';
import { SettingsSchema, type Settings } from '../model/settings';
import {
  BlobAssembler,
  DEFAULT_CHUNK_SIZE,
  DEFAULT_FLUSH_CHARS,
  readInChunks,
  type ChunkProgress,
} from './chunks';
export { exportFileName } from './file-names';
import { DOCUMENT_KEYS, EXPORT_FORMAT, EXPORT_VERSION, type RecordSection } from './export-document';

export const JSON_MIME_TYPE = 'application/json';

export interface ExportJsonOptions {
  /** The export's time, written as `exportedAt`. */
  now?: Date;
  chunkSize?: number;
  /** Characters of text held in memory before they are folded into the Blob. */
  flushChars?: number;
  onProgress?: (progress: ChunkProgress) => void;
}

function withoutId(row: { id?: number }): string {
  const { id: _id, ...rest } = row;
  return JSON.stringify(rest);
}

const asJson = (row: unknown): string => JSON.stringify(row);

/** Writes one section's rows, one per line, as the inside of a JSON array. */
async function sectionBlob<T, K, I>(
  section: RecordSection,
  table: Table<T, K, I>,
  toJson: (row: T) => string,
  options: ExportJsonOptions,
): Promise<Blob> {
  const out = new BlobAssembler(JSON_MIME_TYPE, options.flushChars ?? DEFAULT_FLUSH_CHARS);
  let rows = 0;
  for await (const chunk of readInChunks(table, options.chunkSize ?? DEFAULT_CHUNK_SIZE)) {
    const part = (rows === 0 ? '\n' : ',\n') + chunk.map(toJson).join(',\n');
    rows += chunk.length;
    out.append(part);
    options.onProgress?.({ section, rows, partChars: part.length, heldChars: out.heldChars });
  }
  if (rows > 0) out.append('\n');
  return out.finish();
}

/**
 * The whole history as an export document (docs/export-format.md), built chunk by chunk into a
 * Blob: the rows are never all in memory at once, and the page stays responsive between chunks.
 *
 * The database may be written while this runs. Snapshots are read before posts, and the
 * background writes a post in the same transaction as its snapshot, so every exported snapshot
 * has its post in the file.
 */
export async function exportJson(
  db: KpiLensDatabase,
  settings: Settings,
  options: ExportJsonOptions = {},
): Promise<Blob> {
  const exportedAt = (options.now ?? new Date()).toISOString();
  const validSettings = SettingsSchema.parse(settings);

  const sections: Record<RecordSection, Blob> = {
    postSnapshots: await sectionBlob('postSnapshots', db.postSnapshots, withoutId, options),
    profileSnapshots: await sectionBlob('profileSnapshots', db.profileSnapshots, withoutId, options),
    posts: await sectionBlob('posts', db.posts, asJson, options),
    objectives: await sectionBlob('objectives', db.objectives, asJson, options),
    accounts: await sectionBlob('accounts', db.accounts, asJson, options),
    manualFigures: await sectionBlob('manualFigures', db.manualFigures, asJson, options),
  };

  const document = new BlobAssembler(JSON_MIME_TYPE, options.flushChars ?? DEFAULT_FLUSH_CHARS);
  document.append('{');
  DOCUMENT_KEYS.forEach((key, index) => {
    document.append(`${index === 0 ? '' : ',\n'}${JSON.stringify(key)}:`);
    switch (key) {
      case 'format':
        document.append(JSON.stringify(EXPORT_FORMAT));
        break;
      case 'version':
        document.append(JSON.stringify(EXPORT_VERSION));
        break;
      case 'exportedAt':
        document.append(JSON.stringify(exportedAt));
        break;
      case 'settings':
        document.append(JSON.stringify(validSettings));
        break;
      default:
        document.append('[');
        document.append(sections[key]);
        document.append(']');
    }
  });
  document.append('}\n');
  return document.finish();
}
