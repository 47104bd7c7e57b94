import type { BadgeDisplay, Reading, ReadingsMessage } from '../model/messages';

/** What the background answered, as far as the page side needs to know. */
export type Delivery = 'stored' | 'rejected' | 'storage-full' | 'retry';

export interface SenderOptions {
  /** Sends one message to the background and resolves with its raw answer. */
  transport: (message: ReadingsMessage) => Promise<unknown>;
  /** Readings per message (the background accepts up to 200). */
  maxBatch?: number;
  /** Readings wait this long for others to join their batch. */
  flushDelayMs?: number;
  /** First retry delay; doubles up to `maxRetryDelayMs`. */
  retryDelayMs?: number;
  maxRetryDelayMs?: number;
  /** A batch with no answer after this long is sent again (same id: written once). */
  answerTimeoutMs?: number;
  newId?: () => string;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  log?: (message: string, detail?: unknown) => void;
  /** Told when the background reports storage full (true) and when a write succeeds again (false). */
  onStorageFull?: (full: boolean) => void;
  /** When the page shows badges: the language they are written in, asked for with each batch. */
  badges?: () => BadgeDisplay | undefined;
  /** The background's answer to a stored batch (unchecked: the receiver validates what it uses). */
  onStored?: (answer: Record<string, unknown>, message: ReadingsMessage) => void;
}

interface PendingBatch {
  message: ReadingsMessage;
  attempts: number;
  inFlight: boolean;
}

/**
 * Interprets the background's answer without trusting it: anything that is not a recognisable
 * acknowledgement means "try again".
 */
export function classifyAnswer(answer: unknown, batchId: string): Delivery {
  if (typeof answer !== 'object' || answer === null) return 'retry';
  const a = answer as Record<string, unknown>;
  if (a.ok === true && a.batchId === batchId) return 'stored';
  if (a.ok === false && a.error === 'invalid') return 'rejected';
  if (a.ok === false && a.error === 'storage-full') return 'storage-full';
  return 'retry';
}

/** Errors after which this content script can never reach the extension again. */
function isContextGone(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  return /Extension context invalidated/i.test(text);
}

function defaultId(): string {
  return globalThis.crypto.randomUUID();
}

/**
 * Batches readings and delivers them to the background at least once; the background's batch-id
 * check makes that exactly once. A batch stays pending until the background acknowledges it, so
 * readings sent while the service worker sleeps or restarts are delivered when it is back.
 */
export class ReadingSender {
  private readonly opts: Required<Omit<SenderOptions, 'log' | 'onStorageFull' | 'badges' | 'onStored'>> &
    Pick<SenderOptions, 'log' | 'onStorageFull' | 'badges' | 'onStored'>;
  private buffer: Reading[] = [];
  private flushTimer: unknown = undefined;
  private retryTimer: unknown = undefined;
  private readonly pending = new Map<string, PendingBatch>();
  private retryDelay: number;
  private stopped = false;
  private storageFull = false;
  /** Counts for tests, benchmarks and the debug log. */
  readonly stats = { sent: 0, stored: 0, rejected: 0, retries: 0 };

  constructor(options: SenderOptions) {
    this.opts = {
      maxBatch: 50,
      flushDelayMs: 250,
      retryDelayMs: 500,
      maxRetryDelayMs: 30_000,
      answerTimeoutMs: 15_000,
      newId: defaultId,
      setTimer: (fn, ms) => setTimeout(fn, ms),
      clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
      ...options,
    };
    this.retryDelay = this.opts.retryDelayMs;
  }

  /** Readings not yet acknowledged (buffered or sent without answer). */
  get unacknowledged(): number {
    let n = this.buffer.length;
    for (const batch of this.pending.values()) n += batch.message.readings.length;
    return n;
  }

  push(readings: Reading[]): void {
    if (this.stopped || readings.length === 0) return;
    this.buffer.push(...readings);
    if (this.buffer.length >= this.opts.maxBatch) this.flush();
    else if (this.flushTimer === undefined) {
      this.flushTimer = this.opts.setTimer(() => this.flush(), this.opts.flushDelayMs);
    }
  }

  /** Sends everything buffered now. */
  flush(): void {
    if (this.flushTimer !== undefined) {
      this.opts.clearTimer(this.flushTimer);
      this.flushTimer = undefined;
    }
    while (this.buffer.length > 0) {
      const readings = this.buffer.splice(0, this.opts.maxBatch);
      const batchId = this.opts.newId();
      const message: ReadingsMessage = { type: 'readings', batchId, readings };
      const badges = this.opts.badges?.();
      if (badges) message.badges = badges;
      const batch: PendingBatch = {
        message,
        attempts: 0,
        inFlight: false,
      };
      this.pending.set(batchId, batch);
      void this.deliver(batch);
    }
  }

  /** Stops timers; what is pending is dropped with the page. */
  stop(): void {
    this.stopped = true;
    if (this.flushTimer !== undefined) this.opts.clearTimer(this.flushTimer);
    if (this.retryTimer !== undefined) this.opts.clearTimer(this.retryTimer);
    this.flushTimer = this.retryTimer = undefined;
  }

  private async deliver(batch: PendingBatch): Promise<void> {
    if (this.stopped || batch.inFlight) return;
    batch.inFlight = true;
    batch.attempts++;
    this.stats.sent++;
    const { batchId } = batch.message;
    let outcome: Delivery;
    let answer: unknown;
    try {
      answer = await this.withTimeout(this.opts.transport(batch.message));
      outcome = classifyAnswer(answer, batchId);
    } catch (error) {
      if (isContextGone(error)) {
        this.opts.log?.('extension context gone; collection stops on this page');
        this.stop();
        return;
      }
      outcome = 'retry';
      this.opts.log?.('delivery failed, will retry', error);
    }
    batch.inFlight = false;
    if (outcome === 'stored' || outcome === 'rejected') {
      this.pending.delete(batchId);
      if (outcome === 'stored') {
        this.stats.stored += batch.message.readings.length;
        this.retryDelay = this.opts.retryDelayMs;
        this.opts.onStored?.(answer as Record<string, unknown>, batch.message);
        if (this.storageFull) {
          this.storageFull = false;
          this.opts.onStorageFull?.(false);
        }
      } else {
        // The background refused it as invalid: sending it again cannot help.
        this.stats.rejected += batch.message.readings.length;
        this.opts.log?.('batch rejected as invalid by the background', batchId);
      }
      return;
    }
    if (outcome === 'storage-full') {
      // Kept, and tried again at the slowest pace: each retry is the probe for freed space.
      this.retryDelay = this.opts.maxRetryDelayMs;
      if (!this.storageFull) {
        this.storageFull = true;
        this.opts.onStorageFull?.(true);
      }
    }
    this.scheduleRetry();
  }

  private scheduleRetry(): void {
    if (this.stopped || this.retryTimer !== undefined) return;
    const delay = this.retryDelay;
    this.retryDelay = Math.min(this.retryDelay * 2, this.opts.maxRetryDelayMs);
    this.retryTimer = this.opts.setTimer(() => {
      this.retryTimer = undefined;
      for (const batch of this.pending.values()) {
        if (!batch.inFlight) {
          this.stats.retries++;
          void this.deliver(batch);
        }
      }
    }, delay);
  }

  private withTimeout<T>(promise: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = this.opts.setTimer(
        () => reject(new Error('no answer from the background')),
        this.opts.answerTimeoutMs,
      );
      promise.then(
        (value) => (this.opts.clearTimer(timer), resolve(value)),
        (error: unknown) => (this.opts.clearTimer(timer), reject(error)),
      );
    });
  }
}
