/**
 * Dispatches of message queues and shared subscriptions into a session's outbound window. The
 * store's dispatcher decides who gets a message; here it only waits for a free packet id and a
 * writable socket, goes out as a PUBLISH under its original topic and properties, and its
 * acknowledgement becomes a settle. The window is the session's one Inflight, shared with its
 * ordinary subscriptions.
 */
import type { QueueDispatch } from '@wharf/core';
import { CacheEntry } from '../delivery/queue-cache.ts';
import type { ProxyStats } from '../metrics.ts';
import { ackPacket, PUBREL, sendPublish } from '../protocol/publish-out.ts';
import type { InflightEntry, QueueAck } from '../session/inflight.ts';
import type { Session } from '../session/session.ts';
import type { QueueConsumer } from './consumers.ts';

/** One dispatch waiting for room in the window. */
export interface PendingDispatch {
  /** Index of the store (channel) it came from. */
  store: number;
  consumer: QueueConsumer;
  dispatch: QueueDispatch;
}

/** Where acknowledgements go (the per-proxy consumer manager batches them per store). */
export interface QueueSettler {
  settle(store: number, consumerId: string, queue: number, offset: number, ok: boolean): void;
}

/**
 * Dispatches of one session that found its window full or its socket busy, in arrival order.
 * Bounded by `limit`, the sum of its consumers' maxInflight: a store never holds more
 * unsettled dispatches with a consumer than that, so a correct store never overflows it.
 */
export class QueueOutbox {
  private items: PendingDispatch[] = [];
  private head = 0;
  /** Sum of maxInflight over the session's consumers (attached or attaching). */
  limit = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  /** False when full: the caller rejects the dispatch (it goes to another consumer). */
  push(p: PendingDispatch): boolean {
    if (this.length >= this.limit) return false;
    this.items.push(p);
    return true;
  }

  peek(): PendingDispatch | undefined {
    return this.items[this.head];
  }

  shift(): void {
    this.items[this.head++] = undefined as unknown as PendingDispatch;
    if (this.head === this.items.length) {
      this.items.length = 0;
      this.head = 0;
    } else if (this.head > 64 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
  }

  /** The connection ended: what waits goes back to the dispatchers with the consumers' detach. */
  clear(): void {
    this.items = [];
    this.head = 0;
  }
}

/**
 * Sends the session's waiting dispatches as far as its window and socket allow. A message too
 * large for the client's Maximum Packet Size is settled as delivered (MQTT 5 §3.1.2.11.4: the
 * server discards it and behaves as if it had completed sending it), so it cannot cycle
 * between consumers; an expired one is settled as delivered too (never delivered, and gone).
 */
export function pumpOutbox(session: Session, settler: QueueSettler, stats: ProxyStats, socketHighWater: number): void {
  const conn = session.connection;
  const box = session.queueOutbox;
  if (conn === null || conn.blocked || box.length === 0) return;
  const inflight = session.inflight;
  let now = 0;
  for (let p = box.peek(); p !== undefined; p = box.peek()) {
    const consumer = p.consumer;
    if (consumer.closed) {
      // Its detach hands every unsettled message of it back to the dispatcher.
      box.shift();
      continue;
    }
    if (conn.backlog > socketHighWater) {
      conn.block();
      return;
    }
    const d = p.dispatch;
    const m = d.message;
    if (now === 0) now = Date.now();
    if (m.expiresAt !== 0 && m.expiresAt <= now) {
      box.shift();
      stats.deliveriesExpired++;
      if (d.qos > 0) settler.settle(p.store, d.consumerId, d.queue, d.offset, true);
      continue;
    }
    const record = consumer.sub.record;
    const retain = record.retainAsPublished && m.retain;
    if (d.qos === 0) {
      box.shift();
      if (sendPublish(conn, new CacheEntry(m), 0, 0, false, retain, record, now, stats)) stats.queueDeliveries++;
      continue;
    }
    if (!inflight.hasRoom()) return;
    box.shift();
    const ack: QueueAck = { store: p.store, consumerId: d.consumerId, queue: d.queue, offset: d.offset };
    const slot = inflight.add(d.qos, null, -1, 0, ack);
    if (sendPublish(conn, new CacheEntry(m), d.qos, slot.packetId, false, retain, record, now, stats)) {
      stats.queueDeliveries++;
    } else {
      inflight.complete(slot.packetId);
      settler.settle(ack.store, ack.consumerId, ack.queue, ack.offset, true);
    }
  }
}

/** PUBACK for a QoS 1 dispatch: an error reason (≥ 0x80) rejects it, anything else acknowledges it. */
export function onQueuePuback(session: Session, entry: InflightEntry, reasonCode: number, settler: QueueSettler): void {
  session.inflight.complete(entry.packetId);
  const ack = entry.ack!;
  entry.ack = null;
  settler.settle(ack.store, ack.consumerId, ack.queue, ack.offset, reasonCode < 0x80);
  session.windowOpened = true;
}

/**
 * PUBREC for a QoS 2 dispatch (shared subscriptions): the client has the message, so it is
 * settled now; the packet id stays taken until PUBCOMP. An error reason rejects it and ends
 * the exchange (MQTT 5 §4.3.3).
 */
export function onQueuePubrec(session: Session, entry: InflightEntry, reasonCode: number, settler: QueueSettler): void {
  const conn = session.connection;
  const ack = entry.ack!;
  entry.ack = null;
  if (reasonCode >= 0x80) {
    session.inflight.complete(entry.packetId);
    settler.settle(ack.store, ack.consumerId, ack.queue, ack.offset, false);
    session.windowOpened = true;
    return;
  }
  settler.settle(ack.store, ack.consumerId, ack.queue, ack.offset, true);
  entry.released = true;
  conn?.write(ackPacket(PUBREL, entry.packetId, 0));
}
