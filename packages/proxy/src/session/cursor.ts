import { QUEUE_IDS_PER_STORE, type QueueId, type SubscriptionRecord } from '@wharf/core';
import type { QueueState } from '../delivery/deliverer.ts';
import type { CacheEntry } from '../delivery/queue-cache.ts';
import type { Session } from './session.ts';

/**
 * A session's position in one consume queue. `next` is the next offset to send; `pending`
 * holds the offsets sent at QoS 1/2 and not yet acknowledged, in send (= offset) order. The
 * contiguous acknowledged prefix is therefore the oldest pending offset, or `next` when none
 * is pending: QoS 0 and skipped messages count as acknowledged once passed.
 */
export class Cursor {
  private pending: number[] = [];
  private pendingHead = 0;
  /** Runs of messages from private pulls (this cursor lags behind the shared cache), by offset. */
  private runs: { first: number; entries: CacheEntry[] }[] = [];
  /** Private pulls in flight: [from, to) each. */
  readonly pulls: { from: number; to: number }[] = [];
  /** Delivery waits: unacknowledged messages of a previous connection are being re-sent. */
  resuming = false;
  /** Removed from its queue (unsubscribed or session gone); late callbacks must do nothing. */
  detached = false;
  session: Session | null = null;
  sub: SubscriptionRecord | null = null;
  queue: QueueState | null = null;
  /** Position in `queue.cursors` (for O(1) removal). */
  queueIndex = -1;
  /**
   * The session's other subscriptions whose filters overlap this one's (see delivery/overlap.ts),
   * shared by the cursors of one subscription; null when none do, the common case.
   */
  peers: SubscriptionRecord[] | null = null;
  /** The store whose queue this is (log positions are unique per store only). */
  readonly storeIndex: number;

  constructor(
    readonly queueId: QueueId,
    public next: number,
  ) {
    this.storeIndex = Math.floor(queueId / QUEUE_IDS_PER_STORE);
  }

  /** Offset up to which every message is acknowledged (exclusive). */
  get ackedPrefix(): number {
    return this.pendingHead < this.pending.length ? this.pending[this.pendingHead]! : this.next;
  }

  get pendingCount(): number {
    return this.pending.length - this.pendingHead;
  }

  /** Records a QoS 1/2 send of `offset`; offsets are sent in increasing order. */
  sent(offset: number): void {
    const last = this.pending.length > this.pendingHead ? this.pending[this.pending.length - 1]! : -1;
    if (offset <= last) throw new Error(`cursor ${this.queueId}: offset ${offset} sent after ${last}`);
    this.pending.push(offset);
  }

  /** An acknowledgement for `offset`. Returns true when the acknowledged prefix moved. */
  ack(offset: number): boolean {
    const head = this.pendingHead;
    if (head < this.pending.length && this.pending[head] === offset) {
      this.pendingHead = head + 1;
      if (this.pendingHead === this.pending.length) {
        this.pending.length = 0;
        this.pendingHead = 0;
      } else if (this.pendingHead > 64 && this.pendingHead * 2 > this.pending.length) {
        this.pending = this.pending.slice(this.pendingHead);
        this.pendingHead = 0;
      }
      return true;
    }
    // Out of order (allowed by MQTT 5 for different packet ids): the prefix stays.
    for (let i = head + 1; i < this.pending.length; i++) {
      if (this.pending[i] === offset) {
        this.pending.splice(i, 1);
        return false;
      }
    }
    return false;
  }

  /** Restores offsets that were in flight when the previous connection ended. */
  restorePending(offsets: readonly number[]): void {
    const sorted = [...offsets].sort((a, b) => a - b);
    for (const o of sorted) {
      if (o >= this.next) throw new Error(`cursor ${this.queueId}: in-flight offset ${o} not below next ${this.next}`);
    }
    this.pending = sorted;
    this.pendingHead = 0;
  }

  /** The message at `offset` if a private pull holds it. Runs wholly below `offset` are dropped. */
  buffered(offset: number): CacheEntry | undefined {
    const runs = this.runs;
    while (runs.length > 0) {
      const r = runs[0]!;
      if (offset < r.first) return undefined;
      const i = offset - r.first;
      if (i < r.entries.length) return r.entries[i];
      runs.shift();
    }
    return undefined;
  }

  /** Adds the result of a private pull; runs stay sorted by offset. */
  addRun(first: number, entries: CacheEntry[]): void {
    if (entries.length === 0) return;
    const runs = this.runs;
    let i = runs.length;
    while (i > 0 && runs[i - 1]!.first > first) i--;
    runs.splice(i, 0, { first, entries });
  }

  /** End of the buffered or requested range containing `offset`, or -1 when none does. */
  coveredUntil(offset: number): number {
    for (const r of this.runs) if (offset >= r.first && offset < r.first + r.entries.length) return r.first + r.entries.length;
    for (const p of this.pulls) if (offset >= p.from && offset < p.to) return p.to;
    return -1;
  }

  get hasRuns(): boolean {
    return this.runs.length > 0;
  }
}
