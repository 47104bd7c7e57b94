import type { KpiLensDatabase } from './database';
import { incrementCounter, ingestBatch } from './ingest';
import { badgeFigures } from './badges';
import { setStorageFull } from '../settings/status';
import {
  BackgroundMessageSchema,
  type BadgeRequest,
  type BadgeResponse,
  type IngestResult,
  type ReadingsMessage,
  type ReadingsResponse,
} from '../model/messages';

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
    if (parsed.data.badges) {
      const badges = await batchBadges(db, parsed.data).catch(() => undefined);
      if (badges) return { ...result, badges };
    }
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

/**
 * The badges of a stored batch: its posts (the last reading of each) and profile headers, per
 * network (a content script sends one network, but nothing here relies on it).
 */
async function batchBadges(
  db: KpiLensDatabase,
  message: ReadingsMessage,
): Promise<NonNullable<IngestResult['badges']>> {
  const requests = new Map<BadgeRequest['network'], BadgeRequest>();
  const posts = new Map<string, BadgeRequest['posts'][number]>();
  for (const reading of message.readings) {
    let request = requests.get(reading.network);
    if (!request) {
      request = { type: 'badge-figures', network: reading.network, posts: [], profiles: [] };
      requests.set(reading.network, request);
    }
    if (reading.kind === 'post') {
      const post: BadgeRequest['posts'][number] = { postId: reading.postId, metrics: reading.metrics };
      if (reading.author) post.author = reading.author;
      if (reading.publishedAt) post.publishedAt = reading.publishedAt;
      posts.set(`${reading.network}|${reading.postId}`, post);
    } else if (!request.profiles.includes(reading.handle)) {
      request.profiles.push(reading.handle);
    }
  }
  for (const [key, post] of posts)
    requests.get(key.slice(0, key.indexOf('|')) as BadgeRequest['network'])?.posts.push(post);
  const out: NonNullable<IngestResult['badges']> = { posts: [], profiles: [] };
  for (const request of requests.values()) {
    const answer = await badgeFigures(db, request);
    out.posts.push(...answer.posts);
    out.profiles.push(...answer.profiles);
  }
  return out;
}
