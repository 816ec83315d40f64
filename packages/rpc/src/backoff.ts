/** Reconnect delays: exponential, capped, with jitter so peers that lost the same server spread out. */
export interface BackoffOptions {
  /** First delay after a failure. Default 100 ms. */
  initialMs?: number;
  /** Largest delay. Default 5000 ms. */
  maxMs?: number;
}

export const DEFAULT_BACKOFF = { initialMs: 100, maxMs: 5000 } as const;

export class Backoff {
  readonly initialMs: number;
  readonly maxMs: number;
  private failures = 0;

  constructor(options: BackoffOptions = {}) {
    this.initialMs = options.initialMs ?? DEFAULT_BACKOFF.initialMs;
    this.maxMs = options.maxMs ?? DEFAULT_BACKOFF.maxMs;
    if (!(this.initialMs >= 1) || !(this.maxMs >= this.initialMs)) {
      throw new RangeError(`backoff needs 1 <= initialMs (${this.initialMs}) <= maxMs (${this.maxMs})`);
    }
  }

  /** The delay before the next attempt; each call counts one more failure in a row. */
  next(): number {
    const base = Math.min(this.initialMs * 2 ** Math.min(this.failures, 30), this.maxMs);
    this.failures++;
    // Between half and all of the base delay.
    return Math.round(base / 2 + (Math.random() * base) / 2);
  }

  /** A connection succeeded: the next failure starts from the initial delay again. */
  reset(): void {
    this.failures = 0;
  }

  get attempts(): number {
    return this.failures;
  }
}

/**
 * The one pending reconnect of a stream: waits the backoff's next delay, then runs the attempt
 * unless cancelled first. The timer does not keep the process alive.
 */
export class Reconnect {
  private timer: NodeJS.Timeout | null = null;

  constructor(readonly backoff: Backoff) {}

  /** Schedules `attempt` (replacing one still pending); returns the delay, for logs. */
  schedule(attempt: () => void): number {
    this.cancel();
    const delay = this.backoff.next();
    this.timer = setTimeout(() => {
      this.timer = null;
      attempt();
    }, delay);
    this.timer.unref();
    return delay;
  }

  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
