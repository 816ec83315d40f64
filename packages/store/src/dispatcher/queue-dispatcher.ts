/**
 * One message queue's dispatch state machine (DESIGN §2 "Message queues"). No I/O: the store
 * (message-queues.ts) feeds it entries — inline from a published batch, or pages it loads —
 * and carries out what it asks for (loads, index trims, dead letters, persistence).
 *
 * Offsets of the queue's entry stream fall in four parts:
 *
 *   [0, prefix)             done: acknowledged, dead-lettered or dropped
 *   [prefix, loadedEnd)     loaded: each one done (in `done`), waiting (`returned`, `fresh`)
 *                           or in flight to a consumer (`inflight`)
 *   [loadedEnd, end)        not loaded yet: waiting unless already in `done` (after a restart)
 *
 * Bounds: loadedEnd - prefix ≤ window (a message held unacknowledged at the prefix pauses
 * loading past it), loaded waiting entries ≤ maxLoaded, each consumer ≤ its maxInflight.
 *
 * Waiting entries go out redeliveries first (`returned`, by offset), then first deliveries
 * (`fresh`, by offset): a consumer sees its first deliveries in offset order. A reject or an
 * ack timeout prefers another consumer for the redelivery; a message that has been delivered
 * maxDeliveries times and fails once more becomes a dead letter.
 */
import { isExpired, type QoS, type QueueConsumerInfo, type QueueDispatch, type QueueKind, type QueueSpec, type QueueStats, type StoredMessage } from '@wharf/core';
import type { LastValueIndex } from './last-value.ts';
import { OffsetSet } from './offset-set.ts';
import { ConsumerPicker, type Random } from './strategy.ts';

/** Entries loaded per page. */
export const PAGE_MESSAGES = 256;
/** Record bytes loaded per page (at least one entry). */
export const PAGE_BYTES = 1 << 20;

export interface QueueEntry {
  readonly offset: number;
  readonly message: StoredMessage;
  /** Record bytes in the log (the unit of maxBytes). */
  readonly size: number;
  deliveries: number;
  /** The consumer holding it while in flight. */
  holder: QueueConsumer | null;
  /** When it was last dispatched (ms, the caller's clock). */
  sentAt: number;
  /**
   * The ack timeout applies. Not to a QoS 2 share delivery: MQTT-4.8.2-4 says it completes with
   * the member it went to (the proxy keeps it with the session across a reconnect).
   */
  timed: boolean;
  /** A consumer that rejected it or let it time out: the redelivery prefers another. */
  avoid: QueueConsumer | null;
}

export class QueueConsumer {
  /** Entries dispatched to it at QoS 1 and not settled. */
  inflight = 0;
  /** Dispatches in the current pump: bounds what a QoS 0 consumer gets per turn. */
  sent = 0;
  attached = true;

  constructor(
    readonly id: string,
    readonly clientId: string,
    public maxInflight: number,
    /** Granted QoS (shared subscriptions). */
    public qos: QoS,
    /** Hands one dispatch to the consumer's channel. */
    public deliver: (dispatch: QueueDispatch) => void,
    /** The channel the consumer is attached on (opaque here). */
    readonly channel: object,
  ) {}

  hasRoom(): boolean {
    return this.inflight < this.maxInflight && this.sent < this.maxInflight;
  }
}

/** What the dispatcher asks its owner to do. */
export interface DispatcherEvents {
  /** The entry failed its last allowed delivery: append it to the dead-letter queue. */
  deadLetter(queue: QueueDispatcher, entry: QueueEntry): void;
  /** Persisted state changed (done offsets, delivery counts). */
  dirty(queue: QueueDispatcher): void;
}

export type FailReason = 'reject' | 'timeout' | 'detach';

/** One entry read from the stream for a load or trim (message null: not read, or unreadable). */
export interface LoadedEntry {
  offset: number;
  /** Log position of the record. */
  position: number;
  size: number;
  timestamp: number;
  message: StoredMessage | null;
}

/** A range of the stream the owner should read. */
export interface ReadRequest {
  from: number;
  to: number;
  maxMessages: number;
  maxBytes: number;
  /** Entries only (a trim), or their messages too (a load). */
  messages: boolean;
}

export interface QueueDispatcherOptions {
  id: number;
  kind: QueueKind;
  spec: QueueSpec;
  /** Metrics label: the filter, `$share/<group>/<filter>` for share groups. */
  label: string;
  /** The entry stream: a consume-queue id, or a dead-letter stream id. */
  source: number;
  /** First offset not known done, and the offsets above it that are. */
  prefix: number;
  done?: OffsetSet;
  /** Delivery counts persisted for offsets at or above the prefix. */
  deliveries?: Map<number, number>;
  /** The stream's readable end. */
  end: number;
  window: number;
  maxLoaded?: number;
  lastValue?: LastValueIndex | null;
  events: DispatcherEvents;
  random?: Random;
  createdAt: number;
  group?: string;
}

export class QueueDispatcher {
  readonly id: number;
  readonly kind: QueueKind;
  spec: QueueSpec;
  readonly label: string;
  readonly source: number;
  readonly createdAt: number;
  /** Share groups: the group name. */
  readonly group: string | undefined;
  lastValue: LastValueIndex | null;

  prefix: number;
  loadedEnd: number;
  end: number;
  readonly done: OffsetSet;
  /** Delivery counts of entries not loaded (from the persisted state). */
  private readonly savedDeliveries: Map<number, number>;
  private readonly entries = new Map<number, QueueEntry>();
  /** First deliveries waiting, offset order: fresh[freshHead…]. */
  private fresh: QueueEntry[] = [];
  private freshHead = 0;
  /** Redeliveries waiting, offset order. */
  private returned: QueueEntry[] = [];
  /** In flight, in dispatch order (Map order): the oldest first for ack timeouts. */
  private readonly inflight = new Map<number, QueueEntry>();
  readonly consumers: QueueConsumer[] = [];
  readonly picker: ConsumerPicker;
  window: number;
  private readonly maxLoaded: number;
  /** Record bytes of every waiting entry, loaded or not. */
  waitingBytes = 0;
  /** An owner read is running: loadedEnd belongs to it. */
  busy = false;
  /** The periodic age check asked for a look at the unloaded head. */
  private ageCheck = false;
  /** Timestamp of the entry at loadedEnd as last read by a trim; NaN when unknown. */
  private unloadedHeadTime = NaN;
  /** Deleted: ignore everything. */
  closed = false;
  /** State changed since the owner last persisted it (the owner clears it). */
  stateDirty = false;
  private readonly events: DispatcherEvents;

  dispatched = 0;
  acked = 0;
  redelivered = 0;
  deadLettered = 0;
  dropped = 0;

  constructor(o: QueueDispatcherOptions) {
    if (!(o.window >= 1)) throw new RangeError(`queue window ${o.window} must be ≥ 1`);
    this.id = o.id;
    this.kind = o.kind;
    this.spec = o.spec;
    this.label = o.label;
    this.source = o.source;
    this.createdAt = o.createdAt;
    this.group = o.group;
    this.lastValue = o.lastValue ?? null;
    this.done = o.done ?? new OffsetSet();
    this.prefix = this.done.advance(o.prefix);
    this.loadedEnd = this.prefix;
    this.end = Math.max(o.end, this.prefix);
    this.savedDeliveries = o.deliveries ?? new Map();
    this.window = o.window;
    this.maxLoaded = o.maxLoaded ?? 2 * PAGE_MESSAGES;
    this.events = o.events;
    this.picker = new ConsumerPicker(o.spec.dispatchStrategy, o.random);
  }

  // ------------------------------------------------------------ consumers

  findConsumer(id: string): QueueConsumer | undefined {
    for (const c of this.consumers) if (c.id === id) return c;
    return undefined;
  }

  attach(consumer: QueueConsumer): void {
    if (this.findConsumer(consumer.id) !== undefined) throw new Error(`consumer ${consumer.id} is already attached to queue ${this.label}`);
    this.consumers.push(consumer);
  }

  /** Detaches the consumer; its unacknowledged entries wait again (or become dead letters). */
  detach(consumerId: string): QueueConsumer | undefined {
    const i = this.consumers.findIndex((c) => c.id === consumerId);
    if (i === -1) return undefined;
    const c = this.consumers[i]!;
    this.consumers.splice(i, 1);
    c.attached = false;
    const held: QueueEntry[] = [];
    for (const e of this.inflight.values()) if (e.holder === c) held.push(e);
    held.sort((a, b) => a.offset - b.offset);
    for (const e of held) this.fail(e, 'detach');
    return c;
  }

  // ------------------------------------------------------------ settles

  /**
   * The consumer settled the entry at `offset`: ok acknowledges it, !ok rejects it. Returns
   * false for a settle that does not apply (not in flight, or held by another consumer: it
   * timed out or its consumer detached) — ignored.
   */
  settle(consumerId: string, channel: object, offset: number, ok: boolean): boolean {
    const e = this.inflight.get(offset);
    if (e === undefined || e.holder === null || e.holder.id !== consumerId || e.holder.channel !== channel) return false;
    if (ok) {
      this.inflight.delete(offset);
      e.holder.inflight--;
      e.holder = null;
      this.entries.delete(offset);
      this.acked++;
      this.markDone(offset);
    } else {
      this.fail(e, 'reject');
    }
    return true;
  }

  /** Entries in flight longer than the ack timeout are taken back. Returns how many. */
  expireAcks(now: number): number {
    const timeout = this.spec.ackTimeoutMs;
    if (timeout <= 0 || this.inflight.size === 0) return 0;
    let expired: QueueEntry[] | null = null;
    for (const e of this.inflight.values()) {
      if (!e.timed) continue;
      if (now - e.sentAt < timeout) break;
      (expired ??= []).push(e);
    }
    if (expired === null) return 0;
    for (const e of expired) this.fail(e, 'timeout');
    return expired.length;
  }

  /** An in-flight entry comes back: waiting again, or a dead letter after its last allowed delivery. */
  private fail(e: QueueEntry, reason: FailReason): void {
    const holder = e.holder!;
    this.inflight.delete(e.offset);
    holder.inflight--;
    e.holder = null;
    const max = this.spec.maxDeliveries;
    if (max > 0 && e.deliveries >= max && this.kind !== 'dead-letter') {
      this.entries.delete(e.offset);
      this.deadLettered++;
      this.markDone(e.offset);
      this.events.deadLetter(this, e);
      return;
    }
    e.avoid = reason === 'detach' ? null : holder;
    this.insertReturned(e);
    this.waitingBytes += e.size;
    // The delivery count changed since the last persist.
    this.markDirty();
  }

  private markDirty(): void {
    if (this.stateDirty) return;
    this.stateDirty = true;
    this.events.dirty(this);
  }

  private insertReturned(e: QueueEntry): void {
    const r = this.returned;
    let lo = 0;
    let hi = r.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (r[mid]!.offset < e.offset) lo = mid + 1;
      else hi = mid;
    }
    r.splice(lo, 0, e);
  }

  private markDone(offset: number): void {
    this.done.add(offset);
    if (offset === this.prefix) this.prefix = this.done.advance(this.prefix);
    this.markDirty();
  }

  // ------------------------------------------------------------ entries in

  /**
   * A published batch added offsets [first, end) to the stream, with their messages and
   * record sizes. Offsets below the queue's known end predate it (the queue was created after
   * they were handed out) and are not its own. Takes the messages inline when they continue
   * the loaded range and fit the bounds; otherwise they are loaded later.
   */
  appended(first: number, end: number, messages: readonly StoredMessage[], sizes: readonly number[]): void {
    if (this.closed || end <= this.end) return;
    const from = Math.max(first, this.end);
    for (let o = from; o < end; o++) this.waitingBytes += sizes[o - first]!;
    this.end = end;
    if (this.busy || this.loadedEnd !== from || this.consumers.length === 0) return;
    const limit = Math.min(end, this.prefix + this.window, this.loadedEnd + Math.max(0, this.maxLoaded - this.waitingLoaded));
    for (let o = from; o < limit; o++) this.addLoaded(o, messages[o - first]!, sizes[o - first]!);
    if (limit > this.loadedEnd) {
      this.loadedEnd = limit;
      this.unloadedHeadTime = NaN;
    }
  }

  private addLoaded(offset: number, message: StoredMessage, size: number): void {
    if (this.done.has(offset)) return;
    const deliveries = this.savedDeliveries.get(offset);
    if (deliveries !== undefined) this.savedDeliveries.delete(offset);
    const e: QueueEntry = { offset, message, size, deliveries: deliveries ?? 0, holder: null, sentAt: 0, timed: true, avoid: null };
    this.entries.set(offset, e);
    this.fresh.push(e);
  }

  get waitingLoaded(): number {
    return this.returned.length + this.fresh.length - this.freshHead;
  }

  /** Waiting entries not loaded. */
  get waitingUnloaded(): number {
    return this.end - this.loadedEnd - (this.done.size === 0 ? 0 : this.done.countIn(this.loadedEnd, this.end));
  }

  /** The next read the owner should run, or null. Call when not busy. */
  readRequest(): ReadRequest | null {
    if (this.closed || this.busy || this.loadedEnd >= this.end) return null;
    const overLimits = this.overLimits();
    // Retention acts on the unloaded head only once the loaded waiting ones are gone: they are older.
    if ((overLimits || this.ageCheck) && this.waitingLoaded === 0) {
      return { from: this.loadedEnd, to: this.end, maxMessages: 4 * PAGE_MESSAGES, maxBytes: Infinity, messages: false };
    }
    this.ageCheck = false;
    if (this.waitingLoaded >= PAGE_MESSAGES || this.loadedEnd - this.prefix >= this.window) return null;
    if (!this.consumers.some((c) => c.inflight < c.maxInflight)) return null;
    const to = Math.min(this.end, this.prefix + this.window);
    return { from: this.loadedEnd, to, maxMessages: Math.min(PAGE_MESSAGES, this.maxLoaded - this.waitingLoaded), maxBytes: PAGE_BYTES, messages: true };
  }

  /**
   * A load's result: the entries of [from, upTo) the stream held, in offset order, with their
   * messages (null: gone from the log or unreadable, dropped). Offsets of the range with no
   * entry were cut by retention.
   */
  loaded(from: number, upTo: number, items: readonly LoadedEntry[]): void {
    if (this.closed) return;
    let next = Math.max(from, this.loadedEnd);
    for (const item of items) {
      if (item.offset < next) continue;
      for (; next < item.offset; next++) this.dropUnloaded(next, 0);
      next = item.offset + 1;
      if (this.done.has(item.offset)) continue;
      if (item.message === null) this.dropUnloaded(item.offset, item.size);
      else this.addLoaded(item.offset, item.message, item.size);
    }
    for (; next < upTo; next++) this.dropUnloaded(next, 0);
    if (upTo > this.loadedEnd) {
      this.loadedEnd = upTo;
      this.unloadedHeadTime = NaN;
    }
    if (this.loadedEnd >= this.end) this.resyncBytes();
  }

  /**
   * A trim's result: the index entries of [loadedEnd, upTo). Drops the unloaded head while it
   * is past retention or the queue is over its limits; stops at the first entry it keeps.
   */
  trimmed(upTo: number, items: readonly LoadedEntry[], now: number): void {
    if (this.closed || this.waitingLoaded > 0) return;
    const cutoff = this.spec.dataRetentionPeriodMs > 0 ? now - this.spec.dataRetentionPeriodMs : -Infinity;
    let kept = false;
    for (const item of items) {
      if (item.offset < this.loadedEnd) continue;
      // Offsets with no entry were cut by retention.
      while (this.loadedEnd < item.offset) this.dropUnloaded(this.loadedEnd++, 0);
      if (this.done.has(item.offset)) {
        this.loadedEnd = item.offset + 1;
        continue;
      }
      if (!(item.timestamp <= cutoff || this.overLimits())) {
        kept = true;
        this.unloadedHeadTime = item.timestamp;
        break;
      }
      this.dropUnloaded(item.offset, item.size);
      this.loadedEnd = item.offset + 1;
      this.unloadedHeadTime = NaN;
    }
    if (!kept) while (this.loadedEnd < upTo) this.dropUnloaded(this.loadedEnd++, 0);
    if (kept || this.loadedEnd >= this.end) this.ageCheck = false;
    if (this.loadedEnd >= this.end) this.resyncBytes();
  }

  private dropUnloaded(offset: number, size: number): void {
    if (this.done.has(offset)) return;
    this.dropped++;
    this.waitingBytes -= size;
    this.savedDeliveries.delete(offset);
    this.markDone(offset);
  }

  /** With nothing unloaded, waiting bytes are exactly those of the loaded waiting entries. */
  private resyncBytes(): void {
    let bytes = 0;
    for (const e of this.returned) bytes += e.size;
    for (let i = this.freshHead; i < this.fresh.length; i++) bytes += this.fresh[i]!.size;
    this.waitingBytes = bytes;
  }

  /** Forgets loaded waiting entries (no consumer needs them): memory goes back to the bound of an idle queue. */
  unload(): void {
    if (this.busy || this.inflight.size > 0 || this.consumers.length > 0) return;
    for (const e of this.entries.values()) if (e.deliveries > 0) this.savedDeliveries.set(e.offset, e.deliveries);
    this.entries.clear();
    this.fresh = [];
    this.freshHead = 0;
    this.returned = [];
    this.loadedEnd = this.prefix;
    this.unloadedHeadTime = NaN;
  }

  // ------------------------------------------------------------ retention

  /** Over maxMessages or maxBytes (waiting, not yet dispatched, entries). */
  overLimits(): boolean {
    const s = this.spec;
    return (s.maxMessages > 0 && this.waitingLoaded + this.waitingUnloaded > s.maxMessages) || (s.maxBytes > 0 && this.waitingBytes > s.maxBytes);
  }

  /** Drops the oldest loaded waiting entries while the queue is over its limits. */
  enforceLimits(): void {
    while (this.overLimits()) {
      const e = this.takeOldestWaiting();
      if (e === null) return;
      this.drop(e);
    }
  }

  /**
   * The periodic age rule: drops loaded waiting entries past retention; asks for a trim of the
   * unloaded head when nothing loaded waits.
   */
  sweepAge(now: number): void {
    const period = this.spec.dataRetentionPeriodMs;
    if (period <= 0 || this.closed) return;
    const cutoff = now - period;
    let e = this.peekOldestWaiting();
    while (e !== null && e.message.timestamp <= cutoff) {
      this.drop(this.takeOldestWaiting()!);
      e = this.peekOldestWaiting();
    }
    // The unloaded head is read (index only) unless the last look found it young enough.
    if (e === null && this.loadedEnd < this.end && !(this.unloadedHeadTime > cutoff)) this.ageCheck = true;
  }

  /** The lowest-offset waiting entry (left in place), or null. */
  private peekOldestWaiting(): QueueEntry | null {
    const r = this.returned.length > 0 ? this.returned[0]! : null;
    const f = this.freshHead < this.fresh.length ? this.fresh[this.freshHead]! : null;
    if (f === null || (r !== null && r.offset < f.offset)) return r;
    return f;
  }

  /** Removes and returns the lowest-offset waiting entry, or null. */
  private takeOldestWaiting(): QueueEntry | null {
    const e = this.peekOldestWaiting();
    if (e === null) return null;
    if (this.returned.length > 0 && this.returned[0] === e) {
      this.returned.shift();
    } else {
      this.freshHead++;
      this.compactFresh();
    }
    return e;
  }

  /** A waiting entry (already taken off its list) is dropped. */
  private drop(e: QueueEntry): void {
    this.entries.delete(e.offset);
    this.dropped++;
    this.waitingBytes -= e.size;
    this.markDone(e.offset);
  }

  private compactFresh(): void {
    if (this.freshHead === this.fresh.length) {
      this.fresh = [];
      this.freshHead = 0;
    } else if (this.freshHead > 1024 && this.freshHead * 2 > this.fresh.length) {
      this.fresh = this.fresh.slice(this.freshHead);
      this.freshHead = 0;
    }
  }

  /** Is a waiting entry never to be delivered: expired, past retention, or superseded? */
  private stale(e: QueueEntry, now: number): boolean {
    const m = e.message;
    if (isExpired(m, now)) return true;
    const period = this.spec.dataRetentionPeriodMs;
    if (period > 0 && m.timestamp <= now - period) return true;
    return this.lastValue !== null && this.lastValue.superseded(m, e.offset);
  }

  // ------------------------------------------------------------ dispatch

  /**
   * Hands waiting entries to consumers with room. Returns true when consumers still had room
   * at the per-pump cap (QoS 0 deliveries): the owner pumps again on the next turn.
   */
  pump(now: number): boolean {
    if (this.closed || this.consumers.length === 0 || this.waitingLoaded === 0) return false;
    const consumers = this.consumers;
    for (const c of consumers) c.sent = 0;
    const anyRoom = (): boolean => consumers.some((c) => c.hasRoom());
    if (this.returned.length > 0) {
      const r = this.returned;
      let keep = 0;
      let i = 0;
      for (; i < r.length; i++) {
        const e = r[i]!;
        if (this.stale(e, now)) {
          this.drop(e);
          continue;
        }
        const c = this.chooseFor(e);
        if (c === null) {
          r[keep++] = e;
          if (!anyRoom()) {
            i++;
            break;
          }
          continue;
        }
        this.send(e, c, now);
      }
      for (; i < r.length; i++) r[keep++] = r[i]!;
      r.length = keep;
    }
    while (this.freshHead < this.fresh.length) {
      const e = this.fresh[this.freshHead]!;
      if (this.stale(e, now)) {
        this.freshHead++;
        this.drop(e);
        continue;
      }
      const c = this.picker.pick(consumers, hasRoom);
      if (c === null) break;
      this.freshHead++;
      this.send(e, c, now);
    }
    this.compactFresh();
    return this.waitingLoaded > 0 && consumers.some((c) => c.inflight < c.maxInflight && c.sent >= c.maxInflight);
  }

  /** A consumer for a redelivery: another than the one it avoids while another exists. */
  private chooseFor(e: QueueEntry): QueueConsumer | null {
    const avoid = e.avoid;
    if (avoid === null || !avoid.attached || this.consumers.length === 1) return this.picker.pick(this.consumers, hasRoom);
    return this.picker.pick(this.consumers, (c) => c !== avoid && c.hasRoom());
  }

  private send(e: QueueEntry, c: QueueConsumer, now: number): void {
    e.deliveries++;
    e.avoid = null;
    this.dispatched++;
    if (e.deliveries > 1) this.redelivered++;
    this.waitingBytes -= e.size;
    c.sent++;
    const qos: QoS = this.kind === 'share' ? (Math.min(e.message.qos, c.qos) as QoS) : 1;
    if (qos === 0) {
      // Done when sent: nothing will settle it.
      this.entries.delete(e.offset);
      this.acked++;
      this.markDone(e.offset);
    } else {
      e.holder = c;
      e.sentAt = now;
      e.timed = qos !== 2;
      c.inflight++;
      this.inflight.set(e.offset, e);
      this.markDirty();
    }
    c.deliver({ consumerId: c.id, queue: this.id, offset: e.offset, deliveries: e.deliveries, qos, message: e.message });
  }

  // ------------------------------------------------------------ figures

  get inflightCount(): number {
    return this.inflight.size;
  }

  stats(): QueueStats {
    const inflight = this.inflight.size;
    let lag: number;
    if (this.lastValue !== null) {
      // One per key among the waiting: keys whose newest entry is neither done nor in flight.
      lag = 0;
      for (const o of this.lastValue.offsets()) if (o >= this.prefix && !this.done.has(o) && !this.inflight.has(o)) lag++;
    } else {
      lag = this.waitingLoaded + this.waitingUnloaded;
    }
    const consumers: QueueConsumerInfo[] = this.consumers.map((c) => ({ consumerId: c.id, clientId: c.clientId, inflight: c.inflight }));
    return {
      depth: lag + inflight,
      inflight,
      lag,
      consumers,
      dispatched: this.dispatched,
      acked: this.acked,
      redelivered: this.redelivered,
      deadLettered: this.deadLettered,
      dropped: this.dropped,
    };
  }

  /** What is persisted: the prefix, done offsets above it, delivery counts of entries not done. */
  snapshot(): { prefix: number; done: [number, number][]; deliveries: [number, number][] } {
    const deliveries: [number, number][] = [];
    for (const e of this.entries.values()) if (e.deliveries > 0) deliveries.push([e.offset, e.deliveries]);
    for (const [o, n] of this.savedDeliveries) if (o >= this.prefix) deliveries.push([o, n]);
    return { prefix: this.prefix, done: this.done.ranges(), deliveries };
  }

  /** Ends the queue (deleted): consumers are detached without redispatch; returns them. */
  close(): QueueConsumer[] {
    this.closed = true;
    const out = this.consumers.splice(0);
    for (const c of out) c.attached = false;
    this.inflight.clear();
    this.entries.clear();
    this.fresh = [];
    this.returned = [];
    return out;
  }
}

function hasRoom(c: QueueConsumer): boolean {
  return c.hasRoom();
}
