/**
 * Queue-advanced events waiting to be sent on one stream, folded to at most one per queue: a
 * newer end supersedes an older one, and inline messages are kept while they stay contiguous
 * and within the byte budget (the newest win, since the inline part must end at the end
 * offset). Events are shared with other streams, so they are never mutated: a merge makes a
 * new event. Bounded by `maxQueues`, whose events beyond are refused and counted (the proxies
 * concerned catch up through a resync), and by `maxTotalInlineBytes`, beyond which events are
 * kept without their inline part (the receiver pulls).
 */
import type { QueueAdvanced, QueueId, StoredMessage } from '@wharf/core';
import { inlineBytes } from '../codec.ts';

export class EventBuffer {
  private pending = new Map<QueueId, QueueAdvanced>();
  /** Payload bytes of each pending event's inline part. */
  private bytes = new Map<QueueId, number>();
  private totalBytes = 0;

  constructor(
    readonly inlineMaxBytes: number,
    readonly maxQueues: number,
    readonly maxTotalInlineBytes = 16 * 1024 * 1024,
  ) {
    if (!(inlineMaxBytes >= 0)) throw new RangeError(`inlineMaxBytes must be >= 0, got ${inlineMaxBytes}`);
    if (!Number.isSafeInteger(maxQueues) || maxQueues < 1) throw new RangeError(`maxQueues must be a positive integer, got ${maxQueues}`);
    if (!(maxTotalInlineBytes >= 0)) throw new RangeError(`maxTotalInlineBytes must be >= 0, got ${maxTotalInlineBytes}`);
  }

  get size(): number {
    return this.pending.size;
  }

  /** Inline payload bytes held. */
  get inlineBytes(): number {
    return this.totalBytes;
  }

  private put(id: QueueId, event: QueueAdvanced, bytes: number): void {
    const total = this.totalBytes - (this.bytes.get(id) ?? 0);
    if (bytes > 0 && total + bytes > this.maxTotalInlineBytes) {
      event = { queueId: id, endOffset: event.endOffset };
      bytes = 0;
    }
    this.pending.set(id, event);
    this.bytes.set(id, bytes);
    this.totalBytes = total + bytes;
  }

  /** Folds `events` in; returns how many were refused because the buffer is full. */
  add(events: readonly QueueAdvanced[]): number {
    let refused = 0;
    for (let i = 0; i < events.length; i++) if (!this.fold(events[i]!)) refused++;
    return refused;
  }

  private fold(event: QueueAdvanced): boolean {
    const id = event.queueId;
    const prev = this.pending.get(id);
    if (prev === undefined) {
      if (this.pending.size >= this.maxQueues) return false;
      const bytes = inlineBytes(event.inline);
      if (bytes <= this.inlineMaxBytes) this.put(id, event, bytes);
      else this.keepNewest(id, event.endOffset, event.inline!, bytes);
      return true;
    }
    if (event.endOffset <= prev.endOffset) return true; // stale or duplicate
    const next = event.inline;
    const contiguous = prev.inline !== undefined && next !== undefined && event.endOffset - next.length === prev.endOffset;
    if (!contiguous) {
      const bytes = inlineBytes(next);
      if (bytes <= this.inlineMaxBytes) this.put(id, event, bytes);
      else this.keepNewest(id, event.endOffset, next!, bytes);
      return true;
    }
    this.keepNewest(id, event.endOffset, prev.inline!.concat(next!), this.bytes.get(id)! + inlineBytes(next));
    return true;
  }

  /** Stores an event ending at `endOffset` with the newest of `inline` that fit the budget. */
  private keepNewest(id: QueueId, endOffset: number, inline: StoredMessage[], bytes: number): void {
    let drop = 0;
    while (bytes > this.inlineMaxBytes && drop < inline.length) bytes -= inline[drop++]!.payload.length;
    const kept = drop === 0 ? inline : inline.slice(drop);
    this.put(id, kept.length > 0 ? { queueId: id, endOffset, inline: kept } : { queueId: id, endOffset }, kept.length > 0 ? bytes : 0);
  }

  /** Everything pending, oldest queue first; the buffer is empty afterwards. */
  take(): QueueAdvanced[] {
    if (this.pending.size === 0) return [];
    const events = [...this.pending.values()];
    this.pending = new Map();
    this.bytes = new Map();
    this.totalBytes = 0;
    return events;
  }

  /** Drops everything pending; returns how many events that was. */
  clear(): number {
    const n = this.pending.size;
    if (n > 0) {
      this.pending = new Map();
      this.bytes = new Map();
      this.totalBytes = 0;
    }
    return n;
  }
}

/**
 * Splits events into stream messages of at most `maxEvents` events, with at most
 * `maxInlineBytes` of inline payload per message; events past that budget go without their
 * inline part (the receiver pulls).
 */
export function chunkEvents(events: readonly QueueAdvanced[], maxEvents: number, maxInlineBytes: number): QueueAdvanced[][] {
  const out: QueueAdvanced[][] = [];
  let chunk: QueueAdvanced[] = [];
  let bytes = 0;
  for (let i = 0; i < events.length; i++) {
    let e = events[i]!;
    if (chunk.length >= maxEvents) {
      out.push(chunk);
      chunk = [];
      bytes = 0;
    }
    if (e.inline !== undefined) {
      const b = inlineBytes(e.inline);
      if (bytes + b > maxInlineBytes) e = { queueId: e.queueId, endOffset: e.endOffset };
      else bytes += b;
    }
    chunk.push(e);
  }
  if (chunk.length > 0) out.push(chunk);
  return out;
}
