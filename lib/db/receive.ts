import type { KpiLensDatabase } from './database';
import { incrementCounter, ingestBatch } from './ingest';
import { badgeFigures } from './badges';
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
    return await ingestBatch(db, parsed.data, { snapshotIntervalMinutes });
  } catch (error) {
    return { ok: false, error: isQuotaError(error) ? 'storage-full' : 'failed' };
  }
}
