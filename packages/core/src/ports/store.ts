import type { Message, StoredMessage } from '../message.ts';
import type { QueueChannel, QueueDispatchSink, QueueInfo, QueuePatch, QueueSpec, QueuesConfig } from './queues.ts';

/**
 * StorePort — what a proxy needs from the store tier (DESIGN §1). Two adapters: the store
 * object itself (all-in-one) and a gRPC client (distributed). Protocol logic never knows which.
 *
 * Offsets are plain numbers: a queue would need 2^53 entries to overflow them.
 */

/** A consume queue: one per registered topic filter (exact topics and wildcards alike). */
export type QueueId = number;

export interface AppendResult {
  logPosition: number;
  timestamp: number;
  /**
   * The message produced at least one consume-queue entry: some registered filter matched its
   * topic (MQTT 5 PUBACK/PUBREC 0x10 "No matching subscribers" when false). A store that cannot
   * tell says true.
   */
  matched: boolean;
  /**
   * Set when the message was NOT written because a queue refused it (a last-value queue with
   * `missingKey: 'reject'` could not compute its key); the text is for the PUBACK Reason
   * String. logPosition is then -1 and matched false. Other messages of the call are unaffected.
   */
  refused?: string;
}

export interface FilterRegistration {
  queueId: QueueId;
  /** Offset the next appended entry will get: where a new subscription starts. */
  endOffset: number;
}

export interface PullResult {
  /** Offset of `messages[0]`. Greater than the requested offset when retention dropped entries. */
  firstOffset: number;
  messages: StoredMessage[];
  /** The queue's end offset when the read was taken. */
  endOffset: number;
}

export interface PullRequest {
  queueId: QueueId;
  fromOffset: number;
  /** Upper bounds on what one pull returns; at least one message is returned if any exists. */
  maxMessages: number;
  maxBytes: number;
}

/** Offsets saved on behalf of an owner (a persistent session, later a consumer group). */
export interface OffsetEntry {
  queueId: QueueId;
  offset: number;
}

export interface StorePort {
  /**
   * Appends messages in order: one commit-log record each, plus one consume-queue entry per
   * registered filter matching the topic, written in one index batch. A message with
   * `retain` set also updates the retained table (an empty payload clears it).
   * Resolves when the records are durable under the configured fsync policy; rejects if they
   * could not be written (nothing is acknowledged then).
   */
  append(messages: readonly Message[]): Promise<AppendResult[]>;

  /** Reads a range of a consume queue. */
  pull(request: PullRequest): Promise<PullResult>;

  endOffset(queueId: QueueId): Promise<number>;

  /**
   * End offsets of many queues in one round trip (a proxy re-reading every queue it delivers
   * from after it may have missed events); -1 for a queue this store does not have.
   */
  endOffsets(queueIds: readonly QueueId[]): Promise<number[]>;

  /**
   * Registers interest in a filter (reference counted). The filter becomes a queue if new;
   * messages appended from now on that match it are indexed into it.
   */
  registerFilter(filter: string): Promise<FilterRegistration>;

  /** Drops one reference; at zero the filter stops collecting entries. */
  unregisterFilter(filter: string): Promise<void>;

  /** Retained messages whose topic matches `filter`. */
  getRetained(filter: string): Promise<StoredMessage[]>;

  loadOffsets(owner: string): Promise<OffsetEntry[]>;
  /** Replaces the listed entries for each owner; one durable batch for the whole call. */
  saveOffsets(batch: readonly { owner: string; entries: readonly OffsetEntry[] }[]): Promise<void>;
  deleteOffsets(owner: string): Promise<void>;

  /**
   * Small durable records beside the index (session snapshots in all-in-one mode). Not a hot
   * path: callers batch.
   */
  getMeta(key: string): Promise<Buffer | null>;
  listMeta(prefix: string): Promise<{ key: string; value: Buffer }[]>;
  putMeta(batch: readonly { key: string; value: Buffer | null }[]): Promise<void>;

  // ------------------------------------------------ message queues (ports/queues.ts)
  // A store keeps the queues whose filter it collects. Errors are QueueError (ALREADY_EXISTS,
  // NOT_FOUND, BAD_REQUEST naming the field). Share groups are not created here: registering
  // the filter `$share/<group>/<filter>` references (and creates) the group's queue,
  // unregistering it drops the reference; at zero the group and its messages are gone.

  createQueue(spec: QueueSpec): Promise<QueueInfo>;
  updateQueue(topicFilter: string, patch: QueuePatch): Promise<QueueInfo>;
  /** Deletes the queue, its dead-letter queue, its state; its consumers get `detached`. */
  deleteQueue(topicFilter: string): Promise<void>;
  getQueue(ref: { topicFilter: string } | { name: string }): Promise<QueueInfo | null>;
  /** Queues and dead-letter queues (not share groups) with topicFilter > `after`, sorted, at most `limit`. */
  listQueues(after: string, limit: number): Promise<QueueInfo[]>;
  getQueuesConfig(): Promise<QueuesConfig>;
  putQueuesConfig(config: QueuesConfig): Promise<QueuesConfig>;
  /** A proxy's channel to this store's dispatchers (one per proxy per store). */
  openQueueChannel(sink: QueueDispatchSink): QueueChannel;
}

/**
 * Global queue ids. A store numbers its queues locally (u32); with several stores (partitions,
 * DESIGN §4) a queue is named cluster-wide by `storeIndex * 2^32 + localId`, so ids from
 * different stores never collide and the owner of any id is known. With one store (index 0)
 * global and local ids are the same. Every global id stays below 2^53.
 */
export const QUEUE_IDS_PER_STORE = 2 ** 32;
/** Largest store index whose global ids are still safe integers. */
export const MAX_STORE_INDEX = 2 ** 21 - 1;

export function globalQueueId(storeIndex: number, local: number): QueueId {
  if (!Number.isInteger(storeIndex) || storeIndex < 0 || storeIndex > MAX_STORE_INDEX) {
    throw new RangeError(`store index ${storeIndex} is not an integer in 0..${MAX_STORE_INDEX}`);
  }
  if (!Number.isInteger(local) || local < 0 || local >= QUEUE_IDS_PER_STORE) {
    throw new RangeError(`local queue id ${local} is not an integer in 0..${QUEUE_IDS_PER_STORE - 1}`);
  }
  return storeIndex * QUEUE_IDS_PER_STORE + local;
}

export function splitQueueId(id: QueueId): { storeIndex: number; local: number } {
  if (!Number.isSafeInteger(id) || id < 0) throw new RangeError(`queue id ${id} is not a non-negative safe integer`);
  const local = id % QUEUE_IDS_PER_STORE;
  return { storeIndex: (id - local) / QUEUE_IDS_PER_STORE, local };
}
