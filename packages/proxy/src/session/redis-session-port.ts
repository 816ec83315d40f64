/**
 * The distributed SessionPort (DESIGN §1, §4): sessions, claims, expiry, proxy liveness and
 * wills in Redis, so a client finds its session on any proxy and a second connection takes it
 * over cluster-wide.
 *
 * - Claims are atomic (a Lua script) and carry a cluster-wide epoch; every write checks owner
 *   and epoch in Lua, so a superseded holder's late writes are ignored (fencing).
 * - Takeover: the claim finds the session held by a live proxy, asks it to go (pub/sub on the
 *   holder's control channel, or directly when the holder is this proxy), and waits (bounded by
 *   `takeoverTimeoutMs`) for the holder's release, polling as a fallback for lost messages.
 *   After the bound it takes the session anyway, with the last saved state.
 * - Liveness: every `heartbeatMs` a proxy refreshes `<p>proxy:<id>` (TTL `livenessTtlMs`) and
 *   runs one bounded sweep script: sessions of proxies whose key expired are released (their
 *   wills become due as if their connections had dropped), due wills are taken, released
 *   sessions past their expiry end. ZREM/SPOP inside the script decides which node owns each
 *   item, so every will and every session end is raised on exactly one node.
 * - Redis round trips: one per claim, release, will change and subscription change; offsets of
 *   all sessions go in one pipeline per flush (`saveOffsets`); none per message.
 *
 * Redelivery bound after a crash: a proxy flushes acknowledged offsets every `offsetFlushMs`
 * (config, default 100 ms). When it dies, its sessions resume from the last flush, so a client
 * gets again at most what was acknowledged in the last flush interval (two, if a flush was in
 * flight), plus its unacknowledged in-flight window (QoS 1/2: at least once). While Redis is
 * unreachable, flushes fail and are retried each interval, so the bound grows by the outage.
 *
 * Redis down: commands fail fast (no offline queue) or time out after `commandTimeoutMs`;
 * `claim` then rejects with SessionStoreUnavailableError (CONNACK 0x88 / 0x03). Connected
 * clients keep working: nothing on the publish/deliver path needs Redis. Releases that fail are
 * retried every heartbeat (bounded by `maxPendingReleases`). ioredis reconnects by itself;
 * scripts are reloaded per connection. If the cluster declared this proxy dead meanwhile
 * (liveness expired), the heartbeat finds out and this proxy closes the connections of the
 * sessions it no longer owns (0x8E), so their clients reconnect and claim them again.
 */
import { PortEvent } from './port-event.ts';
import { Redis, type RedisOptions } from 'ioredis';
import { Registry } from 'prom-client';
import {
  SessionStoreUnavailableError,
  type ClaimResult,
  type Logger,
  type SessionOffsets,
  type SessionPort,
  type SessionState,
  type WillRecord,
} from '@wharf/core';
import { KeyedLock } from './keyed-lock.ts';
import { decodeState, decodeWill, encodeState, encodeWill, pushOffsets } from './redis/codec.ts';
import { controlChannel, DEFAULT_KEY_PREFIX, parseControl } from './redis/keys.ts';
import { registerRedisSessionMetrics, RedisSessionStats } from './redis/metrics.ts';
import { defineScripts } from './redis/scripts.ts';

export interface RedisSessionPortOptions {
  /** `redis://[user:password@]host:port[/db]` */
  redis: string;
  /** Unique per proxy process (a restart may reuse it: leftovers of the earlier process are released at start). */
  proxyId: string;
  logger: Logger;
  registry?: Registry;
  /** Prefix of every key and channel (default `wharf:`). */
  keyPrefix?: string;
  /** Liveness refresh and sweep period (default 1000 ms). */
  heartbeatMs?: number;
  /** Liveness key TTL: a proxy silent this long is dead to the cluster (default 3 × heartbeat). */
  livenessTtlMs?: number;
  /** A Redis command not answered within this fails (default 1000 ms). */
  commandTimeoutMs?: number;
  /** Connecting at start gives up after this (default 2000 ms). */
  connectTimeoutMs?: number;
  /** Longest pause between reconnect attempts (default 2000 ms). */
  reconnectMaxDelayMs?: number;
  /** How long a claim waits for the current holder to release (default 5000 ms). */
  takeoverTimeoutMs?: number;
  /** How often a waiting claim looks again if no release message came (default 200 ms). */
  takeoverPollMs?: number;
  /** Most items (reaped sessions, wills, expiries, each) one sweep script handles (default 1000). */
  sweepBatch?: number;
  /** Most sessions per script call in an offset flush; the calls share one pipeline (default 1000). */
  offsetBatchSessions?: number;
  /** Releases kept for retry while Redis is unreachable (default 100000). */
  maxPendingReleases?: number;
}

/** A session this proxy holds: its epoch and whether its connection has a will set. */
interface Hold {
  epoch: number;
  will: boolean;
}

interface PendingRelease {
  clientId: string;
  epoch: number;
  keepWill: boolean;
  state: SessionState;
}

type Arg = string | number;

/** Sessions beyond this many arguments go into another script call of the same pipeline. */
const MAX_SCRIPT_ARGS = 16_384;
/** Failures are logged at most this often (the count of the others is reported). */
const ERROR_LOG_INTERVAL_MS = 5000;
const QUIT_TIMEOUT_MS = 1000;
/**
 * Per heartbeat, at most this many failed releases are retried (one pipeline) and this many
 * suspected ghosts checked, so catching up after an outage never delays the heartbeat itself.
 */
const RETRIES_PER_TICK = 512;
const SUSPECTS_PER_TICK = 128;

export class RedisSessionPort implements SessionPort {
  readonly stats = new RedisSessionStats();
  private readonly redis: Redis;
  private readonly sub: Redis;
  private readonly logger: Logger;
  private readonly proxyId: string;
  private readonly prefix: string;
  private readonly url: string;
  private readonly heartbeatMs: number;
  private readonly livenessTtlMs: number;
  private readonly takeoverTimeoutMs: number;
  private readonly takeoverPollMs: number;
  private readonly sweepBatch: number;
  private readonly offsetBatchSessions: number;
  private readonly maxPendingReleases: number;

  private readonly held = new Map<string, Hold>();
  private readonly pendingReleases = new Map<string, PendingRelease>();
  private readonly releaseWaiters = new Map<string, Set<() => void>>();
  /** Client ids Redis may record as held here without a connection (a claim that failed, a kick for an unknown epoch). */
  private readonly suspects = new Set<string>();
  private readonly claims = new KeyedLock();
  /** Highest epoch seen; re-seeds the counter if Redis lost its data. */
  private maxEpoch = 0;
  private timer: NodeJS.Timeout | null = null;
  private ticking: Promise<void> | null = null;
  private rejoining: Promise<void> | null = null;
  private started = false;
  private closed = false;
  private lastErrorLog = 0;
  private suppressedErrors = 0;

  private readonly takeoverEvent: PortEvent<[clientId: string, epoch: number]>;
  private readonly endedEvent: PortEvent<[state: SessionState]>;
  private readonly willEvent: PortEvent<[clientId: string, will: WillRecord]>;

  constructor(options: RedisSessionPortOptions) {
    this.logger = options.logger;
    this.takeoverEvent = new PortEvent<[clientId: string, epoch: number]>('takeover', this.logger, false, (clientId) => clientId);
    this.endedEvent = new PortEvent<[state: SessionState]>('session ended', this.logger, true, (state) => state.clientId);
    this.willEvent = new PortEvent<[clientId: string, will: WillRecord]>('will', this.logger, true, (clientId) => clientId);
    this.proxyId = options.proxyId;
    this.prefix = options.keyPrefix ?? DEFAULT_KEY_PREFIX;
    this.url = redactUrl(options.redis);
    this.heartbeatMs = options.heartbeatMs ?? 1000;
    this.livenessTtlMs = options.livenessTtlMs ?? 3 * this.heartbeatMs;
    this.takeoverTimeoutMs = options.takeoverTimeoutMs ?? 5000;
    this.takeoverPollMs = options.takeoverPollMs ?? 200;
    this.sweepBatch = options.sweepBatch ?? 1000;
    this.offsetBatchSessions = options.offsetBatchSessions ?? 1000;
    this.maxPendingReleases = options.maxPendingReleases ?? 100_000;
    const commandTimeout = options.commandTimeoutMs ?? 1000;
    const reconnectMax = options.reconnectMaxDelayMs ?? 2000;
    if (this.proxyId.length === 0 || /[\s|]/.test(this.proxyId)) throw new Error(`invalid proxy id ${JSON.stringify(this.proxyId)}: non-empty, no spaces or "|"`);
    if (this.heartbeatMs < 10) throw new Error(`heartbeatMs ${this.heartbeatMs} is below 10`);
    // A single late heartbeat must not make the cluster declare a live proxy dead.
    if (this.livenessTtlMs < 2 * this.heartbeatMs) throw new Error(`livenessTtlMs ${this.livenessTtlMs} must be at least twice heartbeatMs ${this.heartbeatMs}`);
    if (this.sweepBatch < 1 || this.offsetBatchSessions < 1 || this.maxPendingReleases < 1) throw new Error('sweepBatch, offsetBatchSessions and maxPendingReleases must be positive');

    const common: RedisOptions = {
      lazyConnect: true,
      connectTimeout: options.connectTimeoutMs ?? 2000,
      commandTimeout,
      maxRetriesPerRequest: 1,
      retryStrategy: (times) => Math.min(50 * 2 ** Math.min(times, 8), reconnectMax),
    };
    // No offline queue: while Redis is away, commands fail at once instead of piling up.
    this.redis = new Redis(options.redis, { ...common, enableOfflineQueue: false, connectionName: `wharf-sessions-${this.proxyId}` });
    // The subscriber only subscribes; its queue lets ioredis resubscribe after a reconnect.
    this.sub = new Redis(options.redis, { ...common, commandTimeout: undefined, connectionName: `wharf-control-${this.proxyId}` });
    defineScripts(this.redis);
    this.redis.on('error', (err: Error) => this.redisError('connection', err));
    this.sub.on('error', (err: Error) => this.redisError('control connection', err));
    this.sub.on('message', (_channel: string, message: string) => this.onControl(message));
    registerRedisSessionMetrics(options.registry ?? new Registry(), this.stats);
  }

  /**
   * Connects, releases what an earlier process with this proxy id still held, registers this
   * proxy and starts the heartbeat. Rejects with SessionStoreUnavailableError when Redis
   * cannot be reached.
   */
  async start(): Promise<void> {
    if (this.started || this.closed) throw new Error('RedisSessionPort.start() called twice');
    try {
      await this.redis.connect();
      await this.sub.connect();
      await this.sub.subscribe(controlChannel(this.prefix, this.proxyId));
      await this.reapOwn();
      await this.rejoin();
    } catch (err) {
      this.redis.disconnect();
      this.sub.disconnect();
      this.closed = true;
      throw new SessionStoreUnavailableError(`cannot reach Redis at ${this.url}: ${message(err)}`);
    }
    this.started = true;
    this.timer = setInterval(() => this.tick(), this.heartbeatMs);
    this.timer.unref();
    this.tick();
    this.logger.info('redis session store ready', { redis: this.url, proxyId: this.proxyId, livenessTtlMs: this.livenessTtlMs });
  }

  onTakeover(listener: (clientId: string, epoch: number) => void): void {
    this.takeoverEvent.listen(listener);
  }

  onEnded(listener: (state: SessionState) => void): void {
    this.endedEvent.listen(listener);
  }

  onWill(listener: (clientId: string, will: WillRecord) => void): void {
    this.willEvent.listen(listener);
  }

  claim(clientId: string, cleanStart: boolean): Promise<ClaimResult> {
    return this.claims.run(clientId, async () => {
      if (!this.started || this.closed) throw new SessionStoreUnavailableError('session store not running');
      this.stats.claims++;
      // A release of this client that failed earlier must land first, or the claim waits on it.
      const pending = this.pendingReleases.get(clientId);
      if (pending !== undefined) await this.sendRelease(pending).then(() => this.pendingReleases.delete(clientId), () => undefined);
      const deadline = Date.now() + this.takeoverTimeoutMs;
      let kickedEpoch = -1;
      let disowned = false;
      for (;;) {
        const force = kickedEpoch !== -1 && Date.now() >= deadline;
        let reply: unknown[];
        try {
          reply = await this.redis.wharfClaim(this.prefix, clientId, this.proxyId, cleanStart ? 1 : 0, force ? 1 : 0);
        } catch (err) {
          // Unless it was never sent, it may have run all the same: checked at the next heartbeat.
          if (!/enableOfflineQueue/.test(message(err)) && this.suspects.size < this.maxPendingReleases) this.suspects.add(clientId);
          throw this.unavailable('claim', err);
        }
        if (reply[0] === 'unregistered') {
          // Declared dead (or Redis lost its data): rejoin, which closes what is no longer ours, then claim.
          try {
            await this.rejoin();
          } catch (err) {
            throw this.unavailable('rejoin', err);
          }
          continue;
        }
        if (reply[0] === 'held') {
          const owner = String(reply[1]);
          const epoch = Number(reply[2]);
          if (!disowned && owner === this.proxyId && this.held.get(clientId)?.epoch !== epoch && !this.pendingReleases.has(clientId)) {
            disowned = true;
            // Recorded as held here, but no connection here has it: the ghost of a failed claim.
            await this.disown(clientId);
            continue;
          }
          if (kickedEpoch !== epoch) {
            if (kickedEpoch === -1) this.stats.takeovers++;
            kickedEpoch = epoch;
            // A remote holder was told by the script; a local one is told here.
            if (owner === this.proxyId) this.emitTakeover(clientId, epoch);
          }
          await this.waitRelease(clientId, Math.max(1, Math.min(this.takeoverPollMs, deadline - Date.now())));
          continue;
        }
        if (force) this.logger.warn('previous holder did not release in time; using the last saved session', { clientId, epoch: kickedEpoch });
        return this.claimed(clientId, reply);
      }
    });
  }

  save(state: SessionState, epoch: number): Promise<void> {
    if (!this.holds(state.clientId, epoch)) return Promise.resolve();
    const args: Arg[] = [this.prefix, state.clientId, this.proxyId, epoch, state.expiryInterval, encodeState(state), state.offsets.length];
    pushOffsets(args, state.offsets);
    return this.redis.wharfSave(...args).then(
      () => undefined,
      (err: unknown) => {
        throw this.unavailable('save', err);
      },
    );
  }

  /**
   * One pipeline per flush: sessions are packed into script calls of at most
   * `offsetBatchSessions` sessions; each call checks owner and epoch per session.
   */
  async saveOffsets(batch: readonly SessionOffsets[]): Promise<void> {
    const pipeline = this.redis.pipeline();
    let calls = 0;
    let args: Arg[] | null = null;
    let count = 0;
    const flushCall = (): void => {
      if (args === null) return;
      args[2] = count;
      pipeline.wharfSaveOffsets(...args);
      calls++;
      args = null;
    };
    for (const b of batch) {
      if (b.offsets.length === 0 || !this.holds(b.clientId, b.epoch)) continue;
      if (args === null) {
        args = [this.prefix, this.proxyId, 0];
        count = 0;
      }
      args.push(b.clientId, b.epoch, b.offsets.length);
      pushOffsets(args, b.offsets);
      count++;
      if (count >= this.offsetBatchSessions || args.length >= MAX_SCRIPT_ARGS) flushCall();
    }
    flushCall();
    if (calls === 0) return;
    let results: [Error | null, unknown][] | null;
    try {
      results = await pipeline.exec();
    } catch (err) {
      throw this.unavailable('save offsets', err);
    }
    if (results === null) throw this.unavailable('save offsets', new Error('pipeline discarded'));
    for (const [err] of results) if (err !== null) throw this.unavailable('save offsets', err);
  }

  async release(clientId: string, epoch: number, finalState: SessionState): Promise<void> {
    const hold = this.held.get(clientId);
    if (hold === undefined || hold.epoch !== epoch) {
      this.logger.debug('stale session release ignored', { clientId, epoch });
      return;
    }
    this.held.delete(clientId);
    const op: PendingRelease = { clientId, epoch, keepWill: hold.will, state: finalState };
    try {
      await this.sendRelease(op);
    } catch (err) {
      this.redisError('release', err);
      this.queueRelease(op);
    } finally {
      this.signalReleased(clientId);
    }
  }

  async setWill(clientId: string, epoch: number, will: WillRecord | null): Promise<void> {
    const hold = this.held.get(clientId);
    if (hold === undefined || hold.epoch !== epoch) return;
    // Recorded before Redis hears of it: a release that follows carries the decision even if this write fails.
    hold.will = will !== null;
    try {
      await this.redis.wharfSetWill(this.prefix, clientId, this.proxyId, epoch, will === null ? '' : encodeWill(will), will?.delaySeconds ?? 0);
    } catch (err) {
      throw this.unavailable('set will', err);
    }
  }

  /** Pending wills live in Redis: the survivors publish them at their deadline. */
  shutdownWills(): Promise<void> {
    return Promise.resolve();
  }

  /**
   * Stops the heartbeat. With every session released, this proxy leaves the cluster at once;
   * sessions still held (a crash-like stop) are released by the other proxies once this
   * proxy's liveness key expires, wills included.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    await this.ticking;
    if (this.started) {
      if (this.pendingReleases.size > 0) await this.retryReleases();
      if (this.held.size === 0 && this.pendingReleases.size === 0) {
        await this.redis.wharfDeregister(this.prefix, this.proxyId).catch((err: unknown) => this.redisError('deregister', err));
      } else {
        this.logger.warn('closing with sessions still held; the cluster releases them when the liveness key expires', {
          held: this.held.size + this.pendingReleases.size,
        });
      }
    }
    for (const w of this.releaseWaiters.values()) for (const done of [...w]) done();
    await Promise.all([quit(this.redis), quit(this.sub)]);
  }

  // ---- internals ----

  private holds(clientId: string, epoch: number): boolean {
    return this.held.get(clientId)?.epoch === epoch;
  }

  private claimed(clientId: string, reply: unknown[]): ClaimResult {
    const epoch = Number(reply[1]);
    if (!Number.isSafeInteger(epoch) || epoch <= 0) throw new Error(`claim script returned epoch ${String(reply[1])}`);
    if (epoch > this.maxEpoch) this.maxEpoch = epoch;
    this.held.set(clientId, { epoch, will: false });
    let state: SessionState | null = null;
    const json = String(reply[2]);
    if (json !== '') {
      try {
        state = decodeState(json, reply[3] as unknown[]);
      } catch (err) {
        this.logger.error('unreadable stored session; starting a new one', { clientId, err });
      }
    }
    this.handleDue(reply[4] as unknown[], reply[5] as unknown[]);
    return { epoch, state };
  }

  private async sendRelease(op: PendingRelease): Promise<void> {
    this.releaseDone(op, await this.redis.wharfRelease(...this.releaseArgs(op)));
  }

  private releaseArgs(op: PendingRelease): Arg[] {
    const s = op.state;
    const offsets = s.expiryInterval === 0 ? [] : s.offsets;
    const args: Arg[] = [this.prefix, op.clientId, this.proxyId, op.epoch, op.keepWill ? 1 : 0, s.expiryInterval, encodeState(s), offsets.length];
    pushOffsets(args, offsets);
    return args;
  }

  private releaseDone(op: PendingRelease, reply: unknown[]): void {
    if (reply[0] === 'stale') {
      this.logger.debug('stale session release ignored', { clientId: op.clientId, epoch: op.epoch });
      return;
    }
    this.handleDue(reply[1] as unknown[], reply[2] as unknown[]);
  }

  private queueRelease(op: PendingRelease): void {
    if (this.pendingReleases.size >= this.maxPendingReleases) {
      const oldest = this.pendingReleases.keys().next().value;
      if (oldest !== undefined) {
        this.pendingReleases.delete(oldest);
        this.logger.warn('too many releases waiting for Redis; the oldest is left to the takeover timeout', { clientId: oldest });
      }
    }
    this.pendingReleases.set(op.clientId, op);
  }

  /** Sends up to RETRIES_PER_TICK kept releases in one pipeline; failures stay for the next heartbeat. */
  private async retryReleases(): Promise<void> {
    const ops: PendingRelease[] = [];
    for (const op of this.pendingReleases.values()) {
      ops.push(op);
      if (ops.length === RETRIES_PER_TICK) break;
    }
    const pipeline = this.redis.pipeline();
    for (const op of ops) pipeline.wharfRelease(...this.releaseArgs(op));
    let results: [Error | null, unknown][] | null;
    try {
      results = await pipeline.exec();
    } catch (err) {
      this.redisError('release retry', err);
      return;
    }
    if (results === null) return;
    for (let i = 0; i < ops.length; i++) {
      const op = ops[i]!;
      const [err, reply] = results[i] ?? [new Error('no reply'), null];
      if (err !== null) {
        this.redisError('release retry', err);
        continue;
      }
      if (this.pendingReleases.get(op.clientId) === op) this.pendingReleases.delete(op.clientId);
      this.releaseDone(op, reply as unknown[]);
      this.signalReleased(op.clientId);
    }
  }

  private tick(): void {
    if (this.ticking !== null || this.closed || !this.started) return;
    this.ticking = this.runTick().finally(() => {
      this.ticking = null;
    });
  }

  private async runTick(): Promise<void> {
    let more = false;
    try {
      const results = await this.redis
        .pipeline()
        .wharfHeartbeat(this.prefix, this.proxyId, this.livenessTtlMs)
        .wharfSweep(this.prefix, this.sweepBatch)
        .exec();
      if (results === null) throw new Error('pipeline discarded');
      const [[hbErr, alive], [sweepErr, sweep]] = results as [[Error | null, unknown], [Error | null, unknown]];
      if (hbErr !== null) throw hbErr;
      if (alive === 0) await this.rejoin();
      if (sweepErr !== null) throw sweepErr;
      const r = sweep as unknown[];
      this.stats.sessionsReaped += Number(r[3]);
      this.stats.sessionsExpired += Number(r[4]);
      this.handleDue(r[0] as unknown[], r[1] as unknown[]);
      more = Number(r[2]) === 1;
    } catch (err) {
      this.redisError('heartbeat', err);
    }
    if (this.pendingReleases.size > 0) await this.retryReleases();
    let checked = 0;
    for (const clientId of [...this.suspects]) {
      if (this.closed || ++checked > SUSPECTS_PER_TICK) break;
      try {
        await this.claims.run(clientId, () => this.disown(clientId));
      } catch (err) {
        this.redisError('disown', err);
        break;
      }
    }
    if (more && !this.closed) setImmediate(() => this.tick());
  }

  /** Releases `clientId` if Redis records it as held here under an epoch this proxy does not hold. Run under the claim lock. */
  private async disown(clientId: string): Promise<void> {
    const local = this.held.get(clientId)?.epoch ?? 0;
    let r: unknown[];
    try {
      r = await this.redis.wharfDisown(this.prefix, clientId, this.proxyId, local);
    } catch (err) {
      throw this.unavailable('disown', err);
    }
    this.suspects.delete(clientId);
    if (Number(r[2]) === 1) this.logger.info('released a session recorded as held here without a connection', { clientId });
    this.handleDue(r[0] as unknown[], r[1] as unknown[]);
  }

  /** Registers this proxy (again); one at a time. */
  private rejoin(): Promise<void> {
    this.rejoining ??= this.register().finally(() => {
      this.rejoining = null;
    });
    return this.rejoining;
  }

  /**
   * At start, and when the cluster declared this proxy dead (its liveness key expired: a
   * pause, a partition, or Redis lost its data) and released its sessions. Holds Redis no
   * longer records as ours lost their session: their connections must go, so the clients
   * reconnect and claim properly.
   */
  private async register(): Promise<void> {
    const flat = await this.redis.wharfRegister(this.prefix, this.proxyId, this.livenessTtlMs, this.maxEpoch);
    const ours = new Map<string, number>();
    for (let i = 0; i + 1 < flat.length; i += 2) ours.set(String(flat[i]), Number(flat[i + 1]));
    const lost: [string, number][] = [];
    for (const [clientId, hold] of this.held) {
      if (ours.get(clientId) === hold.epoch) continue;
      this.held.delete(clientId);
      lost.push([clientId, hold.epoch]);
    }
    for (const [clientId, op] of this.pendingReleases) if (ours.get(clientId) !== op.epoch) this.pendingReleases.delete(clientId);
    if (!this.started) return;
    this.stats.fenced++;
    this.logger.warn('the cluster had declared this proxy dead; closing the connections of sessions it released', { proxyId: this.proxyId, sessions: lost.length });
    for (const [clientId, epoch] of lost) this.emitTakeover(clientId, epoch);
  }

  /** Sessions recorded as held by this proxy id that this process does not hold: released like a dead proxy's. */
  private async reapOwn(): Promise<void> {
    for (;;) {
      const r = await this.redis.wharfReapOwn(this.prefix, this.proxyId, this.sweepBatch);
      this.stats.sessionsReaped += Number(r[3]);
      this.handleDue(r[0] as unknown[], r[1] as unknown[]);
      if (Number(r[2]) === 0) return;
    }
  }

  /** Wills and session ends a script handed to this node: (clientId, JSON) pairs. */
  private handleDue(wills: unknown[], ended: unknown[]): void {
    for (let i = 0; i + 1 < wills.length; i += 2) {
      const clientId = String(wills[i]);
      try {
        this.emitWill(clientId, decodeWill(String(wills[i + 1])));
      } catch (err) {
        this.logger.error('unreadable will dropped', { clientId, err });
      }
    }
    for (let i = 0; i + 1 < ended.length; i += 2) {
      const json = String(ended[i + 1]);
      if (json === '') continue; // never saved: no filters to give back
      try {
        this.emitEnded(decodeState(json, []));
      } catch (err) {
        this.logger.error('unreadable ended session; its filters stay registered', { clientId: String(ended[i]), err });
      }
    }
  }

  private onControl(raw: string): void {
    const msg = parseControl(raw);
    if (msg === null) {
      this.logger.warn('unknown session control message', { message: raw.slice(0, 64) });
      return;
    }
    if (msg.kind === 'kick') {
      // Not held here (and no release on its way): maybe a ghost; the next heartbeat checks.
      if (this.held.get(msg.clientId)?.epoch !== msg.epoch && !this.pendingReleases.has(msg.clientId) && this.suspects.size < this.maxPendingReleases) {
        this.suspects.add(msg.clientId);
      }
      this.emitTakeover(msg.clientId, msg.epoch);
    } else {
      this.signalReleased(msg.clientId);
    }
  }

  private waitRelease(clientId: string, ms: number): Promise<void> {
    return new Promise((resolve) => {
      let waiters = this.releaseWaiters.get(clientId);
      if (waiters === undefined) this.releaseWaiters.set(clientId, (waiters = new Set()));
      const set = waiters;
      const done = (): void => {
        clearTimeout(timer);
        set.delete(done);
        if (set.size === 0 && this.releaseWaiters.get(clientId) === set) this.releaseWaiters.delete(clientId);
        resolve();
      };
      const timer = setTimeout(done, ms);
      set.add(done);
    });
  }

  private signalReleased(clientId: string): void {
    const waiters = this.releaseWaiters.get(clientId);
    if (waiters !== undefined) for (const done of [...waiters]) done();
  }

  private emitTakeover(clientId: string, epoch: number): void {
    this.takeoverEvent.emit(clientId, epoch);
  }

  private emitEnded(state: SessionState): void {
    if (state.subscriptions.length === 0) return;
    this.endedEvent.emit(state);
  }

  private emitWill(clientId: string, will: WillRecord): void {
    this.stats.willsPublished++;
    this.willEvent.emit(clientId, will);
  }

  private unavailable(what: string, err: unknown): SessionStoreUnavailableError {
    this.redisError(what, err);
    return new SessionStoreUnavailableError(`session store unavailable (${what}): ${message(err)}`);
  }

  /** Counts every failure; logs the first and then at most one line per interval. */
  private redisError(what: string, err: unknown): void {
    this.stats.redisErrors++;
    const now = Date.now();
    if (now - this.lastErrorLog < ERROR_LOG_INTERVAL_MS) {
      this.suppressedErrors++;
      return;
    }
    this.lastErrorLog = now;
    const suppressed = this.suppressedErrors;
    this.suppressedErrors = 0;
    this.logger.warn(`redis session store: ${what} failed`, { redis: this.url, err: message(err), suppressed });
  }
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** The URL without its password, for logs and errors. */
function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password !== '') u.password = '***';
    return u.toString();
  } catch {
    return '(unparsable redis url)';
  }
}

async function quit(redis: Redis): Promise<void> {
  if (redis.status === 'end') return;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([redis.quit(), new Promise((resolve) => (timer = setTimeout(resolve, QUIT_TIMEOUT_MS)))]);
  } catch {
    // Not connected: nothing to say goodbye to.
  } finally {
    clearTimeout(timer);
    redis.disconnect();
  }
}
