import { browser } from 'wxt/browser';
import type { Network } from '../model/records';

/**
 * The few settings the page side needs, read without Zod or the database so content scripts
 * stay small. Anything malformed falls back to the defaults (collect on, debug off).
 */
export interface PageSettings {
  collect: boolean;
  overlays: boolean;
  debug: boolean;
  /** The UI language chosen in the options; 'auto' follows the browser. */
  language: 'auto' | 'fr' | 'en';
}

const SETTINGS_KEY = 'settings';

export function pageSettingsFrom(raw: unknown, network: Network): PageSettings {
  const obj = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const flag = (group: unknown, fallback: boolean): boolean => {
    if (typeof group !== 'object' || group === null) return fallback;
    const v = (group as Record<string, unknown>)[network];
    return typeof v === 'boolean' ? v : fallback;
  };
  return {
    collect: flag(obj.collect, true),
    overlays: flag(obj.overlays, network !== 'linkedin'),
    debug: obj.debug === true,
    language: obj.language === 'fr' || obj.language === 'en' ? obj.language : 'auto',
  };
}

export async function loadPageSettings(network: Network): Promise<PageSettings> {
  try {
    const stored: Record<string, unknown> = await browser.storage.local.get(SETTINGS_KEY);
    return pageSettingsFrom(stored[SETTINGS_KEY], network);
  } catch {
    return pageSettingsFrom(undefined, network);
  }
}

export function onPageSettingsChange(
  network: Network,
  listener: (settings: PageSettings) => void,
): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes)
      listener(pageSettingsFrom(changes[SETTINGS_KEY]?.newValue, network));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
