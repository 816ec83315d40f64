import type { QoS, StoredMessage } from '../message.ts';

/**
 * Durable message queues (DESIGN §2 "Message queues", EMQX 6 compatible) and shared
 * subscriptions: the part of the StorePort a proxy uses to consume them. A queue is bound to a
 * topic filter; its **dispatcher** lives in the store that owns the filter (every store, for a
 * filter starting with a wildcard: each dispatches what it holds). The dispatcher assigns each
 * message to one consumer, tracks each consumer's unacknowledged set, and redispatches on
 * detach, reject or ack timeout. Proxies only carry dispatched messages to their clients and
 * acknowledgements back, on one long-lived channel per store (a gRPC stream when remote).
 */

export type DispatchStrategy = 'random' | 'round_robin' | 'least_inflight';
export const DISPATCH_STRATEGIES: readonly DispatchStrategy[] = ['random', 'round_robin', 'least_inflight'];

/** What a last-value queue does with a message whose key cannot be computed. */
export type MissingKeyPolicy = 'fallback' | 'reject';

/**
 * A queue's definition: what the REST API creates and updates. Field names are camelCase here;
 * the REST layer maps EMQX's snake_case names (`topic_filter`, `is_lastvalue`, ...).
 * Durations are milliseconds; a limit of 0 means "none".
 */
export interface QueueSpec {
  /** The filter the queue is bound to, wildcards included; `$q/<topicFilter>` consumes it. */
  topicFilter: string;
  /** Optional name: `$queue/<name>` consumes the queue too. One topic level, unique per cluster. */
  name?: string;
  isLastValue: boolean;
  /** Last-value queues only (default `message.from`); see key-expression rules in the store. */
  keyExpression?: string;
  /** Last-value queues: a message whose key cannot be computed is stored under `fallbackKey`, or refused. */
  missingKey: MissingKeyPolicy;
  fallbackKey: string;
  dispatchStrategy: DispatchStrategy;
  /** Messages older than this are never delivered, and are dropped. */
  dataRetentionPeriodMs: number;
  /** A message delivered and not acknowledged for this long is redelivered (0: only on detach). */
  ackTimeoutMs: number;
  /** Deliveries after which an unacknowledged message moves to `$dlq/<topicFilter>` (0: unlimited). */
  maxDeliveries: number;
  /** Messages waiting at most; the oldest waiting ones are dropped first (0: no limit). */
  maxMessages: number;
  /** Payload bytes waiting at most; the oldest waiting ones are dropped first (0: no limit). */
  maxBytes: number;
}

/** Fields an update may change (`isLastValue` may not change: QueueError BAD_REQUEST). */
export type QueuePatch = Partial<Omit<QueueSpec, 'topicFilter'>>;

export interface QueueConsumerInfo {
  consumerId: string;
  clientId: string;
  /** Messages dispatched to it and not yet acknowledged. */
  inflight: number;
}

/** Live figures of one queue (summed over the stores it spans). */
export interface QueueStats {
  /** Messages not yet acknowledged: waiting plus in flight. For a last-value queue, one per key at most among the waiting. */
  depth: number;
  /** Messages dispatched and not yet acknowledged. */
  inflight: number;
  /** Messages not yet dispatched (consumer lag). */
  lag: number;
  consumers: QueueConsumerInfo[];
  /** Counters since the store started. */
  dispatched: number;
  acked: number;
  redelivered: number;
  deadLettered: number;
  /** Dropped by retention (age, maxMessages, maxBytes) or message expiry, or superseded by a newer value. */
  dropped: number;
}

export type QueueKind = 'queue' | 'dead-letter' | 'share';

export interface QueueInfo extends QueueSpec {
  kind: QueueKind;
  /** ms since the epoch. */
  createdAt: number;
  stats: QueueStats;
}

/** The REST API's `/message_queues/config`: broker-wide queue settings, kept by the stores. */
export interface QueuesConfig {
  /** A `$q/<filter>` subscription with no such queue creates one with `defaults`. */
  autoCreate: boolean;
  /** Fields of auto-created queues (and defaults for fields a create request leaves out). */
  defaults: Omit<QueueSpec, 'topicFilter' | 'name'>;
  /** How a `$share/<group>/<filter>` group picks its member. */
  shareDispatchStrategy: DispatchStrategy;
}

/** Defaults before any `PUT /message_queues/config`. */
export const DEFAULT_QUEUES_CONFIG: QueuesConfig = {
  autoCreate: false,
  defaults: {
    isLastValue: false,
    missingKey: 'reject',
    fallbackKey: '',
    dispatchStrategy: 'random',
    dataRetentionPeriodMs: 7 * 86_400_000,
    ackTimeoutMs: 30_000,
    // RabbitMQ's quorum-queue delivery limit: a poison message stops looping, a flaky consumer rarely hits it.
    maxDeliveries: 20,
    maxMessages: 0,
    maxBytes: 0,
  },
  shareDispatchStrategy: 'round_robin',
};

/** The name of a queue's dead-letter queue (itself consumable as `$q/$dlq/<filter>`). */
export function deadLetterFilter(topicFilter: string): string {
  return `$dlq/${topicFilter}`;
}

export type QueueErrorCode = 'ALREADY_EXISTS' | 'NOT_FOUND' | 'BAD_REQUEST';

/** A refused queue operation; `field` names the offending field for BAD_REQUEST. */
export class QueueError extends Error {
  override name = 'QueueError';
  constructor(
    readonly code: QueueErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** Which queue a consumer attaches to. */
export type ConsumerTarget =
  /** `$q/<filter>`: the queue bound to exactly this filter. */
  | { kind: 'queue'; filter: string }
  /** `$queue/<name>[/<filter>]`; a filter, when given, must equal the queue's (EMQX 6.1). */
  | { kind: 'named'; name: string; filter?: string }
  /** `$share/<group>/<filter>` (MQTT 5 §4.8.2): the group's queue, created on first use. */
  | { kind: 'share'; group: string; filter: string };

export interface ConsumerAttach {
  /** Unique cluster-wide for the life of one connection's subscription (clientId plus a connection serial). */
  consumerId: string;
  clientId: string;
  target: ConsumerTarget;
  /** Unacknowledged messages this consumer may hold at once (≥ 1). */
  maxInflight: number;
  /**
   * Shared subscriptions: the granted QoS; a message goes out at min(its QoS, this) and one
   * delivered at QoS 0 needs no acknowledgement. Ignored for queues (always QoS 1).
   */
  qos: QoS;
}

export interface ConsumerAttached {
  /** Global id of the message queue on this store (not the filter's consume-queue id). */
  queue: number;
  /** The queue's topic filter (resolves a `$queue/<name>`). */
  filter: string;
  /** The queue was created by this attach (auto-create, or a new share group). */
  created: boolean;
}

/** One message handed to one consumer. */
export interface QueueDispatch {
  consumerId: string;
  /** Global message-queue id (ConsumerAttached.queue). */
  queue: number;
  /** The message's offset in the queue: with `queue` and `consumerId`, the acknowledgement handle. */
  offset: number;
  /** 1 on first delivery; higher on redelivery (the MQTT DUP flag is not set: another consumer may get it). */
  deliveries: number;
  /** QoS to deliver at: 1 for queues; min(message, granted) for shared subscriptions. 0 needs no ack. */
  qos: QoS;
  /** The original message, topic and properties unchanged. */
  message: StoredMessage;
}

export interface QueueSettle {
  consumerId: string;
  queue: number;
  offset: number;
  /** false: rejected (PUBACK reason ≥ 0x80): goes to another consumer. */
  ok: boolean;
}

/** Where a store's dispatchers send what they assign to this channel's consumers. */
export interface QueueDispatchSink {
  /** Messages for consumers attached on this channel, in dispatch order per consumer. */
  dispatched(batch: readonly QueueDispatch[]): void;
  /** The store dropped these consumers (their queue was deleted); their subscriptions receive nothing more. */
  detached(consumers: readonly { consumerId: string; queue: number; reason: string }[]): void;
}

/**
 * A proxy's session with one store's dispatchers. Attach and detach are not hot; settles are
 * (callers may call per message: adapters batch). Closing detaches every consumer of the
 * channel, as a broken stream does: their unacknowledged messages go to other consumers.
 */
export interface QueueChannel {
  /** Rejects with QueueError NOT_FOUND when the queue does not exist (and is not auto-created). */
  attach(request: ConsumerAttach): Promise<ConsumerAttached>;
  /** Unacknowledged messages of the consumer go to others. Settles for it afterwards are ignored. */
  detach(consumerId: string, queue: number): void;
  settle(settles: readonly QueueSettle[]): void;
  close(): void;
}

/** Parses `7d`, `1h`, `30m`, `15s`, `250ms`, or a bare number of milliseconds; null if invalid. */
export function parseDuration(value: string | number): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : null;
  const m = /^\s*(\d+)\s*(ms|s|m|h|d|w)?\s*$/.exec(value);
  if (m === null) return null;
  const n = Number(m[1]);
  const unit = m[2] ?? 'ms';
  const scale = unit === 'ms' ? 1 : unit === 's' ? 1000 : unit === 'm' ? 60_000 : unit === 'h' ? 3_600_000 : unit === 'd' ? 86_400_000 : 604_800_000;
  const ms = n * scale;
  return Number.isSafeInteger(ms) ? ms : null;
}

/** What a `$q/`, `$queue/` or `$share/` subscription filter names; null for a plain filter. Throws RangeError for a malformed one. */
export function parseConsumerFilter(filter: string): ConsumerTarget | null {
  if (filter.startsWith('$q/')) {
    const f = filter.slice(3);
    if (f.length === 0) throw new RangeError('$q/ needs a topic filter after it');
    return { kind: 'queue', filter: f };
  }
  if (filter.startsWith('$queue/')) {
    const rest = filter.slice(7);
    const slash = rest.indexOf('/');
    const name = slash === -1 ? rest : rest.slice(0, slash);
    if (name.length === 0 || name.includes('+') || name.includes('#')) throw new RangeError('$queue/ needs a queue name (no wildcards) after it');
    if (slash === -1) return { kind: 'named', name };
    const f = rest.slice(slash + 1);
    if (f.length === 0) throw new RangeError('$queue/<name>/ needs a topic filter after the name');
    return { kind: 'named', name, filter: f };
  }
  if (filter.startsWith('$share/')) {
    const rest = filter.slice(7);
    const slash = rest.indexOf('/');
    // MQTT-4.8.2-1/-2: a non-empty group without wildcards, then a filter.
    if (slash <= 0) throw new RangeError('$share/ needs a group name and a topic filter');
    const group = rest.slice(0, slash);
    if (group.includes('+') || group.includes('#')) throw new RangeError('a share group name may not contain + or #');
    const f = rest.slice(slash + 1);
    if (f.length === 0) throw new RangeError('$share/<group>/ needs a topic filter');
    return { kind: 'share', group, filter: f };
  }
  return null;
}
