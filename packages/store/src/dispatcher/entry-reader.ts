/**
 * Reads a range of an entry stream — a consume queue, or a dead-letter stream (keys.ts ENTRY
 * blocks) — for a dispatcher: the entries' positions, sizes and timestamps, and for a load
 * their messages from the commit log, one batched read per page.
 */
import type { StoredMessage } from '@wharf/core';
import type { IndexDb } from '../index/index-db.ts';
import { blockLength, ENTRY_VALUE_BYTES, entryKey, readU64, entryRange } from '../index/keys.ts';
import type { LoadedEntry, ReadRequest } from './queue-dispatcher.ts';

export interface EntrySource {
  readonly index: IndexDb;
  /** First position the commit log still holds. */
  logStart(): number;
  /** Records at ascending `positions`; null for one gone or unreadable. */
  readMessages(positions: readonly number[], sizes: readonly number[]): Promise<(StoredMessage | null)[]>;
}

export interface ReadResult {
  /** Offsets [from, upTo) were examined: those without an item have no entry. */
  upTo: number;
  items: LoadedEntry[];
}

/** Block reads per native iterator call. */
const ITERATOR_CAPACITY = 32;

export async function readEntries(source: EntrySource, stream: number, req: ReadRequest): Promise<ReadResult> {
  const items: LoadedEntry[] = [];
  let bytes = 0;
  let upTo = req.to;
  const { lt } = entryRange(stream);
  scan: for await (const { key, value } of source.index.range(entryKey(stream, req.from), lt, { capacity: ITERATOR_CAPACITY })) {
    const last = readU64(key, 5);
    const first = last - blockLength(value) + 1;
    if (first >= req.to) break;
    for (let off = Math.max(first, req.from); off <= last && off < req.to; off++) {
      const at = (off - first) * ENTRY_VALUE_BYTES;
      const size = value.readUInt32BE(at + 8);
      if (items.length > 0 && (items.length >= req.maxMessages || bytes + size > req.maxBytes)) {
        upTo = off;
        break scan;
      }
      items.push({ offset: off, size, timestamp: readU64(value, at + 12), position: readU64(value, at), message: null });
      bytes += size;
    }
  }
  if (req.messages && items.length > 0) await attachMessages(source, items);
  return { upTo, items };
}

async function attachMessages(source: EntrySource, items: LoadedEntry[]): Promise<void> {
  const logStart = source.logStart();
  // The log reads ascending positions; a dead-letter stream's are in failure order.
  const order: number[] = [];
  for (let i = 0; i < items.length; i++) if (items[i]!.position >= logStart) order.push(i);
  if (order.length === 0) return;
  order.sort((a, b) => items[a]!.position - items[b]!.position);
  const positions: number[] = [];
  const sizes: number[] = [];
  let prev = -1;
  const unique: number[] = [];
  for (const i of order) {
    const p = items[i]!.position;
    // Two entries may point at one record (a message dead-lettered twice after restarts).
    if (p !== prev) {
      positions.push(p);
      sizes.push(items[i]!.size);
      prev = p;
    }
    unique.push(positions.length - 1);
  }
  const read = await source.readMessages(positions, sizes);
  for (let k = 0; k < order.length; k++) items[order[k]!]!.message = read[unique[k]!] ?? null;
}
