import type { SessionOffsets } from '@wharf/core';
import type { ProxyContext } from '../context.ts';
import type { Session } from './session.ts';

/**
 * Persists acknowledged offsets of connected persistent sessions every `intervalMs`, all in
 * one SessionPort call. The interval bounds redelivery after a crash (RocketMQ-MQTT: 5 s).
 */
export class OffsetFlusher {
  private readonly timer: NodeJS.Timeout;
  private running: Promise<void> | null = null;

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
        this.ctx.logger.warn('saving session offsets failed; retrying next interval', { sessions: batch.length, err });
        for (const s of dirty) s.offsetsDirty = true;
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
