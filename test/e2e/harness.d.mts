// Types of harness.mjs (plain ESM so that the demo script runs it with Node alone).
import type { BrowserContext, Page, Worker } from 'playwright-core';

export const ROOT: string;
export const EXTENSION_DIR: string;
export function chromiumPath(): string;

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  blocked: string[];
  serve(pages: Record<string, string>): void;
  close(): Promise<void>;
}

export function launch(options?: {
  headless?: boolean;
  extensionDir?: string;
  locale?: string;
  /** The same browser without the extension (the baseline of differential tests). */
  withoutExtension?: boolean;
  /** False: no request interception (nothing served, nothing blocked); for timings only. */
  intercept?: boolean;
}): Promise<Harness>;

export type DatabaseDump = Record<string, Record<string, any>[]>; // eslint-disable-line @typescript-eslint/no-explicit-any -- raw IndexedDB rows
export function dumpDatabase(h: Harness): Promise<DatabaseDump>;
export function waitFor<T>(probe: () => Promise<T>, ok: (value: T) => boolean, ms?: number): Promise<T>;
export function stopServiceWorker(h: Harness, page: Page): Promise<boolean>;
export function simulateInfiniteScroll(
  page: Page,
  options: { list: string; cell: string; step?: number; keep?: number; delayMs?: number },
): Promise<number>;

/** Page function (for `page.evaluate`): keeps the feed's post cells as templates and empties the feed. */
export function prepareFeed(postSelector: string): number;
/**
 * Page function (for `page.evaluate`), after `prepareFeed`: appends `total` posts `step` at a time
 * with fresh ids (post n = from + 1, from + 2, …: every long number shifted by n × 7919), keeping
 * the last `keep` cells, `delayMs` (16) between steps.
 */
export function scrollFeed(options: {
  total: number;
  step: number;
  keep: number;
  bare?: boolean;
  delayMs?: number;
  from?: number;
}): Promise<{ longTasks: number; bareMs: number }>;
