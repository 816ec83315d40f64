/**
 * StoreGrpcServer: serves any StorePort (normally the Store) over gRPC. An append batch becomes
 * one store append; if the store refuses it for a bad message, its calls are retried one by
 * one so only the bad call fails. The ack goes back when the batch has settled. Queue ids leave
 * as global ids (storeIndex * 2^32 + local) and come back local.
 */
import {
  Metadata,
  Server,
  status,
  type sendUnaryData,
  type ServerDuplexStream,
  type ServerUnaryCall,
  type UntypedServiceImplementation,
} from '@grpc/grpc-js';
import { globalQueueId, silentLogger, splitQueueId, type AppendResult, type Logger, type Message, type QueueId, type StorePort } from '@wharf/core';
import type { Registry } from 'prom-client';
import { bindServer, DEFAULT_MAX_MESSAGE_BYTES, serverOptions, shutdownServer } from '../channel.ts';
import { messageFromProto, messageToProto } from '../codec.ts';
import { serviceErrorOf, statusOf } from '../errors.ts';
import type { wharf } from '../generated/wharf.js';
import { rpcMetrics, type RpcMetrics } from '../metrics.ts';
import { configFromProto, configToProto, infoToProto, patchFromProto, specFromProto } from '../queue-codec.ts';
import { serviceDefinition, storeMethods, type Method } from '../services.ts';
import { ConsumeSession, type ConsumeLimits } from './consume-session.ts';

export interface StoreGrpcServerOptions {
  store: StorePort;
  /** This store's index in the cluster (0..N-1): the high part of its global queue ids. Default 0. */
  storeIndex?: number;
  /** Batches of one append stream being written at once; beyond it the stream stops reading. Default 256. */
  maxInflightBatchesPerStream?: number;
  /** close() waits this long for calls to finish before cutting them. Default 5000 ms. */
  closeTimeoutMs?: number;
  /**
   * Consume streams: dispatches that may wait for a slow proxy on top of the maxInflight sum of
   * its consumers (QoS 0 shared deliveries, redispatch overlap) before its stream is cut. Default 65536.
   */
  maxBufferedDispatches?: number;
  /** Consume streams: payload bytes that may wait for a slow proxy before its stream is cut. Default 256 MiB. */
  maxBufferedDispatchBytes?: number;
  maxMessageBytes?: number;
  keepaliveMs?: number;
  logger?: Logger;
  registry?: Registry;
}

type AppendCall = ServerDuplexStream<wharf.v1.AppendBatch, wharf.v1.AppendAck.$Properties>;
type ConsumeCall = ServerDuplexStream<wharf.v1.ConsumeRequest, wharf.v1.ConsumeEvent.$Properties>;

export const CONSUME_DEFAULTS = {
  maxBufferedDispatches: 65_536,
  maxBufferedDispatchBytes: 256 * 1024 * 1024,
  maxEventDispatches: 1024,
  // Small enough that the few events a stream's write buffer holds stay small too.
  maxEventBytes: 1024 * 1024,
} as const;

/** One client's append stream, server side. */
class AppendSession {
  inflight = 0;
  paused = false;
  clientDone = false;
  gone = false;
  ended = false;
  constructor(readonly call: AppendCall) {}
}

type ProtoMessageIn = wharf.v1.Message.$Properties;
type CallError = wharf.v1.CallError.$Properties;

/** One append batch on its way through the store: its calls, their results or errors. */
class BatchWork {
  readonly messages: Message[];
  readonly positions: number[];
  readonly timestamps: number[];
  readonly matched: boolean[];
  /** Reasons of the messages a queue refused, by index in the batch; null while there are none. */
  private refused: (string | undefined)[] | null = null;
  private errors: CallError[] | null = null;
  private failedSet: Set<number> | null = null;

  constructor(
    readonly id: number,
    readonly counts: readonly number[],
    total: number,
  ) {
    this.messages = new Array<Message>(total);
    this.positions = new Array<number>(total);
    this.timestamps = new Array<number>(total);
    this.matched = new Array<boolean>(total);
  }

  failed(call: number): boolean {
    return this.failedSet !== null && this.failedSet.has(call);
  }

  fail(call: number, err: unknown): void {
    if (this.failed(call)) return;
    const st = statusOf(err);
    (this.errors ??= []).push({ call, code: st.code, name: st.name, message: st.message });
    (this.failedSet ??= new Set()).add(call);
  }

  healthyCalls(): number {
    return this.counts.length - (this.failedSet?.size ?? 0);
  }

  /** The messages of the calls not failed yet, in order. */
  healthyMessages(): Message[] {
    if (this.failedSet === null) return this.messages;
    const out: Message[] = [];
    for (let i = 0, at = 0; i < this.counts.length; i++) {
      const n = this.counts[i]!;
      if (!this.failedSet.has(i)) for (let k = 0; k < n; k++) out.push(this.messages[at + k]!);
      at += n;
    }
    return out;
  }

  /** Results of `healthyMessages()`, in its order. */
  fill(results: readonly AppendResult[]): void {
    if (this.failedSet === null) {
      this.fillAt(0, results);
      return;
    }
    let r = 0;
    for (let i = 0, at = 0; i < this.counts.length; i++) {
      const n = this.counts[i]!;
      if (!this.failedSet.has(i)) {
        for (let k = 0; k < n; k++, r++) this.set(at + k, results[r]!);
      }
      at += n;
    }
  }

  fillAt(start: number, results: readonly AppendResult[]): void {
    for (let k = 0; k < results.length; k++) this.set(start + k, results[k]!);
  }

  private set(i: number, r: AppendResult): void {
    if (r.refused !== undefined) {
      (this.refused ??= new Array<string | undefined>(this.messages.length))[i] = r.refused;
      // Not written: -1 locally, 0 on the wire (uint64); the client restores -1 from `refused`.
      this.positions[i] = 0;
    } else this.positions[i] = r.logPosition;
    this.timestamps[i] = r.timestamp;
    this.matched[i] = r.matched;
  }

  /** `refused` of the ack, indexed like its positions (`healthy` lists the messages it carries). */
  private refusedOf(healthy: ((i: number) => boolean) | null): wharf.v1.RefusedMessage.$Properties[] | undefined {
    const refused = this.refused;
    if (refused === null) return undefined;
    const out: wharf.v1.RefusedMessage.$Properties[] = [];
    for (let i = 0, index = 0; i < refused.length; i++) {
      if (healthy !== null && !healthy(i)) continue;
      const reason = refused[i];
      if (reason !== undefined) out.push({ index, reason });
      index++;
    }
    return out;
  }

  failHealthy(err: unknown): void {
    for (let i = 0; i < this.counts.length; i++) this.fail(i, err);
  }

  /** The ack: positions of the calls that succeeded, in order, and the errors of the others. */
  ack(): wharf.v1.AppendAck.$Properties {
    const errors = this.errors;
    if (errors === null) return { id: this.id, logPositions: this.positions, timestamps: this.timestamps, matched: this.matched, refused: this.refusedOf(null) };
    errors.sort((a, b) => a.call! - b.call!);
    const positions: number[] = [];
    const timestamps: number[] = [];
    const matched: boolean[] = [];
    const healthy = new Array<boolean>(this.messages.length);
    for (let i = 0, at = 0; i < this.counts.length; i++) {
      const n = this.counts[i]!;
      const ok = !this.failedSet!.has(i);
      for (let k = 0; k < n; k++) healthy[at + k] = ok;
      if (ok) {
        for (let k = 0; k < n; k++) {
          positions.push(this.positions[at + k]!);
          timestamps.push(this.timestamps[at + k]!);
          matched.push(this.matched[at + k]!);
        }
      }
      at += n;
    }
    return { id: this.id, logPositions: positions, timestamps, matched, errors, refused: this.refusedOf((i) => healthy[i]!) };
  }
}

export class StoreGrpcServer {
  private readonly store: StorePort;
  private readonly storeIndex: number;
  private readonly maxInflight: number;
  private readonly closeTimeoutMs: number;
  private readonly server: Server;
  private readonly logger: Logger;
  private readonly metrics: RpcMetrics;
  private readonly appendSessions = new Set<AppendSession>();
  private readonly consumeSessions = new Set<ConsumeSession>();
  private readonly consumeLimits: ConsumeLimits;
  private closing = false;
  private closed: Promise<void> | null = null;
  private boundPort = -1;

  constructor(options: StoreGrpcServerOptions) {
    this.store = options.store;
    this.storeIndex = options.storeIndex ?? 0;
    globalQueueId(this.storeIndex, 0); // validates the index
    this.maxInflight = options.maxInflightBatchesPerStream ?? 256;
    this.closeTimeoutMs = options.closeTimeoutMs ?? 5000;
    this.logger = (options.logger ?? silentLogger).child({ component: 'store-grpc' });
    this.metrics = rpcMetrics(options.registry);
    this.consumeLimits = {
      maxBufferedDispatches: options.maxBufferedDispatches ?? CONSUME_DEFAULTS.maxBufferedDispatches,
      maxBufferedBytes: options.maxBufferedDispatchBytes ?? CONSUME_DEFAULTS.maxBufferedDispatchBytes,
      maxEventDispatches: CONSUME_DEFAULTS.maxEventDispatches,
      maxEventBytes: Math.min(CONSUME_DEFAULTS.maxEventBytes, Math.floor((options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES) / 2)),
    };
    for (const [k, v] of Object.entries(this.consumeLimits)) {
      if (!Number.isSafeInteger(v) || v < 1) throw new RangeError(`store server option ${k} must be a positive integer, got ${v}`);
    }
    this.server = new Server(serverOptions(options));
    this.server.addService(serviceDefinition(storeMethods), this.handlers());
  }

  /** Binds and starts serving; resolves with the bound port (useful with port 0). */
  async listen(port = 0, host = '0.0.0.0'): Promise<number> {
    this.boundPort = await bindServer(this.server, 'store', host, port);
    return this.boundPort;
  }

  get port(): number {
    return this.boundPort;
  }

  /**
   * Graceful stop: no new calls; append streams finish the batches they hold, ack them and
   * end; consume streams end at once (UNAVAILABLE), closing their channels; after
   * `closeTimeoutMs` whatever is left is cut.
   */
  close(): Promise<void> {
    if (this.closed !== null) return this.closed;
    this.closing = true;
    this.closed = shutdownServer(this.server, this.closeTimeoutMs, () =>
      this.logger.warn('gRPC calls still open at shutdown; cutting them', { appendStreams: this.appendSessions.size, consumeStreams: this.consumeSessions.size }),
    );
    for (const s of this.appendSessions) this.maybeEnd(s);
    // Proxies reconnect (to this store once it is back) and re-attach their consumers.
    for (const s of [...this.consumeSessions]) s.fail(status.UNAVAILABLE, 'store server is shutting down');
    return this.closed;
  }

  // ------------------------------------------------------------------ queue ids

  private local(id: QueueId): number {
    const { storeIndex, local } = splitQueueId(id);
    if (storeIndex !== this.storeIndex) throw new RangeError(`queue ${id} belongs to store ${storeIndex}, this is store ${this.storeIndex}`);
    return local;
  }

  private global(local: number): QueueId {
    return this.storeIndex === 0 ? local : globalQueueId(this.storeIndex, local);
  }

  // ------------------------------------------------------------------ handlers

  private handlers(): UntypedServiceImplementation {
    const store = this.store;
    const m = storeMethods;
    return {
      Append: (call: AppendCall) => this.onAppendStream(call),
      Pull: this.unary(m.Pull, async (r) => {
        const res = await store.pull({ queueId: this.local(r.queueId), fromOffset: r.fromOffset, maxMessages: r.maxMessages, maxBytes: r.maxBytes });
        const messages = new Array<ProtoMessageIn>(res.messages.length);
        for (let i = 0; i < messages.length; i++) messages[i] = messageToProto(res.messages[i]!);
        return { firstOffset: res.firstOffset, messages, endOffset: res.endOffset };
      }),
      EndOffset: this.unary(m.EndOffset, async (r) => ({ offset: await store.endOffset(this.local(r.queueId)) })),
      EndOffsets: this.unary(m.EndOffsets, async (r) => {
        // Ids of another store are answered -1 like unknown ones: the caller asked the wrong store.
        const ours = r.queueIds.map((id) => splitQueueId(id)).map((q) => (q.storeIndex === this.storeIndex ? q.local : -1));
        const offsets = await store.endOffsets(ours);
        return { offsets: offsets.map((o, i) => (ours[i]! < 0 ? -1 : o)) };
      }),
      RegisterFilter: this.unary(m.RegisterFilter, async (r) => {
        const res = await store.registerFilter(r.filter);
        return { queueId: this.global(res.queueId), endOffset: res.endOffset };
      }),
      UnregisterFilter: this.unary(m.UnregisterFilter, async (r) => {
        await store.unregisterFilter(r.filter);
        return {};
      }),
      GetRetained: this.unary(m.GetRetained, async (r) => ({ messages: (await store.getRetained(r.filter)).map(messageToProto) })),
      LoadOffsets: this.unary(m.LoadOffsets, async (r) => ({
        entries: (await store.loadOffsets(r.owner)).map((e) => ({ queueId: this.global(e.queueId), offset: e.offset })),
      })),
      SaveOffsets: this.unary(m.SaveOffsets, async (r) => {
        const batch = r.batch.map((o) => ({
          owner: o.owner ?? '',
          entries: (o.entries ?? []).map((e) => ({ queueId: this.local(e.queueId ?? 0), offset: e.offset ?? 0 })),
        }));
        await store.saveOffsets(batch);
        return {};
      }),
      DeleteOffsets: this.unary(m.DeleteOffsets, async (r) => {
        await store.deleteOffsets(r.owner);
        return {};
      }),
      GetMeta: this.unary(m.GetMeta, async (r) => {
        const value = await store.getMeta(r.key);
        return value === null ? { found: false } : { found: true, value };
      }),
      ListMeta: this.unary(m.ListMeta, async (r) => ({ entries: (await store.listMeta(r.key)).map((e) => ({ key: e.key, value: e.value, present: true })) })),
      PutMeta: this.unary(m.PutMeta, async (r) => {
        const batch = r.batch.map((e) => ({ key: e.key ?? '', value: e.present === true ? ((e.value ?? Buffer.alloc(0)) as Buffer) : null }));
        await store.putMeta(batch);
        return {};
      }),
      CreateQueue: this.unary(m.CreateQueue, async (r) => infoToProto(await store.createQueue(specFromProto(r)))),
      UpdateQueue: this.unary(m.UpdateQueue, async (r) => infoToProto(await store.updateQueue(r.topicFilter, patchFromProto(r.patch)))),
      DeleteQueue: this.unary(m.DeleteQueue, async (r) => {
        await store.deleteQueue(r.filter);
        return {};
      }),
      GetQueue: this.unary(m.GetQueue, async (r) => {
        let ref: { topicFilter: string } | { name: string };
        if (r.ref === 'topicFilter') ref = { topicFilter: r.topicFilter! };
        else if (r.ref === 'name') ref = { name: r.name! };
        else throw new RangeError('GetQueue needs a topic filter or a name');
        const info = await store.getQueue(ref);
        return info === null ? { found: false } : { found: true, queue: infoToProto(info) };
      }),
      ListQueues: this.unary(m.ListQueues, async (r) => ({ queues: (await store.listQueues(r.after, r.limit)).map(infoToProto) })),
      GetQueuesConfig: this.unary(m.GetQueuesConfig, async () => configToProto(await store.getQueuesConfig())),
      PutQueuesConfig: this.unary(m.PutQueuesConfig, async (r) => configToProto(await store.putQueuesConfig(configFromProto(r)))),
      Consume: (call: ConsumeCall) => this.onConsumeStream(call),
    };
  }

  private unary<Req, Res>(method: Method<never, Req, Res, unknown>, fn: (request: Req) => Promise<Res>) {
    const name = method.path.slice(method.path.lastIndexOf('/') + 1);
    return (call: ServerUnaryCall<Req, Res>, callback: sendUnaryData<Res>): void => {
      let p: Promise<Res>;
      try {
        p = fn(call.request);
      } catch (err) {
        p = Promise.reject(err);
      }
      p.then(
        (res) => callback(null, res),
        (err: unknown) => {
          const e = serviceErrorOf(err);
          this.metrics.errors.inc({ method: name, code: status[e.code!] ?? String(e.code) });
          if (e.code === status.INTERNAL) this.logger.error('store call failed', { method: name, err });
          callback(e);
        },
      );
    };
  }

  // ------------------------------------------------------------------ consume stream

  private onConsumeStream(call: ConsumeCall): void {
    if (this.closing) {
      call.emit('error', { code: status.UNAVAILABLE, details: 'store server is shutting down' });
      return;
    }
    let session: ConsumeSession;
    try {
      session = new ConsumeSession(call, this.store, { global: (l) => this.global(l), local: (id) => this.local(id) }, this.consumeLimits, this.metrics, this.logger, (s) => this.consumeSessions.delete(s));
    } catch (err) {
      const e = statusOf(err);
      this.logger.error('cannot open a queue channel', { err });
      call.emit('error', { code: e.code === status.INTERNAL ? status.UNAVAILABLE : e.code, details: `cannot open a queue channel: ${e.message}` });
      return;
    }
    this.consumeSessions.add(session);
  }

  // ------------------------------------------------------------------ append stream

  private onAppendStream(call: AppendCall): void {
    const s = new AppendSession(call);
    this.appendSessions.add(s);
    // Headers now: the client knows the store answered before its first ack.
    call.sendMetadata(new Metadata());
    call.on('data', (batch: wharf.v1.AppendBatch) => this.onBatch(s, batch));
    call.on('end', () => {
      s.clientDone = true;
      this.maybeEnd(s);
    });
    const gone = (): void => {
      s.gone = true;
      this.appendSessions.delete(s);
    };
    call.on('cancelled', gone);
    call.on('error', gone);
    if (this.closing) this.maybeEnd(s);
  }

  private onBatch(s: AppendSession, batch: wharf.v1.AppendBatch): void {
    const protoMessages = batch.messages;
    let counts: readonly number[] = batch.calls;
    if (counts.length === 0 && protoMessages.length > 0) counts = [protoMessages.length];
    let total = 0;
    for (let i = 0; i < counts.length; i++) total += counts[i]!;
    if (total !== protoMessages.length) {
      const why = `batch ${batch.id} has ${protoMessages.length} messages, its calls count ${total}`;
      this.reply(s, { id: batch.id, errors: counts.map((_, call) => ({ call, code: status.INVALID_ARGUMENT, name: 'RangeError', message: why })) });
      return;
    }
    if (this.closing) {
      this.reply(s, { id: batch.id, errors: counts.map((_, call) => ({ call, code: status.UNAVAILABLE, name: 'StoreClosedError', message: 'store server is shutting down' })) });
      return;
    }
    this.metrics.appendBatches.inc({ side: 'server' });
    this.metrics.appendMessages.inc({ side: 'server' }, total);
    s.inflight++;
    if (s.inflight >= this.maxInflight && !s.paused) {
      s.paused = true;
      s.call.pause();
    }
    const work = new BatchWork(batch.id, counts, total);
    for (let i = 0, at = 0; i < counts.length; i++) {
      const n = counts[i]!;
      try {
        for (let k = 0; k < n; k++) work.messages[at + k] = messageFromProto(protoMessages[at + k]!);
      } catch (err) {
        work.fail(i, err);
      }
      at += n;
    }
    const done = (): void => this.finish(s, work);
    const merged = work.healthyMessages();
    if (merged.length === 0) {
      done();
      return;
    }
    // The common case: the whole batch is one store call. The store refuses a call before
    // writing any of it, so when that happens for a bad message (RangeError) the calls are
    // retried one by one and only the guilty one fails.
    this.store.append(merged).then(
      (results) => {
        work.fill(results);
        done();
      },
      (err: unknown) => {
        if (err instanceof RangeError && work.healthyCalls() > 1) this.appendOneByOne(work, done);
        else {
          work.failHealthy(err);
          done();
        }
      },
    );
  }

  private appendOneByOne(work: BatchWork, done: () => void): void {
    let pending = 0;
    for (let i = 0, at = 0; i < work.counts.length; i++) {
      const n = work.counts[i]!;
      const start = at;
      at += n;
      if (work.failed(i)) continue;
      pending++;
      this.store.append(work.messages.slice(start, start + n)).then(
        (results) => {
          work.fillAt(start, results);
          if (--pending === 0) done();
        },
        (err: unknown) => {
          work.fail(i, err);
          if (--pending === 0) done();
        },
      );
    }
    if (pending === 0) done();
  }

  private finish(s: AppendSession, work: BatchWork): void {
    s.inflight--;
    if (s.paused && s.inflight < this.maxInflight / 2) {
      s.paused = false;
      s.call.resume();
    }
    this.reply(s, work.ack());
    this.maybeEnd(s);
  }

  private reply(s: AppendSession, ack: wharf.v1.AppendAck.$Properties): void {
    if (s.gone || s.ended) return;
    s.call.write(ack);
  }

  /** Ends a stream once nothing of it is pending and either side is done with it. */
  private maybeEnd(s: AppendSession): void {
    if (s.gone || s.ended || s.inflight > 0) return;
    if (!this.closing && !s.clientDone) return;
    s.ended = true;
    this.appendSessions.delete(s);
    s.call.end();
  }
}
