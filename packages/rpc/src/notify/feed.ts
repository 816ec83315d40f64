/**
 * GrpcAdvanceSink: a store's AdvanceSink in distributed mode. Events are coalesced per queue
 * over `coalesceMs` and streamed to EVERY notify replica (DESIGN §4), one Notify/Feed stream
 * each, reconnecting with backoff. Events for a replica that is down, or too slow to take
 * them, are dropped for it: bounded memory, never a growing backlog. The notify server tells
 * its proxies to resync when a feed reconnects, so what was dropped is re-read from the store.
 */
import { Client, credentials, Metadata, status, type ClientWritableStream, type ServiceError } from '@grpc/grpc-js';
import { globalQueueId, silentLogger, type AdvanceSink, type Logger, type QueueAdvanced } from '@wharf/core';
import type { Registry } from 'prom-client';
import { Backoff, Reconnect, type BackoffOptions } from '../backoff.ts';
import { channelOptions } from '../channel.ts';
import type { AdvanceBatch } from '../codec.ts';
import { rpcMetrics, type RpcMetrics } from '../metrics.ts';
import { notifyMethods } from '../services.ts';
import { chunkEvents, EventBuffer } from './event-buffer.ts';

export interface GrpcAdvanceSinkOptions {
  /** `host:port` of every notify replica. */
  targets: readonly string[];
  /** Index of the store emitting the events: local queue ids become global ones. Default 0. */
  storeIndex?: number;
  /** Coalescing window; 0 sends at the end of the current event-loop turn. Default 1 ms. */
  coalesceMs?: number;
  /** Inline payload bytes kept per queue while coalescing. Default 64 KiB. */
  inlineMaxBytes?: number;
  /** Inline payload bytes per stream message; further events go without inline. Default 1 MiB. */
  maxBatchInlineBytes?: number;
  /** Events per stream message. Default 4096. */
  maxBatchEvents?: number;
  /** Queues pending per replica while its stream is backed up; more are dropped. Default 100 000. */
  maxPendingQueues?: number;
  /** Inline payload bytes pending per replica; past it events wait without inline. Default 16 MiB. */
  maxPendingInlineBytes?: number;
  backoff?: BackoffOptions;
  maxMessageBytes?: number;
  keepaliveMs?: number;
  logger?: Logger;
  registry?: Registry;
}

export const FEED_DEFAULTS = {
  coalesceMs: 1,
  inlineMaxBytes: 64 * 1024,
  maxBatchInlineBytes: 1024 * 1024,
  maxBatchEvents: 4096,
  maxPendingQueues: 100_000,
  maxPendingInlineBytes: 16 * 1024 * 1024,
} as const;

type FeedCall = ClientWritableStream<AdvanceBatch>;

interface FeedLimits {
  coalesceMs: number;
  maxBatchInlineBytes: number;
  maxBatchEvents: number;
}

/** One notify replica's feed stream. */
class FeedReplica {
  private readonly client: Client;
  private call: FeedCall | null = null;
  private state: 'open' | 'backoff' | 'closed' = 'backoff';
  private streamUp = false;
  /** write() said the stream's buffer is full; wait for 'drain'. */
  private blocked = false;
  private readonly buffer: EventBuffer;
  private flushTimer: NodeJS.Timeout | null = null;
  private flushImmediate: NodeJS.Immediate | null = null;
  private readonly reconnect: Reconnect;
  private readonly backoff: Backoff;
  private lastFailure = '';

  constructor(
    readonly address: string,
    private readonly limits: FeedLimits,
    buffer: EventBuffer,
    options: GrpcAdvanceSinkOptions,
    private readonly metrics: RpcMetrics,
    private readonly logger: Logger,
  ) {
    this.buffer = buffer;
    this.backoff = new Backoff(options.backoff);
    this.reconnect = new Reconnect(this.backoff);
    this.client = new Client(address, credentials.createInsecure(), channelOptions(options));
    this.open();
  }

  get connected(): boolean {
    return this.state === 'open' && this.streamUp;
  }

  add(events: readonly QueueAdvanced[]): void {
    if (this.state !== 'open') {
      this.metrics.notifyDropped.inc({ stream: 'feed' }, events.length);
      return;
    }
    const refused = this.buffer.add(events);
    if (refused > 0) this.metrics.notifyDropped.inc({ stream: 'feed' }, refused);
    if (this.blocked || this.flushTimer !== null || this.flushImmediate !== null) return;
    if (this.limits.coalesceMs === 0) this.flushImmediate = setImmediate(this.flush);
    else this.flushTimer = setTimeout(this.flush, this.limits.coalesceMs);
  }

  private readonly flush = (): void => {
    this.flushTimer = null;
    this.flushImmediate = null;
    const call = this.call;
    if (call === null || this.blocked) return;
    const events = this.buffer.take();
    if (events.length === 0) return;
    for (const chunk of chunkEvents(events, this.limits.maxBatchEvents, this.limits.maxBatchInlineBytes)) {
      this.metrics.notifyEvents.inc({ stream: 'feed', direction: 'out' }, chunk.length);
      if (!call.write({ events: chunk, interestApplied: 0, resync: false })) this.blocked = true;
    }
  };

  private open(): void {
    const m = notifyMethods.Feed;
    const call: FeedCall = this.client.makeClientStreamRequest(m.path, m.requestSerialize, m.responseDeserialize, new Metadata(), {}, (err: ServiceError | null) => {
      if (err !== null) this.broken(call, err.code, err.details);
      else this.broken(call, status.UNAVAILABLE, 'feed ended by notify');
    });
    this.call = call;
    this.state = 'open';
    this.streamUp = false;
    this.blocked = false;
    call.on('metadata', () => {
      if (this.call !== call) return;
      this.streamUp = true;
      this.backoff.reset();
      if (this.lastFailure !== '') this.logger.info('notify feed reconnected', { notify: this.address });
      this.lastFailure = '';
    });
    call.on('drain', () => {
      if (this.call !== call) return;
      this.blocked = false;
      this.flush();
    });
  }

  private broken(call: FeedCall, code: status, details: string): void {
    if (this.call !== call) return;
    this.call = null;
    this.streamUp = false;
    if (this.state === 'closed') return;
    this.metrics.errors.inc({ method: 'Feed', code: status[code] ?? String(code) });
    const dropped = this.buffer.clear();
    if (dropped > 0) this.metrics.notifyDropped.inc({ stream: 'feed' }, dropped);
    this.state = 'backoff';
    const delay = this.reconnect.schedule(() => {
      if (this.state !== 'backoff') return;
      this.metrics.reconnects.inc({ stream: 'feed' });
      this.open();
    });
    if (this.lastFailure === '') this.logger.warn('notify feed broken; reconnecting', { notify: this.address, reason: details || status[code], delayMs: delay });
    this.lastFailure = details || status[code] || 'unknown';
  }

  /** Sends what is pending (when the stream takes it), then ends the stream. */
  close(): void {
    if (this.state === 'closed') return;
    if (this.flushTimer !== null) clearTimeout(this.flushTimer);
    if (this.flushImmediate !== null) clearImmediate(this.flushImmediate);
    this.reconnect.cancel();
    this.flushTimer = null;
    this.flushImmediate = null;
    this.flush();
    this.state = 'closed';
    const call = this.call;
    this.call = null;
    if (call !== null) call.end();
    this.client.close();
  }
}

export class GrpcAdvanceSink implements AdvanceSink {
  private readonly replicas: FeedReplica[];
  private readonly storeIndex: number;
  private readonly metrics: RpcMetrics;

  constructor(options: GrpcAdvanceSinkOptions) {
    if (options.targets.length === 0) throw new RangeError('GrpcAdvanceSink needs at least one notify address');
    this.storeIndex = options.storeIndex ?? 0;
    globalQueueId(this.storeIndex, 0); // validates the index
    this.metrics = rpcMetrics(options.registry);
    const limits: FeedLimits = {
      coalesceMs: options.coalesceMs ?? FEED_DEFAULTS.coalesceMs,
      maxBatchInlineBytes: options.maxBatchInlineBytes ?? FEED_DEFAULTS.maxBatchInlineBytes,
      maxBatchEvents: options.maxBatchEvents ?? FEED_DEFAULTS.maxBatchEvents,
    };
    if (!(limits.coalesceMs >= 0)) throw new RangeError(`coalesceMs must be >= 0, got ${limits.coalesceMs}`);
    if (!(limits.maxBatchEvents >= 1)) throw new RangeError(`maxBatchEvents must be >= 1, got ${limits.maxBatchEvents}`);
    const logger = (options.logger ?? silentLogger).child({ component: 'notify-feed' });
    this.replicas = options.targets.map(
      (address) =>
        new FeedReplica(
          address,
          limits,
          new EventBuffer(
            options.inlineMaxBytes ?? FEED_DEFAULTS.inlineMaxBytes,
            options.maxPendingQueues ?? FEED_DEFAULTS.maxPendingQueues,
            options.maxPendingInlineBytes ?? FEED_DEFAULTS.maxPendingInlineBytes,
          ),
          options,
          this.metrics,
          logger,
        ),
    );
  }

  advanced(events: readonly QueueAdvanced[]): void {
    if (events.length === 0) return;
    let out = events;
    if (this.storeIndex !== 0) {
      const global = new Array<QueueAdvanced>(events.length);
      for (let i = 0; i < events.length; i++) {
        const e = events[i]!;
        const queueId = globalQueueId(this.storeIndex, e.queueId);
        global[i] = e.inline === undefined ? { queueId, endOffset: e.endOffset } : { queueId, endOffset: e.endOffset, inline: e.inline };
      }
      out = global;
    }
    for (const r of this.replicas) r.add(out);
  }

  /** Replicas whose feed stream is open and answered. */
  get connectedCount(): number {
    let n = 0;
    for (const r of this.replicas) if (r.connected) n++;
    return n;
  }

  async close(): Promise<void> {
    for (const r of this.replicas) r.close();
  }
}
