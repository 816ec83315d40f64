import type { Message, QoS } from '../message.ts';
import type { OffsetEntry } from './store.ts';

/** One subscription of a session, with the MQTT 5 options that shape delivery. */
export interface SubscriptionRecord {
  /** The filter as subscribed (validated). */
  filter: string;
  /** Granted QoS: delivered QoS = min(message QoS, this). */
  qos: QoS;
  noLocal: boolean;
  retainAsPublished: boolean;
  retainHandling: 0 | 1 | 2;
  subscriptionId?: number;
  /**
   * Consume queues of the filter: one per store that collects it (its partition's owner, or
   * every store for a filter starting with a wildcard, DESIGN §4).
   */
  queueIds: number[];
}

/** The queues of a subscription, also for records written before partitions (one `queueId`). */
export function subscriptionQueues(record: SubscriptionRecord): readonly number[] {
  if (Array.isArray(record.queueIds)) return record.queueIds;
  const legacy = (record as { queueId?: unknown }).queueId;
  return typeof legacy === 'number' ? [legacy] : [];
}

/**
 * An outbound QoS 1/2 message that was sent and not yet completed when the connection ended.
 * On resume it is sent again with its original packet id (DUP set), or its PUBREL is, as
 * MQTT 3.1.1 §4.4 / MQTT 5 §4.4 require.
 */
export interface InflightRecord {
  packetId: number;
  /** Queue the message came from; -1 for a retained message sent on subscribe. */
  queueId: number;
  offset: number;
  qos: 1 | 2;
  /** PUBREC was received: only the PUBREL remains to be sent. */
  released: boolean;
  /**
   * Set for a QoS 2 message a share group's dispatcher assigned to this session: the
   * `$share/<group>/<filter>` subscription it was sent for. `queueId` is then the filter's
   * consume queue, read again on resume; completing it moves no offset (MQTT-4.8.2-4).
   */
  share?: string;
}

/** Session expiry value meaning "never expires" (MQTT 5 §3.1.2.11.2). */
export const SESSION_NEVER_EXPIRES = 0xffffffff;

/**
 * Everything a session is when its client is away (DESIGN §2): its filters and its offset in
 * each queue. Messages themselves stay in the log.
 */
export interface SessionState {
  clientId: string;
  protocolVersion: 3 | 4 | 5;
  /** Seconds the session outlives its connection; 0 ends it with the connection. */
  expiryInterval: number;
  subscriptions: SubscriptionRecord[];
  /**
   * Per queue: the next offset to deliver. Everything below it is acknowledged, except the
   * entries listed in `inflight` (written when a connection ends cleanly). Offsets flushed
   * while connected carry no `inflight` and are the contiguous acknowledged prefix.
   */
  offsets: OffsetEntry[];
  /** QoS 2 packet ids received and PUBREC'd, still waiting for their PUBREL. */
  inboundQos2: number[];
  /** Outbound messages awaiting their acknowledgement when the connection ended. */
  inflight?: InflightRecord[];
  /** Set while no connection holds the session: ms since the epoch. */
  disconnectedAt?: number;
}

export interface ClaimResult {
  /** Fencing token: writes carrying an older epoch are ignored. */
  epoch: number;
  /** The session to resume, or null when a new one starts (CONNACK session present = 0). */
  state: SessionState | null;
}

/** Acknowledged offsets of one session, as flushed periodically while it is connected. */
export interface SessionOffsets {
  clientId: string;
  epoch: number;
  offsets: readonly OffsetEntry[];
}

/**
 * The will of a connection (MQTT 3.1.1 §3.1.2.5, MQTT 5 §3.1.3.2): published when the
 * connection ends without a normal DISCONNECT, after its delay or at the session's end,
 * whichever comes first, unless the client reconnects to the session in time.
 */
export interface WillRecord {
  /** Topic, payload, QoS, retain, publisher and MQTT 5 properties, as the CONNECT carried them. */
  message: Message;
  /** MQTT 5 Will Delay Interval in seconds; 0 (and every MQTT 3.1.1 will): at once. */
  delaySeconds: number;
}

/**
 * The session store cannot be reached (or did not answer in time). The proxy answers the
 * CONNECT with "server unavailable" (MQTT 5 0x88, MQTT 3.1.1 0x03) rather than waiting.
 */
export class SessionStoreUnavailableError extends Error {
  override name = 'SessionStoreUnavailableError';
}

/**
 * SessionPort — claim, kick, load and save sessions, and decide when wills are due. Adapters:
 * in-process (all-in-one, with durable state through the store's meta/offset tables) and
 * Redis (distributed).
 */
export interface SessionPort {
  /**
   * Claims `clientId` for a new connection. The current holder, on any node, is told to go
   * through its `onTakeover` listener, and the claim waits (bounded) for that holder's
   * `release` so the state it returns is the newest. With `cleanStart` any previous state is
   * ended (`onEnded`) and the claim returns `state: null`.
   *
   * A will still pending from an earlier connection is cancelled when the session resumes,
   * and is due now when it does not (clean start, or the session had ended).
   * Rejects with `SessionStoreUnavailableError` when the adapter's backing store is down.
   */
  claim(clientId: string, cleanStart: boolean): Promise<ClaimResult>;

  /** A newer claim superseded the connection holding (clientId, epoch): close it (0x8E). */
  onTakeover(listener: (clientId: string, epoch: number) => void): void;

  /** Persists the whole state (subscriptions, expiry, QoS 2 ids, offsets). Ignored when `epoch` is stale. */
  save(state: SessionState, epoch: number): Promise<void>;

  /** Persists acknowledged offsets of many sessions in one batch; stale epochs are skipped. */
  saveOffsets(batch: readonly SessionOffsets[]): Promise<void>;

  /**
   * The connection ended. The session lives on for its expiry interval (0: ends now), after
   * which it ends (`onEnded`) once, cluster-wide. A stale epoch is ignored.
   * A will still set (see `setWill`) becomes due after min(its delay, the expiry interval).
   */
  release(clientId: string, epoch: number, finalState: SessionState): Promise<void>;

  /**
   * Sets (or with null, discards) the will of the connection holding (clientId, epoch).
   * Set it after the claim, before CONNACK; discard it before `release` when the client
   * disconnected normally. A will still set when the holder goes away without releasing
   * (its node died, or a takeover found it unresponsive) is due as if it had released.
   * Ignored when `epoch` is stale.
   */
  setWill(clientId: string, epoch: number, will: WillRecord | null): Promise<void>;

  /**
   * A will is due: publish it through the normal append path. The adapter decides when and
   * on which node; each will is raised on exactly one node cluster-wide. Events raised before
   * a listener is registered are held and delivered to the first listener.
   */
  onWill(listener: (clientId: string, will: WillRecord) => void): void;

  /**
   * This node is shutting down and its connections were released. Pending wills that would
   * not outlive this node (an in-memory adapter) are handed to the `onWill` listeners now;
   * an adapter that keeps them cluster-wide leaves them to their deadline.
   */
  shutdownWills(): Promise<void>;

  /**
   * A session ended (expired, released with expiry 0, or replaced by a clean start): its
   * filters can be unregistered. Its stored state is already gone. Events raised before a
   * listener is registered are held and delivered to the first listener.
   */
  onEnded(listener: (state: SessionState) => void): void;

  close(): Promise<void>;
}
