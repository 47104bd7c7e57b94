import type { Network } from '../model/records';
import type { NetworkAdapter, ReadContext, ViewerRead } from '../networks/types';

/**
 * The page side of "which account is the user logged in as": reads the adapter's viewer hook and
 * records it in `storage.local` under `viewers`, `{ [network]: { handle, displayName?, seenAt } }`.
 * No Zod here (content scripts stay small): the options page validates the value it reads.
 */
export const VIEWERS_KEY = 'viewers';

export interface StoredViewer extends ViewerRead {
  seenAt: string;
}

/** The slice of `browser.storage.local` this needs, so tests can pass the fake browser's. */
export interface ViewerStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface ViewerRecorderOptions {
  adapter: NetworkAdapter;
  doc: Document;
  storage: ViewerStorage;
  now?: () => string;
  log?: (message: string) => void;
}

const sameViewer = (a: ViewerRead | undefined, b: ViewerRead): boolean =>
  a !== undefined && a.handle === b.handle && a.displayName === b.displayName;

function storedFor(raw: unknown, network: Network): ViewerRead | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const entry = (raw as Record<string, unknown>)[network];
  if (typeof entry !== 'object' || entry === null) return undefined;
  const { handle, displayName } = entry as Record<string, unknown>;
  if (typeof handle !== 'string') return undefined;
  return typeof displayName === 'string' ? { handle, displayName } : { handle };
}

/**
 * Checks the page for the logged-in account; call it on start, after each navigation and now and
 * then (the navigation renders late). Writes only when the account differs from what is stored.
 */
export class ViewerRecorder {
  private last: ViewerRead | undefined;
  private busy = false;

  constructor(private readonly opts: ViewerRecorderOptions) {}

  async check(): Promise<void> {
    const { adapter, doc } = this.opts;
    if (!adapter.readViewer || this.busy) return;
    const viewer = adapter.readViewer(doc, this.context());
    if (!viewer || sameViewer(this.last, viewer)) return;
    this.busy = true;
    try {
      const stored: Record<string, unknown> = await this.opts.storage.get(VIEWERS_KEY);
      const all = stored[VIEWERS_KEY];
      if (!sameViewer(storedFor(all, adapter.network), viewer)) {
        const entry: StoredViewer = {
          ...viewer,
          seenAt: (this.opts.now ?? (() => new Date().toISOString()))(),
        };
        const others = typeof all === 'object' && all !== null && !Array.isArray(all) ? all : {};
        await this.opts.storage.set({ [VIEWERS_KEY]: { ...others, [adapter.network]: entry } });
        this.opts.log?.(`logged in as @${viewer.handle}`);
      }
      this.last = viewer;
    } catch (error) {
      this.opts.log?.(`viewer not recorded: ${String(error)}`);
    } finally {
      this.busy = false;
    }
  }

  private context(): ReadContext {
    const doc = this.opts.doc;
    return {
      locale: doc.documentElement.getAttribute('lang') || globalThis.navigator?.language || 'en',
      url: new URL(doc.location?.href ?? 'about:blank'),
      miss: () => {},
    };
  }
}
