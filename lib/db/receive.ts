import type { KpiLensDatabase } from './database';
import { incrementCounter, ingestBatch } from './ingest';
import { badgeFigures } from './badges';
import { setStorageFull } from '../settings/status';
import { BackgroundMessageSchema, type BadgeResponse, type ReadingsResponse } from '../model/messages';

export const REJECTED_COUNTER = 'rejectedMessages';

function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { name?: string; inner?: { name?: string } };
  return e.name === 'QuotaExceededError' || e.inner?.name === 'QuotaExceededError';
}

/**
 * The background's door for page-side messages. Everything is validated with Zod here, at the
 * receiving end: an invalid message is rejected and counted, and nothing of it is written.
 */
export async function receiveMessage(
  db: KpiLensDatabase,
  message: unknown,
  settings: () => Promise<{ snapshotIntervalMinutes: number }>,
): Promise<ReadingsResponse | BadgeResponse> {
  const parsed = BackgroundMessageSchema.safeParse(message);
  if (!parsed.success) {
    await incrementCounter(db, REJECTED_COUNTER).catch(() => undefined);
    const first = parsed.error.issues[0];
    return {
      ok: false,
      error: 'invalid',
      detail: first ? `${first.path.join('.')}: ${first.message}` : undefined,
    };
  }
  try {
    if (parsed.data.type === 'badge-figures') return await badgeFigures(db, parsed.data);
    const { snapshotIntervalMinutes } = await settings();
    const result = await ingestBatch(db, parsed.data, { snapshotIntervalMinutes });
    await setStorageFull(false);
    return result;
  } catch (error) {
    if (isQuotaError(error)) {
      // The transaction rolled back: nothing of the batch is written, and the page keeps it.
      await setStorageFull(true);
      return { ok: false, error: 'storage-full' };
    }
    return { ok: false, error: 'failed' };
  }
}
