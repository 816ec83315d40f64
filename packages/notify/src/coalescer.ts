import type { QueueAdvanced, QueueId, StoredMessage } from '@wharf/core';

/**
 * Folds queue-advanced events that arrive within one window into at most one event per queue
 * (DESIGN §2: "coalesced per ~1 ms"). Inline messages are kept only while they stay contiguous
 * and within the byte budget; whatever is trimmed the receiver pulls.
 */
export class Coalescer {
  private pending = new Map<QueueId, QueueAdvanced>();
  private pendingInlineBytes = new Map<QueueId, number>();
  private scheduled = false;

  constructor(
    private readonly windowMs: number,
    private readonly inlineMaxBytes: number,
    private readonly flush: (events: QueueAdvanced[]) => void,
  ) {}

  add(events: readonly QueueAdvanced[]): void {
    for (const event of events) this.fold(event);
    if (!this.scheduled && this.pending.size > 0) {
      this.scheduled = true;
      if (this.windowMs === 0) setImmediate(this.drain);
      else setTimeout(this.drain, this.windowMs);
    }
  }

  private fold(event: QueueAdvanced): void {
    const prev = this.pending.get(event.queueId);
    const bytes = inlineBytes(event.inline);
    if (prev === undefined) {
      this.pending.set(event.queueId, { queueId: event.queueId, endOffset: event.endOffset, inline: event.inline });
      this.pendingInlineBytes.set(event.queueId, bytes);
      return;
    }
    if (event.endOffset <= prev.endOffset) return; // stale or duplicate
    const next = event.inline;
    const contiguous =
      prev.inline !== undefined && next !== undefined && event.endOffset - next.length === prev.endOffset;
    if (!contiguous) {
      prev.inline = next;
      prev.endOffset = event.endOffset;
      this.pendingInlineBytes.set(event.queueId, bytes);
      return;
    }
    let total = this.pendingInlineBytes.get(event.queueId)! + bytes;
    let merged = prev.inline!.concat(next!);
    // Keep the newest messages: the inline part must end at endOffset.
    let drop = 0;
    while (total > this.inlineMaxBytes && drop < merged.length) total -= merged[drop++]!.payload.length;
    if (drop > 0) merged = merged.slice(drop);
    prev.inline = merged.length > 0 ? merged : undefined;
    prev.endOffset = event.endOffset;
    this.pendingInlineBytes.set(event.queueId, total);
  }

  private readonly drain = (): void => {
    this.scheduled = false;
    if (this.pending.size === 0) return;
    const events = [...this.pending.values()];
    this.pending = new Map();
    this.pendingInlineBytes = new Map();
    this.flush(events);
  };

  /** Delivers whatever is pending now (shutdown). */
  flushNow(): void {
    this.drain();
  }
}

function inlineBytes(inline: readonly StoredMessage[] | undefined): number {
  if (inline === undefined) return 0;
  let n = 0;
  for (const m of inline) n += m.payload.length;
  return n;
}
