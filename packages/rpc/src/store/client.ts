/**
 * GrpcStoreClient: the StorePort of a remote store. Appends go through the batched append
 * stream; everything else is one unary call with a deadline (a pull is one call per range,
 * never per message). Failures come back as the errors a local Store would throw, and a store
 * that cannot be reached or does not answer in time as StoreUnavailableError.
 */
import { Client, credentials, status, type ServiceError } from '@grpc/grpc-js';
import {
  silentLogger,
  type AppendResult,
  type FilterRegistration,
  type Logger,
  type Message,
  type OffsetEntry,
  type PullRequest,
  type PullResult,
  type QueueChannel,
  type QueueDispatchSink,
  type QueueId,
  type QueueInfo,
  type QueuePatch,
  type QueueSpec,
  type QueuesConfig,
  type StoredMessage,
  type StorePort,
} from '@wharf/core';
import type { Registry } from 'prom-client';
import { Backoff, type BackoffOptions } from '../backoff.ts';
import { channelOptions, DEFAULT_MAX_MESSAGE_BYTES } from '../channel.ts';
import { storedListFromProto } from '../codec.ts';
import { errorFromServiceError, StoreUnavailableError } from '../errors.ts';
import { rpcMetrics, type RpcMetrics } from '../metrics.ts';
import { configFromProto, configToProto, infoFromProto, patchToProto, specToProto } from '../queue-codec.ts';
import { storeMethods, type Method, type StoreMethodName } from '../services.ts';
import { AppendStream, type AppendStreamOptions } from './append-stream.ts';
import { QueueStream, type QueueStreamOptions } from './queue-stream.ts';

export interface GrpcStoreClientOptions extends AppendStreamOptions, QueueStreamOptions {
  /** `host:port` of the store's gRPC server. */
  address: string;
  /** Deadline of every unary call and of a queue consumer's attach. Default 5000 ms. */
  deadlineMs?: number;
  /** Reconnect delays of the append and consume streams (and of the channel). */
  backoff?: BackoffOptions;
  /** Largest gRPC message either way. */
  maxMessageBytes?: number;
  keepaliveMs?: number;
  logger?: Logger;
  registry?: Registry;
}

export const DEFAULT_DEADLINE_MS = 5000;
/** Pull bounds travel as uint32. */
const U32_MAX = 0xffffffff;
const EMPTY = Buffer.alloc(0);

export class GrpcStoreClient implements StorePort {
  readonly address: string;
  private readonly client: Client;
  private readonly deadlineMs: number;
  private readonly appends: AppendStream;
  private readonly metrics: RpcMetrics;
  private readonly logger: Logger;
  private readonly options: GrpcStoreClientOptions;
  private readonly queueStreams = new Set<QueueStream>();
  private closed = false;

  constructor(options: GrpcStoreClientOptions) {
    this.options = options;
    this.address = options.address;
    this.deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
    if (!(this.deadlineMs >= 1)) throw new RangeError(`deadlineMs must be at least 1, got ${this.deadlineMs}`);
    this.metrics = rpcMetrics(options.registry);
    this.client = new Client(options.address, credentials.createInsecure(), channelOptions(options));
    const logger = (options.logger ?? silentLogger).child({ component: 'store-client' });
    this.logger = logger;
    this.appends = new AppendStream(this.client, this.address, options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES, options, new Backoff(options.backoff), this.metrics, logger);
  }

  /** The append stream is open and the store answered it. */
  get connected(): boolean {
    return this.appends.connected;
  }

  /** Resolves once the channel is connected; rejects with StoreUnavailableError after `timeoutMs`. */
  waitForReady(timeoutMs = this.deadlineMs): Promise<void> {
    return new Promise((resolve, reject) => {
      this.client.waitForReady(Date.now() + timeoutMs, (err) => {
        if (err === undefined) resolve();
        else reject(new StoreUnavailableError(this.address, `not ready within ${timeoutMs} ms: ${err.message}`, status.UNAVAILABLE));
      });
    });
  }

  append(messages: readonly Message[]): Promise<AppendResult[]> {
    return this.appends.append(messages);
  }

  async pull(request: PullRequest): Promise<PullResult> {
    const r = await this.unary('Pull', {
      queueId: request.queueId,
      fromOffset: request.fromOffset,
      maxMessages: Math.min(request.maxMessages, U32_MAX),
      maxBytes: Math.min(request.maxBytes, U32_MAX),
    });
    return { firstOffset: r.firstOffset, messages: storedListFromProto(r.messages), endOffset: r.endOffset };
  }

  async endOffset(queueId: QueueId): Promise<number> {
    return (await this.unary('EndOffset', { queueId })).offset;
  }

  async endOffsets(queueIds: readonly QueueId[]): Promise<number[]> {
    if (queueIds.length === 0) return [];
    return (await this.unary('EndOffsets', { queueIds: queueIds as QueueId[] })).offsets;
  }

  async registerFilter(filter: string): Promise<FilterRegistration> {
    const r = await this.unary('RegisterFilter', { filter });
    return { queueId: r.queueId, endOffset: r.endOffset };
  }

  async unregisterFilter(filter: string): Promise<void> {
    await this.unary('UnregisterFilter', { filter });
  }

  async getRetained(filter: string): Promise<StoredMessage[]> {
    return storedListFromProto((await this.unary('GetRetained', { filter })).messages);
  }

  async loadOffsets(owner: string): Promise<OffsetEntry[]> {
    const r = await this.unary('LoadOffsets', { owner });
    return r.entries.map((e) => ({ queueId: e.queueId ?? 0, offset: e.offset ?? 0 }));
  }

  async saveOffsets(batch: readonly { owner: string; entries: readonly OffsetEntry[] }[]): Promise<void> {
    // OffsetEntry has the proto's field names: the entries are encoded as they are.
    await this.unary('SaveOffsets', { batch: batch as { owner: string; entries: OffsetEntry[] }[] });
  }

  async deleteOffsets(owner: string): Promise<void> {
    await this.unary('DeleteOffsets', { owner });
  }

  async getMeta(key: string): Promise<Buffer | null> {
    const r = await this.unary('GetMeta', { key });
    return r.found ? (r.value.length === 0 ? EMPTY : (r.value as Buffer)) : null;
  }

  async listMeta(prefix: string): Promise<{ key: string; value: Buffer }[]> {
    const r = await this.unary('ListMeta', { key: prefix });
    return r.entries.map((e) => ({ key: e.key ?? '', value: e.value == null || e.value.length === 0 ? EMPTY : (e.value as Buffer) }));
  }

  async putMeta(batch: readonly { key: string; value: Buffer | null }[]): Promise<void> {
    await this.unary('PutMeta', { batch: batch.map((e) => ({ key: e.key, value: e.value ?? EMPTY, present: e.value !== null })) });
  }

  // ------------------------------------------------------------------ message queues

  async createQueue(spec: QueueSpec): Promise<QueueInfo> {
    return infoFromProto(await this.unary('CreateQueue', specToProto(spec)));
  }

  async updateQueue(topicFilter: string, patch: QueuePatch): Promise<QueueInfo> {
    return infoFromProto(await this.unary('UpdateQueue', { topicFilter, patch: patchToProto(patch) }));
  }

  async deleteQueue(topicFilter: string): Promise<void> {
    await this.unary('DeleteQueue', { filter: topicFilter });
  }

  async getQueue(ref: { topicFilter: string } | { name: string }): Promise<QueueInfo | null> {
    const r = await this.unary('GetQueue', 'topicFilter' in ref ? { topicFilter: ref.topicFilter } : { name: ref.name });
    return r.found && r.queue != null ? infoFromProto(r.queue) : null;
  }

  async listQueues(after: string, limit: number): Promise<QueueInfo[]> {
    return (await this.unary('ListQueues', { after, limit })).queues.map(infoFromProto);
  }

  async getQueuesConfig(): Promise<QueuesConfig> {
    return configFromProto(await this.unary('GetQueuesConfig', {}));
  }

  async putQueuesConfig(config: QueuesConfig): Promise<QueuesConfig> {
    return configFromProto(await this.unary('PutQueuesConfig', configToProto(config)));
  }

  /**
   * A channel to the store's dispatchers over its own Consume stream (one per call: a proxy
   * calls it once per store). It reconnects and re-attaches its consumers by itself; see
   * queue-stream.ts. After close() the channel refuses attaches.
   */
  openQueueChannel(sink: QueueDispatchSink): QueueChannel {
    const s = new QueueStream(this.client, this.address, sink, this.deadlineMs, this.options, new Backoff(this.options.backoff), this.metrics, this.logger, (x) => this.queueStreams.delete(x));
    if (this.closed) s.close();
    else this.queueStreams.add(s);
    return s;
  }

  /**
   * Acknowledged appends finish (up to the deadline), then the streams and channel close.
   * Queue channels end their streams (the store detaches their consumers). Calls after close
   * fail with StoreUnavailableError.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const s of [...this.queueStreams]) s.close();
    await this.appends.close(this.deadlineMs);
    this.client.close();
  }

  private unary<N extends StoreMethodName>(name: N, request: RequestOf<N>): Promise<ResponseOf<N>> {
    if (this.closed) return Promise.reject(new StoreUnavailableError(this.address, 'client closed'));
    const m = storeMethods[name] as unknown as Method<RequestOf<N>, unknown, unknown, ResponseOf<N>>;
    const started = performance.now();
    return new Promise((resolve, reject) => {
      this.client.makeUnaryRequest(m.path, m.requestSerialize, m.responseDeserialize, request, { deadline: Date.now() + this.deadlineMs }, (err: ServiceError | null, res?: ResponseOf<N>) => {
        this.metrics.callSeconds.observe({ method: name }, (performance.now() - started) / 1000);
        if (err !== null) {
          this.metrics.errors.inc({ method: name, code: status[err.code] ?? String(err.code) });
          reject(errorFromServiceError(this.address, name, err));
        } else resolve(res!);
      });
    });
  }
}

type StoreMethods = typeof storeMethods;
type RequestOf<N extends StoreMethodName> = StoreMethods[N] extends Method<infer I, unknown, unknown, unknown> ? I : never;
type ResponseOf<N extends StoreMethodName> = StoreMethods[N] extends Method<unknown, unknown, unknown, infer O> ? O : never;
