/**
 * NotifyGrpcServer: serves a notify service over gRPC. Stores feed events in (Feed); each proxy
 * holds one Subscribe stream: its interest comes up and is applied to its own NotifyPort of
 * the service, the events of its queues go down. A proxy too slow to read gets its events
 * folded per queue (bounded) until its stream drains.
 */
import {
  Metadata,
  Server,
  type sendUnaryData,
  type ServerDuplexStream,
  type ServerReadableStream,
  type UntypedServiceImplementation,
} from '@grpc/grpc-js';
import { silentLogger, type AdvanceSink, type Logger, type NotifyPort, type QueueAdvanced } from '@wharf/core';
import type { Registry } from 'prom-client';
import { bindServer, serverOptions, shutdownServer } from '../channel.ts';
import type { AdvanceBatch } from '../codec.ts';
import type { wharf } from '../generated/wharf.js';
import { rpcMetrics, type RpcMetrics } from '../metrics.ts';
import { notifyMethods, serviceDefinition } from '../services.ts';
import { chunkEvents, EventBuffer } from './event-buffer.ts';

/** What the server needs of the notify service (NotifyService has this shape). */
export interface NotifyHub extends AdvanceSink {
  /** A NotifyPort for one more subscriber; closing it forgets its interest. */
  connect(): NotifyPort;
}

export interface NotifyGrpcServerOptions {
  notify: NotifyHub;
  /** Inline payload bytes kept per queue for a backed-up proxy. Default 64 KiB. */
  inlineMaxBytes?: number;
  /** Queues pending per backed-up proxy; beyond it events are dropped and the proxy told to resync. Default 100 000. */
  maxPendingQueues?: number;
  /** Inline payload bytes pending per backed-up proxy; past it events wait without inline. Default 16 MiB. */
  maxPendingInlineBytes?: number;
  /** Events per stream message when a backed-up proxy drains. Default 4096. */
  maxBatchEvents?: number;
  /** close() waits this long for streams to end before cutting them. Default 5000 ms. */
  closeTimeoutMs?: number;
  maxMessageBytes?: number;
  keepaliveMs?: number;
  logger?: Logger;
  registry?: Registry;
}

type SubscribeCall = ServerDuplexStream<wharf.v1.Interest, AdvanceBatch>;
type FeedCall = ServerReadableStream<AdvanceBatch, wharf.v1.Empty.$Properties>;

/** One proxy's Subscribe stream. */
class Subscription {
  blocked = false;
  /** Events were dropped while backed up: the proxy must resync once it drains. */
  lost = false;
  gone = false;
  constructor(
    readonly call: SubscribeCall,
    readonly port: NotifyPort,
    readonly buffer: EventBuffer,
  ) {}
}

class Feed {
  done = false;
  constructor(
    readonly call: FeedCall,
    readonly callback: sendUnaryData<wharf.v1.Empty.$Properties>,
  ) {}
}

const NO_EVENTS: QueueAdvanced[] = [];

export class NotifyGrpcServer {
  private readonly notify: NotifyHub;
  private readonly server: Server;
  private readonly logger: Logger;
  private readonly metrics: RpcMetrics;
  private readonly inlineMaxBytes: number;
  private readonly maxPendingQueues: number;
  private readonly maxPendingInlineBytes: number;
  private readonly maxBatchEvents: number;
  private readonly closeTimeoutMs: number;
  private readonly subscriptions = new Set<Subscription>();
  private readonly feeds = new Set<Feed>();
  private closed: Promise<void> | null = null;
  private boundPort = -1;

  constructor(options: NotifyGrpcServerOptions) {
    this.notify = options.notify;
    this.inlineMaxBytes = options.inlineMaxBytes ?? 64 * 1024;
    this.maxPendingQueues = options.maxPendingQueues ?? 100_000;
    this.maxPendingInlineBytes = options.maxPendingInlineBytes ?? 16 * 1024 * 1024;
    this.maxBatchEvents = options.maxBatchEvents ?? 4096;
    this.closeTimeoutMs = options.closeTimeoutMs ?? 5000;
    this.logger = (options.logger ?? silentLogger).child({ component: 'notify-grpc' });
    this.metrics = rpcMetrics(options.registry);
    this.server = new Server(serverOptions(options));
    this.server.addService(serviceDefinition(notifyMethods), this.handlers());
  }

  async listen(port = 0, host = '0.0.0.0'): Promise<number> {
    this.boundPort = await bindServer(this.server, 'notify', host, port);
    return this.boundPort;
  }

  get port(): number {
    return this.boundPort;
  }

  /** Connected proxies. */
  get subscriberCount(): number {
    return this.subscriptions.size;
  }

  /** Connected store feeds. */
  get feedCount(): number {
    return this.feeds.size;
  }

  /** Ends every stream (proxies and stores reconnect elsewhere or later), then stops. */
  close(): Promise<void> {
    if (this.closed !== null) return this.closed;
    this.closed = shutdownServer(this.server, this.closeTimeoutMs);
    for (const s of [...this.subscriptions]) {
      this.drop(s);
      s.call.end();
    }
    for (const f of [...this.feeds]) this.endFeed(f);
    return this.closed;
  }

  private handlers(): UntypedServiceImplementation {
    return {
      Feed: (call: FeedCall, callback: sendUnaryData<wharf.v1.Empty.$Properties>) => this.onFeed(call, callback),
      Subscribe: (call: SubscribeCall) => this.onSubscribe(call),
    };
  }

  // ------------------------------------------------------------------ stores

  private onFeed(call: FeedCall, callback: sendUnaryData<wharf.v1.Empty.$Properties>): void {
    const feed = new Feed(call, callback);
    if (this.closed !== null) {
      this.endFeed(feed);
      return;
    }
    this.feeds.add(feed);
    call.sendMetadata(new Metadata());
    // The store's events from before this stream may not have reached us: proxies re-read.
    this.broadcastResync();
    call.on('data', (batch: AdvanceBatch) => {
      if (feed.done || batch.events.length === 0) return;
      this.metrics.notifyEvents.inc({ stream: 'feed', direction: 'in' }, batch.events.length);
      this.notify.advanced(batch.events);
    });
    call.on('end', () => this.endFeed(feed));
    const gone = (): void => {
      feed.done = true;
      this.feeds.delete(feed);
    };
    call.on('cancelled', gone);
    call.on('error', gone);
  }

  private endFeed(feed: Feed): void {
    if (feed.done) return;
    feed.done = true;
    this.feeds.delete(feed);
    feed.callback(null, {});
  }

  private broadcastResync(): void {
    for (const s of this.subscriptions) this.write(s, { events: NO_EVENTS, interestApplied: 0, resync: true });
  }

  // ------------------------------------------------------------------ proxies

  private onSubscribe(call: SubscribeCall): void {
    if (this.closed !== null) {
      call.end();
      return;
    }
    const port = this.notify.connect();
    const s = new Subscription(call, port, new EventBuffer(this.inlineMaxBytes, this.maxPendingQueues, this.maxPendingInlineBytes));
    this.subscriptions.add(s);
    call.sendMetadata(new Metadata());
    port.onAdvanced((events) => this.send(s, events));
    call.on('data', (interest: wharf.v1.Interest) => {
      if (s.gone) return;
      if (interest.remove.length > 0) port.removeInterest(interest.remove);
      if (interest.add.length > 0) port.addInterest(interest.add);
      this.write(s, { events: NO_EVENTS, interestApplied: interest.seq, resync: false });
    });
    call.on('drain', () => {
      if (s.gone) return;
      s.blocked = false;
      const events = s.buffer.take();
      for (const chunk of chunkEvents(events, this.maxBatchEvents, Number.POSITIVE_INFINITY)) {
        this.metrics.notifyEvents.inc({ stream: 'subscribe', direction: 'out' }, chunk.length);
        this.write(s, { events: chunk, interestApplied: 0, resync: false });
      }
      if (s.lost && !s.blocked) {
        s.lost = false;
        this.write(s, { events: NO_EVENTS, interestApplied: 0, resync: true });
      }
    });
    call.on('end', () => {
      this.drop(s);
      call.end();
    });
    call.on('cancelled', () => this.drop(s));
    call.on('error', () => this.drop(s));
  }

  private send(s: Subscription, events: readonly QueueAdvanced[]): void {
    if (s.gone) return;
    if (s.blocked) {
      const refused = s.buffer.add(events);
      if (refused > 0) {
        s.lost = true;
        this.metrics.notifyDropped.inc({ stream: 'subscribe' }, refused);
      }
      return;
    }
    this.metrics.notifyEvents.inc({ stream: 'subscribe', direction: 'out' }, events.length);
    this.write(s, { events: events as QueueAdvanced[], interestApplied: 0, resync: false });
  }

  private write(s: Subscription, batch: AdvanceBatch): void {
    if (s.gone) return;
    try {
      if (!s.call.write(batch)) s.blocked = true;
    } catch (err) {
      this.logger.warn('subscribe stream write failed', { err });
      this.drop(s);
    }
  }

  private drop(s: Subscription): void {
    if (s.gone) return;
    s.gone = true;
    this.subscriptions.delete(s);
    s.buffer.clear();
    s.port.close().catch((err: unknown) => this.logger.error('notify port close failed', { err }));
  }
}
