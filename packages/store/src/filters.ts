/**
 * Filter registrations: each registered filter holds references on its consume queue, created
 * on first use under an id from the consume-queue id space (SYS_NEXT_QUEUE; ids are never
 * reused, dead-letter entry streams take theirs from it too). A queue left without references
 * turns dormant and is reaped by retention (retention.ts).
 *
 * `$share/<group>/<filter>` registrations go to the share group's queue instead (the store
 * routes them to dispatcher/message-queues.ts; shareTarget tells them apart).
 */
import { checkTopicFilter, parseConsumerFilter, type FilterRegistration, type Logger } from '@wharf/core';
import type RocksDB from 'rocksdb-native';
import type { IndexDb } from './index/index-db.ts';
import { MAX_QUEUE_ID, registryKey, registryValue, SYS_NEXT_QUEUE, systemKey, u32Value } from './index/keys.ts';
import type { QueueRegistry } from './index/queues.ts';

export class FilterRegistrations {
  constructor(
    private readonly index: IndexDb,
    private readonly queues: QueueRegistry,
    private readonly logger: Logger,
    /** The next consume-queue id to hand out (loaded from the index). */
    private nextQueueId: number,
  ) {}

  /** One more reference on the filter's consume queue (created if new), committed. */
  async register(filter: string): Promise<FilterRegistration> {
    const wb = this.index.batch(4);
    const reg = this.retain(filter, wb);
    await this.index.commit(wb);
    return reg;
  }

  /** One reference less on the filter's consume queue, committed. */
  async unregister(filter: string): Promise<void> {
    const queueId = this.queues.lookup(filter);
    if (queueId === -1 || this.queues.refs[queueId] === 0) {
      this.logger.debug('unregister of a filter with no references', { filter });
      return;
    }
    const wb = this.index.batch(1);
    this.release(filter, wb);
    await this.index.commit(wb);
  }

  /** One more reference on the filter's consume queue (created if new), written into `wb`. */
  retain(filter: string, wb: RocksDB.WriteBatch): FilterRegistration {
    let queueId = this.queues.lookup(filter);
    if (queueId === -1) {
      queueId = this.takeId();
      this.queues.add(filter, queueId, 0, 0, 0);
      wb.tryPut(systemKey(SYS_NEXT_QUEUE), u32Value(this.nextQueueId));
    }
    const refs = this.queues.refs[queueId]! + 1;
    this.queues.setRefs(queueId, refs);
    wb.tryPut(registryKey(filter), registryValue(queueId, refs));
    return { queueId, endOffset: this.queues.assigned[queueId]! };
  }

  /** One reference less on the filter's consume queue, written into `wb`. */
  release(filter: string, wb: RocksDB.WriteBatch): void {
    const queueId = this.queues.lookup(filter);
    if (queueId === -1 || this.queues.refs[queueId] === 0) {
      this.logger.debug('unregister of a filter with no references', { filter });
      return;
    }
    const refs = this.queues.refs[queueId]! - 1;
    this.queues.setRefs(queueId, refs);
    wb.tryPut(registryKey(filter), registryValue(queueId, refs));
  }

  /** Reference count of a filter (0 when unknown). */
  refs(filter: string): number {
    const id = this.queues.lookup(filter);
    return id === -1 ? 0 : this.queues.refs[id]!;
  }

  /** A new entry-stream id, never in the registry (no topic matches it); its allocation goes into `wb`. */
  allocateStream(wb: RocksDB.WriteBatch): number {
    const id = this.takeId();
    wb.tryPut(systemKey(SYS_NEXT_QUEUE), u32Value(this.nextQueueId));
    return id;
  }

  private takeId(): number {
    if (this.nextQueueId > MAX_QUEUE_ID) throw new Error('queue ids exhausted');
    return this.nextQueueId++;
  }
}

/** The share group a `$share/<group>/<filter>` registration names; null for any other filter. */
export function shareTarget(filter: string): { group: string; filter: string } | null {
  if (!filter.startsWith('$share/')) return null;
  let t: ReturnType<typeof parseConsumerFilter>;
  try {
    t = parseConsumerFilter(filter);
  } catch (err) {
    throw new RangeError(`cannot register filter ${JSON.stringify(filter.slice(0, 100))}: ${(err as Error).message}`);
  }
  if (t === null || t.kind !== 'share') throw new RangeError(`cannot register filter ${JSON.stringify(filter.slice(0, 100))}`);
  const err = checkTopicFilter(t.filter);
  if (err !== null) throw new RangeError(`cannot register filter ${JSON.stringify(filter.slice(0, 100))}: ${err}`);
  return { group: t.group, filter: t.filter };
}
