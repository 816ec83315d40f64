/**
 * The proxy side of message queues and shared subscriptions (ports/queues.ts, DESIGN §2
 * "Message queues"). Dispatch happens in the stores; this proxy keeps ONE QueueChannel per
 * store (opened at the first attach), the consumers its sessions attached, and routes:
 * dispatches by consumer id into their session's window (queue-delivery.ts), acknowledgements
 * back as settles, batched per store and turn.
 *
 * A consumer is one subscription of one connection: its id is unique cluster-wide
 * (`<clientId>#<proxy tag>.<serial>`, the tag random per proxy process), so a takeover or a
 * reconnect is a new consumer and the store hands the old one's unacknowledged messages on.
 */
import { randomBytes } from 'node:crypto';
import {
  QueueError,
  splitQueueId,
  type ConsumerTarget,
  type Logger,
  type QoS,
  type QueueChannel,
  type QueueDispatch,
  type QueueDispatchSink,
  type QueueSettle,
  type SubscriptionRecord,
  type WharfConfig,
} from '@wharf/core';
import type { Connection } from '../connection/connection.ts';
import type { StoreRouter } from '../delivery/store-router.ts';
import type { ProxyStats } from '../metrics.ts';
import type { Session } from '../session/session.ts';
import { pumpOutbox, type QueueSettler } from './queue-delivery.ts';

/** Delay before a resumed session tries again to attach a consumer a store could not take, doubling up to the max. */
const REATTACH_RETRY_MS = 500;
const REATTACH_RETRY_MAX_MS = 5000;

/** A `$q/`, `$queue/` or `$share/` subscription of a session. */
export interface QueueSubscription {
  /** As stored in the session state: the full filter; queueIds are the `$share/` registrations (none for queues). */
  readonly record: SubscriptionRecord;
  readonly target: ConsumerTarget;
  /** The consumer attached for it on this connection; null while none is (attach failed, or the store dropped it). */
  consumer: QueueConsumer | null;
}

export class QueueConsumer {
  /** Where it is attached: store index and global message-queue id. */
  readonly attachments: { store: number; queue: number }[] = [];
  /** Detached (unsubscribe, connection end, or every store dropped it): its dispatches are rejected. */
  closed = false;
  /** Counted in stats.queueConsumers (some store attached it). */
  counted = false;

  constructor(
    readonly id: string,
    readonly session: Session,
    readonly sub: QueueSubscription,
    readonly maxInflight: number,
  ) {}
}

export type AttachOutcome =
  | { ok: true; created: boolean; filter: string }
  /** `notFound`: no such queue (QueueError NOT_FOUND); otherwise a store refused or could not be reached. */
  | { ok: false; notFound: boolean; message: string };

export interface QueueConsumersOptions {
  config: WharfConfig;
  stores: StoreRouter;
  stats: ProxyStats;
  logger: Logger;
  /** Delivery of the session's ordinary subscriptions (Deliverer.pumpSession). */
  pumpSubscriptions: (session: Session) => void;
}

export class QueueConsumers implements QueueSettler {
  private readonly config: WharfConfig;
  private readonly stores: StoreRouter;
  private readonly stats: ProxyStats;
  private readonly logger: Logger;
  private readonly pumpSubscriptions: (session: Session) => void;
  private readonly channels: (QueueChannel | null)[];
  private readonly consumers = new Map<string, QueueConsumer>();
  /** Settles per store, sent at the end of the turn. */
  private readonly settles: QueueSettle[][];
  private settleScheduled = false;
  /** Sessions that got dispatches in the current sink call. */
  private touched: Session[] = [];
  private readonly tag = randomBytes(4).toString('hex');
  private serial = 0;
  private closed = false;

  constructor(options: QueueConsumersOptions) {
    this.config = options.config;
    this.stores = options.stores;
    this.stats = options.stats;
    this.logger = options.logger;
    this.pumpSubscriptions = options.pumpSubscriptions;
    this.channels = new Array<QueueChannel | null>(options.stores.storeCount).fill(null);
    this.settles = Array.from({ length: options.stores.storeCount }, () => []);
  }

  /** Consumers attached or attaching. */
  get size(): number {
    return this.consumers.size;
  }

  /**
   * The window opened or the socket drained: queue dispatches first (they are already assigned
   * to this client and their ack timeout runs), then the ordinary subscriptions.
   */
  pumpSession(session: Session): void {
    pumpOutbox(session, this, this.stats, this.config.socketHighWater);
    this.pumpSubscriptions(session);
  }

  /**
   * Attaches a consumer for `sub` on every store `filter` (the queue's topic filter) spans.
   * All or nothing: if one store refuses or cannot be reached, the attachments made are undone.
   * The session's connection must be open; if it closes meanwhile the consumer is detached again.
   */
  async attach(session: Session, sub: QueueSubscription, filter: string): Promise<AttachOutcome> {
    const conn = session.connection;
    if (conn === null || this.closed) return { ok: false, notFound: false, message: 'connection closed' };
    const maxInflight = Math.max(1, Math.min(this.config.queueConsumerInflight, session.inflight.capacity));
    const consumer = new QueueConsumer(`${session.clientId}#${this.tag}.${++this.serial}`, session, sub, maxInflight);
    // Registered before the stores hear of it: a store may dispatch before its attach resolves.
    this.consumers.set(consumer.id, consumer);
    session.queueOutbox.limit += maxInflight;
    sub.consumer = consumer;
    const qos: QoS = sub.target.kind === 'share' ? sub.record.qos : 1;
    const stores = this.stores.storesFor(filter);
    let created = false;
    let resolved = filter;
    const settled = await Promise.allSettled(
      stores.map(async (store) => {
        const channel = this.channel(store);
        const attached = await channel.attach({ consumerId: consumer.id, clientId: session.clientId, target: sub.target, maxInflight, qos });
        if (consumer.closed) {
          channel.detach(consumer.id, attached.queue);
          return;
        }
        consumer.attachments.push({ store, queue: attached.queue });
        if (attached.created) created = true;
        resolved = attached.filter;
      }),
    );
    let failure: unknown;
    for (const r of settled) if (r.status === 'rejected') failure ??= r.reason;
    if (failure !== undefined) {
      this.detach(consumer);
      if (sub.consumer === consumer) sub.consumer = null;
      if (failure instanceof QueueError) return { ok: false, notFound: failure.code === 'NOT_FOUND', message: failure.message };
      this.logger.warn('attaching a queue consumer failed', { clientId: session.clientId, filter: sub.record.filter, err: failure });
      return { ok: false, notFound: false, message: 'message queue store unavailable' };
    }
    if (!consumer.closed) {
      consumer.counted = true;
      this.stats.queueConsumers++;
    }
    if (session.connection !== conn || consumer.closed) {
      // The connection ended while the stores attached it.
      this.detach(consumer);
      if (sub.consumer === consumer) sub.consumer = null;
    }
    return { ok: true, created, filter: resolved };
  }

  /** Detaches `sub`'s consumer (unsubscribe): its unacknowledged messages go to other consumers. */
  detachSubscription(sub: QueueSubscription): void {
    const consumer = sub.consumer;
    sub.consumer = null;
    if (consumer !== null) this.detach(consumer);
  }

  /**
   * The session's connection ended: every consumer of it detaches; what they hold unsettled,
   * and what waited in the outbox, goes to other consumers — but for the QoS 2 share dispatches
   * the client has not PUBREC'd (`keepShareDispatches`). Settles go out before the detaches,
   * which would otherwise hand their messages on.
   */
  releaseSession(session: Session): void {
    this.keepShareDispatches(session);
    this.flushSettles();
    for (const sub of session.queueSubs.values()) this.detachSubscription(sub);
    session.queueOutbox.clear();
  }

  /**
   * MQTT 5 §4.8.2: a QoS 2 message sent to a member whose connection breaks before delivery is
   * complete goes to that client when it reconnects [MQTT-4.8.2-4], and to no other member,
   * even when the session ends first [MQTT-4.8.2-5]. Such a dispatch is settled with its store
   * now, and stays in the session's window as the message at its offset in the consume queue
   * the group reads (one per store: the one of the store that dispatched it), so a resumed
   * session sends it again with its packet id, and an ended one drops it. A PUBREC'd one was
   * settled already and keeps its PUBREL owed. QoS 1 dispatches go to another member.
   */
  private keepShareDispatches(session: Session): void {
    if (session.queueSubs.size === 0 || session.inflight.size === 0) return;
    for (const e of session.inflight.entriesInOrder()) {
      const ack = e.ack;
      if (ack === null || e.qos !== 2 || e.released) continue;
      const consumer = this.consumers.get(ack.consumerId);
      // A consumer already detached (unsubscribe, a store dropping it) had its messages handed on.
      if (consumer === undefined || consumer.closed || consumer.sub.target.kind !== 'share') continue;
      const record = consumer.sub.record;
      const queueId = record.queueIds.find((q) => splitQueueId(q).storeIndex === ack.store);
      if (queueId === undefined) {
        this.logger.warn('a share dispatch names a store its subscription has no consume queue on; it goes to another member', {
          clientId: session.clientId,
          filter: record.filter,
          store: ack.store,
        });
        continue;
      }
      this.settle(ack.store, ack.consumerId, ack.queue, ack.offset, true);
      session.inflight.keepShared(e, queueId, record.filter);
    }
  }

  /**
   * A resumed session's consumer subscriptions attach again (in its op queue, so a SUBSCRIBE or
   * UNSUBSCRIBE after CONNECT comes after them). A queue that is gone stays unattached; a store
   * that cannot be reached is tried again with backoff while the connection lasts.
   */
  resume(conn: Connection, session: Session): void {
    for (const sub of session.queueSubs.values()) this.reattach(conn, session, sub, 0);
  }

  private reattach(conn: Connection, session: Session, sub: QueueSubscription, failures: number): void {
    session
      .enqueue(async () => {
        if (session.connection !== conn || sub.consumer !== null || session.queueSubs.get(sub.record.filter) !== sub) return;
        const filter = await this.topicFilterOf(sub.target);
        if (filter === null) {
          this.logger.info('queue subscription of a resumed session names no queue; it receives nothing', { clientId: session.clientId, filter: sub.record.filter });
          return;
        }
        const outcome = await this.attach(session, sub, filter);
        if (outcome.ok) return;
        if (outcome.notFound) {
          this.logger.info('queue of a resumed subscription is gone; it receives nothing', { clientId: session.clientId, filter: sub.record.filter });
          return;
        }
        this.retryLater(conn, session, sub, failures + 1);
      })
      .catch((err: unknown) => {
        this.logger.warn('re-attaching a queue subscription failed', { clientId: session.clientId, filter: sub.record.filter, err });
        this.retryLater(conn, session, sub, failures + 1);
      });
  }

  private retryLater(conn: Connection, session: Session, sub: QueueSubscription, failures: number): void {
    if (session.connection !== conn || this.closed) return;
    const delay = Math.min(REATTACH_RETRY_MS * 2 ** Math.min(failures - 1, 10), REATTACH_RETRY_MAX_MS);
    setTimeout(() => this.reattach(conn, session, sub, failures), delay).unref();
  }

  /**
   * The topic filter of a consumer target: `$queue/<name>` is looked up on the stores (null:
   * no such queue). Rejects when a store could not be asked.
   */
  async topicFilterOf(target: ConsumerTarget): Promise<string | null> {
    if (target.kind !== 'named') return target.filter;
    const info = await this.stores.findQueueByName(target.name);
    return info === null ? null : info.topicFilter;
  }

  private detach(consumer: QueueConsumer): void {
    if (consumer.closed) return;
    consumer.closed = true;
    if (this.consumers.get(consumer.id) === consumer) this.consumers.delete(consumer.id);
    consumer.session.queueOutbox.limit -= consumer.maxInflight;
    if (consumer.counted) {
      consumer.counted = false;
      this.stats.queueConsumers--;
    }
    for (const a of consumer.attachments) {
      try {
        this.channels[a.store]?.detach(consumer.id, a.queue);
      } catch (err) {
        this.logger.warn('detaching a queue consumer failed', { consumerId: consumer.id, store: a.store, err });
      }
    }
    consumer.attachments.length = 0;
  }

  /** QueueSettler: batched per store, sent at the end of the turn. */
  settle(store: number, consumerId: string, queue: number, offset: number, ok: boolean): void {
    this.settles[store]!.push({ consumerId, queue, offset, ok });
    if (ok) this.stats.queueSettlesOk++;
    else this.stats.queueSettlesRejected++;
    if (!this.settleScheduled) {
      this.settleScheduled = true;
      process.nextTick(this.flushSettles);
    }
  }

  private readonly flushSettles = (): void => {
    this.settleScheduled = false;
    for (let s = 0; s < this.settles.length; s++) {
      const list = this.settles[s]!;
      if (list.length === 0) continue;
      this.settles[s] = [];
      const channel = this.channels[s];
      if (channel === null || channel === undefined) continue;
      try {
        channel.settle(list);
      } catch (err) {
        // The store redispatches what it never heard settled (ack timeout, or the channel's end).
        this.logger.warn('settling queue dispatches failed', { store: s, count: list.length, err });
      }
    }
  };

  private channel(store: number): QueueChannel {
    let channel = this.channels[store];
    if (channel === null || channel === undefined) {
      channel = this.stores.openQueueChannel(store, this.sinkFor(store));
      this.channels[store] = channel;
    }
    return channel;
  }

  private sinkFor(store: number): QueueDispatchSink {
    return {
      dispatched: (batch) => this.onDispatched(store, batch),
      detached: (list) => this.onDetached(store, list),
    };
  }

  private onDispatched(store: number, batch: readonly QueueDispatch[]): void {
    const touched = this.touched;
    for (let i = 0; i < batch.length; i++) {
      const d = batch[i]!;
      const consumer = this.consumers.get(d.consumerId);
      const session = consumer?.session;
      if (consumer === undefined || session === undefined || consumer.closed || session.connection === null) {
        // Detached meanwhile: straight back, so another consumer gets it.
        if (d.qos > 0) this.settle(store, d.consumerId, d.queue, d.offset, false);
        continue;
      }
      if (!session.queueOutbox.push({ store, consumer, dispatch: d })) {
        // More than the consumers' maxInflight unsettled: the store broke the contract; give it back.
        this.logger.warn('queue dispatch over the consumer in-flight limit; rejected', { consumerId: d.consumerId, queue: d.queue, offset: d.offset });
        if (d.qos > 0) this.settle(store, d.consumerId, d.queue, d.offset, false);
        continue;
      }
      if (!session.queueOutboxTouched) {
        session.queueOutboxTouched = true;
        touched.push(session);
      }
    }
    if (touched.length === 0) return;
    this.touched = [];
    for (const session of touched) {
      session.queueOutboxTouched = false;
      pumpOutbox(session, this, this.stats, this.config.socketHighWater);
    }
  }

  private onDetached(store: number, list: readonly { consumerId: string; queue: number; reason: string }[]): void {
    for (const { consumerId, queue, reason } of list) {
      const consumer = this.consumers.get(consumerId);
      if (consumer === undefined) continue;
      const i = consumer.attachments.findIndex((a) => a.store === store && a.queue === queue);
      if (i !== -1) consumer.attachments.splice(i, 1);
      this.logger.info('a store dropped a queue consumer; its subscription receives nothing more from there', {
        clientId: consumer.session.clientId,
        filter: consumer.sub.record.filter,
        store,
        reason,
      });
      if (consumer.attachments.length === 0) {
        if (consumer.sub.consumer === consumer) consumer.sub.consumer = null;
        this.detach(consumer);
      }
    }
  }

  /** Proxy shutdown, after every connection closed: the channels end (detaching anything left). */
  close(): void {
    this.closed = true;
    this.flushSettles();
    for (let s = 0; s < this.channels.length; s++) {
      const channel = this.channels[s];
      this.channels[s] = null;
      try {
        channel?.close();
      } catch (err) {
        this.logger.warn('closing a queue channel failed', { store: s, err });
      }
    }
  }
}

/** Filters of consumer subscriptions that hold no filter registration (`$q/`, `$queue/`): nothing to unregister. */
export function registersFilter(filter: string): boolean {
  return !(filter.startsWith('$q/') || filter.startsWith('$queue/'));
}
