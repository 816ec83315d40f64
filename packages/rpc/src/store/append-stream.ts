/**
 * The client end of Store/Append (DESIGN §5: never one call per message). Every append() made
 * in one event-loop turn travels in one AppendBatch on a long-lived bidirectional stream; up to
 * `maxInflightBatches` batches wait for their acks at once, and appends beyond that window
 * queue up (bounded) and form the next, larger batches: the window is the back-pressure.
 *
 * An append is acknowledged only by its ack, which carries the durable log positions. If the
 * stream breaks, every append sent or queued on it rejects with StoreUnavailableError (the
 * store may have written some of them: the publisher retries, at-least-once), then the stream
 * is reopened after an exponential backoff. While waiting to reopen, appends fail at once.
 */
import { Metadata, status, type Client, type ClientDuplexStream, type ServiceError } from '@grpc/grpc-js';
import type { AppendResult, Logger, Message } from '@wharf/core';
import { Reconnect, type Backoff } from '../backoff.ts';
import { messageToProto } from '../codec.ts';
import { errorFromStatus, StoreUnavailableError } from '../errors.ts';
import type { wharf } from '../generated/wharf.js';
import type { RpcMetrics } from '../metrics.ts';
import { storeMethods } from '../services.ts';

export interface AppendStreamOptions {
  /** Batches sent and not yet acknowledged. Default 32. */
  maxInflightBatches?: number;
  /** A batch closes at this many messages (a single larger append() call travels alone). Default 4096. */
  maxBatchMessages?: number;
  /** A batch closes at this many payload and topic bytes (same exception). Default 8 MiB. */
  maxBatchBytes?: number;
  /** Messages waiting for a window slot before append() fails fast. Default 65536. */
  maxQueuedMessages?: number;
  /** An in-flight batch unacknowledged this long breaks the stream. Default 10 s. */
  appendTimeoutMs?: number;
}

export const APPEND_DEFAULTS = {
  maxInflightBatches: 32,
  maxBatchMessages: 4096,
  maxBatchBytes: 8 * 1024 * 1024,
  maxQueuedMessages: 65_536,
  appendTimeoutMs: 10_000,
} as const;

interface PendingCall {
  messages: readonly Message[];
  bytes: number;
  resolve(results: AppendResult[]): void;
  reject(err: Error): void;
}

interface InflightBatch {
  calls: PendingCall[];
  messages: number;
  sentAt: number;
}

type AppendCall = ClientDuplexStream<wharf.v1.AppendBatch.$Properties, wharf.v1.AppendAck>;

type State = 'idle' | 'open' | 'backoff' | 'closed';

export class AppendStream {
  private readonly maxInflight: number;
  private readonly maxBatchMessages: number;
  private readonly maxBatchBytes: number;
  private readonly maxQueued: number;
  private readonly timeoutMs: number;

  private state: State = 'idle';
  private call: AppendCall | null = null;
  /** Server headers arrived on the current stream. */
  private streamUp = false;
  private queue: PendingCall[] = [];
  private queueHead = 0;
  private queuedMessages = 0;
  private readonly inflight = new Map<number, InflightBatch>();
  private nextBatchId = 1;
  private flushScheduled = false;
  private readonly reconnect: Reconnect;
  private ackTimer: NodeJS.Timeout | null = null;
  /** Why the last stream broke; reported by appends refused while reconnecting. */
  private lastFailure = '';
  private everConnected = false;
  private idleWaiters: (() => void)[] = [];

  /** Largest append() call the stream takes: a bigger one would fail the whole stream's send. */
  private readonly maxCallBytes: number;

  constructor(
    private readonly client: Client,
    private readonly address: string,
    /** The channel's message limit. */
    maxMessageBytes: number,
    options: AppendStreamOptions,
    private readonly backoff: Backoff,
    private readonly metrics: RpcMetrics,
    private readonly logger: Logger,
  ) {
    this.reconnect = new Reconnect(backoff);
    this.maxInflight = options.maxInflightBatches ?? APPEND_DEFAULTS.maxInflightBatches;
    this.maxBatchMessages = options.maxBatchMessages ?? APPEND_DEFAULTS.maxBatchMessages;
    // A batch leaves room for the encoding around its payloads.
    this.maxBatchBytes = Math.min(options.maxBatchBytes ?? APPEND_DEFAULTS.maxBatchBytes, Math.floor(maxMessageBytes / 2));
    this.maxCallBytes = Math.floor(maxMessageBytes * 0.9);
    this.maxQueued = options.maxQueuedMessages ?? APPEND_DEFAULTS.maxQueuedMessages;
    this.timeoutMs = options.appendTimeoutMs ?? APPEND_DEFAULTS.appendTimeoutMs;
    for (const [k, v] of Object.entries({ maxInflightBatches: this.maxInflight, maxBatchMessages: this.maxBatchMessages, maxBatchBytes: this.maxBatchBytes, maxQueuedMessages: this.maxQueued, appendTimeoutMs: this.timeoutMs })) {
      if (!Number.isSafeInteger(v) || v < 1) throw new RangeError(`append option ${k} must be a positive integer, got ${v}`);
    }
  }

  /** The stream is open and the store answered it. */
  get connected(): boolean {
    return this.state === 'open' && this.streamUp;
  }

  get inflightBatches(): number {
    return this.inflight.size;
  }

  get queued(): number {
    return this.queuedMessages;
  }

  append(messages: readonly Message[]): Promise<AppendResult[]> {
    if (this.state === 'closed') return Promise.reject(new StoreUnavailableError(this.address, 'client closed'));
    if (this.state === 'backoff') return Promise.reject(new StoreUnavailableError(this.address, `${this.lastFailure}; reconnecting`, status.UNAVAILABLE));
    if (messages.length === 0) return Promise.resolve([]);
    if (this.queuedMessages + messages.length > this.maxQueued && this.queuedMessages > 0) {
      return Promise.reject(new StoreUnavailableError(this.address, `append queue full (${this.queuedMessages} messages waiting for acks)`, status.RESOURCE_EXHAUSTED));
    }
    let bytes = 0;
    for (let i = 0; i < messages.length; i++) {
      const m = messages[i]!;
      bytes += m.payload.length + m.topic.length;
    }
    if (bytes > this.maxCallBytes) {
      return Promise.reject(new RangeError(`append of ${bytes} bytes exceeds the store stream's limit of ${this.maxCallBytes} bytes`));
    }
    return new Promise<AppendResult[]>((resolve, reject) => {
      this.queue.push({ messages, bytes, resolve, reject });
      this.queuedMessages += messages.length;
      if (this.state === 'idle') this.open();
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        // setImmediate, not a microtask: every append of this I/O phase joins the batch.
        setImmediate(this.flush);
      }
    });
  }

  private open(): void {
    const m = storeMethods.Append;
    const call: AppendCall = this.client.makeBidiStreamRequest(m.path, m.requestSerialize, m.responseDeserialize, new Metadata(), {});
    this.call = call;
    this.state = 'open';
    this.streamUp = false;
    call.on('metadata', () => {
      if (this.call !== call) return;
      this.streamUp = true;
      this.backoff.reset();
      if (this.everConnected && this.lastFailure !== '') this.logger.info('append stream reconnected', { store: this.address });
      this.everConnected = true;
    });
    call.on('data', (ack: wharf.v1.AppendAck) => {
      if (this.call === call) this.onAck(ack);
    });
    call.on('error', (err: ServiceError) => this.broken(call, err.code, err.details));
    call.on('end', () => this.broken(call, status.UNAVAILABLE, 'stream ended by the store'));
    this.ackTimer = setInterval(this.checkAcks, Math.max(10, Math.min(1000, this.timeoutMs / 2)));
    this.ackTimer.unref();
  }

  private readonly flush = (): void => {
    this.flushScheduled = false;
    const call = this.call;
    if (call === null) return;
    const queue = this.queue;
    while (this.inflight.size < this.maxInflight && this.queueHead < queue.length) {
      const calls: PendingCall[] = [];
      const counts: number[] = [];
      const messages: wharf.v1.Message.$Properties[] = [];
      let bytes = 0;
      while (this.queueHead < queue.length) {
        const c = queue[this.queueHead]!;
        if (calls.length > 0 && (messages.length + c.messages.length > this.maxBatchMessages || bytes + c.bytes > this.maxBatchBytes)) break;
        queue[this.queueHead++] = undefined as unknown as PendingCall;
        calls.push(c);
        counts.push(c.messages.length);
        bytes += c.bytes;
        for (let i = 0; i < c.messages.length; i++) messages.push(messageToProto(c.messages[i]!));
      }
      const id = this.nextBatchId++;
      this.queuedMessages -= messages.length;
      this.inflight.set(id, { calls, messages: messages.length, sentAt: performance.now() });
      this.metrics.appendBatches.inc({ side: 'client' });
      this.metrics.appendMessages.inc({ side: 'client' }, messages.length);
      this.metrics.appendInflight.inc();
      call.write({ id, messages, calls: counts });
    }
    if (this.queueHead === queue.length) {
      this.queue = [];
      this.queueHead = 0;
    } else if (this.queueHead > 1024 && this.queueHead * 2 > queue.length) {
      this.queue = queue.slice(this.queueHead);
      this.queueHead = 0;
    }
  };

  private onAck(ack: wharf.v1.AppendAck): void {
    const batch = this.inflight.get(ack.id);
    if (batch === undefined) {
      this.logger.warn('append ack for an unknown batch', { store: this.address, id: ack.id });
      return;
    }
    this.inflight.delete(ack.id);
    this.metrics.appendInflight.dec();
    this.metrics.appendAckSeconds.observe((performance.now() - batch.sentAt) / 1000);
    const positions = ack.logPositions;
    const timestamps = ack.timestamps;
    // An ack without `matched` (an older store) claims nothing: every message counts as matched.
    const matched = ack.matched.length === positions.length ? ack.matched : null;
    let failed: Map<number, wharf.v1.CallError.$Properties> | null = null;
    if (ack.errors.length > 0) {
      failed = new Map();
      for (const e of ack.errors) failed.set(e.call ?? 0, e);
    }
    let r = 0;
    const refused = ack.refused;
    let refusedAt = 0;
    const calls = batch.calls;
    for (let i = 0; i < calls.length; i++) {
      const c = calls[i]!;
      const e = failed?.get(i);
      if (e !== undefined) {
        c.reject(errorFromStatus(this.address, 'Append', e.code ?? status.INTERNAL, e.message ?? '', e.name || null));
        continue;
      }
      const n = c.messages.length;
      if (r + n > positions.length || r + n > timestamps.length) {
        c.reject(new StoreUnavailableError(this.address, `append ack ${ack.id} carries ${positions.length} positions, fewer than its messages`, status.INTERNAL));
        continue;
      }
      const results = new Array<AppendResult>(n);
      for (let k = 0; k < n; k++) results[k] = { logPosition: positions[r + k]!, timestamp: timestamps[r + k]!, matched: matched === null || matched[r + k]! };
      // Sparse and in index order (an older store sends none).
      while (refusedAt < refused.length && refused[refusedAt]!.index! < r + n) {
        const x = refused[refusedAt++]!;
        const res = results[x.index! - r];
        if (res === undefined) continue;
        res.logPosition = -1;
        res.matched = false;
        res.refused = x.reason ?? '';
      }
      r += n;
      c.resolve(results);
    }
    if (this.queueHead < this.queue.length) this.flush();
    else if (this.inflight.size === 0) this.notifyIdle();
  }

  /** A batch unacknowledged past the timeout: the store is hung; break the stream. */
  private readonly checkAcks = (): void => {
    const call = this.call;
    if (call === null) return;
    const oldest = this.inflight.values().next();
    if (oldest.done === true) return;
    const waited = performance.now() - oldest.value.sentAt;
    if (waited < this.timeoutMs) return;
    this.broken(call, status.DEADLINE_EXCEEDED, `no append ack within ${this.timeoutMs} ms`);
    call.cancel();
  };

  private broken(call: AppendCall, code: status, details: string): void {
    if (this.call !== call) return;
    this.call = null;
    this.streamUp = false;
    if (this.ackTimer !== null) clearInterval(this.ackTimer);
    this.ackTimer = null;
    this.metrics.errors.inc({ method: 'Append', code: status[code] ?? String(code) });
    this.lastFailure = `append stream: ${details || status[code]}`;
    this.failAll(new StoreUnavailableError(this.address, this.lastFailure, code));
    if (this.state === 'closed') return;
    this.state = 'backoff';
    const delay = this.reconnect.schedule(() => {
      if (this.state !== 'backoff') return;
      this.metrics.reconnects.inc({ stream: 'append' });
      this.open();
    });
    if (this.backoff.attempts === 1) this.logger.warn('append stream broken; reconnecting', { store: this.address, reason: this.lastFailure, delayMs: delay });
  }

  private failAll(err: StoreUnavailableError): void {
    for (const batch of this.inflight.values()) {
      this.metrics.appendInflight.dec();
      for (const c of batch.calls) c.reject(err);
    }
    this.inflight.clear();
    const queue = this.queue;
    for (let i = this.queueHead; i < queue.length; i++) queue[i]!.reject(err);
    this.queue = [];
    this.queueHead = 0;
    this.queuedMessages = 0;
    this.notifyIdle();
  }

  private notifyIdle(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }

  /** Waits (bounded) for every accepted append to be acknowledged, then ends the stream. */
  async close(timeoutMs: number): Promise<void> {
    if (this.state === 'closed') return;
    const wasOpen = this.state === 'open';
    this.state = 'closed';
    this.reconnect.cancel();
    if (wasOpen && (this.inflight.size > 0 || this.queueHead < this.queue.length)) {
      if (this.queueHead < this.queue.length) this.flush();
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        this.idleWaiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    const call = this.call;
    this.call = null;
    if (this.ackTimer !== null) clearInterval(this.ackTimer);
    this.ackTimer = null;
    this.failAll(new StoreUnavailableError(this.address, 'client closed'));
    if (call !== null) {
      call.end();
      call.cancel();
    }
  }
}
