import { useEffect } from 'react';
import { browser } from 'wxt/browser';

/**
 * Loads a value kept in `storage.local` under `key` and loads it again whenever another context
 * (the background, the options page, another window) changes it. `load` validates what it reads.
 * Nothing is read or followed while `enabled` is false.
 */
export function useStoredValue<T>(
  key: string,
  load: () => Promise<T>,
  apply: (value: T) => void,
  enabled = true,
): void {
  useEffect(() => {
    if (!enabled) return;
    let alive = true;
    const reload = () => void load().then((value) => alive && apply(value));
    reload();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && key in changes) reload();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [key, load, apply, enabled]);
}
