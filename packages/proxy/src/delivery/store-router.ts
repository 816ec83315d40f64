/**
 * The proxy's view of the store tier (DESIGN §4): one StorePort per store, and a partition map
 * saying which store owns a topic. Appends go to the owner of their topic's partition; a
 * filter is registered where its topics live (its owner, or every store when it starts with a
 * wildcard), and a queue is read from the store its global id names. With one store every call
 * passes straight through.
 */
import {
  splitQueueId,
  type AppendResult,
  type QueueChannel,
  type QueueDispatchSink,
  type QueueInfo,
  type FilterRegistration,
  type Message,
  type PartitionMap,
  type PullRequest,
  type PullResult,
  type QueueId,
  type StoredMessage,
  type StorePort,
} from '@wharf/core';

/** A store answered with queue ids of another index: `--stores` order and `--store-index` disagree. */
export class StoreIndexMismatchError extends Error {
  override name = 'StoreIndexMismatchError';
}

export class StoreRouter {
  constructor(
    private readonly stores: readonly StorePort[],
    readonly partitions: PartitionMap,
  ) {
    if (stores.length === 0) throw new RangeError('the store tier needs at least one store');
    if (partitions.stores !== stores.length) {
      throw new RangeError(`the partition map names ${partitions.stores} stores but ${stores.length} are given`);
    }
  }

  get storeCount(): number {
    return this.stores.length;
  }

  /**
   * Store indexes that collect `filter`: its first level's owner, or every store for a filter
   * starting with a wildcard. A `$share/<group>/<f>`, `$q/<f>` or `$queue/<name>/<f>` filter is
   * routed by the `<f>` it reads (the dispatchers of its queue live where `<f>`'s messages do).
   */
  storesFor(filter: string): number[] {
    return [...this.partitions.storesOf(routingFilter(filter))];
  }

  /** The StorePort of store `index` (admin fan-out; queue channels). */
  store(index: number): StorePort {
    const s = this.stores[index];
    if (s === undefined) throw new RangeError(`store index ${index} is not in 0..${this.stores.length - 1}`);
    return s;
  }

  /** A proxy's channel to the dispatchers of store `index`; `sink` gets what they send it. */
  openQueueChannel(index: number, sink: QueueDispatchSink): QueueChannel {
    return this.store(index).openQueueChannel(sink);
  }

  /**
   * The queue named `name` (`$queue/<name>`): every store is asked, the first that has it
   * answers. Rejects only when no store has it and some store could not be asked.
   */
  async findQueueByName(name: string): Promise<QueueInfo | null> {
    const settled = await Promise.allSettled(this.stores.map((s) => s.getQueue({ name })));
    let failure: unknown;
    for (const r of settled) {
      if (r.status === 'fulfilled') {
        if (r.value !== null) return r.value;
      } else {
        failure ??= r.reason;
      }
    }
    if (failure !== undefined) throw failure;
    return null;
  }

  /**
   * Appends in order per store. Each store's part succeeds or fails on its own, so a store that
   * is down fails only the messages of its partitions: their entries are that store's error,
   * the others their durable positions. Rejects only when the single store's call does.
   */
  append(messages: readonly Message[]): Promise<(AppendResult | Error)[]> {
    if (this.stores.length === 1) return this.stores[0]!.append(messages);
    const parts = groupByStore(messages.length, (i) => this.partitions.storeOf(messages[i]!.topic));
    if (parts.size === 1) {
      const [only] = parts.keys();
      return this.stores[only!]!.append(messages);
    }
    const results = new Array<AppendResult | Error>(messages.length);
    const calls: Promise<void>[] = [];
    for (const [s, at] of parts) {
      calls.push(
        this.stores[s]!.append(at.map((i) => messages[i]!)).then(
          (res) => {
            for (let j = 0; j < res.length; j++) results[at[j]!] = res[j]!;
          },
          (err: unknown) => {
            const error = err instanceof Error ? err : new Error(String(err));
            for (const i of at) results[i] = error;
          },
        ),
      );
    }
    return Promise.all(calls).then(() => results);
  }

  pull(request: PullRequest): Promise<PullResult> {
    const store = this.storeOfQueue(request.queueId);
    return store === undefined ? Promise.reject(this.unknownQueue(request.queueId)) : store.pull(request);
  }

  endOffset(queueId: QueueId): Promise<number> {
    const store = this.storeOfQueue(queueId);
    return store === undefined ? Promise.reject(this.unknownQueue(queueId)) : store.endOffset(queueId);
  }

  /**
   * End offsets of many queues, one call per store; -1 for a queue no store has or whose store
   * did not answer (a store that comes back makes notify ask for another resync). Rejects only
   * when every store failed, so one dead store does not blind the others.
   */
  async endOffsets(queueIds: readonly QueueId[]): Promise<number[]> {
    if (this.stores.length === 1) return this.stores[0]!.endOffsets(queueIds);
    const out = new Array<number>(queueIds.length).fill(-1);
    const byStore = groupByStore(queueIds.length, (i) => splitQueueId(queueIds[i]!).storeIndex);
    const settled = await Promise.allSettled(
      [...byStore].filter(([s]) => s < this.stores.length).map(async ([s, at]) => {
        const offsets = await this.stores[s]!.endOffsets(at.map((i) => queueIds[i]!));
        for (let j = 0; j < at.length; j++) out[at[j]!] = offsets[j]!;
      }),
    );
    const failed = settled.filter((r) => r.status === 'rejected');
    if (failed.length > 0 && failed.length === settled.length) throw failed[0]!.reason;
    return out;
  }

  /**
   * Registers `filter` on every store that collects it and returns one queue per store. If a
   * store refuses, the references taken on the others are given back before the error is
   * thrown, so a failed SUBSCRIBE leaves no filter behind.
   */
  async registerFilter(filter: string): Promise<FilterRegistration[]> {
    const owners = this.partitions.storesOf(routingFilter(filter));
    const settled = await Promise.allSettled(owners.map((s) => this.registerOn(s, filter)));
    const out: FilterRegistration[] = [];
    let failure: unknown;
    for (const r of settled) {
      if (r.status === 'fulfilled') out.push(r.value);
      else failure ??= r.reason;
    }
    if (failure !== undefined) {
      await Promise.allSettled(out.map((reg) => this.storeOfQueue(reg.queueId)!.unregisterFilter(filter)));
      throw failure;
    }
    return out;
  }

  async unregisterFilter(filter: string): Promise<void> {
    const owners = this.partitions.storesOf(routingFilter(filter));
    if (owners.length === 1) return this.stores[owners[0]!]!.unregisterFilter(filter);
    const settled = await Promise.allSettled(owners.map((s) => this.stores[s]!.unregisterFilter(filter)));
    for (const r of settled) if (r.status === 'rejected') throw r.reason;
  }

  /** Retained messages matching `filter`, from every store that can hold such topics. */
  async getRetained(filter: string): Promise<StoredMessage[]> {
    const owners = this.partitions.storesOf(filter);
    if (owners.length === 1) return this.stores[owners[0]!]!.getRetained(filter);
    const lists = await Promise.all(owners.map((s) => this.stores[s]!.getRetained(filter)));
    return lists.flat();
  }

  private async registerOn(store: number, filter: string): Promise<FilterRegistration> {
    const reg = await this.stores[store]!.registerFilter(filter);
    const named = splitQueueId(reg.queueId).storeIndex;
    if (named !== store) {
      await this.stores[store]!.unregisterFilter(filter).catch(() => undefined);
      throw new StoreIndexMismatchError(
        `store #${store} of --stores answered with queues of store index ${named}: start each store with --store-index equal to its position in --stores`,
      );
    }
    return reg;
  }

  private storeOfQueue(queueId: QueueId): StorePort | undefined {
    return this.stores[splitQueueId(queueId).storeIndex];
  }

  private unknownQueue(queueId: QueueId): RangeError {
    return new RangeError(`queue ${queueId} belongs to store index ${splitQueueId(queueId).storeIndex}, which --stores does not list`);
  }
}

/**
 * The filter whose topics a subscription reads: `<f>` of `$share/<group>/<f>`, `$q/<f>` and
 * `$queue/<name>/<f>`, and of a dead-letter queue `$dlq/<f>` (it lives beside its queue); a
 * bare `$queue/<name>` (its filter unknown here) and every other filter as it is. Malformed
 * consumer filters never get here (SUBSCRIBE refuses them first).
 */
export function routingFilter(filter: string): string {
  if (filter.charCodeAt(0) !== 0x24 /* $ */) return filter;
  if (filter.startsWith('$share/')) {
    const slash = filter.indexOf('/', 7);
    return slash < 0 ? filter : routingFilter(filter.slice(slash + 1));
  }
  if (filter.startsWith('$q/')) return routingFilter(filter.slice(3));
  if (filter.startsWith('$dlq/')) return routingFilter(filter.slice(5));
  if (filter.startsWith('$queue/')) {
    const slash = filter.indexOf('/', 7);
    return slash < 0 ? filter : routingFilter(filter.slice(slash + 1));
  }
  return filter;
}

/** Positions 0..count-1 grouped by the store `storeOf` names for each, in order within a store. */
function groupByStore(count: number, storeOf: (i: number) => number): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  for (let i = 0; i < count; i++) {
    const s = storeOf(i);
    const at = groups.get(s);
    if (at === undefined) groups.set(s, [i]);
    else at.push(i);
  }
  return groups;
}
