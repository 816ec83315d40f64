/**
 * The client end of Store/Consume: a QueueChannel of a remote store over one bidirectional
 * stream. Each openQueueChannel() call gets its own stream (a proxy opens one per store).
 *
 * - attach() sends a request and settles on its AttachResult, or after `deadlineMs` with
 *   StoreUnavailableError (DEADLINE_EXCEEDED). A result that arrives after that is undone: a
 *   successful attach nobody waits for any more is detached at once; so is one whose consumer
 *   detach() was called for meanwhile. A new attach of that consumer is held until the undo is
 *   sent (else the undo would detach it). Two attaches of one consumer at once: RangeError.
 * - settle() calls of one event-loop turn travel as one request (at most `maxSettlesPerRequest`).
 *   A detach or attach first sends the settles before it, so the store sees them in call order.
 * - Dispatches for consumers this channel does not hold (detached, timed out) are dropped, as a
 *   local channel would never deliver them.
 *
 * Store restarts: when the stream breaks, the store has closed the channel (every consumer
 * detached, their unacknowledged messages redispatched). The client reopens the stream with
 * the backoff and re-sends the attach of every consumer still attached; a re-attach the store
 * now refuses (queue deleted), or that lands on a different queue id (deleted and created again),
 * reports the consumer to `sink.detached`. While the stream is down, attach() fails at once with
 * StoreUnavailableError, settles are dropped until the new stream is answered (their messages
 * were redispatched), detach() only forgets. close() sends the pending settles, ends the stream and stops reconnecting.
 */
import { Metadata, status, type Client, type ClientDuplexStream, type ServiceError } from '@grpc/grpc-js';
import type { ConsumerAttach, ConsumerAttached, Logger, QueueChannel, QueueDispatch, QueueDispatchSink, QueueSettle } from '@wharf/core';
import { Reconnect, type Backoff } from '../backoff.ts';
import { errorFromStatus, isUnavailable, StoreUnavailableError } from '../errors.ts';
import type { wharf } from '../generated/wharf.js';
import type { RpcMetrics } from '../metrics.ts';
import { attachedFromProto, attachToProto, dispatchFromProto } from '../queue-codec.ts';
import { storeMethods } from '../services.ts';

export interface QueueStreamOptions {
  /** Settles sent in one request at most; more in one turn make several. Default 8192. */
  maxSettlesPerRequest?: number;
}

export const QUEUE_STREAM_DEFAULTS = { maxSettlesPerRequest: 8192 } as const;

type ConsumeCall = ClientDuplexStream<wharf.v1.ConsumeRequest.$Properties, wharf.v1.ConsumeEvent>;

interface Waiter {
  resolve(attached: ConsumerAttached): void;
  reject(err: Error): void;
  timer: NodeJS.Timeout;
}

interface PendingAttach {
  id: number;
  request: ConsumerAttach;
  /** The caller of attach(); null for a re-attach after a reconnect, or once it timed out. */
  waiter: Waiter | null;
  /** Re-attach: the queue the consumer had before the stream broke. */
  previousQueue: number;
  /** Undo on success: detach() was called, or the caller stopped waiting. */
  undo: boolean;
  /** An attach of the same consumer made while this one was being undone: sent after its result. */
  next: PendingAttach | null;
}

type State = 'open' | 'backoff' | 'closed';

export class QueueStream implements QueueChannel {
  private state: State = 'open';
  private call: ConsumeCall | null = null;
  private streamUp = false;
  private everConnected = false;
  private lastFailure = '';
  private readonly reconnect: Reconnect;
  private nextRequestId = 1;
  /** Consumers attached on this channel: re-attached after a reconnect. */
  private readonly attached = new Map<string, { request: ConsumerAttach; queue: number }>();
  private readonly pending = new Map<number, PendingAttach>();
  /** The latest pending attach of each consumer (undone ones too, until answered). */
  private readonly attaching = new Map<string, PendingAttach>();
  private settleIds: string[] = [];
  private settleQueues: number[] = [];
  private settleOffsets: number[] = [];
  private settleOk: boolean[] = [];
  private flushScheduled = false;
  private readonly maxSettles: number;

  constructor(
    private readonly client: Client,
    private readonly address: string,
    private readonly sink: QueueDispatchSink,
    private readonly deadlineMs: number,
    options: QueueStreamOptions,
    private readonly backoff: Backoff,
    private readonly metrics: RpcMetrics,
    private readonly logger: Logger,
    private readonly onClosed: (s: QueueStream) => void,
  ) {
    this.reconnect = new Reconnect(backoff);
    this.maxSettles = options.maxSettlesPerRequest ?? QUEUE_STREAM_DEFAULTS.maxSettlesPerRequest;
    if (!Number.isSafeInteger(this.maxSettles) || this.maxSettles < 1) throw new RangeError(`maxSettlesPerRequest must be a positive integer, got ${this.maxSettles}`);
    this.open();
  }

  /** The stream is open and the store answered it. */
  get connected(): boolean {
    return this.state === 'open' && this.streamUp;
  }

  /** Consumers this channel holds (re-attached after reconnects). */
  get consumers(): number {
    return this.attached.size;
  }

  attach(request: ConsumerAttach): Promise<ConsumerAttached> {
    if (this.state === 'closed') return Promise.reject(new StoreUnavailableError(this.address, 'queue channel closed'));
    if (this.state === 'backoff') return Promise.reject(new StoreUnavailableError(this.address, `${this.lastFailure}; reconnecting`, status.UNAVAILABLE));
    const prior = this.attaching.get(request.consumerId);
    if (prior !== undefined && !prior.undo) return Promise.reject(new RangeError(`consumer ${request.consumerId} is already attaching on this channel`));
    return new Promise<ConsumerAttached>((resolve, reject) => {
      const p: PendingAttach = { id: this.nextRequestId++, request, waiter: null, previousQueue: -1, undo: false, next: null };
      const timer = setTimeout(() => {
        if (p.waiter === null) return;
        p.waiter = null;
        // A late success is undone; until then its dispatches are not this channel's.
        p.undo = true;
        this.metrics.errors.inc({ method: 'Consume', code: 'DEADLINE_EXCEEDED' });
        reject(new StoreUnavailableError(this.address, `Consume: no attach result within ${this.deadlineMs} ms`, status.DEADLINE_EXCEEDED));
      }, this.deadlineMs);
      timer.unref();
      p.waiter = { resolve, reject, timer };
      this.pending.set(p.id, p);
      this.attaching.set(request.consumerId, p);
      // An earlier attach of this consumer is being undone: its detach must reach the store
      // before this attach, or it would detach this one.
      if (prior !== undefined) prior.next = p;
      else this.sendAttach(p);
    });
  }

  detach(consumerId: string, queue: number): void {
    const a = this.attached.get(consumerId);
    if (a !== undefined && a.queue === queue) this.attached.delete(consumerId);
    const p = this.attaching.get(consumerId);
    if (p !== undefined) {
      // The store has not finished attaching it: the detach follows the result.
      p.undo = true;
      return;
    }
    // A stream that is down has taken every consumer of the channel with it.
    if (this.call !== null) this.write({ detach: { consumerId, queue } });
  }

  settle(settles: readonly QueueSettle[]): void {
    if (settles.length === 0) return;
    // Before the store answered this stream nothing was dispatched on it: these settles are for
    // messages of a broken stream, which the store has redispatched already.
    if (this.call === null || !this.streamUp) {
      this.metrics.queueSettlesDropped.inc(settles.length);
      return;
    }
    for (let i = 0; i < settles.length; i++) {
      const s = settles[i]!;
      this.settleIds.push(s.consumerId);
      this.settleQueues.push(s.queue);
      this.settleOffsets.push(s.offset);
      this.settleOk.push(s.ok);
      if (this.settleIds.length >= this.maxSettles) this.flushSettles();
    }
    if (this.settleIds.length > 0 && !this.flushScheduled) {
      this.flushScheduled = true;
      // setImmediate, not a microtask: every settle of this I/O phase joins the request.
      setImmediate(this.onFlush);
    }
  }

  close(): void {
    if (this.state === 'closed') return;
    this.state = 'closed';
    this.reconnect.cancel();
    const call = this.call;
    if (call !== null) this.flushSettles();
    this.call = null;
    this.streamUp = false;
    this.failPending(new StoreUnavailableError(this.address, 'queue channel closed'));
    this.attached.clear();
    this.onClosed(this);
    if (call !== null) {
      // Half-close: the store closes the channel and ends the stream. One that does not answer is cut.
      call.end();
      setTimeout(() => call.cancel(), this.deadlineMs).unref();
    }
  }

  // ------------------------------------------------------------------ stream

  private open(): void {
    const m = storeMethods.Consume;
    const call: ConsumeCall = this.client.makeBidiStreamRequest(m.path, m.requestSerialize, m.responseDeserialize, new Metadata(), {});
    this.call = call;
    this.state = 'open';
    this.streamUp = false;
    call.on('metadata', () => {
      if (this.call !== call) return;
      this.streamUp = true;
      this.backoff.reset();
      if (this.everConnected && this.lastFailure !== '') this.logger.info('consume stream reconnected', { store: this.address, consumers: this.attached.size });
      this.everConnected = true;
    });
    call.on('data', (event: wharf.v1.ConsumeEvent) => {
      if (this.call === call) this.onEvent(event);
    });
    call.on('error', (err: ServiceError) => this.broken(call, err.code, err.details));
    call.on('end', () => this.broken(call, status.UNAVAILABLE, 'stream ended by the store'));
    // gRPC holds these until the connection is up; if it never comes, the stream fails and
    // they go again on the next one.
    for (const a of this.attached.values()) {
      const p: PendingAttach = { id: this.nextRequestId++, request: a.request, waiter: null, previousQueue: a.queue, undo: false, next: null };
      this.pending.set(p.id, p);
      this.attaching.set(a.request.consumerId, p);
      this.sendAttach(p);
    }
  }

  private broken(call: ConsumeCall, code: status, details: string): void {
    if (this.call !== call) return;
    this.call = null;
    this.streamUp = false;
    this.metrics.errors.inc({ method: 'Consume', code: status[code] ?? String(code) });
    this.lastFailure = `consume stream: ${details || status[code]}`;
    this.dropSettles();
    this.failPending(new StoreUnavailableError(this.address, this.lastFailure, code));
    if (this.state === 'closed') return;
    this.state = 'backoff';
    const delay = this.reconnect.schedule(() => {
      if (this.state !== 'backoff') return;
      this.metrics.reconnects.inc({ stream: 'consume' });
      this.open();
    });
    if (this.backoff.attempts === 1) this.logger.warn('consume stream broken; reconnecting', { store: this.address, reason: this.lastFailure, consumers: this.attached.size, delayMs: delay });
  }

  /** Attaches in flight fail; re-attaches are retried on the next stream (their consumers stay). */
  private failPending(err: Error): void {
    for (const p of this.pending.values()) {
      const w = p.waiter;
      if (w === null) continue;
      p.waiter = null;
      clearTimeout(w.timer);
      w.reject(err);
    }
    this.pending.clear();
    this.attaching.clear();
  }

  // ------------------------------------------------------------------ requests

  private sendAttach(p: PendingAttach): void {
    this.write({ attach: attachToProto(p.id, p.request) });
  }

  /** After `p` was answered: the next attach of its consumer goes, unless its caller gave up. */
  private sendNext(p: PendingAttach): void {
    let n = p.next;
    while (n !== null && n.waiter === null) {
      this.pending.delete(n.id);
      if (this.attaching.get(n.request.consumerId) === n) this.attaching.delete(n.request.consumerId);
      n = n.next;
    }
    if (n !== null) this.sendAttach(n);
  }

  /** Every request but settles: the settles of this turn go first, keeping call order. */
  private write(request: wharf.v1.ConsumeRequest.$Properties): void {
    const call = this.call;
    if (call === null) return;
    this.flushSettles();
    call.write(request);
  }

  private readonly onFlush = (): void => {
    this.flushScheduled = false;
    this.flushSettles();
  };

  private flushSettles(): void {
    const n = this.settleIds.length;
    if (n === 0) return;
    const call = this.call;
    if (call === null) {
      this.dropSettles();
      return;
    }
    call.write({ settles: { consumerIds: this.settleIds, queues: this.settleQueues, offsets: this.settleOffsets, ok: this.settleOk } });
    this.metrics.queueSettles.inc({ side: 'client' }, n);
    this.metrics.queueSettleBatches.inc({ side: 'client' });
    // Fresh arrays: the written request may be encoded later.
    this.settleIds = [];
    this.settleQueues = [];
    this.settleOffsets = [];
    this.settleOk = [];
  }

  private dropSettles(): void {
    const n = this.settleIds.length;
    if (n === 0) return;
    this.metrics.queueSettlesDropped.inc(n);
    this.settleIds = [];
    this.settleQueues = [];
    this.settleOffsets = [];
    this.settleOk = [];
  }

  // ------------------------------------------------------------------ events

  private onEvent(event: wharf.v1.ConsumeEvent): void {
    switch (event.kind) {
      case 'dispatches':
        this.onDispatches(event.dispatches!.dispatches ?? []);
        return;
      case 'attached':
        this.onAttachResult(event.attached!);
        return;
      case 'detached':
        this.onDetached(event.detached!.consumers ?? []);
        return;
      default:
        this.logger.warn('consume event of an unknown kind ignored', { store: this.address });
    }
  }

  private onDispatches(list: readonly wharf.v1.Dispatch.$Properties[]): void {
    const batch: QueueDispatch[] = [];
    for (let i = 0; i < list.length; i++) {
      const p = list[i]!;
      const consumerId = p.consumerId ?? '';
      if (!this.attached.has(consumerId) && this.attaching.get(consumerId)?.undo !== false) continue;
      try {
        batch.push(dispatchFromProto(p));
      } catch (err) {
        // Left unacknowledged: the store redelivers it at its ack timeout.
        this.logger.error('undecodable queue dispatch dropped', { store: this.address, consumerId, queue: p.queue, offset: p.offset, err });
      }
    }
    this.metrics.queueDispatches.inc({ side: 'client' }, list.length);
    if (batch.length === 0) return;
    try {
      this.sink.dispatched(batch);
    } catch (err) {
      this.logger.error('queue dispatch sink failed', { store: this.address, err });
    }
  }

  private onAttachResult(r: wharf.v1.AttachResult.$Properties): void {
    const requestId = r.requestId ?? 0;
    const p = this.pending.get(requestId);
    if (p === undefined) {
      this.logger.warn('attach result for an unknown request', { store: this.address, requestId });
      return;
    }
    this.pending.delete(requestId);
    const consumerId = p.request.consumerId;
    if (this.attaching.get(consumerId) === p) this.attaching.delete(consumerId);
    const w = p.waiter;
    p.waiter = null;
    if (w !== null) clearTimeout(w.timer);
    this.settleAttach(p, r, w);
    this.sendNext(p);
  }

  private settleAttach(p: PendingAttach, r: wharf.v1.AttachResult.$Properties, w: Waiter | null): void {
    const consumerId = p.request.consumerId;

    if (r.error != null) {
      const e = r.error;
      const err = errorFromStatus(this.address, 'Consume', e.code ?? status.INTERNAL, e.message ?? '', e.name || null, e.field ?? null);
      if (w !== null) {
        w.reject(err);
        return;
      }
      // A re-attach the store refused: the consumer's queue is gone. One it could not serve
      // now (shutting down) is retried on the next stream.
      if (p.previousQueue >= 0 && !p.undo && !isUnavailable(e.code ?? status.INTERNAL)) this.lose(consumerId, p.previousQueue, `re-attach after reconnect failed: ${err.message}`);
      return;
    }

    const result = attachedFromProto(r);
    if (p.undo) {
      this.write({ detach: { consumerId, queue: result.queue } });
      w?.resolve(result);
      return;
    }
    if (w !== null) {
      this.attached.set(consumerId, { request: p.request, queue: result.queue });
      w.resolve(result);
      return;
    }
    if (result.queue !== p.previousQueue) {
      // The queue was deleted and created again while the store was out of reach: another queue.
      this.write({ detach: { consumerId, queue: result.queue } });
      this.lose(consumerId, p.previousQueue, `queue ${result.filter} was recreated while store ${this.address} was unreachable`);
    }
  }

  private lose(consumerId: string, queue: number, reason: string): void {
    const a = this.attached.get(consumerId);
    if (a === undefined || a.queue !== queue) return;
    this.attached.delete(consumerId);
    this.callDetached([{ consumerId, queue, reason }]);
  }

  private onDetached(list: readonly wharf.v1.DetachedConsumer.$Properties[]): void {
    const out: { consumerId: string; queue: number; reason: string }[] = [];
    for (const c of list) {
      const consumerId = c.consumerId ?? '';
      const queue = c.queue ?? 0;
      const a = this.attached.get(consumerId);
      if (a === undefined || a.queue !== queue) continue;
      this.attached.delete(consumerId);
      out.push({ consumerId, queue, reason: c.reason ?? '' });
    }
    if (out.length > 0) this.callDetached(out);
  }

  private callDetached(consumers: { consumerId: string; queue: number; reason: string }[]): void {
    try {
      this.sink.detached(consumers);
    } catch (err) {
      this.logger.error('queue detach sink failed', { store: this.address, err });
    }
  }
}
