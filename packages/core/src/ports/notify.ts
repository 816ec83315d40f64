import type { StoredMessage } from '../message.ts';
import type { QueueId } from './store.ts';

/** "Queue `queueId` now ends at `endOffset`" (DESIGN §2). */
export interface QueueAdvanced {
  queueId: QueueId;
  endOffset: number;
  /**
   * The newest messages of the queue, ending at `endOffset` (so `inline[0]` is at offset
   * `endOffset - inline.length`). Present when they are small enough to ride along and save
   * the pull round trip; a receiver must still pull whatever the inline part does not cover.
   */
  inline?: StoredMessage[];
}

/**
 * NotifyPort — the proxy's view of the notify service: register interest, receive coalesced
 * events for exactly those queues. Adapters: in-process emitter, gRPC stream.
 */
export interface NotifyPort {
  addInterest(queueIds: readonly QueueId[]): void;
  removeInterest(queueIds: readonly QueueId[]): void;
  /** One listener; events arrive coalesced (at most one per queue per flush). */
  onAdvanced(listener: (events: readonly QueueAdvanced[]) => void): void;
  /**
   * Adds a listener called when events may have been missed (the adapter reconnected, or is
   * disconnected and polling): the receiver re-reads the end offsets of the queues it wants.
   * Adapters that cannot miss events never call it.
   */
  onResync(listener: () => void): void;
  close(): Promise<void>;
}

/** What a store uses to announce appends. The notify service coalesces and routes them. */
export interface AdvanceSink {
  advanced(events: readonly QueueAdvanced[]): void;
}
