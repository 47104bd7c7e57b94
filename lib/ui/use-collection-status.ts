import { useState } from 'react';
import { loadStatus, STATUS_KEY, type CollectionStatus } from '../settings/status';
import { useStoredValue } from './use-stored-value';

/** The background's collection status (storage full…), followed live. */
export function useCollectionStatus(): CollectionStatus {
  const [status, setStatus] = useState<CollectionStatus>({});
  useStoredValue(STATUS_KEY, loadStatus, setStatus);
  return status;
}
