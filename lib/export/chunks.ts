import type { IndexableType, Table } from 'dexie';

/** Rows read, validated or written at a time. Small enough that a chunk never freezes the page. */
export const DEFAULT_CHUNK_SIZE = 2000;

/**
 * String parts held before they are folded into a Blob. Browsers keep a Blob's content out of the
 * JavaScript heap (and compose Blobs without copying), so the heap only ever holds this much text.
 */
export const DEFAULT_FLUSH_CHARS = 8_000_000;

/** Lets the event loop run (rendering, input, messages) between two chunks of work. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function primaryKeyOf(row: unknown, keyPath: string | string[]): IndexableType {
  const record = row as Record<string, IndexableType>;
  if (typeof keyPath === 'string') return record[keyPath] as IndexableType;
  return keyPath.map((part) => record[part] as IndexableType) as IndexableType;
}

/**
 * Reads a table in primary-key order, `chunkSize` rows at a time, resuming after the last key read
 * (no offset: each chunk is one index seek). Each chunk is its own read, so rows written meanwhile
 * may or may not appear; the event loop runs between chunks.
 */
export async function* readInChunks<T, K, I>(
  table: Table<T, K, I>,
  chunkSize: number = DEFAULT_CHUNK_SIZE,
): AsyncGenerator<T[]> {
  const keyPath = table.schema.primKey.keyPath;
  if (keyPath === undefined) throw new Error(`Table ${table.name} has no inbound primary key`);
  let last: IndexableType | undefined;
  for (;;) {
    const query = last === undefined ? table.orderBy(':id') : table.where(':id').above(last);
    const rows = await query.limit(chunkSize).toArray();
    const tail = rows.at(-1);
    if (tail === undefined) return;
    yield rows;
    if (rows.length < chunkSize) return;
    last = primaryKeyOf(tail, keyPath);
    await yieldToEventLoop();
  }
}

/** What a writer holds in memory, reported after each chunk (for a progress bar, and for tests). */
export interface ChunkProgress {
  /** The section or file being written. */
  section: string;
  /** Rows of this section written so far. */
  rows: number;
  /** Characters in the part just appended. */
  partChars: number;
  /** Characters of string parts held in memory, not yet folded into a Blob. */
  heldChars: number;
}

/**
 * Builds a Blob from string parts without ever holding the whole text as one string: parts are
 * folded into a Blob every `flushChars` characters.
 */
export class BlobAssembler {
  private blob: Blob | undefined;
  private held: string[] = [];
  private heldCharCount = 0;

  constructor(
    private readonly type: string,
    private readonly flushChars: number = DEFAULT_FLUSH_CHARS,
  ) {}

  get heldChars(): number {
    return this.heldCharCount;
  }

  append(part: string | Blob): void {
    if (typeof part !== 'string') {
      this.flush();
      this.blob = new Blob(this.blob ? [this.blob, part] : [part], { type: this.type });
      return;
    }
    if (part.length === 0) return;
    this.held.push(part);
    this.heldCharCount += part.length;
    if (this.heldCharCount >= this.flushChars) this.flush();
  }

  private flush(): void {
    if (this.held.length === 0) return;
    const parts: BlobPart[] = this.blob ? [this.blob, ...this.held] : this.held;
    this.blob = new Blob(parts, { type: this.type });
    this.held = [];
    this.heldCharCount = 0;
  }

  finish(): Blob {
    this.flush();
    return this.blob ?? new Blob([], { type: this.type });
  }
}
