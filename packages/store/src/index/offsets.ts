/**
 * Saved read offsets (keys.ts OFFSET): per owner (a session in all-in-one mode), an offset of
 * each consume queue it reads. The store keeps them durable; their meaning is the caller's.
 */
import type { OffsetEntry } from '@wharf/core';
import type { IndexDb } from './index-db.ts';
import { MAX_QUEUE_ID, offsetKey, offsetOwnerPrefix, prefixEnd, readU64, u64Value } from './keys.ts';

export async function load(index: IndexDb, owner: string): Promise<OffsetEntry[]> {
  const prefix = offsetOwnerPrefix(owner);
  const out: OffsetEntry[] = [];
  for await (const { key, value } of index.scanPrefix(prefix)) {
    if (key.length !== prefix.length + 4) continue;
    out.push({ queueId: key.readUInt32BE(prefix.length), offset: readU64(value, 0) });
  }
  return out;
}

/** Replaces the listed entries of each owner, in one index batch. */
export async function save(index: IndexDb, batch: readonly { owner: string; entries: readonly OffsetEntry[] }[]): Promise<void> {
  let ops = 0;
  for (const b of batch) ops += b.entries.length;
  if (ops === 0) return;
  const wb = index.batch(ops);
  for (const b of batch) {
    const prefix = offsetOwnerPrefix(b.owner);
    for (const e of b.entries) {
      if (!Number.isSafeInteger(e.offset) || e.offset < 0) throw new RangeError(`bad offset ${e.offset} for queue ${e.queueId}`);
      if (!Number.isInteger(e.queueId) || e.queueId < 0 || e.queueId > MAX_QUEUE_ID) throw new RangeError(`bad queue id ${e.queueId}`);
      wb.tryPut(offsetKey(prefix, e.queueId), u64Value(e.offset));
    }
  }
  await index.commit(wb);
}

/** Deletes every offset of `owner`. */
export async function remove(index: IndexDb, owner: string): Promise<void> {
  const prefix = offsetOwnerPrefix(owner);
  const wb = index.batch(1);
  wb.tryDeleteRange(prefix, prefixEnd(prefix));
  await index.commit(wb);
}
