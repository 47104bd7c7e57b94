import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { loadStatus, STATUS_KEY, type CollectionStatus } from '../settings/status';

/** The background's collection status (storage full…), followed live. */
export function useCollectionStatus(): CollectionStatus {
  const [status, setStatus] = useState<CollectionStatus>({});
  useEffect(() => {
    let alive = true;
    const reload = () => void loadStatus().then((s) => alive && setStatus(s));
    reload();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && STATUS_KEY in changes) reload();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return status;
}
