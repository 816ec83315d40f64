/**
 * GrpcNotifyClient: a proxy's NotifyPort on a remote notify service, over one Subscribe stream.
 * The client owns the whole interest set (reference counted per queue) and sends only changes,
 * merged per event-loop turn; a new stream starts with the whole set. Events may be missed
 * while the stream is down, so the listeners of onResync are called:
 *   - when a new stream has applied the whole interest set (after every (re)connect),
 *   - every `pollMs` while no stream is in sync (the fallback poll),
 *   - when the server says a store's feed reconnected or this proxy fell behind.
 */
import { Client, credentials, Metadata, status, type ClientDuplexStream, type ServiceError } from '@grpc/grpc-js';
import { silentLogger, type Logger, type NotifyPort, type QueueAdvanced, type QueueId } from '@wharf/core';
import type { Registry } from 'prom-client';
import { Backoff, Reconnect, type BackoffOptions } from '../backoff.ts';
import { channelOptions } from '../channel.ts';
import type { AdvanceBatch } from '../codec.ts';
import type { wharf } from '../generated/wharf.js';
import { rpcMetrics, type RpcMetrics } from '../metrics.ts';
import { notifyMethods } from '../services.ts';

export interface GrpcNotifyClientOptions {
  /** `host:port` of the notify service. */
  address: string;
  /** Resync period while disconnected. Default 1000 ms. */
  pollMs?: number;
  /** Queue ids per Interest message. Default 16384. */
  maxInterestPerMessage?: number;
  backoff?: BackoffOptions;
  maxMessageBytes?: number;
  keepaliveMs?: number;
  logger?: Logger;
  registry?: Registry;
}

type SubscribeCall = ClientDuplexStream<wharf.v1.Interest.$Properties, AdvanceBatch>;

export class GrpcNotifyClient implements NotifyPort {
  readonly address: string;
  private readonly client: Client;
  private readonly pollMs: number;
  private readonly chunk: number;
  private readonly backoff: Backoff;
  private readonly metrics: RpcMetrics;
  private readonly logger: Logger;

  /** Interest by queue: how many addInterest calls are not yet matched by removeInterest. */
  private readonly interest = new Map<QueueId, number>();
  private pendingAdd = new Set<QueueId>();
  private pendingRemove = new Set<QueueId>();
  private flushScheduled = false;

  private call: SubscribeCall | null = null;
  private state: 'open' | 'backoff' | 'closed' = 'backoff';
  /** The current stream applied the whole interest set (its Interest `syncSeq` was acked). */
  private synced = false;
  private syncSeq = 0;
  private seq = 0;
  private readonly reconnect: Reconnect;
  private pollTimer: NodeJS.Timeout | null = null;
  private lastFailure = '';

  private listener: ((events: readonly QueueAdvanced[]) => void) | null = null;
  private readonly resyncListeners: (() => void)[] = [];

  constructor(options: GrpcNotifyClientOptions) {
    this.address = options.address;
    this.pollMs = options.pollMs ?? 1000;
    this.chunk = options.maxInterestPerMessage ?? 16_384;
    if (!(this.pollMs >= 1)) throw new RangeError(`pollMs must be at least 1, got ${this.pollMs}`);
    if (!Number.isSafeInteger(this.chunk) || this.chunk < 1) throw new RangeError(`maxInterestPerMessage must be a positive integer, got ${this.chunk}`);
    this.backoff = new Backoff(options.backoff);
    this.reconnect = new Reconnect(this.backoff);
    this.metrics = rpcMetrics(options.registry);
    this.logger = (options.logger ?? silentLogger).child({ component: 'notify-client' });
    this.client = new Client(options.address, credentials.createInsecure(), channelOptions(options));
    this.startPolling();
    this.open();
  }

  /** The stream is up and the server holds the whole interest set. */
  get connected(): boolean {
    return this.synced;
  }

  /** Queues with interest (for tests and metrics). */
  get interestCount(): number {
    return this.interest.size;
  }

  addInterest(queueIds: readonly QueueId[]): void {
    for (const id of queueIds) {
      const n = this.interest.get(id) ?? 0;
      this.interest.set(id, n + 1);
      if (n === 0 && !this.pendingRemove.delete(id)) this.pendingAdd.add(id);
    }
    this.scheduleFlush();
  }

  removeInterest(queueIds: readonly QueueId[]): void {
    for (const id of queueIds) {
      const n = this.interest.get(id);
      if (n === undefined) continue;
      if (n > 1) {
        this.interest.set(id, n - 1);
        continue;
      }
      this.interest.delete(id);
      if (!this.pendingAdd.delete(id)) this.pendingRemove.add(id);
    }
    this.scheduleFlush();
  }

  onAdvanced(listener: (events: readonly QueueAdvanced[]) => void): void {
    this.listener = listener;
  }

  onResync(listener: () => void): void {
    this.resyncListeners.push(listener);
  }

  async close(): Promise<void> {
    if (this.state === 'closed') return;
    this.state = 'closed';
    this.synced = false;
    this.reconnect.cancel();
    if (this.pollTimer !== null) clearInterval(this.pollTimer);
    this.pollTimer = null;
    const call = this.call;
    this.call = null;
    if (call !== null) {
      call.end();
      call.cancel();
    }
    this.client.close();
  }

  // ------------------------------------------------------------------ stream

  private open(): void {
    const m = notifyMethods.Subscribe;
    const call: SubscribeCall = this.client.makeBidiStreamRequest(m.path, m.requestSerialize, m.responseDeserialize, new Metadata(), {});
    this.call = call;
    this.state = 'open';
    this.synced = false;
    call.on('data', (batch: AdvanceBatch) => {
      if (this.call === call) this.onBatch(batch);
    });
    call.on('error', (err: ServiceError) => this.broken(call, err.code, err.details));
    call.on('end', () => this.broken(call, status.UNAVAILABLE, 'stream ended by notify'));
    // The whole set replaces whatever changes were waiting: the new stream starts empty.
    this.pendingAdd.clear();
    this.pendingRemove.clear();
    const ids = [...this.interest.keys()];
    let at = 0;
    do {
      const add = ids.slice(at, at + this.chunk);
      at += this.chunk;
      this.syncSeq = ++this.seq;
      call.write({ seq: this.syncSeq, add });
    } while (at < ids.length);
  }

  private onBatch(batch: AdvanceBatch): void {
    const events = batch.events;
    if (events.length > 0) {
      this.metrics.notifyEvents.inc({ stream: 'subscribe', direction: 'in' }, events.length);
      const listener = this.listener;
      if (listener !== null) {
        try {
          listener(events);
        } catch (err) {
          this.logger.error('advance listener failed', { err });
        }
      }
    }
    if (!this.synced && batch.interestApplied >= this.syncSeq && batch.interestApplied !== 0) {
      this.synced = true;
      this.backoff.reset();
      this.stopPolling();
      if (this.lastFailure !== '') this.logger.info('notify stream reconnected', { notify: this.address, queues: this.interest.size });
      this.lastFailure = '';
      this.resync();
    } else if (batch.resync) this.resync();
  }

  private broken(call: SubscribeCall, code: status, details: string): void {
    if (this.call !== call) return;
    this.call = null;
    this.synced = false;
    if (this.state === 'closed') return;
    this.metrics.errors.inc({ method: 'Subscribe', code: status[code] ?? String(code) });
    this.state = 'backoff';
    this.startPolling();
    const delay = this.reconnect.schedule(() => {
      if (this.state !== 'backoff') return;
      this.metrics.reconnects.inc({ stream: 'subscribe' });
      this.open();
    });
    if (this.lastFailure === '') this.logger.warn('notify stream broken; reconnecting', { notify: this.address, reason: details || status[code], delayMs: delay });
    this.lastFailure = details || status[code] || 'unknown';
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(this.flushInterest);
  }

  private readonly flushInterest = (): void => {
    this.flushScheduled = false;
    const call = this.call;
    if (call === null) {
      // Down: the next stream sends the whole set.
      this.pendingAdd.clear();
      this.pendingRemove.clear();
      return;
    }
    if (this.pendingAdd.size === 0 && this.pendingRemove.size === 0) return;
    const add = [...this.pendingAdd];
    const remove = [...this.pendingRemove];
    this.pendingAdd = new Set();
    this.pendingRemove = new Set();
    for (let a = 0, r = 0; a < add.length || r < remove.length; a += this.chunk, r += this.chunk) {
      call.write({ seq: ++this.seq, add: add.slice(a, a + this.chunk), remove: remove.slice(r, r + this.chunk) });
    }
  };

  private startPolling(): void {
    if (this.pollTimer !== null || this.state === 'closed') return;
    this.pollTimer = setInterval(() => this.resync(), this.pollMs);
    this.pollTimer.unref();
  }

  private stopPolling(): void {
    if (this.pollTimer !== null) clearInterval(this.pollTimer);
    this.pollTimer = null;
  }

  private resync(): void {
    for (const l of this.resyncListeners) {
      try {
        l();
      } catch (err) {
        this.logger.error('resync listener failed', { err });
      }
    }
  }
}
