import type { Logger, Message } from '@wharf/core';
import type { AppendBatcher, AppendOwner } from '../delivery/append-batcher.ts';

/** Longest timer Node can hold; longer will delays are cut to it. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Will messages go out through the same append path as any publish (so retained wills update
 * the retained table). An MQTT 5 Will Delay Interval holds the will back until the delay or
 * the session's end, whichever comes first, unless the client reconnects (§3.1.3.2.2).
 */
export class WillPublisher implements AppendOwner {
  private readonly delayed = new Map<string, { timer: NodeJS.Timeout; message: Message }>();

  constructor(
    private readonly batcher: AppendBatcher,
    private readonly logger: Logger,
  ) {}

  publish(clientId: string, message: Message, delaySeconds: number, sessionExpirySeconds: number): void {
    this.cancel(clientId);
    const delay = Math.min(delaySeconds, sessionExpirySeconds);
    if (delay <= 0) {
      this.batcher.add(this, message, 0);
      return;
    }
    const timer = setTimeout(() => {
      this.delayed.delete(clientId);
      this.batcher.add(this, message, 0);
    }, Math.min(delay * 1000, MAX_TIMER_MS));
    timer.unref();
    this.delayed.set(clientId, { timer, message });
  }

  cancel(clientId: string): void {
    const d = this.delayed.get(clientId);
    if (d === undefined) return;
    clearTimeout(d.timer);
    this.delayed.delete(clientId);
  }

  /** Shutdown: delayed wills go out now rather than never. */
  publishAllNow(): void {
    for (const [clientId, d] of this.delayed) {
      clearTimeout(d.timer);
      this.delayed.delete(clientId);
      this.batcher.add(this, d.message, 0);
    }
  }

  appended(_qos: number, _packetId: number, _bytes: number, error: Error | null): void {
    if (error !== null) this.logger.warn('will message could not be stored', { err: error });
  }
}
