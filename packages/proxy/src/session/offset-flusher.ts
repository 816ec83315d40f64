import type { SessionOffsets } from '@wharf/core';
import type { ProxyContext } from '../context.ts';
import type { Session } from './session.ts';

/**
 * Persists acknowledged offsets of connected persistent sessions every `intervalMs`, all in
 * one SessionPort call. The interval bounds redelivery after a crash (RocketMQ-MQTT: 5 s).
 */
/** A session store that stays down fails every flush: one warn line per this interval, not per flush. */
const FAILURE_LOG_INTERVAL_MS = 10_000;

export class OffsetFlusher {
  private readonly timer: NodeJS.Timeout;
  private running: Promise<void> | null = null;
  private lastFailureLog = 0;
  private failuresSinceLog = 0;

  constructor(
    private readonly ctx: ProxyContext,
    intervalMs: number,
  ) {
    this.timer = setInterval(() => void this.flush(), intervalMs);
    this.timer.unref();
  }

  flush(): Promise<void> {
    if (this.running !== null) return this.running;
    const batch: SessionOffsets[] = [];
    const dirty: Session[] = [];
    for (const s of this.ctx.live.values()) {
      if (!s.offsetsDirty || !s.persistent || s.released) continue;
      s.offsetsDirty = false;
      dirty.push(s);
      batch.push({ clientId: s.clientId, epoch: s.epoch, offsets: s.ackedOffsets() });
    }
    if (batch.length === 0) return Promise.resolve();
    this.running = this.ctx.sessions
      .saveOffsets(batch)
      .catch((err: unknown) => {
        // Retried each interval, so redelivery after a crash grows by the outage, not more.
        for (const s of dirty) s.offsetsDirty = true;
        this.failuresSinceLog++;
        const now = Date.now();
        if (now - this.lastFailureLog >= FAILURE_LOG_INTERVAL_MS) {
          this.ctx.logger.warn('saving session offsets failed; retrying every interval', { sessions: batch.length, failures: this.failuresSinceLog, err });
          this.lastFailureLog = now;
          this.failuresSinceLog = 0;
        }
      })
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
