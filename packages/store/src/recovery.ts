/**
 * What opening a store reads back, and the checkpoints that bound it (keys.ts SYSTEM rows).
 *
 * The index is written after the log and not synced per batch, so at open it may lag: every
 * record below SYS_CHECKPOINT is indexed, the tail after it is re-indexed from the log. Queue
 * ends are persisted lazily (writeEnds, from the append pipeline at most every ENDS_FLUSH_MS):
 * QUEUE_END rows are exact below SYS_ENDS_CHECKPOINT, and the queues that may have moved since
 * get their end read back from their last entry block.
 */
import type { Logger } from '@wharf/core';
import type RocksDB from 'rocksdb-native';
import type { CommitLog, RecoveryReport, ScannedRecord } from './commit-log/commit-log.ts';
import { decodeRecord } from './commit-log/record.ts';
import { BatchIndexer, type LastValueHook } from './index/batch-indexer.ts';
import type { IndexDb } from './index/index-db.ts';
import {
  entryKey,
  prefixEnd,
  QUEUE_END,
  QUEUE_START,
  queueKey,
  readU64,
  REGISTRY,
  SYS_CHECKPOINT,
  SYS_ENDS_CHECKPOINT,
  SYS_NEXT_QUEUE,
  systemKey,
  u64Value,
} from './index/keys.ts';
import type { QueueRegistry } from './index/queues.ts';

/** Queues examined concurrently by cleanup and recovery seeks. */
export const SEEK_CONCURRENCY = 32;

/** What opening the store found and repaired. */
export interface StoreRecoveryReport extends RecoveryReport {
  /** Records re-indexed from the log tail after the checkpoint. */
  reindexedRecords: number;
  /** Queues whose end was read back from their last entry block (ends not yet persisted). */
  seekedQueues: number;
}

export interface IndexState {
  checkpoint: number;
  endsCheckpoint: number;
  nextQueueId: number;
}

/** The log and index a recovery reads and repairs. */
export interface RecoveryTarget {
  index: IndexDb;
  queues: QueueRegistry;
  log: CommitLog;
  logger: Logger;
}

/** Loads the registry and queue offsets into `queues`; returns the checkpoint. */
export async function loadIndexState(index: IndexDb, queues: QueueRegistry): Promise<IndexState> {
  const ends = new Map<number, number>();
  for await (const { key, value } of index.scanPrefix(Buffer.from([QUEUE_END]))) ends.set(key.readUInt32BE(1), readU64(value, 0));
  const starts = new Map<number, number>();
  for await (const { key, value } of index.scanPrefix(Buffer.from([QUEUE_START]))) starts.set(key.readUInt32BE(1), readU64(value, 0));
  let maxId = -1;
  for await (const { key, value } of index.scanPrefix(Buffer.from([REGISTRY]))) {
    const filter = key.toString('utf8', 1);
    const id = value.readUInt32BE(0);
    const refs = value.readUInt32BE(4);
    const end = ends.get(id) ?? 0;
    queues.add(filter, id, refs, Math.min(starts.get(id) ?? 0, end), end);
    if (id > maxId) maxId = id;
  }
  const cp = await index.get(systemKey(SYS_CHECKPOINT));
  const endsCp = await index.get(systemKey(SYS_ENDS_CHECKPOINT));
  const next = await index.get(systemKey(SYS_NEXT_QUEUE));
  return {
    checkpoint: cp === null ? 0 : readU64(cp, 0),
    endsCheckpoint: endsCp === null ? 0 : readU64(endsCp, 0),
    nextQueueId: Math.max(next === null ? 0 : next.readUInt32BE(0), maxId + 1),
  };
}

/** Adds every dirty queue's end and the ends checkpoint to `wb`. */
export function writeEnds(queues: QueueRegistry, wb: RocksDB.WriteBatch, checkpoint: number): void {
  for (const q of queues.takeDirtyEnds()) wb.tryPut(queueKey(QUEUE_END, q), u64Value(queues.assigned[q]!));
  wb.tryPut(systemKey(SYS_ENDS_CHECKPOINT), u64Value(checkpoint));
}

/**
 * QUEUE_END rows are exact below the ends checkpoint. Queues that took entries after it are
 * those matching a record between the two checkpoints (plus dormant ones, which the trie
 * no longer knows); their end is read back from their last block. When the log lost indexed
 * records, or the records are gone, every queue is checked. Returns how many were.
 */
export async function recoverEnds(target: RecoveryTarget, state: IndexState, logLostIndexed: boolean): Promise<number> {
  const { index, queues, log } = target;
  if (state.endsCheckpoint >= state.checkpoint && !logLostIndexed) return 0;
  let candidates: number[];
  if (logLostIndexed || state.endsCheckpoint < log.start) {
    candidates = queues.ids();
    target.logger.warn('queue ends must be read back for every queue', { queues: candidates.length });
  } else {
    const set = new Set<number>(queues.dormantIds());
    const matches: number[] = [];
    await log.scan(state.endsCheckpoint, async (records) => {
      for (const r of records) {
        if (r.position >= state.checkpoint) break;
        matches.length = 0;
        queues.match(decodeRecord(r.buf, r.at, r.size, r.position).topic, matches);
        for (const q of matches) set.add(q);
      }
    });
    candidates = [...set];
  }
  const wb = index.batch(candidates.length + 1);
  for (let i = 0; i < candidates.length; i += SEEK_CONCURRENCY) {
    await Promise.all(
      candidates.slice(i, i + SEEK_CONCURRENCY).map(async (q) => {
        for await (const { key } of index.range(entryKey(q, 0), prefixEnd(entryKey(q, 0).subarray(0, 5)), { reverse: true, limit: 1 })) {
          const end = readU64(key, 5) + 1;
          if (end > queues.assigned[q]!) {
            queues.assigned[q] = end;
            queues.visible[q] = end;
          }
        }
        wb.tryPut(queueKey(QUEUE_END, q), u64Value(queues.assigned[q]!));
      }),
    );
  }
  wb.tryPut(systemKey(SYS_ENDS_CHECKPOINT), u64Value(state.checkpoint));
  await index.commit(wb);
  return candidates.length;
}

/**
 * Re-indexes records from `from` to the log end; returns how many. Last-value rows are
 * rewritten too, so the message queues' definitions (`lastValue`) must be loaded first.
 */
export async function reindex(target: RecoveryTarget, lastValue: readonly (LastValueHook | undefined)[], from: number): Promise<number> {
  const { index, queues, log } = target;
  let count = 0;
  await log.scan(from, async (records: ScannedRecord[]) => {
    const wb = index.batch(records.length + 8);
    const indexer = new BatchIndexer(queues, wb, lastValue);
    let end = from;
    for (const r of records) {
      const message = decodeRecord(r.buf, r.at, r.size, r.position);
      indexer.add(message, r.buf, r.at, r.size);
      end = r.position + r.size;
    }
    indexer.finish(end, true);
    await index.commit(wb);
    indexer.publish();
    count += records.length;
  });
  return count;
}
