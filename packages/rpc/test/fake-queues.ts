/**
 * The queue part of a StorePort, in memory and minimal: enough to check what crosses the wire.
 * Admin calls keep QueueInfo records and refuse like a store (QueueError with code and field);
 * channels record every attach, detach, settle and close, and the test dispatches by hand.
 */
import {
  DEFAULT_QUEUES_CONFIG,
  DISPATCH_STRATEGIES,
  QueueError,
  type ConsumerAttach,
  type ConsumerAttached,
  type QueueChannel,
  type QueueDispatch,
  type QueueDispatchSink,
  type QueueInfo,
  type QueuePatch,
  type QueueSettle,
  type QueueSpec,
  type QueuesConfig,
  type StorePort,
} from '@wharf/core';

type QueueMethods = 'createQueue' | 'updateQueue' | 'deleteQueue' | 'getQueue' | 'listQueues' | 'getQueuesConfig' | 'putQueuesConfig' | 'openQueueChannel';
export type BaseStore = Omit<StorePort, QueueMethods>;

/** What a channel saw, in order. */
export type ChannelEvent =
  | { kind: 'attach'; request: ConsumerAttach }
  | { kind: 'detach'; consumerId: string; queue: number }
  | { kind: 'settle'; settles: QueueSettle[] }
  | { kind: 'close' };

export class FakeChannel implements QueueChannel {
  readonly events: ChannelEvent[] = [];
  readonly consumers = new Map<string, number>();
  closed = false;
  /** Set by a test to hold attaches: each waits for its gate. */
  gate: ((release: () => void) => void) | null = null;

  constructor(
    private readonly store: FakeQueueStore,
    readonly sink: QueueDispatchSink,
  ) {}

  async attach(request: ConsumerAttach): Promise<ConsumerAttached> {
    this.events.push({ kind: 'attach', request });
    if (this.gate !== null) await new Promise<void>((r) => this.gate!(r));
    if (!(Number.isSafeInteger(request.maxInflight) && request.maxInflight >= 1)) throw new QueueError('BAD_REQUEST', `maxInflight ${request.maxInflight} is not a positive integer`, 'maxInflight');
    const t = request.target;
    let info: QueueInfo | undefined;
    let created = false;
    if (t.kind === 'queue') info = this.store.queues.get(t.filter);
    else if (t.kind === 'named') info = [...this.store.queues.values()].find((q) => q.name === t.name);
    else {
      const filter = `$share/${t.group}/${t.filter}`;
      info = this.store.queues.get(filter);
      if (info === undefined) {
        info = this.store.make({ ...DEFAULT_QUEUES_CONFIG.defaults, topicFilter: filter }, 'share');
        created = true;
      }
    }
    if (info === undefined) throw new QueueError('NOT_FOUND', `no queue for ${JSON.stringify(t)}`);
    const queue = this.store.ids.get(info.topicFilter)!;
    this.consumers.set(request.consumerId, queue);
    return { queue, filter: info.topicFilter, created };
  }

  detach(consumerId: string, queue: number): void {
    this.events.push({ kind: 'detach', consumerId, queue });
    if (this.consumers.get(consumerId) === queue) this.consumers.delete(consumerId);
  }

  settle(settles: readonly QueueSettle[]): void {
    this.events.push({ kind: 'settle', settles: [...settles] });
  }

  close(): void {
    this.events.push({ kind: 'close' });
    this.closed = true;
    this.consumers.clear();
  }

  of<K extends ChannelEvent['kind']>(kind: K): Extract<ChannelEvent, { kind: K }>[] {
    return this.events.filter((e): e is Extract<ChannelEvent, { kind: K }> => e.kind === kind);
  }

  /** Everything settled on this channel, flattened. */
  settled(): QueueSettle[] {
    return this.of('settle').flatMap((e) => e.settles);
  }

  dispatch(batch: QueueDispatch[]): void {
    this.sink.dispatched(batch);
  }
}

export class FakeQueueStore implements Pick<StorePort, QueueMethods> {
  readonly queues = new Map<string, QueueInfo>();
  readonly ids = new Map<string, number>();
  readonly channels: FakeChannel[] = [];
  /** The arguments of the last call of each admin method, as received. */
  readonly received: { spec?: QueueSpec; patch?: QueuePatch; config?: QueuesConfig; list?: [string, number] } = {};
  config: QueuesConfig = structuredClone(DEFAULT_QUEUES_CONFIG);
  private nextId = 1;

  make(spec: QueueSpec, kind: QueueInfo['kind'] = 'queue'): QueueInfo {
    const info: QueueInfo = {
      ...spec,
      kind,
      createdAt: 1_750_000_000_000 + this.nextId,
      stats: { depth: 0, inflight: 0, lag: 0, consumers: [], dispatched: 0, acked: 0, redelivered: 0, deadLettered: 0, dropped: 0 },
    };
    this.queues.set(spec.topicFilter, info);
    this.ids.set(spec.topicFilter, this.nextId++);
    return info;
  }

  async createQueue(spec: QueueSpec): Promise<QueueInfo> {
    this.received.spec = spec;
    if (this.queues.has(spec.topicFilter)) throw new QueueError('ALREADY_EXISTS', `queue ${spec.topicFilter} already exists`);
    if (spec.dispatchStrategy !== undefined && !DISPATCH_STRATEGIES.includes(spec.dispatchStrategy)) {
      throw new QueueError('BAD_REQUEST', `unknown dispatch strategy ${spec.dispatchStrategy}`, 'dispatchStrategy');
    }
    if (spec.maxDeliveries !== undefined && !(Number.isSafeInteger(spec.maxDeliveries) && spec.maxDeliveries >= 0)) {
      throw new QueueError('BAD_REQUEST', `maxDeliveries ${spec.maxDeliveries} is not a non-negative integer`, 'maxDeliveries');
    }
    return this.make({ ...this.config.defaults, ...spec });
  }

  async updateQueue(topicFilter: string, patch: QueuePatch): Promise<QueueInfo> {
    this.received.patch = patch;
    const info = this.queues.get(topicFilter);
    if (info === undefined) throw new QueueError('NOT_FOUND', `no queue ${topicFilter}`);
    if (patch.isLastValue !== undefined && patch.isLastValue !== info.isLastValue) throw new QueueError('BAD_REQUEST', 'isLastValue cannot change', 'isLastValue');
    Object.assign(info, patch);
    return info;
  }

  async deleteQueue(topicFilter: string): Promise<void> {
    const id = this.ids.get(topicFilter);
    if (id === undefined) throw new QueueError('NOT_FOUND', `no queue ${topicFilter}`);
    this.queues.delete(topicFilter);
    this.ids.delete(topicFilter);
    for (const ch of this.channels) {
      if (ch.closed) continue;
      const gone = [...ch.consumers].filter(([, q]) => q === id).map(([consumerId]) => ({ consumerId, queue: id, reason: `queue ${topicFilter} deleted` }));
      for (const g of gone) ch.consumers.delete(g.consumerId);
      if (gone.length > 0) ch.sink.detached(gone);
    }
  }

  async getQueue(ref: { topicFilter: string } | { name: string }): Promise<QueueInfo | null> {
    if ('topicFilter' in ref) return this.queues.get(ref.topicFilter) ?? null;
    return [...this.queues.values()].find((q) => q.name === ref.name) ?? null;
  }

  async listQueues(after: string, limit: number): Promise<QueueInfo[]> {
    this.received.list = [after, limit];
    if (!(Number.isSafeInteger(limit) && limit >= 1)) throw new QueueError('BAD_REQUEST', `limit ${limit} is not a positive integer`, 'limit');
    return [...this.queues.values()]
      .filter((q) => q.kind !== 'share' && q.topicFilter > after)
      .sort((a, b) => (a.topicFilter < b.topicFilter ? -1 : 1))
      .slice(0, limit);
  }

  async getQueuesConfig(): Promise<QueuesConfig> {
    return this.config;
  }

  async putQueuesConfig(config: QueuesConfig): Promise<QueuesConfig> {
    this.received.config = config;
    this.config = config;
    return config;
  }

  openQueueChannel(sink: QueueDispatchSink): QueueChannel {
    const ch = new FakeChannel(this, sink);
    this.channels.push(ch);
    return ch;
  }

  get lastChannel(): FakeChannel {
    const ch = this.channels[this.channels.length - 1];
    if (ch === undefined) throw new Error('no channel opened');
    return ch;
  }
}

/** A StorePort: `base` for the log, `queues` for the queue methods. */
export function withQueues(base: BaseStore, queues: FakeQueueStore): StorePort {
  return {
    append: base.append.bind(base),
    pull: base.pull.bind(base),
    endOffset: base.endOffset.bind(base),
    endOffsets: base.endOffsets.bind(base),
    registerFilter: base.registerFilter.bind(base),
    unregisterFilter: base.unregisterFilter.bind(base),
    getRetained: base.getRetained.bind(base),
    loadOffsets: base.loadOffsets.bind(base),
    saveOffsets: base.saveOffsets.bind(base),
    deleteOffsets: base.deleteOffsets.bind(base),
    getMeta: base.getMeta.bind(base),
    listMeta: base.listMeta.bind(base),
    putMeta: base.putMeta.bind(base),
    createQueue: queues.createQueue.bind(queues),
    updateQueue: queues.updateQueue.bind(queues),
    deleteQueue: queues.deleteQueue.bind(queues),
    getQueue: queues.getQueue.bind(queues),
    listQueues: queues.listQueues.bind(queues),
    getQueuesConfig: queues.getQueuesConfig.bind(queues),
    putQueuesConfig: queues.putQueuesConfig.bind(queues),
    openQueueChannel: queues.openQueueChannel.bind(queues),
  };
}
