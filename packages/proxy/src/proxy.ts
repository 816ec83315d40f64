/**
 * The MQTT proxy role (DESIGN §1): connections, protocol state, in-flight windows and a
 * per-queue read cache. It depends only on the three ports; which adapters stand behind them
 * (in-process or remote) is the caller's business.
 */
import type { Socket } from 'node:net';
import { Registry } from 'prom-client';
import type { Logger, NotifyPort, SessionPort, SessionState, StorePort, WharfConfig } from '@wharf/core';
import { Connection } from './connection/connection.ts';
import type { ProxyContext } from './context.ts';
import { AppendBatcher } from './delivery/append-batcher.ts';
import { Deliverer } from './delivery/deliverer.ts';
import { TcpListener } from './listener/tcp.ts';
import { createProxyMetrics } from './metrics.ts';
import { WillPublisher } from './protocol/will.ts';
import { Reason } from './reason-codes.ts';
import { detachSession } from './session/lifecycle.ts';
import { OffsetFlusher } from './session/offset-flusher.ts';

export interface MqttProxyOptions {
  config: WharfConfig;
  store: StorePort;
  notify: NotifyPort;
  sessions: SessionPort;
  logger: Logger;
  registry?: Registry;
}

/** Sockets accepted beyond maxConnections while their CONNECT is awaited (then refused with a code). */
const CONNECT_SLACK = 1024;
/** How long a takeover that found no attached session is remembered. */
const PENDING_KICK_MS = 10_000;

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
  private readonly listener: TcpListener;
  private readonly wills: WillPublisher;
  private readonly flusher: OffsetFlusher;
  private closing: Promise<void> | null = null;

  constructor(options: MqttProxyOptions) {
    const { config, store, notify, sessions, logger } = options;
    const metrics = createProxyMetrics(options.registry ?? new Registry());
    const stats = metrics.stats;
    const batcher = new AppendBatcher(store, stats, logger);
    const deliverer = new Deliverer({ config, store, notify, stats, logger });
    this.wills = new WillPublisher(batcher, logger);
    const wills = this.wills;
    const ctx: ProxyContext = {
      config,
      store,
      sessions,
      logger,
      metrics,
      stats,
      batcher,
      deliverer,
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
    this.listener = new TcpListener((socket) => this.accept(socket));
  }

  async listen(port: number, host: string): Promise<{ port: number }> {
    const bound = await this.listener.listen(port, host);
    this.ctx.logger.info('mqtt listener ready', { host, port: bound });
    return { port: bound };
  }

  private accept(socket: Socket): void {
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
  }

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

  /** The session is gone for good: its filters stop collecting messages for it. */
  private onSessionEnded(state: SessionState): void {
    for (const sub of state.subscriptions) {
      this.ctx.store.unregisterFilter(sub.filter).catch((err: unknown) => {
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
    const listenerClosed = this.listener.close();
    this.flusher.stop();
    for (const conn of [...ctx.connections]) {
      conn.close({ reason: 'server shutting down', code: Reason.serverShuttingDown, publishWill: true });
    }
    while (ctx.releases.size > 0) await Promise.all([...ctx.releases]);
    // Wills made due by these releases, and pending ones an in-memory SessionPort would lose.
    await ctx.sessions.shutdownWills().catch((err: unknown) => ctx.logger.warn('handing out pending wills failed', { err }));
    await ctx.batcher.idle();
    ctx.deliverer.close();
    await listenerClosed;
    ctx.logger.info('mqtt proxy closed');
  }
}
