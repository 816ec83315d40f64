/**
 * The store's reads: pulls of a consume queue (entry blocks from the index, then one batched
 * read of their records from the log) and retained messages (held whole in the index).
 *
 * Pulls return expired messages too (offsets stay contiguous); the proxy drops them with
 * core's isExpired. Retained reads skip expired retained messages.
 */
import {
  checkTopicFilter,
  isExpired,
  isWildcardFilter,
  topicMatches,
  type Logger,
  type PullRequest,
  type PullResult,
  type QueueId,
  type StoredMessage,
} from '@wharf/core';
import type { CommitLog } from './commit-log/commit-log.ts';
import { readRecord } from './commit-log/record.ts';
import { UnknownQueueError } from './errors.ts';
import type { IndexDb } from './index/index-db.ts';
import { blockLength, ENTRY_VALUE_BYTES, entryKey, readU64, retainedKey } from './index/keys.ts';
import type { QueueRegistry } from './index/queues.ts';
import type { StoreMetrics } from './metrics.ts';

/** Largest `maxMessages` one pull honours. */
export const MAX_PULL_MESSAGES = 10_000;
/** Pull rounds that may skip unreadable entries before returning empty-handed. */
const MAX_SKIP_ROUNDS = 16;
/** Block reads per native iterator call during a pull. */
const PULL_ITERATOR_CAPACITY = 16;

export function assertQueue(queues: QueueRegistry, queueId: QueueId): void {
  if (!queues.has(queueId)) throw new UnknownQueueError(`no queue with id ${queueId}`);
}

export class StoreReader {
  constructor(
    private readonly index: IndexDb,
    private readonly queues: QueueRegistry,
    private readonly log: CommitLog,
    private readonly metrics: StoreMetrics,
    private readonly logger: Logger,
  ) {}

  async pull(request: PullRequest): Promise<PullResult> {
    const { queueId, fromOffset, maxMessages, maxBytes } = request;
    assertQueue(this.queues, queueId);
    if (!Number.isSafeInteger(fromOffset) || fromOffset < 0) throw new RangeError(`bad fromOffset ${fromOffset}`);
    if (!Number.isSafeInteger(maxMessages) || maxMessages < 1) throw new RangeError(`bad maxMessages ${maxMessages}`);
    if (!(maxBytes >= 1)) throw new RangeError(`bad maxBytes ${maxBytes}`);
    const limit = Math.min(maxMessages, MAX_PULL_MESSAGES);
    let from = Math.max(fromOffset, this.queues.start[queueId]!);
    const end = this.queues.visible[queueId]!;
    const messages: StoredMessage[] = [];
    for (let round = 0; round < MAX_SKIP_ROUNDS && from < end && messages.length === 0; round++) {
      const want = Math.min(limit, end - from);
      const logStart = this.log.start;
      const positions: number[] = [];
      const sizes: number[] = [];
      let bytes = 0;
      // Offset of positions[0], and the next offset to look at.
      let first = from;
      let next = from;
      // The block holding `from` is the first whose key (its last offset) is ≥ from.
      blocks: for await (const { key, value } of this.index.range(entryKey(queueId, from), entryKey(queueId, end), {
        limit: want,
        capacity: Math.min(want, PULL_ITERATOR_CAPACITY),
      })) {
        const last = readU64(key, 5);
        const blockFirst = last - blockLength(value) + 1;
        if (blockFirst > next) {
          if (positions.length > 0) break; // a hole ends the contiguous run
          next = blockFirst;
        }
        for (let off = next; off <= last; off++) {
          const at = (off - blockFirst) * ENTRY_VALUE_BYTES;
          const pos = readU64(value, at);
          const size = value.readUInt32BE(at + 8);
          if (positions.length === 0) {
            // Entries below the log start (retention) lead the range: skip them.
            if (pos < logStart) {
              next = off + 1;
              continue;
            }
            first = off;
          } else if (positions.length >= want || bytes + size > maxBytes) {
            break blocks;
          }
          positions.push(pos);
          sizes.push(size);
          bytes += size;
          next = off + 1;
        }
      }
      if (positions.length === 0) {
        from = next > from ? next : end;
        continue;
      }
      const read = await this.log.readMessages(positions, sizes);
      // An unreadable record leading the range is skipped; one further on ends the result, so
      // offsets stay contiguous and the next pull skips it.
      let lead = 0;
      while (lead < read.length && read[lead] === null) lead++;
      from = first + lead;
      for (let i = lead; i < read.length; i++) {
        const msg = read[i];
        if (msg === null || msg === undefined) break;
        messages.push(msg);
      }
      if (messages.length === 0) from = first + read.length;
    }
    this.metrics.pulls.inc();
    if (messages.length > 0) this.metrics.pulledMessages.inc(messages.length);
    return { firstOffset: from, messages, endOffset: end };
  }

  async retained(filter: string): Promise<StoredMessage[]> {
    const err = checkTopicFilter(filter);
    if (err !== null) throw new RangeError(`bad filter ${JSON.stringify(filter.slice(0, 100))}: ${err}`);
    const now = Date.now();
    const out: StoredMessage[] = [];
    const take = (value: Buffer): StoredMessage | null => {
      try {
        const m = readRecord(value, 8, readU64(value, 0));
        return isExpired(m, now) ? null : m;
      } catch (e) {
        this.logger.warn('retained message is unreadable', { error: (e as Error).message });
        return null;
      }
    };
    if (!isWildcardFilter(filter)) {
      const v = await this.index.get(retainedKey(filter));
      const m = v === null ? null : take(v);
      if (m !== null) out.push(m);
      return out;
    }
    // Scan only topics sharing the literal levels before the first wildcard.
    const levels = filter.split('/');
    const literal: string[] = [];
    for (const l of levels) {
      if (l === '+' || l === '#') break;
      literal.push(l);
    }
    const prefix = retainedKey(literal.join('/'));
    for await (const { key, value } of this.index.scanPrefix(prefix)) {
      const topic = key.toString('utf8', 1);
      if (!topicMatches(filter, topic)) continue;
      const m = take(value);
      if (m !== null) out.push(m);
    }
    return out;
  }
}
