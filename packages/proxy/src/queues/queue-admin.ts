/**
 * Queue administration over the store tier (DESIGN §4). A queue lives on every store that
 * collects its filter: the owner of its first level, or every store for a filter that starts
 * with a wildcard (a dead-letter queue `$dlq/<filter>` lives beside its queue). This fans the
 * REST API's calls out over those stores and merges what they answer into one queue: the
 * definition from the first, the figures summed, the consumers joined. With one store every
 * call is one call.
 *
 * Consistency across stores is best effort, as each store is its own authority: a create that
 * fails on one store is undone on the others; an update is checked against the merged queue
 * before any store is asked; a delete goes to every store and succeeds when any had the queue,
 * so it also cleans up a queue left on a subset of stores.
 */
import { checkPatch, QueueError, type PartitionMap, type QueueConsumerInfo, type QueueInfo, type QueuePatch, type QueueSpec, type QueuesConfig, type StorePort } from '@wharf/core';

/** A store did not answer (down, unreachable, failing): the REST API says 503. */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
  constructor(
    readonly store: number,
    override readonly cause: unknown,
  ) {
    super(`store #${store} is unavailable: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

export interface QueuePage {
  queues: QueueInfo[];
  /** The cursor of the next page (the last listed topic filter); null on the last page. */
  next: string | null;
}

const DLQ_PREFIX = '$dlq/';

export class QueueAdmin {
  constructor(
    private readonly stores: readonly StorePort[],
    private readonly partitions: PartitionMap,
  ) {
    if (stores.length === 0) throw new RangeError('queue administration needs at least one store');
    if (partitions.stores !== stores.length) {
      throw new RangeError(`the partition map names ${partitions.stores} stores but ${stores.length} are given`);
    }
  }

  /** Stores that hold the queue bound to `topicFilter` (a dead-letter queue: those of its queue). */
  storesOf(topicFilter: string): readonly number[] {
    return this.partitions.storesOf(topicFilter.startsWith(DLQ_PREFIX) ? topicFilter.slice(DLQ_PREFIX.length) : topicFilter);
  }

  async create(spec: QueueSpec): Promise<QueueInfo> {
    if (spec.name !== undefined) await this.assertNameFree(spec.name);
    const owners = this.storesOf(spec.topicFilter);
    const settled = await Promise.allSettled(owners.map((s) => this.call(s, (store) => store.createQueue(spec))));
    const created: number[] = [];
    const infos: QueueInfo[] = [];
    const failures: unknown[] = [];
    settled.forEach((r, i) => {
      if (r.status === 'fulfilled') {
        created.push(owners[i]!);
        infos.push(r.value);
      } else failures.push(r.reason);
    });
    if (failures.length > 0) {
      // A queue on some of its stores would miss messages of the others: none at all is better.
      await Promise.allSettled(created.map((s) => this.call(s, (store) => store.deleteQueue(spec.topicFilter))));
      throw preferQueueError(failures);
    }
    return mergeQueues(infos);
  }

  /** The queue bound to `topicFilter`, merged over its stores; null when none has it. */
  async get(topicFilter: string): Promise<QueueInfo | null> {
    const owners = this.storesOf(topicFilter);
    const found = await Promise.all(owners.map((s) => this.call(s, (store) => store.getQueue({ topicFilter }))));
    const infos = found.filter((q): q is QueueInfo => q !== null);
    return infos.length === 0 ? null : mergeQueues(infos);
  }

  /** The queue named `name` (`$queue/<name>`), looked up on every store. */
  async getByName(name: string): Promise<QueueInfo | null> {
    const all = this.stores.map((_, s) => s);
    const found = await Promise.all(all.map((s) => this.call(s, (store) => store.getQueue({ name }))));
    const infos = found.filter((q): q is QueueInfo => q !== null);
    return infos.length === 0 ? null : mergeQueues(infos);
  }

  /** A path parameter of the REST API: a topic filter, else (EMQX 6.1 style) a queue name. */
  async resolve(ref: string): Promise<QueueInfo | null> {
    const byFilter = await this.get(ref);
    if (byFilter !== null) return byFilter;
    return /^[A-Za-z0-9_.-]+$/.test(ref) ? this.getByName(ref) : null;
  }

  async update(topicFilter: string, patch: QueuePatch): Promise<QueueInfo> {
    const existing = await this.get(topicFilter);
    if (existing === null) throw notFound(topicFilter);
    checkPatch(existing, patch);
    if (patch.name !== undefined && patch.name !== existing.name) await this.assertNameFree(patch.name);
    const owners = this.storesOf(topicFilter);
    const settled = await Promise.allSettled(owners.map((s) => this.call(s, (store) => store.updateQueue(topicFilter, patch))));
    const infos: QueueInfo[] = [];
    const failures: unknown[] = [];
    for (const r of settled) {
      if (r.status === 'fulfilled') infos.push(r.value);
      else if (!(r.reason instanceof QueueError && r.reason.code === 'NOT_FOUND')) failures.push(r.reason);
    }
    if (failures.length > 0) throw preferQueueError(failures);
    if (infos.length === 0) throw notFound(topicFilter);
    return mergeQueues(infos);
  }

  async delete(topicFilter: string): Promise<void> {
    const owners = this.storesOf(topicFilter);
    const settled = await Promise.allSettled(owners.map((s) => this.call(s, (store) => store.deleteQueue(topicFilter))));
    let deleted = 0;
    const failures: unknown[] = [];
    for (const r of settled) {
      if (r.status === 'fulfilled') deleted++;
      else if (!(r.reason instanceof QueueError && r.reason.code === 'NOT_FOUND')) failures.push(r.reason);
    }
    if (failures.length > 0) throw preferQueueError(failures);
    if (deleted === 0) throw notFound(topicFilter);
  }

  /**
   * Queues with a topic filter after `after`, in order, at most `limit`. Each store is asked
   * for `limit + 1`: a queue among the first `limit` merged ones cannot be missing from a store
   * that holds it, since that store's own first `limit + 1` would then all come before it.
   */
  async list(after: string, limit: number): Promise<QueuePage> {
    if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
    const pages = await Promise.all(this.stores.map((_, s) => this.call(s, (store) => store.listQueues(after, limit + 1))));
    const byFilter = new Map<string, QueueInfo[]>();
    for (const page of pages) {
      for (const q of page) {
        if (!(q.topicFilter > after)) continue;
        const same = byFilter.get(q.topicFilter);
        if (same === undefined) byFilter.set(q.topicFilter, [q]);
        else same.push(q);
      }
    }
    const filters = [...byFilter.keys()].sort(compareFilters);
    const shown = filters.slice(0, limit);
    return {
      queues: shown.map((f) => mergeQueues(byFilter.get(f)!)),
      next: filters.length > limit ? shown[shown.length - 1]! : null,
    };
  }

  /** Broker-wide queue settings, as the first store keeps them (every store gets every put). */
  getConfig(): Promise<QueuesConfig> {
    return this.call(0, (store) => store.getQueuesConfig());
  }

  async putConfig(config: QueuesConfig): Promise<QueuesConfig> {
    const settled = await Promise.allSettled(this.stores.map((_, s) => this.call(s, (store) => store.putQueuesConfig(config))));
    const failures = settled.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason as unknown);
    if (failures.length > 0) throw preferQueueError(failures);
    return (settled[0] as PromiseFulfilledResult<QueuesConfig>).value;
  }

  private async assertNameFree(name: string): Promise<void> {
    const holder = await this.getByName(name);
    if (holder !== null) {
      throw new QueueError('ALREADY_EXISTS', `a queue named "${name}" already exists (bound to "${holder.topicFilter}")`, 'name');
    }
  }

  /** A store's QueueError passes through; anything else means the store did not answer. */
  private async call<T>(store: number, op: (store: StorePort) => Promise<T>): Promise<T> {
    try {
      return await op(this.stores[store]!);
    } catch (err) {
      if (err instanceof QueueError) throw err;
      throw new StoreUnavailableError(store, err);
    }
  }
}

function notFound(topicFilter: string): QueueError {
  return new QueueError('NOT_FOUND', `no message queue is bound to "${topicFilter}"`);
}

/** The error to report when several stores failed: a refusal says more than an outage. */
function preferQueueError(failures: readonly unknown[]): unknown {
  return failures.find((f) => f instanceof QueueError) ?? failures[0];
}

/** UTF-16 code-unit order: the stores' UTF-8 key order for every filter without astral characters. */
function compareFilters(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One queue from its parts on several stores: definition of the first, figures summed, consumers joined. */
export function mergeQueues(parts: readonly QueueInfo[]): QueueInfo {
  if (parts.length === 0) throw new RangeError('mergeQueues needs at least one part');
  const first = parts[0]!;
  if (parts.length === 1) return first;
  const consumers = new Map<string, QueueConsumerInfo>();
  const stats = { depth: 0, inflight: 0, lag: 0, dispatched: 0, acked: 0, redelivered: 0, deadLettered: 0, dropped: 0 };
  let createdAt = first.createdAt;
  for (const part of parts) {
    const s = part.stats;
    stats.depth += s.depth;
    stats.inflight += s.inflight;
    stats.lag += s.lag;
    stats.dispatched += s.dispatched;
    stats.acked += s.acked;
    stats.redelivered += s.redelivered;
    stats.deadLettered += s.deadLettered;
    stats.dropped += s.dropped;
    createdAt = Math.min(createdAt, part.createdAt);
    // A consumer of a queue on several stores is attached to each: one consumer, its in-flight summed.
    for (const c of s.consumers) {
      const seen = consumers.get(c.consumerId);
      consumers.set(c.consumerId, seen === undefined ? { ...c } : { ...seen, inflight: seen.inflight + c.inflight });
    }
  }
  return { ...first, createdAt, stats: { ...stats, consumers: [...consumers.values()] } };
}
