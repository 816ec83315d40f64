/**
 * Every PUBLISH received in one event-loop turn, from every connection, goes to the store in
 * one `append` call. Completions are handed back in submission order, so acknowledgements
 * leave in the order the PUBLISH packets arrived even if the store resolved calls out of order.
 */
import type { AppendResult, Logger, Message } from '@wharf/core';
import type { ProxyStats } from '../metrics.ts';

export interface AppendOwner {
  /**
   * The message is durable (error null) or lost (error set). Called once per message.
   * `matched`: some registered filter matched its topic (false only when durable and the store
   * said no filter matched). `refused`: the store did not write it (AppendResult.refused, the
   * reason for the publisher); error is null then.
   */
  appended(qos: number, packetId: number, bytes: number, error: Error | null, matched: boolean, refused?: string): void;
}

/**
 * Where batches go: a StorePort, or the store router, whose parts on different stores succeed
 * or fail on their own (an entry that is an Error failed; a rejection fails the whole call).
 */
export interface AppendTarget {
  append(messages: readonly Message[]): Promise<readonly (AppendResult | Error)[]>;
}

/** Bounds on one append call; a turn with more is split into several calls. */
export const APPEND_BATCH_MAX_MESSAGES = 4096;
export const APPEND_BATCH_MAX_BYTES = 8 * 1024 * 1024;

class Batch {
  done = false;
  error: Error | null = null;
  /** Per-message results when the call resolved (some entries may be errors). */
  results: readonly (AppendResult | Error)[] | null = null;
  constructor(
    readonly messages: Message[],
    readonly owners: AppendOwner[],
    /** packetId * 4 + qos per message. */
    readonly tags: number[],
  ) {}
}

export class AppendBatcher {
  private messages: Message[] = [];
  private owners: AppendOwner[] = [];
  private tags: number[] = [];
  private bytes = 0;
  private scheduled = false;
  private readonly inflight: Batch[] = [];
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly store: AppendTarget,
    private readonly stats: ProxyStats,
    private readonly logger: Logger,
  ) {}

  /** Messages accepted and not yet durable or failed. */
  get pending(): number {
    let n = this.messages.length;
    for (const b of this.inflight) n += b.messages.length;
    return n;
  }

  add(owner: AppendOwner, message: Message, packetId: number): void {
    this.messages.push(message);
    this.owners.push(owner);
    this.tags.push(packetId * 4 + message.qos);
    this.bytes += message.payload.length;
    if (this.messages.length >= APPEND_BATCH_MAX_MESSAGES || this.bytes >= APPEND_BATCH_MAX_BYTES) {
      this.flush();
      return;
    }
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(this.onTurnEnd);
    }
  }

  private readonly onTurnEnd = (): void => {
    this.scheduled = false;
    this.flush();
  };

  flush(): void {
    if (this.messages.length === 0) return;
    const batch = new Batch(this.messages, this.owners, this.tags);
    this.messages = [];
    this.owners = [];
    this.tags = [];
    this.bytes = 0;
    this.inflight.push(batch);
    this.stats.appendBatches++;
    let call: Promise<readonly (AppendResult | Error)[]>;
    try {
      call = this.store.append(batch.messages);
    } catch (err) {
      call = Promise.reject(err);
    }
    call
      .then(
        (results) => this.settle(batch, null, results),
        (err: unknown) => this.settle(batch, err instanceof Error ? err : new Error(String(err)), null),
      )
      .catch((err: unknown) => this.logger.error('append settlement failed', { err }));
  }

  private settle(batch: Batch, error: Error | null, results: readonly (AppendResult | Error)[] | null): void {
    batch.done = true;
    batch.error = error;
    batch.results = results;
    if (error !== null) this.logger.warn('append failed; publishers get error acknowledgements', { messages: batch.messages.length, err: error });
    else if (results !== null) {
      let failed = 0;
      let first: Error | undefined;
      for (const r of results) {
        if (!(r instanceof Error)) continue;
        failed++;
        first ??= r;
      }
      if (failed > 0) this.logger.warn('append failed on a store; its publishers get error acknowledgements', { messages: failed, err: first });
    }
    while (this.inflight.length > 0 && this.inflight[0]!.done) {
      const b = this.inflight.shift()!;
      const { messages, owners, tags, results } = b;
      for (let i = 0; i < messages.length; i++) {
        const tag = tags[i]!;
        const r = results?.[i];
        try {
          const error = r instanceof Error ? r : b.error;
          const matched = r === undefined || r instanceof Error || r.matched;
          const refused = r === undefined || r instanceof Error ? undefined : r.refused;
          owners[i]!.appended(tag & 3, tag >>> 2, messages[i]!.payload.length, error, matched, refused);
        } catch (err) {
          this.logger.error('append completion failed', { err });
        }
      }
    }
    if (this.inflight.length === 0 && this.messages.length === 0 && this.idleWaiters.length > 0) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const w of waiters) w();
    }
  }

  /** Resolves when everything added so far is durable or failed (shutdown). */
  idle(): Promise<void> {
    this.flush();
    if (this.inflight.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }
}
