import { browser } from 'wxt/browser';
import type { KpiLensDatabase } from '../db/database';
import { pruneOlderThan, retentionCutoff, type PrunedData } from '../export/retention';
import type { Settings } from '../model/settings';
import { loadSettings } from './store';

/** When the background last applied the retention, in `storage.local` (it survives restarts). */
export const RETENTION_KEY = 'retention';
/** After an ingest, the retention runs at most once a day. */
export const RETENTION_INTERVAL_MS = 24 * 60 * 60 * 1000;

let lastRunMs: number | undefined;
let running: Promise<PrunedData | undefined> | undefined;

async function readLastRun(): Promise<number> {
  if (lastRunMs !== undefined) return lastRunMs;
  try {
    const stored: Record<string, unknown> = await browser.storage.local.get(RETENTION_KEY);
    const raw = stored[RETENTION_KEY];
    const at =
      typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).lastRunAt : undefined;
    const ms = typeof at === 'string' ? Date.parse(at) : Number.NaN;
    lastRunMs = Number.isNaN(ms) ? 0 : ms;
  } catch {
    lastRunMs = 0;
  }
  return lastRunMs;
}

export interface ApplyRetentionOptions {
  now?: Date;
  /** Run even if it ran less than a day ago (the background's start). */
  force?: boolean;
  settings?: () => Promise<Settings>;
}

/**
 * Deletes what is older than the user's retention ("keep N months"; 0 keeps everything). Runs at
 * most once a day unless forced; never throws (a failure is retried the next day). Returns what
 * was deleted, or undefined when it did not run.
 */
export async function applyRetention(
  db: KpiLensDatabase,
  options: ApplyRetentionOptions = {},
): Promise<PrunedData | undefined> {
  if (running) return running;
  running = (async () => {
    try {
      const now = options.now ?? new Date();
      if (!options.force && now.getTime() - (await readLastRun()) < RETENTION_INTERVAL_MS) return undefined;
      lastRunMs = now.getTime();
      await browser.storage.local.set({ [RETENTION_KEY]: { lastRunAt: now.toISOString() } });
      const settings = await (options.settings ?? loadSettings)();
      const cutoff = retentionCutoff(settings.retentionMonths, now);
      if (cutoff === undefined) return undefined;
      return await pruneOlderThan(db, cutoff);
    } catch {
      return undefined;
    } finally {
      running = undefined;
    }
  })();
  return running;
}

/** Forgets the cached last run (tests). */
export function resetRetentionCache(): void {
  lastRunMs = undefined;
  running = undefined;
}
