/**
 * The in-process SessionPort (all-in-one mode). Claims, epochs and takeover live in memory;
 * session state is stored through the StorePort (meta key `session/<clientId>`, offsets under
 * owner `session/<clientId>`) so sessions survive a crash and restart of the process.
 *
 * A session that holds filters is stored even when it is clean: the store keeps filter
 * references durably, and after a crash only the stored record can give them back.
 *
 * Wills live in memory with timers: with one process there is no survivor to publish the wills
 * of a crashed node, so a crash loses them; a graceful shutdown hands pending ones out
 * (`shutdownWills`).
 */
import { PortEvent } from './port-event.ts';
import {
  SESSION_NEVER_EXPIRES,
  type ClaimResult,
  type Logger,
  type OffsetEntry,
  type SessionOffsets,
  type SessionPort,
  type SessionState,
  type StorePort,
  type WillRecord,
} from '@wharf/core';

export interface LocalSessionPortOptions {
  store: StorePort;
  logger: Logger;
  /**
   * Offset flush interval of the proxies using this port. Not used here: the proxy's flusher
   * already batches at this interval and each flush is one store write. Kept so every adapter
   * takes the same options.
   */
  offsetFlushMs?: number;
  /** How long a claim waits for the current holder to release before reading the stored state. */
  takeoverTimeoutMs?: number;
}

const KEY_PREFIX = 'session/';
const DEFAULT_TAKEOVER_TIMEOUT_MS = 5000;
/** Longest timer Node can hold; longer expiries are re-armed. */
const MAX_TIMER_MS = 2 ** 31 - 1;

interface Holder {
  epoch: number;
  connected: boolean;
  /** Claims waiting for this holder's release: they get its final state (null: it ended). */
  waiters: ((state: SessionState | null) => void)[];
  expiry: NodeJS.Timeout | null;
  /** The will of the connection holding the session (set after CONNECT, cleared on DISCONNECT). */
  will: WillRecord | null;
}

/** A will whose connection ended, waiting for its delay (or the session's end). */
interface PendingWill {
  will: WillRecord;
  timer: NodeJS.Timeout | null;
}

/** The stored form: the state without offsets (those live in the offsets table). */
type StoredSession = Omit<SessionState, 'offsets'>;

export class LocalSessionPort implements SessionPort {
  private readonly store: StorePort;
  private readonly logger: Logger;
  private readonly takeoverTimeoutMs: number;
  private epochCounter = 0;
  private readonly holders = new Map<string, Holder>();
  /** Client ids with a stored record: a claim for any other id needs no store read. */
  private readonly stored = new Set<string>();
  /** Claims and expiries of one client id run one at a time. */
  private readonly locks = new Map<string, Promise<unknown>>();
  /** Store writes run in order, so a late offset flush never lands after a release. */
  private writes: Promise<void> = Promise.resolve();
  private readonly pendingWills = new Map<string, PendingWill>();
  private closed = false;

  private readonly takeoverEvent: PortEvent<[clientId: string, epoch: number]>;
  private readonly endedEvent: PortEvent<[state: SessionState]>;
  private readonly willEvent: PortEvent<[clientId: string, will: WillRecord]>;

  constructor(options: LocalSessionPortOptions) {
    this.store = options.store;
    this.logger = options.logger;
    this.takeoverEvent = new PortEvent<[clientId: string, epoch: number]>('takeover', this.logger, false, (clientId) => clientId);
    this.endedEvent = new PortEvent<[state: SessionState]>('session ended', this.logger, true, (state) => state.clientId);
    this.willEvent = new PortEvent<[clientId: string, will: WillRecord]>('will', this.logger, true, (clientId) => clientId);
    this.takeoverTimeoutMs = options.takeoverTimeoutMs ?? DEFAULT_TAKEOVER_TIMEOUT_MS;
  }

  /** Loads stored sessions: those whose expiry passed while the process was down end now; the others get their timers. */
  async start(): Promise<void> {
    const now = Date.now();
    const records = await this.store.listMeta(KEY_PREFIX);
    let resumed = 0;
    let ended = 0;
    for (const { key, value } of records) {
      const clientId = key.slice(KEY_PREFIX.length);
      let state: StoredSession;
      try {
        state = decode(value);
      } catch (err) {
        this.logger.warn('unreadable stored session skipped', { clientId, err });
        continue;
      }
      this.stored.add(clientId);
      // A session connected at the crash was disconnected by it: its expiry runs from now.
      const since = state.disconnectedAt ?? now;
      const expiry = state.expiryInterval;
      if (expiry !== SESSION_NEVER_EXPIRES && since + expiry * 1000 <= now) {
        await this.end(clientId, { ...state, offsets: [] });
        ended++;
        continue;
      }
      const holder: Holder = { epoch: 0, connected: false, waiters: [], expiry: null, will: null };
      this.holders.set(clientId, holder);
      this.armExpiry(clientId, holder, since + expiry * 1000 - now, expiry);
      resumed++;
    }
    this.logger.info('sessions restored', { kept: resumed, expired: ended });
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

  setWill(clientId: string, epoch: number, will: WillRecord | null): Promise<void> {
    const holder = this.holders.get(clientId);
    if (holder !== undefined && holder.epoch === epoch && holder.connected) holder.will = will;
    return Promise.resolve();
  }

  shutdownWills(): Promise<void> {
    for (const clientId of [...this.pendingWills.keys()]) this.willDueNow(clientId);
    return Promise.resolve();
  }

  claim(clientId: string, cleanStart: boolean): Promise<ClaimResult> {
    return this.locked(clientId, async () => {
      if (this.closed) throw new Error('session port closed');
      const epoch = ++this.epochCounter;
      const holder = this.holders.get(clientId);
      let state: SessionState | null = null;
      let known = false;
      if (holder !== undefined && holder.connected) {
        const released = new Promise<SessionState | null>((resolve) => holder.waiters.push(resolve));
        this.takeoverEvent.emit(clientId, holder.epoch);
        const outcome = await withTimeout(released, this.takeoverTimeoutMs);
        if (outcome === TIMEOUT) {
          // Treated as gone: its late release is stale and ignored, and its will is due as if it had released.
          holder.connected = false;
          if (holder.will !== null) this.willPending(clientId, holder.will, holder.will.delaySeconds);
          holder.will = null;
          this.logger.warn('previous holder did not release in time; using the stored session', { clientId, epoch: holder.epoch });
        } else {
          state = outcome;
          known = true;
        }
      }
      if (holder?.expiry) clearTimeout(holder.expiry);
      // A release may still be writing the state this claim must read.
      await this.writes;
      if (!known && this.stored.has(clientId)) state = await this.load(clientId);
      if (state !== null && (cleanStart || state.expiryInterval === 0)) {
        // A clean session's record exists only to give its filters back.
        await this.write(() => this.end(clientId, state!));
        state = null;
      }
      // MQTT 5 §3.1.3.2.2: reconnecting to the session in time cancels a delayed will; a session
      // that does not resume has ended, which makes its will due.
      if (state === null) this.willDueNow(clientId);
      else this.cancelWill(clientId);
      this.holders.set(clientId, { epoch, connected: true, waiters: [], expiry: null, will: null });
      return { epoch, state };
    });
  }

  save(state: SessionState, epoch: number): Promise<void> {
    if (!this.current(state.clientId, epoch)) return Promise.resolve();
    return this.write(async () => {
      if (!this.current(state.clientId, epoch)) return;
      await this.persist(state);
    });
  }

  saveOffsets(batch: readonly SessionOffsets[]): Promise<void> {
    return this.write(async () => {
      const entries: { owner: string; entries: readonly OffsetEntry[] }[] = [];
      for (const b of batch) {
        // A release or a newer claim since the flush was taken makes these offsets stale.
        if (this.current(b.clientId, b.epoch) && b.offsets.length > 0) entries.push({ owner: KEY_PREFIX + b.clientId, entries: b.offsets });
      }
      if (entries.length > 0) await this.store.saveOffsets(entries);
    });
  }

  release(clientId: string, epoch: number, finalState: SessionState): Promise<void> {
    const holder = this.holders.get(clientId);
    if (holder === undefined || holder.epoch !== epoch || !holder.connected) {
      this.logger.debug('stale session release ignored', { clientId, epoch });
      return Promise.resolve();
    }
    holder.connected = false;
    const waiters = holder.waiters;
    holder.waiters = [];
    if (holder.will !== null) this.willPending(clientId, holder.will, Math.min(holder.will.delaySeconds, finalState.expiryInterval));
    holder.will = null;
    return this.write(async () => {
      let handedOver: SessionState | null = finalState;
      try {
        if (finalState.expiryInterval === 0) {
          await this.end(clientId, finalState);
          if (this.holders.get(clientId) === holder) this.holders.delete(clientId);
          handedOver = null;
        } else {
          await this.persist(finalState);
          if (waiters.length === 0) {
            const since = finalState.disconnectedAt ?? Date.now();
            this.armExpiry(clientId, holder, since + finalState.expiryInterval * 1000 - Date.now(), finalState.expiryInterval);
          }
        }
      } finally {
        for (const w of waiters) w(handedOver);
      }
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const h of this.holders.values()) if (h.expiry !== null) clearTimeout(h.expiry);
    for (const p of this.pendingWills.values()) if (p.timer !== null) clearTimeout(p.timer);
    this.pendingWills.clear();
    await this.writes;
  }

  // ---- internals ----

  private current(clientId: string, epoch: number): boolean {
    const h = this.holders.get(clientId);
    return h !== undefined && h.epoch === epoch && h.connected;
  }

  private armExpiry(clientId: string, holder: Holder, delayMs: number, expiry: number): void {
    if (expiry === SESSION_NEVER_EXPIRES) return;
    const step = Math.max(0, Math.min(delayMs, MAX_TIMER_MS));
    holder.expiry = setTimeout(() => {
      holder.expiry = null;
      if (delayMs > MAX_TIMER_MS) {
        this.armExpiry(clientId, holder, delayMs - MAX_TIMER_MS, expiry);
        return;
      }
      void this.expire(clientId, holder);
    }, step);
    holder.expiry.unref();
  }

  private expire(clientId: string, holder: Holder): Promise<void> {
    return this.locked(clientId, async () => {
      if (this.holders.get(clientId) !== holder || holder.connected || this.closed) return;
      const state = this.stored.has(clientId) ? await this.load(clientId) : null;
      this.holders.delete(clientId);
      if (state !== null) await this.write(() => this.end(clientId, state));
      else this.willDueNow(clientId);
    }).catch((err: unknown) => this.logger.error('session expiry failed', { clientId, err }));
  }

  private async load(clientId: string): Promise<SessionState | null> {
    const raw = await this.store.getMeta(KEY_PREFIX + clientId);
    if (raw === null) {
      this.stored.delete(clientId);
      return null;
    }
    const stored = decode(raw);
    const offsets = await this.store.loadOffsets(KEY_PREFIX + clientId);
    return { ...stored, offsets };
  }

  /** Meta first, then offsets: a crash between them leaves older offsets, which only redeliver. */
  private async persist(state: SessionState): Promise<void> {
    if (state.expiryInterval === 0 && state.subscriptions.length === 0) {
      if (this.stored.has(state.clientId)) await this.remove(state.clientId);
      return;
    }
    const { offsets, ...rest } = state;
    await this.store.putMeta([{ key: KEY_PREFIX + state.clientId, value: Buffer.from(JSON.stringify(rest)) }]);
    this.stored.add(state.clientId);
    if (state.expiryInterval > 0 && offsets.length > 0) {
      await this.store.saveOffsets([{ owner: KEY_PREFIX + state.clientId, entries: offsets }]);
    }
  }

  private async remove(clientId: string): Promise<void> {
    await this.store.putMeta([{ key: KEY_PREFIX + clientId, value: null }]);
    await this.store.deleteOffsets(KEY_PREFIX + clientId);
    this.stored.delete(clientId);
  }

  /** The session is over: its stored record goes, then the proxies unregister its filters. */
  private async end(clientId: string, state: SessionState): Promise<void> {
    // A will still waiting for its delay is due at the session's end.
    this.willDueNow(clientId);
    if (this.stored.has(clientId)) await this.remove(clientId);
    this.emitEnded(state);
  }

  /** The will's connection ended: it goes out after `delaySeconds` unless cancelled first. */
  private willPending(clientId: string, will: WillRecord, delaySeconds: number): void {
    this.cancelWill(clientId);
    const pending: PendingWill = { will, timer: null };
    this.pendingWills.set(clientId, pending);
    if (delaySeconds <= 0) {
      this.willDueNow(clientId);
      return;
    }
    const arm = (ms: number): void => {
      pending.timer = setTimeout(() => {
        if (ms > MAX_TIMER_MS) arm(ms - MAX_TIMER_MS);
        else if (this.pendingWills.get(clientId) === pending) this.willDueNow(clientId);
      }, Math.min(ms, MAX_TIMER_MS));
      pending.timer.unref();
    };
    arm(delaySeconds * 1000);
  }

  private cancelWill(clientId: string): void {
    const pending = this.pendingWills.get(clientId);
    if (pending === undefined) return;
    if (pending.timer !== null) clearTimeout(pending.timer);
    this.pendingWills.delete(clientId);
  }

  private willDueNow(clientId: string): void {
    const pending = this.pendingWills.get(clientId);
    if (pending === undefined) return;
    this.cancelWill(clientId);
    this.emitWill(clientId, pending.will);
  }

  private emitWill(clientId: string, will: WillRecord): void {
    this.willEvent.emit(clientId, will);
  }

  private emitEnded(state: SessionState): void {
    if (state.subscriptions.length === 0) return;
    this.endedEvent.emit(state);
  }

  private write(op: () => Promise<void>): Promise<void> {
    const run = this.writes.then(op, op);
    this.writes = run.catch(() => undefined);
    return run;
  }

  private locked<T>(clientId: string, op: () => Promise<T>): Promise<T> {
    const prev = this.locks.get(clientId) ?? Promise.resolve();
    const run = prev.then(op, op);
    const tail = run.catch(() => undefined);
    this.locks.set(clientId, tail);
    void tail.then(() => {
      if (this.locks.get(clientId) === tail) this.locks.delete(clientId);
    });
    return run;
  }
}

const TIMEOUT = Symbol('timeout');

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | typeof TIMEOUT> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(TIMEOUT), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err);
      },
    );
  });
}

function decode(raw: Buffer): StoredSession {
  const parsed: unknown = JSON.parse(raw.toString('utf8'));
  if (typeof parsed !== 'object' || parsed === null) throw new Error('stored session is not an object');
  const s = parsed as StoredSession;
  if (typeof s.clientId !== 'string' || !Array.isArray(s.subscriptions) || typeof s.expiryInterval !== 'number') {
    throw new Error('stored session lacks clientId, subscriptions or expiryInterval');
  }
  s.inboundQos2 ??= [];
  return s;
}
