/**
 * The persisted acknowledgement state of one message queue (MQ_STATE rows, keys.ts):
 *
 *   version u8 = 1
 *   prefix u64                        every offset below is done
 *   ranges u32, ranges × (start u64, end u64)    done offsets above the prefix
 *   counts u32, counts × (offset u64, deliveries u32)   delivery counts of entries not done
 *
 * Written coalesced (message-queues.ts), never per acknowledgement. After a restart every
 * offset at or above the prefix and not in a done range is waiting again: at least once.
 * Done offsets form a few ranges (consumers acknowledge roughly in order), so a row stays
 * small however many messages it covers; delivery counts are bounded by the window.
 */
import { readU64, writeU64 } from '../index/keys.ts';
import { OffsetSet } from './offset-set.ts';

const VERSION = 1;

export interface QueueState {
  prefix: number;
  done: [number, number][];
  deliveries: [number, number][];
}

export function encodeQueueState(s: QueueState): Buffer {
  const buf = Buffer.allocUnsafe(1 + 8 + 4 + s.done.length * 16 + 4 + s.deliveries.length * 12);
  let p = 0;
  buf[p++] = VERSION;
  writeU64(buf, s.prefix, p);
  p += 8;
  buf.writeUInt32BE(s.done.length, p);
  p += 4;
  for (const [start, end] of s.done) {
    writeU64(buf, start, p);
    writeU64(buf, end, p + 8);
    p += 16;
  }
  buf.writeUInt32BE(s.deliveries.length, p);
  p += 4;
  for (const [offset, count] of s.deliveries) {
    writeU64(buf, offset, p);
    buf.writeUInt32BE(Math.min(count, 0xffff_ffff), p + 8);
    p += 12;
  }
  return buf;
}

export interface DecodedQueueState {
  prefix: number;
  done: OffsetSet;
  deliveries: Map<number, number>;
}

/** Throws on a malformed row. */
export function decodeQueueState(buf: Buffer): DecodedQueueState {
  if (buf.length < 17 || buf[0] !== VERSION) throw new Error(`queue state row of ${buf.length} bytes, version ${buf[0]}: unreadable`);
  let p = 1;
  const prefix = readU64(buf, p);
  p += 8;
  const ranges = buf.readUInt32BE(p);
  p += 4;
  if (buf.length < p + ranges * 16 + 4) throw new Error('queue state row is truncated');
  const done = new OffsetSet();
  for (let i = 0; i < ranges; i++) {
    done.addRange(readU64(buf, p), readU64(buf, p + 8));
    p += 16;
  }
  const counts = buf.readUInt32BE(p);
  p += 4;
  if (buf.length !== p + counts * 12) throw new Error('queue state row has a bad length');
  const deliveries = new Map<number, number>();
  for (let i = 0; i < counts; i++) {
    deliveries.set(readU64(buf, p), buf.readUInt32BE(p + 8));
    p += 12;
  }
  return { prefix, done, deliveries };
}
