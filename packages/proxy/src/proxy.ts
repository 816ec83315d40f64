/**
 * The MQTT proxy role (DESIGN §1): connections, protocol state, in-flight windows and a
 * per-queue read cache. It depends only on the three ports; which adapters stand behind them
 * (in-process or remote) is the caller's business.
 */
import { readFileSync } from 'node:fs';
import { Registry } from 'prom-client';
import { PartitionMap, type Logger, type NotifyPort, type SessionPort, type SessionState, type StorePort, type WharfConfig } from '@wharf/core';
import { loadSecurity, type Security } from './auth/security.ts';
import { Connection } from './connection/connection.ts';
import type { ProxyContext } from './context.ts';
import { AppendBatcher } from './delivery/append-batcher.ts';
import { Deliverer } from './delivery/deliverer.ts';
import { StoreRouter } from './delivery/store-router.ts';
import { TcpListener } from './listener/tcp.ts';
import { loadTlsCredentials, TlsListener, type TlsCredentials } from './listener/tls.ts';
import type { Listener, Transport } from './listener/transport.ts';
import { WebSocketListener } from './listener/websocket.ts';
import { createProxyMetrics } from './metrics.ts';
import { revokeDeniedSubscriptions } from './protocol/revoke-subscriptions.ts';
import { WillPublisher } from './protocol/will.ts';
import { QueueConsumers, registersFilter } from './queues/consumers.ts';
import { Reason } from './reason-codes.ts';
import { detachSession } from './session/lifecycle.ts';
import { OffsetFlusher } from './session/offset-flusher.ts';
import { SysTopics } from './sys/sys-topics.ts';

export interface MqttProxyOptions {
  config: WharfConfig;
  /** The store tier in `--stores` order: store i must name its queues with store index i. */
  stores: readonly StorePort[];
  /** Which store owns which topics; default `config.partitions` partitions, owner p mod N. */
  partitions?: PartitionMap;
  notify: NotifyPort;
  sessions: SessionPort;
  /** Authentication and authorization; default: built from `config` (ConfigError when a file is bad). */
  security?: Security;
  logger: Logger;
  registry?: Registry;
  /** `<node>` of the `$SYS/brokers/<node>/…` statistics (`--sys-interval`); default `wharf`. */
  sysNode?: string;
  /** The version published as `$SYS/brokers/<node>/version`; default this package's. */
  version?: string;
  /** The TLS listener's certificate and key, already loaded (checked before boot); default: read at listenAll(). */
  tlsCredentials?: TlsCredentials;
}

/** Sockets accepted beyond maxConnections while their CONNECT is awaited (then refused with a code). */
const CONNECT_SLACK = 1024;
/** How long a takeover that found no attached session is remembered. */
const PENDING_KICK_MS = 10_000;

/** Bound ports of the listeners that are on. */
export interface ListenerPorts {
  mqttPort: number;
  tlsPort?: number;
  wsPort?: number;
}

/** Per-connection numbers for tests and diagnostics. */
export interface ConnectionInfo {
  clientId: string;
  remoteAddress: string;
  state: string;
  protocolVersion: number;
  backlog: number;
  blocked: boolean;
  readPaused: boolean;
  pendingAppends: number;
  inflight: number;
}

export class MqttProxy {
  private readonly ctx: ProxyContext;
  private readonly listeners: Listener[] = [];
  private readonly wills: WillPublisher;
  private readonly flusher: OffsetFlusher;
  private readonly sys: SysTopics | null;
  private readonly tlsCredentials: TlsCredentials | undefined;
  private closing: Promise<void> | null = null;

  constructor(options: MqttProxyOptions) {
    const { config, notify, sessions, logger } = options;
    const stores = new StoreRouter(options.stores, options.partitions ?? new PartitionMap(config.partitions, options.stores.length));
    const metrics = createProxyMetrics(options.registry ?? new Registry());
    const stats = metrics.stats;
    const batcher = new AppendBatcher(stores, stats, logger);
    const deliverer = new Deliverer({ config, store: stores, notify, stats, logger });
    const queues = new QueueConsumers({ config, stores, stats, logger, pumpSubscriptions: (session) => deliverer.pumpSession(session) });
    this.wills = new WillPublisher(batcher, logger);
    const wills = this.wills;
    const ctx: ProxyContext = {
      config,
      stores,
      sessions,
      security: options.security ?? loadSecurity(config, logger),
      logger,
      metrics,
      stats,
      batcher,
      deliverer,
      queues,
      live: new Map(),
      connections: new Set(),
      pendingKicks: new Map(),
      releases: new Set(),
      connected: 0,
      closing: false,
      connectionClosed(conn, publishWill) {
        ctx.connections.delete(conn);
        const session = conn.session;
        if (session !== null) detachSession(conn, session, publishWill);
      },
    };
    this.ctx = ctx;
    sessions.onTakeover((clientId, epoch) => this.onTakeover(clientId, epoch));
    sessions.onEnded((state) => this.onSessionEnded(state));
    sessions.onWill((clientId, will) => wills.publish(clientId, will));
    this.flusher = new OffsetFlusher(ctx, config.offsetFlushMs);
    this.sys =
      config.sysInterval > 0
        ? new SysTopics(ctx, { node: options.sysNode ?? 'wharf', intervalSeconds: config.sysInterval, version: options.version ?? packageVersion() })
        : null;
    this.tlsCredentials = options.tlsCredentials;
  }

  /** Binds a plain TCP listener. */
  async listen(port: number, host: string): Promise<{ port: number }> {
    return { port: await this.bind(new TcpListener(this.accept), port, host) };
  }

  /**
   * Binds every listener the config turns on: TCP always, TLS and WebSocket unless their port
   * is -1. Certificate files are read and checked before anything binds (ConfigError).
   */
  async listenAll(): Promise<ListenerPorts> {
    const { config, logger } = this.ctx;
    const maxSockets = config.maxConnections + CONNECT_SLACK;
    const tls =
      config.tlsPort < 0
        ? null
        : new TlsListener({ credentials: this.tlsCredentials ?? loadTlsCredentials(config), handshakeTimeoutMs: config.connectTimeoutMs, maxSockets, logger }, this.accept);
    const ws =
      config.wsPort < 0
        ? null
        : new WebSocketListener(
            { path: config.wsPath, maxPacketSize: config.maxPacketSize, requestTimeoutMs: config.connectTimeoutMs, maxSockets, logger },
            this.accept,
          );
    const ports: ListenerPorts = { mqttPort: (await this.listen(config.mqttPort, config.host)).port };
    if (tls !== null) ports.tlsPort = await this.bind(tls, config.tlsPort, config.host);
    if (ws !== null) ports.wsPort = await this.bind(ws, config.wsPort, config.host);
    // Statistics start with the listeners: an embedded proxy that only listen()s publishes none.
    this.sys?.start();
    return ports;
  }

  private async bind(listener: Listener, port: number, host: string): Promise<number> {
    // Registered first: close() also closes a listener whose bind failed or is under way.
    this.listeners.push(listener);
    const bound = await listener.listen(port, host);
    this.ctx.logger.info('mqtt listener ready', { kind: listener.kind, host, port: bound });
    return bound;
  }

  /** Every listener hands its transports here; the limits hold across all of them. */
  private readonly accept = (socket: Transport): void => {
    const ctx = this.ctx;
    if (ctx.closing || ctx.connections.size >= ctx.config.maxConnections + CONNECT_SLACK) {
      socket.destroy();
      return;
    }
    try {
      ctx.connections.add(new Connection(socket, ctx));
    } catch (err) {
      ctx.logger.error('cannot set up connection', { err });
      socket.destroy();
    }
  };

  private onTakeover(clientId: string, epoch: number): void {
    const session = this.ctx.live.get(clientId);
    if (session !== undefined && session.epoch === epoch && session.connection !== null) {
      session.connection.close({ reason: 'session taken over', code: Reason.sessionTakenOver, publishWill: true });
      return;
    }
    if (session === undefined || session.epoch < epoch) {
      // The claim for `epoch` is still finishing on this proxy: it closes itself when it attaches.
      this.ctx.pendingKicks.set(clientId, epoch);
      setTimeout(() => this.ctx.pendingKicks.get(clientId) === epoch && this.ctx.pendingKicks.delete(clientId), PENDING_KICK_MS).unref();
    }
  }

  /**
   * The session is gone for good: its filters stop collecting messages for it, and its shared
   * subscriptions release their groups (`$q/` and `$queue/` registered nothing).
   */
  private onSessionEnded(state: SessionState): void {
    for (const sub of state.subscriptions) {
      if (!registersFilter(sub.filter)) continue;
      this.ctx.stores.unregisterFilter(sub.filter).catch((err: unknown) => {
        this.ctx.logger.warn('unregistering filter of an ended session failed', { clientId: state.clientId, filter: sub.filter, err });
      });
    }
  }

  /** Connections and their flow-control state (tests, diagnostics). */
  connections(): ConnectionInfo[] {
    const out: ConnectionInfo[] = [];
    for (const c of this.ctx.connections) {
      out.push({
        clientId: c.clientId,
        remoteAddress: c.remoteAddress,
        state: c.state,
        protocolVersion: c.protocolVersion,
        backlog: c.backlog,
        blocked: c.blocked,
        readPaused: c.readPaused,
        pendingAppends: c.pendingAppends,
        inflight: c.session?.inflight.size ?? 0,
      });
    }
    return out;
  }

  /**
   * Re-reads the password, ACL, secret and key files (SIGHUP); a bad file throws and changes
   * nothing. The subscriptions of the sessions connected here are judged by the new rules; those
   * denied now are removed (offline sessions are judged when they resume).
   */
  reloadSecurity(): void {
    const ctx = this.ctx;
    const summary = ctx.security.reload();
    ctx.logger.info('security reloaded', { ...summary });
    for (const session of ctx.live.values()) {
      const conn = session.connection;
      if (conn !== null && conn.state === 'connected') revokeDeniedSubscriptions(conn, 'ACL reload');
    }
  }

  /**
   * Stops accepting, tells MQTT 5 clients the server is shutting down (0x8B), closes every
   * connection, and waits until their publishes are durable and their sessions released.
   */
  close(): Promise<void> {
    this.closing ??= this.shutdown();
    return this.closing;
  }

  private async shutdown(): Promise<void> {
    const ctx = this.ctx;
    ctx.closing = true;
    const listenersClosed = Promise.all(this.listeners.map((l) => l.close()));
    this.flusher.stop();
    this.sys?.stop();
    for (const conn of [...ctx.connections]) {
      conn.close({ reason: 'server shutting down', code: Reason.serverShuttingDown, publishWill: true });
    }
    while (ctx.releases.size > 0) await Promise.all([...ctx.releases]);
    // Wills made due by these releases, and pending ones an in-memory SessionPort would lose.
    await ctx.sessions.shutdownWills().catch((err: unknown) => ctx.logger.warn('handing out pending wills failed', { err }));
    await ctx.batcher.idle();
    ctx.deliverer.close();
    ctx.queues.close();
    await listenersClosed;
    ctx.logger.info('mqtt proxy closed');
  }
}

/** This package's version (the workspace versions its packages together). */
function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
}
