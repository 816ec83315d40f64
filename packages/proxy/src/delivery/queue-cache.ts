import type { StoredMessage } from '@wharf/core';

/**
 * One message of a queue as the proxy holds it. Encodings are memoised here so a QoS 0
 * fan-out encodes a PUBLISH once and writes the same Buffer to every subscriber.
 */
export class CacheEntry {
  topicBytes: Buffer | null = null;
  /** QoS 0, retain 0 PUBLISH for MQTT 3.1/3.1.1, and for MQTT 5 without properties. */
  qos0v4: Buffer | null = null;
  qos0v5: Buffer | null = null;
  /** The message's own MQTT 5 properties, encoded (see encodeStaticProperties). */
  propsV5: Buffer | null = null;

  constructor(readonly message: StoredMessage) {}

  topic(): Buffer {
    return (this.topicBytes ??= Buffer.from(this.message.topic, 'utf8'));
  }
}

/** A contiguous run of messages as it arrived (one event's inline part or one pull). */
class Segment {
  constructor(
    readonly first: number,
    readonly entries: CacheEntry[],
  ) {}

  get end(): number {
    return this.first + this.entries.length;
  }
}

/** Runs shorter than this are merged into the previous one, so lookups scan few segments. */
const MERGE_BELOW = 64;

/**
 * The newest messages of one queue, shared by every local session reading it (RocketMQ-MQTT
 * keeps 128 per queue, one loader): a contiguous window [start, end) of at least `capacity`
 * messages when available. The newest run is always kept whole, even when larger than the
 * capacity, so every cursor inside the batch that just arrived is served without a pull.
 */
export class QueueCache {
  private segments: Segment[] = [];
  private count = 0;
  private _start = 0;
  private _end = 0;

  constructor(readonly capacity: number) {
    if (!(capacity >= 1)) throw new Error(`queue cache capacity ${capacity} must be at least 1`);
  }

  get start(): number {
    return this._start;
  }

  get end(): number {
    return this._end;
  }

  get size(): number {
    return this.count;
  }

  get(offset: number): CacheEntry | undefined {
    if (offset < this._start || offset >= this._end) return undefined;
    const segs = this.segments;
    // Readers are almost always near the end: scan backwards.
    for (let i = segs.length - 1; i >= 0; i--) {
      const s = segs[i]!;
      if (offset >= s.first) return s.entries[offset - s.first];
    }
    return undefined;
  }

  /** Empties the cache; the next append starts the window at its first offset. */
  reset(offset: number): void {
    this.segments = [];
    this.count = 0;
    this._start = offset;
    this._end = offset;
  }

  /**
   * Adds messages starting at `firstOffset`. Overlap with what is cached is skipped; a gap
   * after the cached window restarts the window at `firstOffset` (readers of the skipped range
   * pull on their own). The oldest runs make room for new ones.
   */
  append(firstOffset: number, messages: readonly StoredMessage[]): void {
    const n = messages.length;
    if (n === 0) return;
    if (this.count === 0 || firstOffset > this._end || firstOffset + n <= this._start) this.reset(firstOffset);
    let i = this._end - firstOffset;
    if (i < 0) i = 0;
    if (i >= n) return;
    const last = this.segments.length > 0 ? this.segments[this.segments.length - 1]! : null;
    if (last !== null && last.entries.length < MERGE_BELOW) {
      for (; i < n; i++) last.entries.push(new CacheEntry(messages[i]!));
    } else {
      const entries = new Array<CacheEntry>(n - i);
      for (let k = 0; i < n; i++, k++) entries[k] = new CacheEntry(messages[i]!);
      this.segments.push(new Segment(firstOffset + (n - entries.length), entries));
    }
    const added = firstOffset + n - this._end;
    this.count += added;
    this._end = firstOffset + n;
    this.evict();
  }

  private evict(): void {
    const segs = this.segments;
    while (segs.length > 1 && this.count - segs[0]!.entries.length >= this.capacity) {
      this.count -= segs.shift()!.entries.length;
    }
    this._start = segs[0]!.first;
  }
}
