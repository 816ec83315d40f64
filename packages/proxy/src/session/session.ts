import type { OffsetEntry, SessionState, SubscriptionRecord } from '@wharf/core';
import type { Connection } from '../connection/connection.ts';
import { filtersOverlap, type OverlapWindow } from '../delivery/overlap.ts';
import type { CacheEntry } from '../delivery/queue-cache.ts';
import type { QueueSubscription } from '../queues/consumers.ts';
import { QueueOutbox } from '../queues/queue-delivery.ts';
import { Cursor } from './cursor.ts';
import { Inflight } from './inflight.ts';

/** A retained message matched on subscribe, waiting for room in the window. */
export interface RetainedDelivery {
  entry: CacheEntry;
  qos: 0 | 1 | 2;
  sub: SubscriptionRecord;
}

/**
 * One MQTT session on this proxy: its subscriptions (each a cursor per consume queue), the
 * outbound window, the inbound QoS 2 ids. While its client is away it exists only as a
 * SessionState in the SessionPort; this object lives from claim to release.
 */
export class Session {
  connection: Connection | null = null;
  /**
   * filter → its cursors, one per queue of the filter (several when the filter spans stores);
   * every cursor carries the same subscription record.
   */
  readonly subscriptions = new Map<string, Cursor[]>();
  /** Every cursor of every subscription, for round-robin delivery when the window opens. */
  readonly cursors: Cursor[] = [];
  /**
   * `$q/`, `$queue/` and `$share/` subscriptions by full filter: no cursors (a store's
   * dispatcher sends their messages), one consumer each while connected.
   */
  readonly queueSubs = new Map<string, QueueSubscription>();
  /** Their dispatches waiting for room in the window. */
  readonly queueOutbox = new QueueOutbox();
  /** Listed among the sessions a dispatch batch reached (QueueConsumers). */
  queueOutboxTouched = false;
  roundRobin = 0;
  readonly inflight: Inflight;
  /** QoS 2 packet ids PUBREC'd, awaiting PUBREL. */
  readonly inboundQos2: Set<number>;
  /** QoS 2 packet ids whose append is not durable yet. */
  readonly inboundQos2Pending = new Set<number>();
  retained: RetainedDelivery[] = [];
  /** Messages sent once for several overlapping subscriptions (created by the deliverer when needed). */
  overlap: OverlapWindow | null = null;
  /** Acknowledged offsets moved since the last flush. */
  offsetsDirty = false;
  /** An acknowledgement freed a slot; delivery resumes after the current read. */
  windowOpened = false;
  /** Released to the SessionPort: nothing may be delivered or registered any more. */
  released = false;
  /** The connection's will was handed to the SessionPort (setWill). */
  hasWill = false;
  private ops: Promise<void> = Promise.resolve();

  constructor(
    readonly clientId: string,
    public epoch: number,
    public protocolVersion: 3 | 4 | 5,
    public expiryInterval: number,
    window: number,
    inboundQos2: readonly number[] = [],
  ) {
    this.inflight = new Inflight(window);
    this.inboundQos2 = new Set(inboundQos2);
  }

  get persistent(): boolean {
    return this.expiryInterval > 0;
  }

  /**
   * Runs subscription changes and the final release one at a time, in arrival order, so an
   * UNSUBSCRIBE never overtakes the SUBSCRIBE before it.
   */
  enqueue(op: () => Promise<void>): Promise<void> {
    const run = this.ops.then(op, op);
    this.ops = run.catch(() => undefined);
    return run;
  }

  addSubscription(record: SubscriptionRecord, cursors: Cursor[]): void {
    // Overlapping filters become each other's peers (one copy per message, delivery/overlap.ts).
    // A subscription without cursors reads nothing, so it is nobody's peer.
    let peers: SubscriptionRecord[] | null = null;
    for (const [filter, others] of cursors.length === 0 ? [] : this.subscriptions) {
      const other = others[0]?.sub;
      if (filter === record.filter || other == null || !filtersOverlap(filter, record.filter)) continue;
      (peers ??= []).push(other);
      const theirs = others[0]!.peers;
      if (theirs !== null) {
        theirs.push(record);
      } else {
        const list = [record];
        for (const c of others) c.peers = list;
      }
    }
    for (const cursor of cursors) {
      cursor.session = this;
      cursor.sub = record;
      cursor.peers = peers;
      this.cursors.push(cursor);
    }
    this.subscriptions.set(record.filter, cursors);
  }

  /** The record of `filter`'s subscription, if the session has one. */
  subscription(filter: string): SubscriptionRecord | undefined {
    return this.subscriptions.get(filter)?.[0]?.sub ?? undefined;
  }

  removeSubscription(filter: string): Cursor[] | undefined {
    const cursors = this.subscriptions.get(filter);
    if (cursors === undefined) return undefined;
    this.subscriptions.delete(filter);
    for (const cursor of cursors) {
      const i = this.cursors.indexOf(cursor);
      if (i !== -1) this.cursors.splice(i, 1);
    }
    const record = cursors[0]?.sub;
    if (record != null && cursors[0]!.peers !== null) {
      let overlapping = false;
      for (const others of this.subscriptions.values()) {
        const theirs = others[0]?.peers;
        if (theirs == null) continue;
        const i = theirs.indexOf(record);
        if (i !== -1) theirs.splice(i, 1);
        if (theirs.length === 0) for (const c of others) c.peers = null;
        else overlapping = true;
      }
      for (const c of cursors) c.peers = null;
      if (!overlapping) this.overlap = null;
    }
    return cursors;
  }

  /** Acknowledged prefix per queue: what a crash may safely resume from. */
  ackedOffsets(): OffsetEntry[] {
    const out: OffsetEntry[] = [];
    for (const c of this.cursors) if (c.next >= 0) out.push({ queueId: c.queueId, offset: c.ackedPrefix });
    return out;
  }

  private sendOffsets(): OffsetEntry[] {
    const out: OffsetEntry[] = [];
    // A cursor whose position is still unknown (-1) keeps none: its next resume starts at the end again.
    for (const c of this.cursors) if (c.next >= 0) out.push({ queueId: c.queueId, offset: c.next });
    return out;
  }

  /**
   * The state to persist. `final` (connection ended): offsets are the send positions and the
   * unacknowledged messages are listed in `inflight`; otherwise offsets are the acknowledged
   * prefix, valid on their own after a crash.
   */
  toState(final: boolean): SessionState {
    const subscriptions: SubscriptionRecord[] = [];
    for (const cursors of this.subscriptions.values()) {
      const record = cursors[0]?.sub;
      if (record != null) subscriptions.push({ ...record, queueIds: [...record.queueIds] });
    }
    for (const sub of this.queueSubs.values()) subscriptions.push({ ...sub.record, queueIds: [...sub.record.queueIds] });
    const state: SessionState = {
      clientId: this.clientId,
      protocolVersion: this.protocolVersion,
      expiryInterval: this.expiryInterval,
      subscriptions,
      offsets: final ? this.sendOffsets() : this.ackedOffsets(),
      inboundQos2: [...this.inboundQos2],
    };
    if (final) state.inflight = this.inflight.records();
    return state;
  }
}
