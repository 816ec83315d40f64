import type { QoS } from '../message.ts';
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
  /** Consume queue of the filter in the store. */
  queueId: number;
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
  /** Per queue: the next offset to deliver; everything below it is acknowledged. */
  offsets: OffsetEntry[];
  /** QoS 2 packet ids received and PUBREC'd, still waiting for their PUBREL. */
  inboundQos2: number[];
  /** Set while no connection holds the session: ms since the epoch. */
  disconnectedAt?: number;
}

export interface ClaimResult {
  /** Fencing token: writes carrying an older epoch are ignored. */
  epoch: number;
  /** The session to resume, or null when a new one starts (CONNACK session present = 0). */
  state: SessionState | null;
}

/**
 * SessionPort — claim, kick, load and save sessions. Adapters: in-process (all-in-one, with
 * durable state through the store's meta/offset tables) and Redis (distributed).
 */
export interface SessionPort {
  /**
   * Claims `clientId` for a new connection. The current holder, on any node, is told to go
   * through its `onTakeover` listener. With `cleanStart` any previous state is discarded.
   */
  claim(clientId: string, cleanStart: boolean): Promise<ClaimResult>;

  /** A newer claim superseded the connection holding (clientId, epoch): close it (0x8E). */
  onTakeover(listener: (clientId: string, epoch: number) => void): void;

  /** Persists subscriptions, expiry and QoS 2 ids. Ignored when `epoch` is stale. */
  save(state: SessionState, epoch: number): Promise<void>;

  /** Persists acknowledged offsets. Callers coalesce; adapters batch further. */
  saveOffsets(clientId: string, epoch: number, offsets: readonly OffsetEntry[]): Promise<void>;

  /**
   * The connection ended. The session lives on for its expiry interval (0: ends now), after
   * which `onExpired` fires once, cluster-wide.
   */
  release(clientId: string, epoch: number, finalState: SessionState): Promise<void>;

  /** A released session reached its expiry: its filters can be unregistered. */
  onExpired(listener: (state: SessionState) => void): void;

  close(): Promise<void>;
}
