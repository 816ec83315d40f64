/**
 * A last-value queue's keys (issue 5): how a message's key is computed, and the newest offset
 * of each key. The offsets live in the LASTVALUE key space, written in the same WriteBatch as
 * the consume-queue entries (BatchIndexer), so recovery's re-indexing keeps them right; this
 * is their in-memory mirror, updated when a batch is published.
 *
 * The dispatcher skips a waiting entry whose key has a newer offset: a consumer coming online
 * gets the latest value per key, while one already online got each value as it was published.
 */
import { compileKeyExpression, DEFAULT_KEY_EXPRESSION, type KeyFunction, type Message, type MissingKeyPolicy, type StoredMessage } from '@wharf/core';

/** Longer keys count as missing: a key is part of a RocksDB key and of every mirror entry. */
export const MAX_LAST_VALUE_KEY_BYTES = 4096;

export interface LastValueSpec {
  keyExpression?: string;
  missingKey: MissingKeyPolicy;
  fallbackKey: string;
}

export class LastValueIndex {
  readonly expression: string;
  readonly missingKey: MissingKeyPolicy;
  readonly fallbackKey: string;
  private readonly keyFunction: KeyFunction;
  /** key → newest offset appended under it. */
  private readonly newest = new Map<string, number>();

  /** Throws RangeError for a bad key expression. */
  constructor(
    /** The message queue these keys belong to (LASTVALUE rows are keyed by it). */
    readonly queue: number,
    spec: LastValueSpec,
  ) {
    this.expression = spec.keyExpression ?? DEFAULT_KEY_EXPRESSION;
    this.keyFunction = compileKeyExpression(this.expression);
    this.missingKey = spec.missingKey;
    this.fallbackKey = spec.fallbackKey;
  }

  /** The message's own key, or undefined when it has none (or one too long to keep). */
  computeKey(message: StoredMessage | Message): string | undefined {
    let key: string | undefined;
    try {
      key = this.keyFunction(message);
    } catch {
      key = undefined;
    }
    if (key === undefined || Buffer.byteLength(key, 'utf8') > MAX_LAST_VALUE_KEY_BYTES) return undefined;
    return key;
  }

  /** The key the message is kept under: its own, or the fallback; null when the queue refuses keyless messages. */
  keyFor(message: StoredMessage | Message): string | null {
    const key = this.computeKey(message);
    if (key !== undefined) return key;
    return this.missingKey === 'fallback' ? this.fallbackKey : null;
  }

  /** Would the queue refuse `message` (a keyless one under `missingKey: 'reject'`)? */
  refuses(message: Message): boolean {
    return this.missingKey === 'reject' && this.computeKey(message) === undefined;
  }

  refusal(topicFilter: string): string {
    return `last-value queue ${topicFilter} refuses a message without a key (${this.expression} is undefined for it)`;
  }

  note(key: string, offset: number): void {
    const was = this.newest.get(key);
    if (was === undefined || offset > was) this.newest.set(key, offset);
  }

  newestOf(key: string): number | undefined {
    return this.newest.get(key);
  }

  /** Is the entry at `offset` of `message` replaced by a newer value of its key? */
  superseded(message: StoredMessage, offset: number): boolean {
    const key = this.keyFor(message);
    if (key === null) return false;
    const newest = this.newest.get(key);
    return newest !== undefined && newest > offset;
  }

  get size(): number {
    return this.newest.size;
  }

  offsets(): IterableIterator<number> {
    return this.newest.values();
  }

  entries(): IterableIterator<[string, number]> {
    return this.newest.entries();
  }

  /** Forgets keys whose newest offset is below `prefix` (every entry of them is done); returns them. */
  prune(prefix: number, limit: number): string[] {
    const out: string[] = [];
    for (const [key, offset] of this.newest) {
      if (offset >= prefix) continue;
      this.newest.delete(key);
      out.push(key);
      if (out.length >= limit) break;
    }
    return out;
  }
}
