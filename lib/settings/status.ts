import { browser } from 'wxt/browser';

/**
 * What the background tells the popup about collection, in `storage.local` (the popup and the
 * content scripts can read it without the database).
 */
export interface CollectionStatus {
  /** Set when the database refused a write for lack of space; collection is paused. */
  storageFullSince?: string;
}

export const STATUS_KEY = 'status';

export async function loadStatus(): Promise<CollectionStatus> {
  try {
    const stored: Record<string, unknown> = await browser.storage.local.get(STATUS_KEY);
    const raw = stored[STATUS_KEY];
    if (typeof raw !== 'object' || raw === null) return {};
    const since = (raw as Record<string, unknown>).storageFullSince;
    return typeof since === 'string' ? { storageFullSince: since } : {};
  } catch {
    return {};
  }
}

let storageFull: boolean | undefined;

/** Records whether storage is full, writing only when that changes. Never throws. */
export async function setStorageFull(full: boolean, now = new Date()): Promise<void> {
  if (storageFull === undefined) storageFull = (await loadStatus()).storageFullSince !== undefined;
  if (storageFull === full) return;
  storageFull = full;
  try {
    await browser.storage.local.set({ [STATUS_KEY]: full ? { storageFullSince: now.toISOString() } : {} });
  } catch {
    // The disk may be too full for this small write too: the next successful write clears it.
  }
}

/** Forgets the cached flag (tests). */
export function resetStatusCache(): void {
  storageFull = undefined;
}
