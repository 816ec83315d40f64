/**
 * The server end of Store/Consume: one stream is one QueueChannel of the store. Requests are
 * applied in order; what the store's dispatchers send is queued in order (attach results,
 * dispatches, detached consumers) and written in batched events, coalesced per event-loop turn.
 *
 * Back-pressure: when the stream's write buffer is full, events wait here until it drains. The
 * store's dispatchers bound what each consumer holds unacknowledged, so what waits is bounded
 * by the sum of this stream's consumers' maxInflight; QoS 0 deliveries of shared subscriptions
 * and redispatch overlap get `maxBufferedDispatches` on top. A proxy that falls behind beyond
 * that (or beyond `maxBufferedBytes`) loses its stream: the channel closes, its messages go to
 * other consumers, and the proxy reconnects and re-attaches.
 *
 * Losing the stream any other way (the proxy ends it, is cancelled, vanishes: keepalive) closes
 * the channel too: that is how a dead proxy's consumers are detached.
 */
import { Metadata, status, type ServerDuplexStream, type ServiceError } from '@grpc/grpc-js';
import type { ConsumerAttach, Logger, QueueChannel, QueueDispatch, QueueDispatchSink, QueueId, QueueSettle, StorePort } from '@wharf/core';
import { statusOf } from '../errors.ts';
import type { wharf } from '../generated/wharf.js';
import type { RpcMetrics } from '../metrics.ts';
import { attachFromProto, dispatchBytes, dispatchToProto } from '../queue-codec.ts';

export interface ConsumeLimits {
  /** Dispatches waiting for a slow stream beyond its consumers' maxInflight sum before it is cut. */
  maxBufferedDispatches: number;
  /** Payload and topic bytes waiting for a slow stream before it is cut. */
  maxBufferedBytes: number;
  /** Largest event: dispatches per event, and bytes per event (a larger message travels alone). */
  maxEventDispatches: number;
  maxEventBytes: number;
}

type ConsumeCall = ServerDuplexStream<wharf.v1.ConsumeRequest, wharf.v1.ConsumeEvent.$Properties>;
type ProtoDispatch = wharf.v1.Dispatch.$Properties;

/** An event not yet handed to the stream; a dispatch event still takes more dispatches. */
interface Outgoing {
  event: wharf.v1.ConsumeEvent.$Properties;
  dispatches: ProtoDispatch[] | null;
  bytes: number;
}

export interface QueueIdMap {
  /** The store's id → the id proxies see. */
  global(local: number): QueueId;
  /** Throws RangeError for an id of another store. */
  local(id: QueueId): number;
}

export class ConsumeSession implements QueueDispatchSink {
  private readonly channel: QueueChannel;
  private readonly out: Outgoing[] = [];
  private bufferedDispatches = 0;
  private bufferedBytes = 0;
  /** write() returned false: waiting for 'drain'. */
  private blocked = false;
  private flushScheduled = false;
  private done = false;
  /** maxInflight of the consumers attached on this stream, by queue and consumer id. */
  private readonly budgets = new Map<string, number>();
  private budget = 0;

  constructor(
    private readonly call: ConsumeCall,
    store: StorePort,
    private readonly ids: QueueIdMap,
    private readonly limits: ConsumeLimits,
    private readonly metrics: RpcMetrics,
    private readonly logger: Logger,
    private readonly onDone: (s: ConsumeSession) => void,
  ) {
    this.channel = store.openQueueChannel(this);
    // Headers now: the client knows the store answered before any event.
    call.sendMetadata(new Metadata());
    call.on('data', (r: wharf.v1.ConsumeRequest) => this.onRequest(r));
    call.on('end', () => {
      // The proxy closed its channel: nothing more to send it.
      if (this.done) return;
      this.finish();
      call.end();
    });
    call.on('cancelled', () => this.finish());
    call.on('error', () => this.finish());
    call.on('drain', this.onDrain);
  }

  /** Ends the stream with `code` (the server is closing, or the stream broke a limit). */
  fail(code: status, details: string): void {
    if (this.done) return;
    this.finish();
    const err: Partial<ServiceError> = { code, details };
    // grpc-js turns an 'error' on a server stream into its status and ends it.
    this.call.emit('error', err);
  }

  // ------------------------------------------------------------------ QueueDispatchSink

  dispatched(batch: readonly QueueDispatch[]): void {
    if (this.done || batch.length === 0) return;
    const limits = this.limits;
    let tail = this.out.length > 0 ? this.out[this.out.length - 1]! : null;
    for (let i = 0; i < batch.length; i++) {
      const d = batch[i]!;
      const bytes = dispatchBytes(d);
      if (tail === null || tail.dispatches === null || tail.dispatches.length >= limits.maxEventDispatches || (tail.bytes + bytes > limits.maxEventBytes && tail.dispatches.length > 0)) {
        const dispatches: ProtoDispatch[] = [];
        tail = { event: { dispatches: { dispatches } }, dispatches, bytes: 0 };
        this.out.push(tail);
      }
      tail.dispatches!.push(dispatchToProto(d, this.ids.global(d.queue)));
      tail.bytes += bytes;
      this.bufferedBytes += bytes;
    }
    this.bufferedDispatches += batch.length;
    const cap = this.budget + limits.maxBufferedDispatches;
    if (this.bufferedDispatches > cap || (this.bufferedBytes > limits.maxBufferedBytes && this.bufferedDispatches > 1)) {
      const details = `consume stream backed up: ${this.bufferedDispatches} dispatches (${this.bufferedBytes} bytes) waiting for the proxy, limits ${cap} and ${limits.maxBufferedBytes} bytes`;
      this.logger.error('cutting a consume stream that does not keep up', { peer: this.call.getPeer(), buffered: this.bufferedDispatches, bytes: this.bufferedBytes });
      this.metrics.errors.inc({ method: 'Consume', code: 'RESOURCE_EXHAUSTED' });
      this.fail(status.RESOURCE_EXHAUSTED, details);
      return;
    }
    this.schedule();
  }

  detached(consumers: readonly { consumerId: string; queue: number; reason: string }[]): void {
    if (this.done || consumers.length === 0) return;
    const list = new Array<wharf.v1.DetachedConsumer.$Properties>(consumers.length);
    for (let i = 0; i < consumers.length; i++) {
      const c = consumers[i]!;
      this.unbudget(c.consumerId, c.queue);
      list[i] = { consumerId: c.consumerId, queue: this.ids.global(c.queue), reason: c.reason };
    }
    this.enqueue({ detached: { consumers: list } });
  }

  // ------------------------------------------------------------------ requests

  private onRequest(r: wharf.v1.ConsumeRequest): void {
    if (this.done) return;
    switch (r.kind) {
      case 'attach':
        this.onAttach(r.attach!);
        return;
      case 'detach': {
        const d = r.detach!;
        let local: number;
        try {
          local = this.ids.local(d.queue ?? 0);
        } catch (err) {
          this.logger.warn('detach for a queue of another store ignored', { consumerId: d.consumerId, queue: d.queue, err });
          return;
        }
        this.unbudget(d.consumerId ?? '', local);
        try {
          this.channel.detach(d.consumerId ?? '', local);
        } catch (err) {
          this.logger.error('queue detach failed', { consumerId: d.consumerId, queue: local, err });
        }
        return;
      }
      case 'settles':
        this.onSettles(r.settles!);
        return;
      default:
        this.fail(status.INVALID_ARGUMENT, 'consume request without attach, detach or settles');
    }
  }

  private onAttach(p: wharf.v1.AttachRequest.$Properties): void {
    const requestId = p.requestId ?? 0;
    let request: ConsumerAttach;
    let attaching: Promise<{ queue: number; filter: string; created: boolean }>;
    try {
      request = attachFromProto(p as wharf.v1.AttachRequest);
      attaching = this.channel.attach(request);
    } catch (err) {
      attaching = Promise.reject(err);
    }
    attaching.then(
      (res) => {
        if (this.done) return;
        this.budgetFor(request.consumerId, res.queue, request.maxInflight);
        this.enqueue({ attached: { requestId, queue: this.ids.global(res.queue), filter: res.filter, created: res.created } });
      },
      (err: unknown) => {
        if (this.done) return;
        const e = statusOf(err);
        if (e.code === status.INTERNAL) this.logger.error('queue attach failed', { consumerId: p.consumerId, err });
        this.enqueue({ attached: { requestId, error: e } });
      },
    );
  }

  private onSettles(b: wharf.v1.SettleBatch.$Properties): void {
    const ids = b.consumerIds ?? [];
    const queues = b.queues ?? [];
    const offsets = b.offsets ?? [];
    const ok = b.ok ?? [];
    const n = ids.length;
    if (queues.length !== n || offsets.length !== n || ok.length !== n) {
      this.fail(status.INVALID_ARGUMENT, `settle batch arrays differ in length: ${n} consumers, ${queues.length} queues, ${offsets.length} offsets, ${ok.length} flags`);
      return;
    }
    const settles = new Array<QueueSettle>(n);
    let kept = 0;
    for (let i = 0; i < n; i++) {
      let queue: number;
      try {
        queue = this.ids.local(queues[i]!);
      } catch {
        continue; // another store's queue: nothing of ours to settle
      }
      settles[kept++] = { consumerId: ids[i]!, queue, offset: offsets[i]!, ok: ok[i]! };
    }
    settles.length = kept;
    this.metrics.queueSettles.inc({ side: 'server' }, n);
    this.metrics.queueSettleBatches.inc({ side: 'server' });
    if (kept === 0) return;
    try {
      this.channel.settle(settles);
    } catch (err) {
      // Unsettled messages come back at their ack timeout; the stream carries on.
      this.logger.error('queue settle failed', { settles: kept, err });
    }
  }

  // ------------------------------------------------------------------ outgoing events

  private enqueue(event: wharf.v1.ConsumeEvent.$Properties): void {
    this.out.push({ event, dispatches: null, bytes: 0 });
    this.schedule();
  }

  private schedule(): void {
    if (this.flushScheduled || this.blocked) return;
    this.flushScheduled = true;
    // setImmediate: the dispatches of this turn leave together.
    setImmediate(this.flush);
  }

  private readonly flush = (): void => {
    this.flushScheduled = false;
    const out = this.out;
    while (!this.done && !this.blocked && out.length > 0) {
      const o = out.shift()!;
      if (o.dispatches === null) {
        if (!this.call.write(o.event)) this.blocked = true;
        continue;
      }
      const n = o.dispatches.length;
      const bytes = o.bytes;
      this.metrics.queueDispatches.inc({ side: 'server' }, n);
      // Counted as waiting until the HTTP/2 stream took it: the stream's own write buffer is
      // part of what a slow proxy costs.
      const written = this.call.write(o.event, () => {
        if (this.done) return;
        this.bufferedDispatches -= n;
        this.bufferedBytes -= bytes;
      });
      if (!written) this.blocked = true;
    }
  };

  private readonly onDrain = (): void => {
    this.blocked = false;
    this.flush();
  };

  // ------------------------------------------------------------------ budget

  private budgetFor(consumerId: string, queue: number, maxInflight: number): void {
    const key = `${queue}\u0000${consumerId}`;
    const inflight = Number.isSafeInteger(maxInflight) && maxInflight > 0 ? maxInflight : 0;
    this.budget += inflight - (this.budgets.get(key) ?? 0);
    this.budgets.set(key, inflight);
  }

  private unbudget(consumerId: string, queue: number): void {
    const key = `${queue}\u0000${consumerId}`;
    const had = this.budgets.get(key);
    if (had === undefined) return;
    this.budgets.delete(key);
    this.budget -= had;
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    this.out.length = 0;
    this.bufferedDispatches = 0;
    this.bufferedBytes = 0;
    this.call.off('drain', this.onDrain);
    this.onDone(this);
    // The store detaches every consumer of the channel and redispatches what they held.
    this.channel.close();
  }
}
