/**
 * The pull loop (DESIGN §2 "Delivery"): queue-advanced events move a queue's known end; the
 * newest messages come inline or through ONE shared pull per queue into its cache; every local
 * session whose cursor is behind gets pushed as far as its window and socket allow.
 */
import { topicMatches, type Logger, type NotifyPort, type PullResult, type QueueAdvanced, type QueueId, type StorePort, type StoredMessage, type WharfConfig } from '@wharf/core';
import type { ProxyStats } from '../metrics.ts';
import { sendPublish } from '../protocol/publish-out.ts';
import type { Cursor } from '../session/cursor.ts';
import type { Session } from '../session/session.ts';
import { matchingPeers, OverlapWindow } from './overlap.ts';
import { CacheEntry, QueueCache } from './queue-cache.ts';

/** Upper bound on the bytes one pull may return. */
export const PULL_MAX_BYTES = 4 * 1024 * 1024;
/** Private pulls a lagging cursor keeps in flight. */
const PRIVATE_PULLS = 4;
/** Delay before a failed store call is retried, doubling per failure in a row up to the max. */
const RETRY_MS = 200;
const RETRY_MAX_MS = 5000;
/** Queues whose end one resync call reads, and such calls a resync keeps in flight. */
const RESYNC_BATCH = 2048;
const RESYNC_CONCURRENCY = 4;

/** Outcomes of sendShared. */
const NOT_SHARED = 0;
const SHARED_DONE = 1;
const SHARED_NO_ROOM = 2;
/** A single copy for subscriptions none of which has a Subscription Identifier. */
const NO_IDS: readonly number[] = [];

function retryDelay(failures: number): number {
  return Math.min(RETRY_MS * 2 ** Math.min(failures, 10), RETRY_MAX_MS);
}

export class QueueState {
  /** Highest end offset heard of (events, pulls, registrations). */
  endOffset = 0;
  /** The shared loader is pulling. */
  loading = false;
  /** Store calls for this queue that failed in a row (retry backoff). */
  failures = 0;
  readonly cursors: Cursor[] = [];
  readonly cache: QueueCache;

  constructor(
    readonly queueId: QueueId,
    cacheCapacity: number,
  ) {
    this.cache = new QueueCache(cacheCapacity);
  }
}

export interface DelivererOptions {
  config: WharfConfig;
  store: Pick<StorePort, 'pull' | 'endOffset' | 'endOffsets'>;
  notify: NotifyPort;
  stats: ProxyStats;
  logger: Logger;
}

export class Deliverer {
  private readonly queues = new Map<QueueId, QueueState>();
  private readonly config: WharfConfig;
  private readonly store: Pick<StorePort, 'pull' | 'endOffset' | 'endOffsets'>;
  private readonly notify: NotifyPort;
  private readonly stats: ProxyStats;
  private readonly logger: Logger;
  private closed = false;
  /** A resync is reading queue ends; `resyncAgain` asks for one more pass after it. */
  private resyncing = false;
  private resyncAgain = false;

  constructor(options: DelivererOptions) {
    this.config = options.config;
    this.store = options.store;
    this.notify = options.notify;
    this.stats = options.stats;
    this.logger = options.logger;
    this.notify.onAdvanced((events) => this.onAdvanced(events));
    this.notify.onResync(() => this.resync());
  }

  get queueCount(): number {
    return this.queues.size;
  }

  queue(queueId: QueueId): QueueState | undefined {
    return this.queues.get(queueId);
  }

  close(): void {
    this.closed = true;
  }

  /** A callback of a settled store call threw: a bug, logged, never an unhandled rejection. */
  private readonly onBug = (err: unknown): void => {
    this.logger.error('delivery callback failed', { err });
  };

  /**
   * Starts delivering to `cursor`. `knownEnd` is the queue's end when the caller knows it (a
   * new subscription); otherwise it is asked from the store before the first push.
   */
  attach(cursor: Cursor, knownEnd: number | null): void {
    let q = this.queues.get(cursor.queueId);
    let created = false;
    if (q === undefined) {
      q = new QueueState(cursor.queueId, this.config.queueCacheMessages);
      this.queues.set(cursor.queueId, q);
      this.notify.addInterest([cursor.queueId]);
      created = true;
    }
    cursor.queueIndex = q.cursors.length;
    q.cursors.push(cursor);
    cursor.queue = q;
    cursor.detached = false;
    if (knownEnd !== null && knownEnd > q.endOffset) q.endOffset = knownEnd;
    // Events routed before the interest was registered are lost to us: ask once.
    if (knownEnd === null || created) this.refreshEnd(q);
  }

  detach(cursor: Cursor): void {
    cursor.detached = true;
    const q = cursor.queue;
    cursor.queue = null;
    if (q === null) return;
    // Swap-remove by stored index: a disconnect storm on a hot queue stays linear.
    const i = cursor.queueIndex;
    if (q.cursors[i] === cursor) {
      const last = q.cursors.pop()!;
      if (i < q.cursors.length) {
        q.cursors[i] = last;
        last.queueIndex = i;
      }
    }
    cursor.queueIndex = -1;
    if (q.cursors.length === 0 && this.queues.get(q.queueId) === q) {
      this.queues.delete(q.queueId);
      this.notify.removeInterest([q.queueId]);
    }
  }

  private refreshEnd(q: QueueState): void {
    this.store.endOffset(q.queueId).then(
      (end) => {
        q.failures = 0;
        if (end > q.endOffset) q.endOffset = end;
        this.pumpQueue(q);
      },
      (err: unknown) => {
        if (q.failures++ === 0) this.logger.warn('cannot read queue end offset; retrying', { queueId: q.queueId, err });
        setTimeout(() => this.queues.get(q.queueId) === q && this.refreshEnd(q), retryDelay(q.failures)).unref();
      },
    ).catch(this.onBug);
  }

  /**
   * Events may have been missed (the notify adapter reconnected or is polling): re-read the end
   * of every queue we deliver from, RESYNC_BATCH queues per store call and RESYNC_CONCURRENCY
   * calls at a time, and treat an end that moved as a queue-advanced event without inline
   * messages.
   */
  resync(): void {
    if (this.closed) return;
    if (this.resyncing) {
      this.resyncAgain = true;
      return;
    }
    this.resyncing = true;
    const ids = [...this.queues.keys()];
    let next = 0;
    let active = 0;
    let failures = 0;
    let firstError: unknown = null;
    const launch = (): void => {
      while (active < RESYNC_CONCURRENCY && next < ids.length && !this.closed) {
        const batch = ids.slice(next, next + RESYNC_BATCH);
        next += batch.length;
        active++;
        this.store.endOffsets(batch).then(
          (ends) => {
            active--;
            const moved: QueueAdvanced[] = [];
            for (let i = 0; i < batch.length; i++) {
              const q = this.queues.get(batch[i]!);
              if (q !== undefined && ends[i]! > q.endOffset) moved.push({ queueId: q.queueId, endOffset: ends[i]! });
            }
            if (moved.length > 0) this.onAdvanced(moved);
            launch();
          },
          (err: unknown) => {
            active--;
            if (failures++ === 0) firstError = err;
            launch();
          },
        ).catch(this.onBug);
      }
      if (active > 0 || (next < ids.length && !this.closed)) return;
      this.resyncing = false;
      // The next resync (reconnect or poll) retries whatever failed.
      if (failures > 0) this.logger.warn('resync could not read some queue ends', { queues: ids.length, failures, err: firstError });
      if (this.resyncAgain) {
        this.resyncAgain = false;
        this.resync();
      }
    };
    launch();
  }

  onAdvanced(events: readonly QueueAdvanced[]): void {
    if (this.closed) return;
    for (let i = 0; i < events.length; i++) {
      const ev = events[i]!;
      const q = this.queues.get(ev.queueId);
      if (q === undefined) continue;
      if (ev.endOffset > q.endOffset) q.endOffset = ev.endOffset;
      const inline = ev.inline;
      if (inline !== undefined && inline.length > 0) q.cache.append(ev.endOffset - inline.length, inline);
      this.pumpQueue(q);
    }
  }

  pumpQueue(q: QueueState): void {
    const cursors = q.cursors;
    for (let i = 0; i < cursors.length; i++) this.pumpCursor(cursors[i]!);
  }

  /** The session's window opened or its socket drained: retained backlog first, then round-robin over its queues. */
  pumpSession(session: Session): void {
    const conn = session.connection;
    if (conn === null || conn.blocked) return;
    if (session.retained.length > 0 && !this.sendRetained(session)) return;
    const cursors = session.cursors;
    const n = cursors.length;
    if (n === 0) return;
    const start = session.roundRobin % n;
    for (let k = 0; k < n; k++) {
      this.pumpCursor(cursors[(start + k) % n]!);
      if (conn.blocked || !session.inflight.hasRoom()) {
        session.roundRobin = (start + k + 1) % n;
        return;
      }
    }
  }

  /** Retained messages matched on subscribe. Returns false when the window or socket is full. */
  private sendRetained(session: Session): boolean {
    const conn = session.connection!;
    const list = session.retained;
    let i = 0;
    let ok = true;
    for (; i < list.length; i++) {
      if (conn.backlog > this.config.socketHighWater) {
        conn.block();
        ok = false;
        break;
      }
      const r = list[i]!;
      if (r.qos === 0) {
        sendPublish(conn, r.entry, 0, 0, false, true, r.sub, 0, this.stats);
        continue;
      }
      if (!session.inflight.hasRoom()) {
        ok = false;
        break;
      }
      const entry = session.inflight.add(r.qos, null, -1, 0);
      if (!sendPublish(conn, r.entry, r.qos, entry.packetId, false, true, r.sub, 0, this.stats)) session.inflight.complete(entry.packetId);
    }
    session.retained = i === list.length ? [] : list.slice(i);
    return ok;
  }

  /** Pushes one cursor as far as its queue, window and socket allow. */
  pumpCursor(c: Cursor): void {
    const session = c.session!;
    const conn = session.connection;
    const q = c.queue;
    if (conn === null || q === null || conn.blocked || c.resuming || c.detached) return;
    if (c.next >= q.endOffset) return;
    if (session.retained.length > 0) {
      // Retained messages of a new subscription go first.
      if (!this.sendRetained(session)) return;
    }
    const sub = c.sub!;
    const inflight = session.inflight;
    const highWater = this.config.socketHighWater;
    const stats = this.stats;
    let now = 0;
    let hits = 0;
    const startNext = c.next;
    while (c.next < q.endOffset) {
      if (conn.backlog > highWater) {
        conn.block();
        break;
      }
      const offset = c.next;
      let entry = c.buffered(offset);
      if (entry === undefined) {
        entry = q.cache.get(offset);
        if (entry === undefined) {
          this.fetch(c, q);
          break;
        }
        hits++;
      }
      const m = entry.message;
      if (m.expiresAt !== 0) {
        if (now === 0) now = Date.now();
        if (m.expiresAt <= now) {
          stats.deliveriesExpired++;
          c.next = offset + 1;
          continue;
        }
      }
      if (c.peers !== null) {
        const shared = this.sendShared(c, session, entry, offset, now);
        if (shared === SHARED_DONE) {
          c.next = offset + 1;
          continue;
        }
        if (shared === SHARED_NO_ROOM) break;
      }
      if (sub.noLocal && m.from === session.clientId) {
        c.next = offset + 1;
        continue;
      }
      const qos = m.qos < sub.qos ? m.qos : sub.qos;
      const retain = sub.retainAsPublished && m.retain;
      if (qos === 0) {
        sendPublish(conn, entry, 0, 0, false, retain, sub, now, stats);
        c.next = offset + 1;
        continue;
      }
      if (!inflight.hasRoom()) break;
      const slot = inflight.add(qos, c, c.queueId, offset);
      if (sendPublish(conn, entry, qos, slot.packetId, false, retain, sub, now, stats)) {
        c.sent(offset);
      } else {
        inflight.complete(slot.packetId);
      }
      c.next = offset + 1;
    }
    stats.cacheHits += hits;
    if (c.next !== startNext && session.persistent) session.offsetsDirty = true;
    // Reading privately: keep the pulls ahead of the cursor going while it sends.
    if ((c.pulls.length > 0 || c.hasRuns) && c.pulls.length < PRIVATE_PULLS && !conn.blocked) this.readAhead(c, q);
  }

  /**
   * `c`'s subscription overlaps others of the session (delivery/overlap.ts). If the message at
   * `offset` matches some of them too, sends ONE copy for all of them unless one was sent
   * already: the highest granted QoS (MQTT-3.3.5-1, MQTT-3.3.4-2), every Subscription
   * Identifier (MQTT-3.3.4-4), the retain flag if any of them has Retain As Published, and none
   * of the subscriptions with No Local when the session published it. Returns NOT_SHARED when
   * no other subscription matches (the usual path sends it).
   */
  private sendShared(c: Cursor, session: Session, entry: CacheEntry, offset: number, now: number): number {
    const m = entry.message;
    const peers = c.peers!;
    const others = matchingPeers(peers, m.topic);
    if (others === 0) return NOT_SHARED;
    const window = (session.overlap ??= new OverlapWindow(this.config.overlapWindow));
    if (window.alreadySent(c.storeIndex, m.logPosition)) return SHARED_DONE;
    const own = m.from === session.clientId;
    const sub = c.sub!;
    let granted = -1;
    let retainAsPublished = false;
    let ids: number[] | null = null;
    for (let i = -1; i < peers.length; i++) {
      const s = i < 0 ? sub : peers[i]!;
      if (i >= 0 && !topicMatches(s.filter, m.topic)) continue;
      if (s.noLocal && own) continue;
      if (s.qos > granted) granted = s.qos;
      if (s.retainAsPublished) retainAsPublished = true;
      if (s.subscriptionId !== undefined) (ids ??= []).push(s.subscriptionId);
    }
    if (granted < 0) {
      // Every matching subscription has No Local: nobody sends it.
      window.sent(c.storeIndex, m.logPosition, others);
      return SHARED_DONE;
    }
    const conn = session.connection!;
    const qos = (m.qos < granted ? m.qos : granted) as 0 | 1 | 2;
    const retain = retainAsPublished && m.retain;
    if (qos === 0) {
      sendPublish(conn, entry, 0, 0, false, retain, sub, now, this.stats, ids ?? NO_IDS);
    } else {
      const inflight = session.inflight;
      if (!inflight.hasRoom()) return SHARED_NO_ROOM;
      // Acknowledged through this cursor; the others count it as passed.
      const slot = inflight.add(qos, c, c.queueId, offset);
      if (sendPublish(conn, entry, qos, slot.packetId, false, retain, sub, now, this.stats, ids ?? NO_IDS)) c.sent(offset);
      else inflight.complete(slot.packetId);
    }
    window.sent(c.storeIndex, m.logPosition, others);
    return SHARED_DONE;
  }

  /** The cursor needs a message neither its private buffer nor the shared cache holds. */
  private fetch(c: Cursor, q: QueueState): void {
    const cache = q.cache;
    if ((cache.size > 0 && c.next < cache.start) || c.hasRuns || c.pulls.length > 0) {
      this.readAhead(c, q);
      return;
    }
    if (q.loading) return; // the loader's completion pumps every cursor of the queue
    if (cache.size > 0 && c.next > cache.end) cache.reset(c.next);
    else if (cache.size === 0 && c.next !== cache.end) cache.reset(c.next);
    this.load(q, cache.end);
  }

  /** The single shared loader of a queue: extends the cache from its end. */
  private load(q: QueueState, from: number): void {
    q.loading = true;
    this.stats.pulls++;
    this.stats.cacheMisses++;
    this.store.pull({ queueId: q.queueId, fromOffset: from, maxMessages: this.config.pullBatch, maxBytes: PULL_MAX_BYTES }).then(
      (result) => {
        q.loading = false;
        q.failures = 0;
        if (this.closed || this.queues.get(q.queueId) !== q) return;
        this.absorb(q, result);
        if (result.messages.length > 0) q.cache.append(result.firstOffset, result.messages);
        else if (result.firstOffset > from && q.cache.end === from) q.cache.reset(result.firstOffset);
        // Only the store's answer says what is gone (retention). The cache may have restarted
        // later meanwhile (an inline event after a gap); cursors below it read privately.
        this.skipLost(q, result.firstOffset, from);
        // An empty read moves nothing; the next event pumps again (no busy loop on a stale end).
        if (result.messages.length > 0 || result.firstOffset > from) this.pumpQueue(q);
      },
      (err: unknown) => {
        q.loading = false;
        if (q.failures++ === 0) this.logger.warn('queue pull failed; retrying', { queueId: q.queueId, err });
        setTimeout(() => this.queues.get(q.queueId) === q && this.pumpQueue(q), retryDelay(q.failures)).unref();
      },
    ).catch(this.onBug);
  }

  /**
   * A cursor behind the shared window reads on its own (a resumed session catching up, or one
   * slower than the queue): up to PRIVATE_PULLS pulls of `pullBatch` in flight ahead of it, so
   * the store round trips overlap instead of adding up.
   */
  private readAhead(c: Cursor, q: QueueState): void {
    const batch = this.config.pullBatch;
    const limit = c.next + PRIVATE_PULLS * batch;
    let from = c.next;
    while (c.pulls.length < PRIVATE_PULLS && from < q.endOffset && from < limit) {
      const covered = c.coveredUntil(from);
      if (covered !== -1) {
        from = covered;
        continue;
      }
      this.pullPrivate(c, q, from, batch);
      from += batch;
    }
  }

  private pullPrivate(c: Cursor, q: QueueState, from: number, batch: number): void {
    const range = { from, to: from + batch };
    c.pulls.push(range);
    this.stats.pulls++;
    this.stats.cacheMisses++;
    const done = (): void => {
      const i = c.pulls.indexOf(range);
      if (i !== -1) c.pulls.splice(i, 1);
    };
    this.store.pull({ queueId: q.queueId, fromOffset: from, maxMessages: batch, maxBytes: PULL_MAX_BYTES }).then(
      (result) => {
        done();
        q.failures = 0;
        if (c.detached || this.closed) return;
        this.absorb(q, result);
        if (result.firstOffset > from && c.next >= from && c.next < result.firstOffset) {
          // Retention removed what the cursor still needed.
          this.stats.deliveriesDropped += result.firstOffset - c.next;
          c.next = result.firstOffset;
        }
        if (result.messages.length > 0) c.addRun(result.firstOffset, result.messages.map(toEntry));
        if (result.messages.length > 0 || result.firstOffset > from) this.pumpCursor(c);
      },
      (err: unknown) => {
        done();
        if (q.failures++ === 0) this.logger.warn('cursor pull failed; retrying', { queueId: q.queueId, err });
        setTimeout(() => !c.detached && this.pumpCursor(c), retryDelay(q.failures)).unref();
      },
    ).catch(this.onBug);
  }

  private absorb(q: QueueState, result: PullResult): void {
    if (result.endOffset > q.endOffset) q.endOffset = result.endOffset;
  }

  /** Cursors pointing below what the store still has (retention) jump forward. */
  private skipLost(q: QueueState, firstAvailable: number, requested: number): void {
    if (firstAvailable <= requested) return;
    for (const c of q.cursors) {
      if (c.next >= requested && c.next < firstAvailable && c.buffered(c.next) === undefined) {
        this.stats.deliveriesDropped += firstAvailable - c.next;
        c.next = firstAvailable;
      }
    }
  }
}

function toEntry(m: StoredMessage): CacheEntry {
  return new CacheEntry(m);
}
