import { REJECTED_COUNTER, type KpiLensDatabase } from './database';
import { incrementCounter, ingestBatch, ingestBatches, type IngestOptions } from './ingest';
import { badgeFigures } from './badges';
import { setStorageFull } from '../settings/status';
import { BadgeFormatter } from '../badges/format';
import { badgeRequestOf } from '../badges/request';
import {
  BackgroundMessageSchema,
  type BadgeChips,
  type BadgeDisplay,
  type BadgeFigures,
  type BadgeResponse,
  type IngestResult,
  type Reading,
  type ReadingsMessage,
  type ReadingsResponse,
} from '../model/messages';

export { REJECTED_COUNTER };

/** Readings one grouped transaction may carry (a batch carries at most 200). */
const MAX_GROUP_READINGS = 1000;

interface Waiting {
  message: ReadingsMessage;
  settings: () => Promise<IngestOptions>;
  resolve: (result: IngestResult) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: batches that arrive while a write is under way (several tabs, or a page sending
 * its backlog after the worker woke up) wait for it to end and are then written together, in one
 * transaction. Each keeps its own answer. If a grouped write fails, each batch of the group is
 * written again on its own, so one batch's failure (a full disk) is reported for that batch only.
 */
class IngestQueue {
  private waiting: Waiting[] = [];
  private running = false;

  constructor(private readonly db: KpiLensDatabase) {}

  write(message: ReadingsMessage, settings: () => Promise<IngestOptions>): Promise<IngestResult> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ message, settings, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.waiting.length > 0) {
        let readings = 0;
        let take = 0;
        const first = this.waiting[0];
        while (take < this.waiting.length) {
          const next = this.waiting[take];
          readings += next?.message.readings.length ?? 0;
          // Together only under the same settings, and up to a size.
          if (take > 0 && (readings > MAX_GROUP_READINGS || next?.settings !== first?.settings)) break;
          take++;
        }
        const group = this.waiting.splice(0, take);
        await this.writeGroup(group);
      }
    } finally {
      this.running = false;
    }
  }

  private async writeGroup(group: Waiting[]): Promise<void> {
    let options: IngestOptions;
    try {
      options = await (group[0] as Waiting).settings();
    } catch (error) {
      for (const w of group) w.reject(error);
      return;
    }
    if (group.length > 1) {
      try {
        const results = await ingestBatches(
          this.db,
          group.map((w) => w.message),
          options,
        );
        group.forEach((w, i) => w.resolve(results[i] as IngestResult));
        return;
      } catch {
        // Rolled back as a whole: each batch is tried alone below.
      }
    }
    for (const w of group) {
      try {
        w.resolve(await ingestBatch(this.db, w.message, options));
      } catch (error) {
        w.reject(error);
      }
    }
  }
}

const queues = new WeakMap<KpiLensDatabase, IngestQueue>();

function queueFor(db: KpiLensDatabase): IngestQueue {
  let queue = queues.get(db);
  if (!queue) {
    queue = new IngestQueue(db);
    queues.set(db, queue);
  }
  return queue;
}

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
    if (parsed.data.type === 'badge-figures') {
      const figures = await badgeFigures(db, parsed.data);
      return { ok: true, ...chipsOf(figures, parsed.data.display) };
    }
    const result = await queueFor(db).write(parsed.data, settings);
    await setStorageFull(false);
    const display = parsed.data.badges;
    if (display) {
      const badges = await batchBadges(db, parsed.data, display).catch(() => undefined);
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
  display: BadgeDisplay,
): Promise<BadgeChips> {
  const byNetwork = new Map<Reading['network'], Reading[]>();
  for (const reading of message.readings) {
    const list = byNetwork.get(reading.network) ?? [];
    list.push(reading);
    byNetwork.set(reading.network, list);
  }
  const out: BadgeChips = { posts: [], profiles: [] };
  for (const [network, readings] of byNetwork) {
    const chips = chipsOf(await badgeFigures(db, badgeRequestOf(network, display, readings)), display);
    out.posts.push(...chips.posts);
    out.profiles.push(...chips.profiles);
  }
  return out;
}

const formatters = new Map<string, BadgeFormatter>();

/** The figures written as the page will show them; posts and headers with nothing to say are left out. */
function chipsOf(figures: BadgeFigures, display: BadgeDisplay): BadgeChips {
  const key = `${display.language}|${display.locale}`;
  let format = formatters.get(key);
  if (!format) {
    format = new BadgeFormatter(display.language, display.locale);
    formatters.set(key, format);
  }
  const out: BadgeChips = { posts: [], profiles: [] };
  for (const badge of figures.posts) {
    const chip = format.post(badge);
    if (chip) out.posts.push({ postId: badge.postId, chip });
  }
  for (const badge of figures.profiles) {
    const chip = format.profile(badge);
    if (chip) out.profiles.push({ handle: badge.handle, chip });
  }
  return out;
}
