/**
 * RocksDB key spaces of the store index. One column family, each space behind a one-byte
 * prefix, so one WriteBatch covers any mix of them atomically (rocksdb-native binds a batch to
 * a single column family). Integers are big-endian so byte order is numeric order.
 *
 *   0x01 REGISTRY    0x01 | filter (UTF-8)             → queueId u32 | refs u32
 *   0x02 ENTRY       0x02 | queueId u32 | lastOffset u64 → n × (logPosition u64 | size u32 | timestamp u64)
 *   0x03 QUEUE_END   0x03 | queueId u32                → end offset u64, as of SYS_ENDS_CHECKPOINT
 *   0x04 QUEUE_START 0x04 | queueId u32                → start offset u64 (first entry kept)
 *   0x05 OFFSET      0x05 | owner length u16 | owner | queueId u32 → offset u64
 *   0x06 RETAINED    0x06 | topic (UTF-8)              → logPosition u64 | encoded record
 *   0x07 META        0x07 | key (UTF-8)                → value (opaque)
 *   0x08 SYSTEM      0x08 | SYS_*                      → see below
 *        SYS_CHECKPOINT       u64: every record below this log position is indexed
 *        SYS_NEXT_QUEUE       u32: the next queue id to allocate (ids are never reused)
 *        SYS_ENDS_CHECKPOINT  u64: QUEUE_END rows are exact for the log below this position
 *        SYS_QUEUES_CONFIG    JSON: the message queues' QueuesConfig (absent: the defaults)
 *        SYS_NEXT_MQ          u32: the next message-queue id to allocate (never reused)
 *   0x09 MQ_QUEUE    0x09 | mqId u32                  → JSON definition (dispatcher/queue-registry.ts)
 *   0x0A MQ_STATE    0x0A | mqId u32                  → acknowledged state (dispatcher/queue-state.ts)
 *   0x0B LASTVALUE   0x0B | mqId u32 | key (UTF-8)     → offset u64: the newest offset of the key
 *
 * Message queues (DESIGN §2) have their own u32 ids. A queue reads the consume queue of its
 * filter; a dead-letter queue reads an entry stream of its own: ENTRY blocks under a consume
 * queue id taken from SYS_NEXT_QUEUE but never put in REGISTRY (so no topic ever matches it),
 * one entry per block, keyed by its offset.
 *
 * ENTRY holds a block: the consecutive entries one write batch added to one queue, offsets
 * lastOffset-n+1 … lastOffset (n ≤ MAX_BLOCK_ENTRIES). One put per queue per batch instead of
 * one per message: a broad wildcard queue gets one put for a whole batch. Keying by the last
 * offset makes "the block holding offset o" the first key ≥ (queueId, o): one forward seek.
 *
 * QUEUE_END rows are written lazily (at most every ENDS_FLUSH_MS, in an index batch, with
 * SYS_ENDS_CHECKPOINT), not per batch: they would double the puts of the common one-subscriber
 * topic. Recovery finds the queues that may have moved since — those matching a record
 * between the two checkpoints — and reads their true end from their last block.
 *
 * Queue ids, not filter strings, sit in the hot keys: 13 bytes per ENTRY key. The filter ↔ id
 * map is loaded into memory at open from REGISTRY (the reverse direction is the in-memory
 * table; a second key space would only be read at that same moment).
 */

export const REGISTRY = 0x01;
export const ENTRY = 0x02;
export const QUEUE_END = 0x03;
export const QUEUE_START = 0x04;
export const OFFSET = 0x05;
export const RETAINED = 0x06;
export const META = 0x07;
export const SYSTEM = 0x08;
export const MQ_QUEUE = 0x09;
export const MQ_STATE = 0x0a;
export const LASTVALUE = 0x0b;

export const SYS_CHECKPOINT = 0x01;
export const SYS_NEXT_QUEUE = 0x02;
export const SYS_ENDS_CHECKPOINT = 0x03;
export const SYS_QUEUES_CONFIG = 0x04;
export const SYS_NEXT_MQ = 0x05;

export const ENTRY_KEY_BYTES = 13;
/** Bytes of one entry inside a block value. */
export const ENTRY_VALUE_BYTES = 20;
/** Entries per block at most; a batch adding more to one queue writes several blocks. */
export const MAX_BLOCK_ENTRIES = 1024;
export const MAX_QUEUE_ID = 0xffff_fffe;

const TWO_32 = 0x1_0000_0000;

export function writeU64(buf: Buffer, value: number, at: number): void {
  buf.writeUInt32BE(Math.floor(value / TWO_32), at);
  buf.writeUInt32BE(value >>> 0, at + 4);
}

export function readU64(buf: Buffer, at: number): number {
  return buf.readUInt32BE(at) * TWO_32 + buf.readUInt32BE(at + 4);
}

function prefixed(prefix: number, text: string): Buffer {
  const len = Buffer.byteLength(text, 'utf8');
  const key = Buffer.allocUnsafe(1 + len);
  key[0] = prefix;
  key.write(text, 1, 'utf8');
  return key;
}

export function registryKey(filter: string): Buffer {
  return prefixed(REGISTRY, filter);
}

export function registryValue(queueId: number, refs: number): Buffer {
  const v = Buffer.allocUnsafe(8);
  v.writeUInt32BE(queueId, 0);
  v.writeUInt32BE(refs, 4);
  return v;
}

/** Writes an ENTRY key (a block's key: its last offset) into `buf` at `at`. */
export function writeEntryKey(buf: Buffer, at: number, queueId: number, offset: number): void {
  buf[at] = ENTRY;
  buf.writeUInt32BE(queueId, at + 1);
  writeU64(buf, offset, at + 5);
}

export function entryKey(queueId: number, offset: number): Buffer {
  const key = Buffer.allocUnsafe(ENTRY_KEY_BYTES);
  writeEntryKey(key, 0, queueId, offset);
  return key;
}

export function writeEntryValue(buf: Buffer, at: number, logPosition: number, size: number, timestamp: number): void {
  writeU64(buf, logPosition, at);
  buf.writeUInt32BE(size, at + 8);
  writeU64(buf, timestamp, at + 12);
}

export interface EntryValue {
  logPosition: number;
  size: number;
  timestamp: number;
}

/** Entry `i` of a block value. */
export function readBlockEntry(block: Buffer, i: number): EntryValue {
  const at = i * ENTRY_VALUE_BYTES;
  return { logPosition: readU64(block, at), size: block.readUInt32BE(at + 8), timestamp: readU64(block, at + 12) };
}

/** Entries in a block value; throws on a malformed one. */
export function blockLength(block: Buffer): number {
  const n = block.length / ENTRY_VALUE_BYTES;
  if (!Number.isInteger(n) || n < 1) throw new Error(`consume-queue block of ${block.length} bytes is not a whole number of entries`);
  return n;
}

/** Queue id and last offset of an ENTRY key. */
export function readEntryKey(key: Buffer): { queueId: number; lastOffset: number } {
  return { queueId: key.readUInt32BE(1), lastOffset: readU64(key, 5) };
}

export function queueKey(prefix: typeof QUEUE_END | typeof QUEUE_START, queueId: number): Buffer {
  const key = Buffer.allocUnsafe(5);
  key[0] = prefix;
  key.writeUInt32BE(queueId, 1);
  return key;
}

export function u64Value(value: number): Buffer {
  const v = Buffer.allocUnsafe(8);
  writeU64(v, value, 0);
  return v;
}

export function u32Value(value: number): Buffer {
  const v = Buffer.allocUnsafe(4);
  v.writeUInt32BE(value, 0);
  return v;
}

/** 0x05 | owner length | owner: the prefix of all of one owner's offsets. */
export function offsetOwnerPrefix(owner: string): Buffer {
  const len = Buffer.byteLength(owner, 'utf8');
  if (len > 0xffff) throw new RangeError(`offset owner of ${len} bytes; at most 65535`);
  const key = Buffer.allocUnsafe(3 + len);
  key[0] = OFFSET;
  key.writeUInt16BE(len, 1);
  key.write(owner, 3, 'utf8');
  return key;
}

export function offsetKey(ownerPrefix: Buffer, queueId: number): Buffer {
  const key = Buffer.allocUnsafe(ownerPrefix.length + 4);
  ownerPrefix.copy(key, 0);
  key.writeUInt32BE(queueId, ownerPrefix.length);
  return key;
}

export function retainedKey(topic: string): Buffer {
  return prefixed(RETAINED, topic);
}

export function metaKey(key: string): Buffer {
  return prefixed(META, key);
}

export function systemKey(which: number): Buffer {
  return Buffer.from([SYSTEM, which]);
}

/** An MQ_QUEUE or MQ_STATE key, or (LASTVALUE) the prefix of one queue's last-value rows. */
export function mqKey(space: typeof MQ_QUEUE | typeof MQ_STATE | typeof LASTVALUE, mqId: number): Buffer {
  const key = Buffer.allocUnsafe(5);
  key[0] = space;
  key.writeUInt32BE(mqId, 1);
  return key;
}

export function lastValueKey(mqId: number, key: string): Buffer {
  const len = Buffer.byteLength(key, 'utf8');
  const out = Buffer.allocUnsafe(5 + len);
  out[0] = LASTVALUE;
  out.writeUInt32BE(mqId, 1);
  out.write(key, 5, 'utf8');
  return out;
}

/**
 * The smallest key greater than every key starting with `prefix`, for range scans and range
 * deletes. `prefix` must not be all 0xff (every prefix here starts with a small space byte).
 */
export function prefixEnd(prefix: Buffer): Buffer {
  const end = Buffer.from(prefix);
  for (let i = end.length - 1; i >= 0; i--) {
    if (end[i]! < 0xff) {
      end[i] = end[i]! + 1;
      return end.subarray(0, i + 1);
    }
  }
  throw new RangeError('prefix has no end');
}

/** The key range of one queue's entries. */
export function entryRange(queueId: number): { gte: Buffer; lt: Buffer } {
  return { gte: entryKey(queueId, 0), lt: prefixEnd(entryKey(queueId, 0).subarray(0, 5)) };
}
