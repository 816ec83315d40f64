/** Small opaque records beside the index (keys.ts META): session snapshots in all-in-one mode. */
import type { IndexDb } from './index-db.ts';
import { metaKey } from './keys.ts';

export function get(index: IndexDb, key: string): Promise<Buffer | null> {
  return index.get(metaKey(key));
}

export async function list(index: IndexDb, prefix: string): Promise<{ key: string; value: Buffer }[]> {
  const out: { key: string; value: Buffer }[] = [];
  for await (const { key, value } of index.scanPrefix(metaKey(prefix))) out.push({ key: key.toString('utf8', 1), value });
  return out;
}

/** Puts, or deletes (value null), every key in one index batch. */
export async function put(index: IndexDb, batch: readonly { key: string; value: Buffer | null }[]): Promise<void> {
  if (batch.length === 0) return;
  const wb = index.batch(batch.length);
  for (const { key, value } of batch) {
    if (value === null) wb.tryDelete(metaKey(key));
    else wb.tryPut(metaKey(key), value);
  }
  await index.commit(wb);
}
