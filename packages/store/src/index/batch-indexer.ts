/**
 * Fills one RocksDB WriteBatch with everything a batch of records changes in the index: one
 * entry block per touched queue (see keys.ts), retained updates and the checkpoint. Offsets
 * are handed out here, synchronously, in record order; `rollback` returns them if the batch's
 * log write fails.
 *
 * Used by the live append path and by recovery's re-indexing alike.
 */
import type { StoredMessage } from '@wharf/core';
import type RocksDB from 'rocksdb-native';
import {
  lastValueKey,
  ENTRY_KEY_BYTES,
  ENTRY_VALUE_BYTES,
  MAX_BLOCK_ENTRIES,
  QUEUE_END,
  queueKey,
  retainedKey,
  SYS_CHECKPOINT,
  SYS_ENDS_CHECKPOINT,
  systemKey,
  u64Value,
  writeEntryKey,
  writeEntryValue,
  writeU64,
} from './keys.ts';
import type { QueueRegistry } from './queues.ts';

export interface TouchedQueue {
  queueId: number;
  /** First offset handed out by this batch. */
  first: number;
  /** One past the last offset handed out by this batch. */
  end: number;
  /** The batch's messages for this queue, in offset order, with their record sizes. */
  messages: StoredMessage[];
  sizes: number[];
  payloadBytes: number;
  /** Last-value queue fed by this consume queue: key → newest offset in this batch. */
  lastValues?: Map<string, number>;
  lastValueQueue?: number;
}

/**
 * The last-value queue reading a consume queue (at most one: a queue per filter). Its key
 * rows go into the batch that writes the entries, so recovery's re-indexing rewrites them too.
 */
export interface LastValueHook {
  /** The message queue id (LASTVALUE rows are keyed by it). */
  readonly queue: number;
  /** The key the message is kept under; null when it has none (no row is written). */
  keyFor(message: StoredMessage): string | null;
}

export class BatchIndexer {
  readonly touched: TouchedQueue[] = [];
  /** Consume-queue entries added. */
  entries = 0;
  private readonly byQueue = new Map<number, TouchedQueue>();
  private readonly matches: number[] = [];

  constructor(
    private readonly queues: QueueRegistry,
    private readonly wb: RocksDB.WriteBatch,
    /** By consume-queue id; absent for stores without last-value queues. */
    private readonly lastValue?: readonly (LastValueHook | undefined)[],
  ) {}

  /** Indexes the record `record[at, at+size)` holding `message`. */
  add(message: StoredMessage, record: Buffer, at: number, size: number): void {
    const matches = this.matches;
    matches.length = 0;
    const n = this.queues.match(message.topic, matches);
    const assigned = this.queues.assigned;
    for (let i = 0; i < n; i++) {
      const q = matches[i]!;
      const offset = assigned[q]!;
      assigned[q] = offset + 1;
      let t = this.byQueue.get(q);
      if (t === undefined) {
        t = { queueId: q, first: offset, end: offset + 1, messages: [message], sizes: [size], payloadBytes: message.payload.length };
        this.byQueue.set(q, t);
        this.touched.push(t);
      } else {
        t.end = offset + 1;
        t.messages.push(message);
        t.sizes.push(size);
        t.payloadBytes += message.payload.length;
      }
      const lv = this.lastValue?.[q];
      if (lv !== undefined) {
        const key = lv.keyFor(message);
        if (key !== null) {
          (t.lastValues ??= new Map()).set(key, offset);
          t.lastValueQueue = lv.queue;
        }
      }
    }
    this.entries += n;
    if (message.retain) {
      const key = retainedKey(message.topic);
      if (message.payload.length === 0) {
        this.wb.tryDelete(key);
      } else {
        const value = Buffer.allocUnsafe(8 + size);
        writeU64(value, message.logPosition, 0);
        record.copy(value, 8, at, at + size);
        this.wb.tryPut(key, value);
      }
    }
  }

  /**
   * Writes the entry blocks and the checkpoint (everything below it is indexed). With
   * `writeEnds`, also the touched queues' ends and the ends checkpoint (recovery's batches).
   */
  finish(checkpoint: number, writeEnds = false): void {
    let bytes = 0;
    for (const t of this.touched) bytes += Math.ceil((t.end - t.first) / MAX_BLOCK_ENTRIES) * ENTRY_KEY_BYTES + (t.end - t.first) * ENTRY_VALUE_BYTES;
    // One slab for every key and value of the batch.
    const slab = Buffer.allocUnsafe(bytes);
    let p = 0;
    for (const t of this.touched) {
      const count = t.end - t.first;
      for (let from = 0; from < count; from += MAX_BLOCK_ENTRIES) {
        const to = Math.min(count, from + MAX_BLOCK_ENTRIES);
        const keyAt = p;
        writeEntryKey(slab, keyAt, t.queueId, t.first + to - 1);
        p += ENTRY_KEY_BYTES;
        const valueAt = p;
        for (let i = from; i < to; i++) {
          const m = t.messages[i]!;
          writeEntryValue(slab, p, m.logPosition, t.sizes[i]!, m.timestamp);
          p += ENTRY_VALUE_BYTES;
        }
        this.wb.tryPut(slab.subarray(keyAt, valueAt), slab.subarray(valueAt, p));
      }
      if (writeEnds) this.wb.tryPut(queueKey(QUEUE_END, t.queueId), u64Value(t.end));
      if (t.lastValues !== undefined) {
        const mq = t.lastValueQueue!;
        for (const [key, offset] of t.lastValues) this.wb.tryPut(lastValueKey(mq, key), u64Value(offset));
      }
    }
    this.wb.tryPut(systemKey(SYS_CHECKPOINT), u64Value(checkpoint));
    if (writeEnds) this.wb.tryPut(systemKey(SYS_ENDS_CHECKPOINT), u64Value(checkpoint));
  }

  /**
   * Makes the batch's offsets visible to readers (after it is written and durable), and
   * notes the head position of queues that were empty.
   */
  publish(): void {
    const { visible, start, head } = this.queues;
    for (const t of this.touched) {
      const q = t.queueId;
      if (!this.queues.has(q)) continue;
      if (visible[q]! <= start[q]!) head[q] = t.messages[0]!.logPosition;
      if (t.end > visible[q]!) visible[q] = t.end;
    }
  }

  /**
   * Returns the offsets this batch handed out. Valid only while no later batch has taken
   * offsets (the store has one log write in flight, and builds the next batch after it).
   */
  rollback(): void {
    const assigned = this.queues.assigned;
    for (const t of this.touched) if (this.queues.has(t.queueId)) assigned[t.queueId] = t.first;
  }
}
