/**
 * A store's message queues (DESIGN §2 "Message queues", issue 5): definitions, dispatchers,
 * the proxies' channels, and everything that touches RocksDB for them.
 *
 * Entries. A queue holds a permanent reference on its filter's consume queue, so matching
 * messages are indexed once and shared with plain subscribers. When the store publishes a
 * batch, the dispatchers reading each touched consume queue get its messages inline; what
 * they cannot take now (no consumer, window or memory bound) they load later in pages.
 *
 * Persistence. Each queue's acknowledged state (queue-state.ts) is written when dirty, at most
 * every `flushMs`, in one WriteBatch for every queue — never per acknowledgement. Dead letters
 * go into the same batch as the state that marks them done in their source queue. After a
 * restart, whatever was not recorded done is waiting again: at least once.
 *
 * Timers. One interval per store: ack timeouts every `tickMs` (each queue's in-flight map is in
 * dispatch order, so a tick looks only at expired entries), retention by age and last-value
 * pruning every `sweepMs`.
 */
import {
  checkTopicFilter,
  deadLetterFilter,
  DEFAULT_QUEUES_CONFIG,
  QueueError,
  type ConsumerAttach,
  type ConsumerAttached,
  type FilterRegistration,
  type Logger,
  type Message,
  type QoS,
  type QueueDispatchSink,
  type QueueInfo,
  type QueuePatch,
  type QueueSettle,
  type QueueSpec,
  type QueuesConfig,
} from '@wharf/core';
import type { Registry } from 'prom-client';
import type RocksDB from 'rocksdb-native';
import type { LastValueHook, TouchedQueue } from '../index/batch-indexer.ts';
import {
  ENTRY_VALUE_BYTES,
  entryKey,
  entryRange,
  LASTVALUE,
  lastValueKey,
  MQ_QUEUE,
  MQ_STATE,
  mqKey,
  prefixEnd,
  readU64,
  SYS_NEXT_MQ,
  SYS_QUEUES_CONFIG,
  systemKey,
  u32Value,
  writeEntryValue,
} from '../index/keys.ts';
import { ChannelClosedError, consumerKey, LocalQueueChannel, type ChannelOwner } from './consumer-channel.ts';
import { readEntries, type EntrySource } from './entry-reader.ts';
import { LastValueIndex } from './last-value.ts';
import { QueueMetrics, type QueueFigures } from './metrics.ts';
import { OffsetSet } from './offset-set.ts';
import { QueueConsumer, QueueDispatcher, type DispatcherEvents, type QueueEntry } from './queue-dispatcher.ts';
import { decodeDefinition, encodeDefinition, MessageQueueRegistry, shareKey, shareLabel, type QueueDefinition } from './queue-registry.ts';
import { decodeQueueState, encodeQueueState, type DecodedQueueState } from './queue-state.ts';
import { applyPatch, checkQueuesConfig, checkSpec } from './spec-check.ts';

type WriteBatch = RocksDB.WriteBatch;

/** What the store provides its queues. */
export interface QueueHost extends EntrySource {
  /** Takes one reference on the filter's consume queue (creating it) in `wb`. */
  retainFilter(filter: string, wb: WriteBatch): FilterRegistration;
  /** Drops one reference on the filter's consume queue in `wb`. */
  releaseFilter(filter: string, wb: WriteBatch): void;
  /** The consume queue of `filter`, or -1. */
  consumeQueueOf(filter: string): number;
  /** The consume queue's readable end. */
  visibleEnd(queueId: number): number;
  /** A new entry-stream id from the consume-queue id space (never in the filter registry); its allocation goes into `wb`. */
  allocateStream(wb: WriteBatch): number;
  /** Write batches built and not yet published: their last-value rows are still in flight. */
  appendsInFlight(): boolean;
  /** An index write failed: the store stops. */
  fail(err: Error): void;
}

export interface MessageQueuesOptions {
  /** WharfConfig.queueWindow. */
  window: number;
  logger: Logger;
  registry: Registry;
  /** Persisted state is written at most this often (ms). */
  flushMs?: number;
  /** Ack timeouts are checked this often (ms). */
  tickMs?: number;
  /** Retention by age and last-value pruning run this often (ms). */
  sweepMs?: number;
}

const DEFAULT_FLUSH_MS = 50;
const DEFAULT_TICK_MS = 100;
const DEFAULT_SWEEP_MS = 1000;
const MAX_MQ_ID = 0xffff_fffe;
/** Consumers one queue may have on one store. */
export const MAX_CONSUMERS_PER_QUEUE = 100_000;
/** Largest per-consumer in-flight limit (MQTT's Receive Maximum). */
export const MAX_CONSUMER_INFLIGHT = 65_535;
/** Last-value keys forgotten per queue per sweep. */
const PRUNE_LIMIT = 10_000;

interface DeadLetter {
  dlq: QueueDispatcher;
  offset: number;
  entry: QueueEntry;
}

function cloneConfig(c: QueuesConfig): QueuesConfig {
  return { autoCreate: c.autoCreate, shareDispatchStrategy: c.shareDispatchStrategy, defaults: { ...c.defaults } };
}

function shareSpec(config: QueuesConfig, filter: string): QueueSpec {
  const d = config.defaults;
  return {
    topicFilter: filter,
    isLastValue: false,
    missingKey: 'reject',
    fallbackKey: '',
    dispatchStrategy: config.shareDispatchStrategy,
    dataRetentionPeriodMs: d.dataRetentionPeriodMs,
    ackTimeoutMs: d.ackTimeoutMs,
    // MQTT shared subscriptions have no dead-letter queue: a message is offered until acknowledged.
    maxDeliveries: 0,
    maxMessages: d.maxMessages,
    maxBytes: d.maxBytes,
  };
}

export class MessageQueues implements ChannelOwner {
  private readonly queues = new MessageQueueRegistry();
  private config: QueuesConfig = cloneConfig(DEFAULT_QUEUES_CONFIG);
  private nextId = 0;
  /** By consume-queue id: the last-value queue reading it (BatchIndexer writes its key rows). */
  readonly lastValueHooks: (LastValueHook | undefined)[] = [];
  /** Last-value queues that refuse keyless messages: append checks messages only while > 0. */
  rejecting = 0;
  private readonly channels = new Set<LocalQueueChannel>();
  private readonly dirty = new Set<QueueDispatcher>();
  private deadLetters: DeadLetter[] = [];
  /** Dead-letter streams: the next offset to hand out. */
  private readonly streamNext = new Map<number, number>();
  /** Dead-letter streams: entries below this are deleted. */
  private readonly streamPruned = new Map<number, number>();
  private readonly repump = new Set<QueueDispatcher>();
  private repumpScheduled = false;
  private flushTimer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();
  private tickTimer: NodeJS.Timeout | null = null;
  private lastSweep = 0;
  private closing = false;
  /** Reads in flight: close waits for them before the index closes. */
  private readonly reads = new Set<Promise<void>>();
  /** Definitions read at load, turned into dispatchers by recover(). */
  private definitions: QueueDefinition[] = [];
  private readonly events: DispatcherEvents;
  private readonly flushMs: number;
  private readonly tickMs: number;
  private readonly sweepMs: number;
  /** Settles that matched nothing in flight (stale or duplicate): for operators and tests. */
  ignoredSettles = 0;

  private constructor(
    private readonly host: QueueHost,
    private readonly opts: MessageQueuesOptions,
  ) {
    this.flushMs = opts.flushMs ?? DEFAULT_FLUSH_MS;
    this.tickMs = opts.tickMs ?? DEFAULT_TICK_MS;
    this.sweepMs = opts.sweepMs ?? DEFAULT_SWEEP_MS;
    this.events = {
      deadLetter: (queue, entry) => this.deadLetter(queue, entry),
      dirty: (queue) => {
        this.dirty.add(queue);
        this.scheduleFlush();
      },
    };
    new QueueMetrics(opts.registry, () => this.figures());
  }

  /**
   * Reads the config and the definitions, and sets up last-value hooks: before the store
   * re-indexes its log tail, which writes last-value rows too.
   */
  static async load(host: QueueHost, opts: MessageQueuesOptions): Promise<MessageQueues> {
    const mq = new MessageQueues(host, opts);
    const cfg = await host.index.get(systemKey(SYS_QUEUES_CONFIG));
    if (cfg !== null) mq.config = checkQueuesConfig(JSON.parse(cfg.toString('utf8')));
    const next = await host.index.get(systemKey(SYS_NEXT_MQ));
    let maxId = -1;
    for await (const { key, value } of host.index.scanPrefix(Buffer.from([MQ_QUEUE]))) {
      const id = key.readUInt32BE(1);
      try {
        const def = decodeDefinition(value);
        if (def.id !== id) throw new Error(`row ${id} holds definition ${def.id}`);
        mq.definitions.push(def);
      } catch (err) {
        opts.logger.error('message queue definition unreadable; queue skipped', { id, err });
      }
      if (id > maxId) maxId = id;
    }
    mq.nextId = Math.max(next === null ? 0 : next.readUInt32BE(0), maxId + 1);
    for (const def of mq.definitions) {
      if (def.kind !== 'queue' || !def.spec!.isLastValue) continue;
      const source = host.consumeQueueOf(def.spec!.topicFilter);
      if (source === -1) continue;
      try {
        mq.lastValueHooks[source] = new LastValueIndex(def.id, def.spec!);
      } catch (err) {
        opts.logger.error('last-value queue has a bad key expression', { queue: def.spec!.topicFilter, err });
      }
    }
    return mq;
  }

  /** Builds the dispatchers from the persisted state: after the store's recovery. */
  async recover(): Promise<void> {
    const { index } = this.host;
    const states = new Map<number, DecodedQueueState>();
    const orphans: Buffer[] = [];
    const known = new Set(this.definitions.map((d) => d.id));
    for await (const { key, value } of index.scanPrefix(Buffer.from([MQ_STATE]))) {
      const id = key.readUInt32BE(1);
      if (!known.has(id)) {
        orphans.push(Buffer.from(key));
        continue;
      }
      try {
        states.set(id, decodeQueueState(value));
      } catch (err) {
        this.opts.logger.error('message queue state unreadable; its backlog is redelivered from the start', { id, err });
      }
    }
    const repair = index.batch(8);
    let repaired = orphans.length;
    for (const k of orphans) repair.tryDelete(k);
    const defs = this.definitions;
    this.definitions = [];
    // Dead-letter streams end after their last entry (or at the state's prefix, all of them acknowledged).
    const streamEnds = new Map<number, number>();
    for (const def of defs) {
      if (def.kind !== 'dead-letter') continue;
      const r = entryRange(def.stream!);
      let end = states.get(def.id)?.prefix ?? 0;
      for await (const { key } of index.range(r.gte, r.lt, { reverse: true, limit: 1 })) end = Math.max(end, readU64(key, 5) + 1);
      streamEnds.set(def.stream!, end);
    }
    for (const def of defs) {
      try {
        if (this.restore(def, states.get(def.id), streamEnds.get(def.stream ?? -1) ?? 0, repair)) repaired++;
      } catch (err) {
        this.opts.logger.error('message queue could not be restored', { id: def.id, err });
      }
    }
    // A share group nobody registered lived only while its consumers were attached: they are gone.
    for (const d of [...this.queues.byShare.values()]) {
      if ((this.queues.shareRefs.get(d.id) ?? 0) > 0) continue;
      this.drop(d, repair, 'share group has no subscriptions left');
      repaired++;
    }
    // Last-value mirrors; rows of queues that are gone (written by batches in flight at their deletion) are deleted.
    const stale = new Set<number>();
    for await (const { key, value } of index.scanPrefix(Buffer.from([LASTVALUE]))) {
      const id = key.readUInt32BE(1);
      const d = this.queues.byId.get(id);
      if (d?.lastValue != null) d.lastValue.note(key.toString('utf8', 5), readU64(value, 0));
      else stale.add(id);
    }
    for (const id of stale) repair.tryDeleteRange(mqKey(LASTVALUE, id), prefixEnd(mqKey(LASTVALUE, id)));
    repaired += stale.size;
    if (repaired > 0) await this.commit(repair);
    else index.discard(repair);
    for (const d of this.queues.values()) await this.countWaitingBytes(d);
    this.tickTimer = setInterval(() => this.tick(Date.now()), this.tickMs);
    this.tickTimer.unref();
    this.lastSweep = Date.now();
    if (this.queues.size > 0) this.opts.logger.info('message queues restored', { queues: this.queues.size });
  }

  /** Returns true when it wrote a repair into `wb`. */
  private restore(def: QueueDefinition, state: DecodedQueueState | undefined, streamEnd: number, wb: WriteBatch): boolean {
    let repaired = false;
    let source: number;
    let end: number;
    let spec: QueueSpec;
    if (def.kind === 'dead-letter') {
      spec = def.spec!;
      source = def.stream!;
      end = streamEnd;
      this.streamNext.set(source, end);
      this.streamPruned.set(source, state?.prefix ?? 0);
    } else {
      spec = def.kind === 'share' ? shareSpec(this.config, def.filter!) : def.spec!;
      source = this.host.consumeQueueOf(spec.topicFilter);
      if (source === -1) {
        // The reference went missing: take it again (the queue captures from now on).
        source = this.host.retainFilter(spec.topicFilter, wb).queueId;
        repaired = true;
      }
      end = this.host.visibleEnd(source);
    }
    const prefix = state?.prefix ?? (def.kind === 'dead-letter' ? 0 : end);
    const d = this.makeDispatcher({
      id: def.id,
      kind: def.kind,
      spec,
      source,
      prefix,
      end,
      createdAt: def.createdAt,
      ...(def.group !== undefined ? { group: def.group } : {}),
      ...(state !== undefined ? { done: state.done, deliveries: state.deliveries } : {}),
    });
    if (def.kind === 'share') this.queues.shareRefs.set(d.id, def.refs ?? 0);
    if (state === undefined) {
      wb.tryPut(mqKey(MQ_STATE, d.id), encodeQueueState(d.snapshot()));
      repaired = true;
    }
    return repaired;
  }

  private makeDispatcher(o: {
    id: number;
    kind: QueueDispatcher['kind'];
    spec: QueueSpec;
    source: number;
    prefix: number;
    end: number;
    createdAt: number;
    group?: string;
    done?: OffsetSet;
    deliveries?: Map<number, number>;
  }): QueueDispatcher {
    let lastValue: LastValueIndex | null = null;
    if (o.kind === 'queue' && o.spec.isLastValue) {
      const hook = this.lastValueHooks[o.source];
      lastValue = hook instanceof LastValueIndex && hook.queue === o.id ? hook : new LastValueIndex(o.id, o.spec);
    }
    const d = new QueueDispatcher({
      id: o.id,
      kind: o.kind,
      spec: o.spec,
      label: o.kind === 'share' ? shareLabel(o.group!, o.spec.topicFilter) : o.spec.topicFilter,
      source: o.source,
      prefix: o.prefix,
      end: o.end,
      window: this.opts.window,
      lastValue,
      events: this.events,
      createdAt: o.createdAt,
      ...(o.group !== undefined ? { group: o.group } : {}),
      ...(o.done !== undefined ? { done: o.done } : {}),
      ...(o.deliveries !== undefined ? { deliveries: o.deliveries } : {}),
    });
    this.queues.add(d);
    this.hook(d);
    return d;
  }

  private hook(d: QueueDispatcher): void {
    if (d.lastValue === null) return;
    this.lastValueHooks[d.source] = d.lastValue;
    if (d.lastValue.missingKey === 'reject') this.rejecting++;
  }

  private unhook(d: QueueDispatcher): void {
    if (d.lastValue === null) return;
    if (this.lastValueHooks[d.source] === d.lastValue) this.lastValueHooks[d.source] = undefined;
    if (d.lastValue.missingKey === 'reject') this.rejecting--;
  }

  /** Record bytes of the waiting entries of a restored queue: one index scan of its backlog. */
  private async countWaitingBytes(d: QueueDispatcher): Promise<void> {
    if (d.end <= d.prefix) return;
    let bytes = 0;
    let from = d.prefix;
    while (from < d.end) {
      const r = await readEntries(this.host, d.source, { from, to: d.end, maxMessages: 65_536, maxBytes: Infinity, messages: false });
      for (const item of r.items) if (!d.done.has(item.offset)) bytes += item.size;
      if (r.upTo <= from) break;
      from = r.upTo;
    }
    d.waitingBytes = bytes;
  }

  // ------------------------------------------------------------------ append path

  /** Why a message must not be written (a last-value queue refuses it), given the consume queues its topic matched. */
  refusal(message: Message, matched: readonly number[]): string | undefined {
    for (const q of matched) {
      const hook = this.lastValueHooks[q];
      if (!(hook instanceof LastValueIndex) || hook.missingKey !== 'reject') continue;
      if (hook.refuses(message)) {
        const d = this.queues.byId.get(hook.queue);
        return hook.refusal(d?.spec.topicFilter ?? `#${hook.queue}`);
      }
    }
    return undefined;
  }

  /** A write batch became readable: hand its entries to the dispatchers reading those queues. */
  published(touched: readonly TouchedQueue[]): void {
    if (this.queues.size === 0 || this.closing) return;
    for (const t of touched) {
      const readers = this.queues.readers(t.queueId);
      if (readers === undefined) continue;
      for (const d of readers) {
        if (t.lastValues !== undefined && d.lastValue !== null && t.lastValueQueue === d.id) {
          for (const [key, offset] of t.lastValues) d.lastValue.note(key, offset);
        }
        // A dispatcher's fault must not stop the store's publish pipeline.
        try {
          d.appended(t.first, t.end, t.messages, t.sizes);
          this.service(d);
        } catch (err) {
          this.opts.logger.error('message queue dispatch failed', { queue: d.label, err });
        }
      }
    }
  }

  // ------------------------------------------------------------------ dispatch

  /** Dispatches what it can, applies the limits, starts the next read. */
  private service(d: QueueDispatcher): void {
    if (d.closed || this.closing) return;
    const more = d.pump(Date.now());
    d.enforceLimits();
    this.startRead(d);
    if (more) {
      this.repump.add(d);
      if (!this.repumpScheduled) {
        this.repumpScheduled = true;
        setImmediate(() => {
          this.repumpScheduled = false;
          const list = [...this.repump];
          this.repump.clear();
          for (const q of list) this.service(q);
        });
      }
    }
  }

  private startRead(d: QueueDispatcher): void {
    if (d.busy || d.closed || this.closing) return;
    const req = d.readRequest();
    if (req === null) return;
    d.busy = true;
    const read = readEntries(this.host, d.source, req).then(
      (r) => {
        d.busy = false;
        if (d.closed || this.closing) return;
        if (req.messages) d.loaded(req.from, r.upTo, r.items);
        else d.trimmed(r.upTo, r.items, Date.now());
        if (d.consumers.length === 0) d.unload();
        this.service(d);
      },
      (err: unknown) => {
        d.busy = false;
        // The next tick or event retries.
        if (!this.closing) this.opts.logger.error('message queue read failed', { queue: d.label, err });
      },
    ).catch((err: unknown) => this.opts.logger.error('message queue dispatch failed', { queue: d.label, err }));
    this.reads.add(read);
    void read.finally(() => this.reads.delete(read));
  }

  private deadLetter(queue: QueueDispatcher, entry: QueueEntry): void {
    const dlq = this.ensureDeadLetterQueue(queue);
    const offset = this.streamNext.get(dlq.source) ?? dlq.end;
    this.streamNext.set(dlq.source, offset + 1);
    this.deadLetters.push({ dlq, offset, entry });
    this.scheduleFlush();
  }

  /** The queue's dead-letter queue, created (and its definition committed) if absent. */
  private ensureDeadLetterQueue(parent: QueueDispatcher): QueueDispatcher {
    const filter = deadLetterFilter(parent.spec.topicFilter);
    const existing = this.queues.byFilter.get(filter);
    if (existing !== undefined) return existing;
    const wb = this.host.index.batch(8);
    const stream = this.host.allocateStream(wb);
    const p = parent.spec;
    const spec: QueueSpec = {
      topicFilter: filter,
      isLastValue: false,
      missingKey: 'reject',
      fallbackKey: '',
      dispatchStrategy: p.dispatchStrategy,
      dataRetentionPeriodMs: p.dataRetentionPeriodMs,
      ackTimeoutMs: p.ackTimeoutMs,
      // A dead letter is not dead-lettered again.
      maxDeliveries: 0,
      maxMessages: 0,
      maxBytes: 0,
    };
    const id = this.allocateId(wb);
    const d = this.makeDispatcher({ id, kind: 'dead-letter', spec, source: stream, prefix: 0, end: 0, createdAt: Date.now() });
    this.streamNext.set(stream, 0);
    this.streamPruned.set(stream, 0);
    wb.tryPut(mqKey(MQ_QUEUE, id), encodeDefinition({ id, kind: 'dead-letter', createdAt: d.createdAt, spec, stream }));
    wb.tryPut(mqKey(MQ_STATE, id), encodeQueueState(d.snapshot()));
    this.commit(wb).catch(() => undefined);
    this.opts.logger.info('dead-letter queue created', { queue: filter });
    return d;
  }

  private allocateId(wb: WriteBatch): number {
    if (this.nextId > MAX_MQ_ID) throw new Error('message queue ids exhausted');
    const id = this.nextId++;
    wb.tryPut(systemKey(SYS_NEXT_MQ), u32Value(this.nextId));
    return id;
  }

  // ------------------------------------------------------------------ persistence

  private scheduleFlush(): void {
    if (this.flushTimer !== null || this.closing) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = null;
      this.flush().catch(() => undefined);
    }, this.flushMs);
    this.flushTimer.unref();
  }

  /** Writes every dirty queue's state and the pending dead letters in one batch. */
  flush(): Promise<void> {
    const run = this.flushing.then(() => this.writeState());
    this.flushing = run.catch(() => undefined);
    return run;
  }

  private async writeState(): Promise<void> {
    if (this.dirty.size === 0 && this.deadLetters.length === 0) return;
    const wb = this.host.index.batch(this.dirty.size + this.deadLetters.length + 4);
    for (const d of this.dirty) {
      d.stateDirty = false;
      if (d.closed) continue;
      wb.tryPut(mqKey(MQ_STATE, d.id), encodeQueueState(d.snapshot()));
      if (d.kind === 'dead-letter') {
        // Acknowledged dead letters are gone for good: their rows go (one entry per block, keyed by offset).
        const pruned = this.streamPruned.get(d.source) ?? 0;
        if (d.prefix > pruned) {
          wb.tryDeleteRange(entryKey(d.source, 0), entryKey(d.source, d.prefix));
          this.streamPruned.set(d.source, d.prefix);
        }
      }
    }
    this.dirty.clear();
    const dead = this.deadLetters;
    this.deadLetters = [];
    const byQueue = new Map<QueueDispatcher, DeadLetter[]>();
    for (const item of dead) {
      if (item.dlq.closed) continue;
      const value = Buffer.allocUnsafe(ENTRY_VALUE_BYTES);
      writeEntryValue(value, 0, item.entry.message.logPosition, item.entry.size, item.entry.message.timestamp);
      wb.tryPut(entryKey(item.dlq.source, item.offset), value);
      const list = byQueue.get(item.dlq);
      if (list === undefined) byQueue.set(item.dlq, [item]);
      else list.push(item);
    }
    await this.commit(wb);
    // The dead letters are durable with their source's state: now their queue may deliver them.
    for (const [dlq, items] of byQueue) {
      if (dlq.closed) continue;
      const first = items[0]!.offset;
      dlq.appended(
        first,
        items[items.length - 1]!.offset + 1,
        items.map((i) => i.entry.message),
        items.map((i) => i.entry.size),
      );
      this.service(dlq);
    }
  }

  private commit(wb: WriteBatch): Promise<void> {
    return this.host.index.commit(wb).catch((err: unknown) => {
      const e = new Error(`message queue index write failed: ${(err as Error).message}`);
      this.host.fail(e);
      throw e;
    });
  }

  // ------------------------------------------------------------------ timers

  /** Ack timeouts; every sweepMs also retention by age and last-value pruning. Public for tests. */
  tick(now: number): void {
    if (this.closing) return;
    for (const d of this.queues.values()) {
      if (d.inflightCount > 0 && d.expireAcks(now) > 0) this.service(d);
    }
    if (now - this.lastSweep >= this.sweepMs) this.sweep(now);
  }

  /** Retention by age for every queue, and last-value pruning. Public for tests. */
  sweep(now: number): void {
    if (this.closing) return;
    this.lastSweep = now;
    for (const d of this.queues.values()) {
      d.sweepAge(now);
      this.service(d);
    }
    this.pruneLastValues();
  }

  /**
   * Forgets last-value keys whose newest entry is below the acknowledged prefix. Only when no
   * write batch is in flight: one could hold a newer row of a key about to be deleted.
   */
  private pruneLastValues(): void {
    if (this.host.appendsInFlight()) return;
    let wb: WriteBatch | null = null;
    for (const d of this.queues.values()) {
      if (d.lastValue === null) continue;
      const keys = d.lastValue.prune(d.prefix, PRUNE_LIMIT);
      if (keys.length === 0) continue;
      wb ??= this.host.index.batch(keys.length);
      for (const k of keys) wb.tryDelete(lastValueKey(d.id, k));
    }
    if (wb !== null) this.commit(wb).catch(() => undefined);
  }

  // ------------------------------------------------------------------ definitions

  private assertOpen(): void {
    if (this.closing) throw new Error('store is closed');
  }

  async createQueue(spec: QueueSpec): Promise<QueueInfo> {
    this.assertOpen();
    const s = checkSpec(spec);
    const d = this.create('queue', s);
    await d.committed;
    return this.info(d.queue);
  }

  /** Adds a queue (memory now, rows in a batch committed by the caller's await). */
  private create(kind: 'queue', spec: QueueSpec): { queue: QueueDispatcher; committed: Promise<void> } {
    if (this.queues.byFilter.has(spec.topicFilter)) throw new QueueError('ALREADY_EXISTS', `a queue is already bound to ${spec.topicFilter}`, 'topic_filter');
    if (spec.name !== undefined && this.queues.byName.has(spec.name)) throw new QueueError('ALREADY_EXISTS', `the queue name ${spec.name} is taken`, 'name');
    const wb = this.host.index.batch(8);
    const reg = this.host.retainFilter(spec.topicFilter, wb);
    const id = this.allocateId(wb);
    const d = this.makeDispatcher({ id, kind, spec, source: reg.queueId, prefix: reg.endOffset, end: reg.endOffset, createdAt: Date.now() });
    wb.tryPut(mqKey(MQ_QUEUE, id), encodeDefinition({ id, kind, createdAt: d.createdAt, spec }));
    wb.tryPut(mqKey(MQ_STATE, id), encodeQueueState(d.snapshot()));
    this.opts.logger.info('message queue created', { queue: spec.topicFilter, lastValue: spec.isLastValue });
    return { queue: d, committed: this.commit(wb) };
  }

  async updateQueue(topicFilter: string, patch: QueuePatch): Promise<QueueInfo> {
    this.assertOpen();
    const d = this.queues.byFilter.get(topicFilter);
    if (d === undefined) throw new QueueError('NOT_FOUND', `no queue is bound to ${topicFilter}`);
    const next = applyPatch(d.spec, patch);
    if (d.kind === 'dead-letter' && next.maxDeliveries > 0) throw new QueueError('BAD_REQUEST', 'max_deliveries: a dead-letter queue does not dead-letter again (must be 0)', 'max_deliveries');
    if (next.name !== undefined && next.name !== d.spec.name && this.queues.byName.has(next.name)) {
      throw new QueueError('ALREADY_EXISTS', `the queue name ${next.name} is taken`, 'name');
    }
    const wb = this.host.index.batch(8);
    if (d.lastValue !== null && (next.keyExpression !== d.spec.keyExpression || next.missingKey !== d.spec.missingKey || next.fallbackKey !== d.spec.fallbackKey)) {
      const lv = new LastValueIndex(d.id, next);
      if (lv.expression === d.lastValue.expression && next.fallbackKey === d.spec.fallbackKey) {
        for (const [key, offset] of d.lastValue.entries()) lv.note(key, offset);
      } else {
        // Keys of another expression mean nothing now: the queue starts compacting afresh.
        wb.tryDeleteRange(mqKey(LASTVALUE, d.id), prefixEnd(mqKey(LASTVALUE, d.id)));
      }
      this.unhook(d);
      d.lastValue = lv;
      this.hook(d);
    }
    const previousName = d.spec.name;
    d.spec = next;
    d.picker.strategy = next.dispatchStrategy;
    this.queues.rename(d, previousName);
    wb.tryPut(mqKey(MQ_QUEUE, d.id), encodeDefinition({ id: d.id, kind: d.kind, createdAt: d.createdAt, spec: next, ...(d.kind === 'dead-letter' ? { stream: d.source } : {}) }));
    this.service(d);
    await this.commit(wb);
    return this.info(d);
  }

  async deleteQueue(topicFilter: string): Promise<void> {
    this.assertOpen();
    const d = this.queues.byFilter.get(topicFilter);
    if (d === undefined) throw new QueueError('NOT_FOUND', `no queue is bound to ${topicFilter}`);
    const wb = this.host.index.batch(8);
    this.drop(d, wb, 'queue deleted');
    if (d.kind === 'queue') {
      const dlq = this.queues.byFilter.get(deadLetterFilter(topicFilter));
      if (dlq !== undefined && dlq.kind === 'dead-letter') this.drop(dlq, wb, 'queue deleted');
    }
    this.opts.logger.info('message queue deleted', { queue: topicFilter });
    await this.commit(wb);
  }

  /** Removes a queue from memory (consumers told) and its rows into `wb`. */
  private drop(d: QueueDispatcher, wb: WriteBatch, reason: string): void {
    const consumers = d.close();
    this.queues.remove(d);
    this.unhook(d);
    this.dirty.delete(d);
    this.repump.delete(d);
    const byChannel = new Map<LocalQueueChannel, { consumerId: string; queue: number; reason: string }[]>();
    for (const c of consumers) {
      const ch = c.channel as LocalQueueChannel;
      const list = byChannel.get(ch);
      const item = { consumerId: c.id, queue: d.id, reason };
      if (list === undefined) byChannel.set(ch, [item]);
      else list.push(item);
    }
    for (const [ch, list] of byChannel) ch.notifyDetached(list);
    wb.tryDelete(mqKey(MQ_QUEUE, d.id));
    wb.tryDelete(mqKey(MQ_STATE, d.id));
    wb.tryDeleteRange(mqKey(LASTVALUE, d.id), prefixEnd(mqKey(LASTVALUE, d.id)));
    if (d.kind === 'dead-letter') {
      const r = entryRange(d.source);
      wb.tryDeleteRange(r.gte, r.lt);
      this.streamNext.delete(d.source);
      this.streamPruned.delete(d.source);
    } else {
      this.host.releaseFilter(d.spec.topicFilter, wb);
    }
  }

  async getQueue(ref: { topicFilter: string } | { name: string }): Promise<QueueInfo | null> {
    this.assertOpen();
    const d = 'topicFilter' in ref ? this.queues.byFilter.get(ref.topicFilter) : this.queues.byName.get(ref.name);
    return d === undefined ? null : this.info(d);
  }

  async listQueues(after: string, limit: number): Promise<QueueInfo[]> {
    this.assertOpen();
    if (typeof after !== 'string') throw new QueueError('BAD_REQUEST', 'cursor: must be a string', 'cursor');
    if (!Number.isSafeInteger(limit) || limit < 1) throw new QueueError('BAD_REQUEST', `limit: must be a positive integer, got ${String(limit)}`, 'limit');
    const out: QueueDispatcher[] = [];
    for (const d of this.queues.byFilter.values()) if (d.spec.topicFilter > after) out.push(d);
    out.sort((a, b) => (a.spec.topicFilter < b.spec.topicFilter ? -1 : a.spec.topicFilter > b.spec.topicFilter ? 1 : 0));
    return out.slice(0, limit).map((d) => this.info(d));
  }

  async getQueuesConfig(): Promise<QueuesConfig> {
    this.assertOpen();
    return cloneConfig(this.config);
  }

  async putQueuesConfig(config: QueuesConfig): Promise<QueuesConfig> {
    this.assertOpen();
    const c = checkQueuesConfig(config);
    this.config = c;
    for (const d of this.queues.byShare.values()) {
      d.spec = shareSpec(c, d.spec.topicFilter);
      d.picker.strategy = c.shareDispatchStrategy;
      this.service(d);
    }
    const wb = this.host.index.batch(1);
    wb.tryPut(systemKey(SYS_QUEUES_CONFIG), Buffer.from(JSON.stringify(c), 'utf8'));
    await this.commit(wb);
    return cloneConfig(c);
  }

  private info(d: QueueDispatcher): QueueInfo {
    return { ...d.spec, kind: d.kind, createdAt: d.createdAt, stats: d.stats() };
  }

  private figures(): QueueFigures[] {
    const out: QueueFigures[] = [];
    for (const d of this.queues.values()) out.push({ label: d.label, kind: d.kind, stats: d.stats() });
    return out;
  }

  // ------------------------------------------------------------------ share groups

  /**
   * `registerFilter('$share/<group>/<filter>')`: one reference on the filter's consume queue
   * and one on the group (created on first use). Returns the consume queue's registration.
   */
  async retainShare(group: string, filter: string): Promise<FilterRegistration> {
    this.assertOpen();
    const wb = this.host.index.batch(8);
    const reg = this.host.retainFilter(filter, wb);
    const d = this.queues.byShare.get(shareKey(group, filter)) ?? this.createShare(group, filter, wb);
    const refs = (this.queues.shareRefs.get(d.id) ?? 0) + 1;
    this.queues.shareRefs.set(d.id, refs);
    wb.tryPut(mqKey(MQ_QUEUE, d.id), this.shareDefinition(d));
    await this.commit(wb);
    return reg;
  }

  /** `unregisterFilter('$share/…')`: drops both references; at zero the group and its state are gone. */
  async releaseShare(group: string, filter: string): Promise<void> {
    this.assertOpen();
    const wb = this.host.index.batch(8);
    this.host.releaseFilter(filter, wb);
    const d = this.queues.byShare.get(shareKey(group, filter));
    if (d !== undefined) {
      const refs = Math.max(0, (this.queues.shareRefs.get(d.id) ?? 0) - 1);
      this.queues.shareRefs.set(d.id, refs);
      if (refs === 0) this.drop(d, wb, 'share group has no subscriptions left');
      else wb.tryPut(mqKey(MQ_QUEUE, d.id), this.shareDefinition(d));
    }
    await this.commit(wb);
  }

  private createShare(group: string, filter: string, wb: WriteBatch): QueueDispatcher {
    // The group's own reference keeps its consume queue while it exists.
    const reg = this.host.retainFilter(filter, wb);
    const id = this.allocateId(wb);
    const d = this.makeDispatcher({ id, kind: 'share', spec: shareSpec(this.config, filter), source: reg.queueId, prefix: reg.endOffset, end: reg.endOffset, createdAt: Date.now(), group });
    this.queues.shareRefs.set(id, 0);
    wb.tryPut(mqKey(MQ_QUEUE, id), this.shareDefinition(d));
    wb.tryPut(mqKey(MQ_STATE, id), encodeQueueState(d.snapshot()));
    return d;
  }

  private shareDefinition(d: QueueDispatcher): Buffer {
    return encodeDefinition({ id: d.id, kind: 'share', createdAt: d.createdAt, group: d.group!, filter: d.spec.topicFilter, refs: this.queues.shareRefs.get(d.id) ?? 0 });
  }

  /** A share group nobody registered goes with its last consumer. */
  private dropIdleShare(d: QueueDispatcher): void {
    if (d.kind !== 'share' || d.closed || d.consumers.length > 0 || (this.queues.shareRefs.get(d.id) ?? 0) > 0) return;
    const wb = this.host.index.batch(4);
    this.drop(d, wb, 'share group has no consumers or subscriptions left');
    this.commit(wb).catch(() => undefined);
  }

  // ------------------------------------------------------------------ channels

  openChannel(sink: QueueDispatchSink): LocalQueueChannel {
    this.assertOpen();
    const ch = new LocalQueueChannel(this, sink, this.opts.logger);
    this.channels.add(ch);
    return ch;
  }

  async attach(channel: LocalQueueChannel, req: ConsumerAttach): Promise<ConsumerAttached> {
    this.assertOpen();
    if (typeof req.consumerId !== 'string' || req.consumerId.length === 0) throw new RangeError('attach needs a consumerId');
    if (!Number.isSafeInteger(req.maxInflight) || req.maxInflight < 1 || req.maxInflight > MAX_CONSUMER_INFLIGHT) {
      throw new RangeError(`maxInflight ${String(req.maxInflight)} is not an integer in 1..${MAX_CONSUMER_INFLIGHT}`);
    }
    const qos = req.qos;
    if (qos !== 0 && qos !== 1 && qos !== 2) throw new RangeError(`bad QoS ${String(qos)}`);
    const { queue: d, created } = await this.resolve(req);
    if (channel.closed) throw new ChannelClosedError('queue channel is closed');
    if (d.closed) throw new QueueError('NOT_FOUND', `the queue ${d.label} was deleted`);
    const existing = d.findConsumer(req.consumerId);
    if (existing !== undefined && existing.channel === channel) {
      existing.maxInflight = req.maxInflight;
      existing.qos = qos;
    } else {
      if (existing !== undefined) {
        // The same consumer on another channel (a proxy took the connection over): that one ends.
        d.detach(existing.id);
        (existing.channel as LocalQueueChannel).notifyDetached([{ consumerId: existing.id, queue: d.id, reason: 'attached on another channel' }]);
      }
      if (d.consumers.length >= MAX_CONSUMERS_PER_QUEUE) throw new RangeError(`queue ${d.label} has ${MAX_CONSUMERS_PER_QUEUE} consumers on this store already`);
      d.attach(new QueueConsumer(req.consumerId, req.clientId, req.maxInflight, qos as QoS, channel.deliver, channel));
      channel.consumers.set(consumerKey(d.id, req.consumerId), { queue: d.id, consumerId: req.consumerId });
    }
    this.service(d);
    return { queue: d.id, filter: d.spec.topicFilter, created };
  }

  private async resolve(req: ConsumerAttach): Promise<{ queue: QueueDispatcher; created: boolean }> {
    const t = req.target;
    if (t.kind === 'queue') {
      const d = this.queues.byFilter.get(t.filter);
      if (d !== undefined) return { queue: d, created: false };
      if (t.filter.startsWith('$dlq/')) {
        // A dead-letter queue exists once its queue does: attaching before the first dead letter is fine.
        const parent = this.queues.byFilter.get(t.filter.slice(5));
        if (parent !== undefined && parent.kind === 'queue') return { queue: this.ensureDeadLetterQueue(parent), created: true };
        throw new QueueError('NOT_FOUND', `no queue is bound to ${t.filter.slice(5)}, so there is no ${t.filter}`);
      }
      if (!this.config.autoCreate) throw new QueueError('NOT_FOUND', `no queue is bound to ${t.filter}`);
      const spec = checkSpec({ ...this.config.defaults, topicFilter: t.filter });
      const c = this.create('queue', spec);
      await c.committed;
      return { queue: c.queue, created: true };
    }
    if (t.kind === 'named') {
      const d = this.queues.byName.get(t.name);
      if (d === undefined) throw new QueueError('NOT_FOUND', `no queue is named ${t.name}`);
      if (t.filter !== undefined && t.filter !== d.spec.topicFilter) {
        throw new QueueError('BAD_REQUEST', `topic_filter: the queue ${t.name} is bound to ${d.spec.topicFilter}, not ${t.filter}`, 'topic_filter');
      }
      return { queue: d, created: false };
    }
    const existing = this.queues.byShare.get(shareKey(t.group, t.filter));
    if (existing !== undefined) return { queue: existing, created: false };
    const err = checkTopicFilter(t.filter);
    if (err !== null) throw new QueueError('BAD_REQUEST', `topic_filter: "${t.filter}" is not a valid topic filter (${err})`, 'topic_filter');
    const wb = this.host.index.batch(8);
    const d = this.createShare(t.group, t.filter, wb);
    await this.commit(wb);
    return { queue: d, created: true };
  }

  detach(channel: LocalQueueChannel, consumerId: string, queue: number): void {
    const d = this.queues.byId.get(queue);
    channel.consumers.delete(consumerKey(queue, consumerId));
    if (d === undefined) return;
    const c = d.findConsumer(consumerId);
    if (c === undefined || c.channel !== channel) return;
    d.detach(consumerId);
    this.service(d);
    if (d.consumers.length === 0) d.unload();
    this.dropIdleShare(d);
  }

  settle(channel: LocalQueueChannel, settles: readonly QueueSettle[]): void {
    if (this.closing) return;
    let touched: QueueDispatcher | null = null;
    let more: Set<QueueDispatcher> | null = null;
    for (const s of settles) {
      const d = this.queues.byId.get(s.queue);
      if (d === undefined || !d.settle(s.consumerId, channel, s.offset, s.ok)) {
        this.ignoredSettles++;
        continue;
      }
      if (touched === null) touched = d;
      else if (touched !== d) (more ??= new Set()).add(d);
    }
    if (touched !== null) this.service(touched);
    if (more !== null) for (const d of more) this.service(d);
  }

  closeChannel(channel: LocalQueueChannel): void {
    const touched = new Set<QueueDispatcher>();
    for (const { queue, consumerId } of channel.consumers.values()) {
      const d = this.queues.byId.get(queue);
      if (d === undefined) continue;
      const c = d.findConsumer(consumerId);
      if (c === undefined || c.channel !== channel) continue;
      d.detach(consumerId);
      touched.add(d);
    }
    channel.consumers.clear();
    this.channels.delete(channel);
    for (const d of touched) {
      this.service(d);
      if (d.consumers.length === 0) d.unload();
      this.dropIdleShare(d);
    }
  }

  // ------------------------------------------------------------------ lifecycle

  get queueCount(): number {
    return this.queues.size;
  }

  /** Ends every channel and persists every queue's state. */
  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    if (this.tickTimer !== null) clearInterval(this.tickTimer);
    if (this.flushTimer !== null) clearTimeout(this.flushTimer);
    this.tickTimer = null;
    this.flushTimer = null;
    for (const ch of this.channels) ch.end('store is closing');
    this.channels.clear();
    await Promise.all([...this.reads]);
    await this.flush().catch((err: unknown) => this.opts.logger.error('message queue state not persisted at close', { err }));
  }
}
