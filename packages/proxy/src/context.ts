import type { Logger, Message, SessionPort, WharfConfig } from '@wharf/core';
import type { Security } from './auth/security.ts';
import type { Connection } from './connection/connection.ts';
import type { AppendBatcher } from './delivery/append-batcher.ts';
import type { Deliverer } from './delivery/deliverer.ts';
import type { StoreRouter } from './delivery/store-router.ts';
import type { ProxyMetrics, ProxyStats } from './metrics.ts';
import type { QueueConsumers } from './queues/consumers.ts';
import type { Session } from './session/session.ts';

/** A will message and its MQTT 5 Will Delay Interval (seconds). */
export interface Will {
  message: Message;
  delay: number;
}

/** What the protocol handlers of one proxy share. Built by MqttProxy; never exported. */
export interface ProxyContext {
  readonly config: WharfConfig;
  /** The store tier: appends, reads and filters routed by partition. */
  readonly stores: StoreRouter;
  readonly sessions: SessionPort;
  /** Authentication and authorization (password file, JWT, ACLs). */
  readonly security: Security;
  readonly logger: Logger;
  readonly metrics: ProxyMetrics;
  readonly stats: ProxyStats;
  readonly batcher: AppendBatcher;
  readonly deliverer: Deliverer;
  /** Message-queue and shared-subscription consumers: one channel per store, dispatches to sessions, settles back. */
  readonly queues: QueueConsumers;
  /** Sessions held by a connection of this proxy, by client id. */
  readonly live: Map<string, Session>;
  readonly connections: Set<Connection>;
  /** Takeovers that arrived before the claimed session was attached: client id → epoch. */
  readonly pendingKicks: Map<string, number>;
  /** Releases in progress (awaited on shutdown). */
  readonly releases: Set<Promise<void>>;
  /** Connections that completed CONNECT and are open. */
  connected: number;
  closing: boolean;
  /** The connection ended; `publishWill` says whether its will (if any) goes out. */
  connectionClosed(conn: Connection, publishWill: boolean): void;
}
