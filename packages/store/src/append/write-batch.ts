/**
 * One write batch of the append pipeline (pipeline.ts): the appends it takes from the FIFO,
 * their records encoded into one buffer (one log write), their offsets handed out and their
 * index changes gathered into one RocksDB WriteBatch.
 */
import type { AppendResult, Message, StoredMessage } from '@wharf/core';
import type RocksDB from 'rocksdb-native';
import { encodeRecord, expiryDeadline } from '../commit-log/record.ts';
import { BatchIndexer, type LastValueHook } from '../index/batch-indexer.ts';
import type { IndexDb } from '../index/index-db.ts';
import type { QueueRegistry } from '../index/queues.ts';

export interface PendingAppend {
  messages: readonly Message[];
  /** Per message: why a queue refused it (not written; size 0), or null when none was. */
  refused: (string | undefined)[] | null;
  sizes: number[];
  bytes: number;
  enqueuedAt: number;
  resolve: (results: AppendResult[]) => void;
  reject: (err: unknown) => void;
}

export interface WriteBatchState {
  appends: PendingAppend[];
  /** Log position after the batch: its index checkpoint. */
  checkpoint: number;
  results: AppendResult[][];
  messageCount: number;
  bytes: number;
  indexer: BatchIndexer;
  wb: RocksDB.WriteBatch;
  oldestEnqueuedAt: number;
  indexDone: boolean;
  syncDone: boolean;
}

/**
 * Encodes `appends` (`bytes` of records) for the log at `position`, hands out their offsets
 * and fills the index batch. `syncDone`: no fsync is awaited before the batch is acknowledged.
 * On a throw, offsets are returned and the index batch discarded.
 */
export function buildWriteBatch(
  appends: PendingAppend[],
  bytes: number,
  position: number,
  syncDone: boolean,
  index: IndexDb,
  queues: QueueRegistry,
  lastValue: readonly (LastValueHook | undefined)[],
): { state: WriteBatchState; buf: Buffer; position: number } {
  const timestamp = Date.now();
  const buf = Buffer.allocUnsafe(bytes);
  let messageCount = 0;
  for (const a of appends) messageCount += a.messages.length;
  const wb = index.batch(messageCount + 8);
  const indexer = new BatchIndexer(queues, wb, lastValue);
  const results: AppendResult[][] = new Array<AppendResult[]>(appends.length);
  let at = 0;
  let oldest = Infinity;
  try {
    for (let r = 0; r < appends.length; r++) {
      const a = appends[r]!;
      if (a.enqueuedAt < oldest) oldest = a.enqueuedAt;
      const out: AppendResult[] = new Array<AppendResult>(a.messages.length);
      for (let i = 0; i < a.messages.length; i++) {
        const m = a.messages[i]!;
        const size = a.sizes[i]!;
        const refused = a.refused?.[i];
        if (refused !== undefined) {
          out[i] = { logPosition: -1, timestamp: 0, matched: false, refused };
          messageCount--;
          continue;
        }
        const expiresAt = expiryDeadline(m, timestamp);
        encodeRecord(buf, at, size, m, timestamp, expiresAt);
        const logPosition = position + at;
        const stored: StoredMessage = {
          topic: m.topic,
          payload: m.payload,
          qos: m.qos,
          retain: m.retain,
          logPosition,
          timestamp,
          expiresAt,
        };
        if (m.from !== undefined) stored.from = m.from;
        if (m.properties !== undefined) stored.properties = m.properties;
        const entriesBefore = indexer.entries;
        indexer.add(stored, buf, at, size);
        out[i] = { logPosition, timestamp, matched: indexer.entries !== entriesBefore };
        at += size;
      }
      results[r] = out;
    }
  } catch (err) {
    indexer.rollback();
    index.discard(wb);
    throw err;
  }
  indexer.finish(position + bytes);
  const state: WriteBatchState = {
    appends,
    checkpoint: position + bytes,
    results,
    messageCount,
    bytes,
    indexer,
    wb,
    oldestEnqueuedAt: oldest,
    indexDone: false,
    syncDone,
  };
  return { state, buf, position };
}
