/**
 * A session's life on this proxy: attach after a claim (restoring subscriptions, offsets and
 * the unacknowledged window), start delivery (PUBREL and DUP re-sends first), detach and
 * release when the connection ends.
 */
import { parseConsumerFilter, subscriptionQueues, type ClaimResult, type ConsumerTarget, type SubscriptionRecord } from '@wharf/core';
import type { Connection } from '../connection/connection.ts';
import { PULL_MAX_BYTES } from '../delivery/deliverer.ts';
import { CacheEntry } from '../delivery/queue-cache.ts';
import { ackPacket, PUBREL, sendPublish } from '../protocol/publish-out.ts';
import { Cursor } from './cursor.ts';
import type { InflightEntry } from './inflight.ts';
import { Session } from './session.ts';

/** Cursor offset meaning "not known yet": the queue's end is asked from the store. */
const UNKNOWN_OFFSET = -1;
/** Most messages one re-send pull asks for. */
const RESEND_PULL_MAX = 1024;

/**
 * Builds the session for a claimed connection and binds the two. Returns null when the
 * connection closed while the claim was pending (the session is released again at once).
 */
export function attachSession(conn: Connection, claim: ClaimResult, expiry: number, window: number): Session | null {
  const ctx = conn.ctx;
  const state = claim.state;
  const session = new Session(conn.clientId, claim.epoch, conn.protocolVersion, expiry, window, state?.inboundQos2 ?? []);
  if (state !== null) {
    const offsets = new Map<number, number>();
    for (const o of state.offsets) offsets.set(o.queueId, o.offset);
    for (const stored of state.subscriptions) {
      const { queueId: _legacy, ...rest } = stored as typeof stored & { queueId?: number };
      const record = { ...rest, queueIds: [...subscriptionQueues(stored)] };
      const target = consumerTarget(record.filter);
      if (target !== null) {
        // A queue or shared subscription: its consumer attaches again once CONNACK is out.
        session.queueSubs.set(record.filter, { record, target, consumer: null });
        continue;
      }
      session.addSubscription(
        record,
        record.queueIds.map((q) => new Cursor(q, offsets.get(q) ?? UNKNOWN_OFFSET)),
      );
    }
    const pendingByCursor = new Map<Cursor, number[]>();
    for (const r of state.inflight ?? []) {
      if (session.inflight.get(r.packetId) !== undefined) continue;
      if (r.share !== undefined) {
        // A QoS 2 share dispatch (MQTT-4.8.2-4): no cursor; re-read through its subscription's consume queue.
        if (r.released || keepsShare(session, r.share, r.queueId)) session.inflight.restore(r, null);
        continue;
      }
      const cursor = r.queueId < 0 ? undefined : session.cursors.find((c) => c.queueId === r.queueId);
      if (cursor === undefined || r.offset >= cursor.next) {
        // Without its queue position only a PUBREL can still be completed.
        if (r.released) session.inflight.restore(r, null);
        continue;
      }
      session.inflight.restore(r, cursor);
      let list = pendingByCursor.get(cursor);
      if (list === undefined) pendingByCursor.set(cursor, (list = []));
      list.push(r.offset);
    }
    for (const [cursor, list] of pendingByCursor) cursor.restorePending(list);
  }
  if (conn.state === 'closed') {
    releaseSession(conn, session);
    return null;
  }
  conn.session = session;
  session.connection = conn;
  ctx.live.set(session.clientId, session);
  ctx.connected++;
  ctx.stats.connections = ctx.connected;
  return session;
}

/** The session still has the `$share/` subscription `filter`, reading consume queue `queueId`. */
function keepsShare(session: Session, filter: string, queueId: number): boolean {
  const sub = session.queueSubs.get(filter);
  return sub !== undefined && sub.target.kind === 'share' && sub.record.queueIds.includes(queueId);
}

/** What a stored subscription's filter names as a queue consumer; null for an ordinary filter (or one no longer valid). */
function consumerTarget(filter: string): ConsumerTarget | null {
  try {
    return parseConsumerFilter(filter);
  } catch {
    return null;
  }
}

/** After CONNACK: PUBRELs owed, DUP re-sends of unacknowledged messages, then live delivery. */
export function startDelivery(conn: Connection, session: Session): void {
  const ctx = conn.ctx;
  const resend = new Map<Cursor, InflightEntry[]>();
  let shared: Map<number, InflightEntry[]> | null = null;
  for (const e of session.inflight.entriesInOrder()) {
    if (e.released) conn.write(ackPacket(PUBREL, e.packetId, 0));
    else if (e.cursor !== null) {
      let list = resend.get(e.cursor);
      if (list === undefined) resend.set(e.cursor, (list = []));
      list.push(e);
    } else if (e.share !== null) {
      shared ??= new Map();
      let list = shared.get(e.queueId);
      if (list === undefined) shared.set(e.queueId, (list = []));
      list.push(e);
    }
  }
  // Share dispatches hold no cursor back: their re-sends run beside live delivery.
  for (const [queueId, entries] of shared ?? []) {
    const source: ResendSource = {
      queueId,
      gone: () => false,
      sub: (e) => session.queueSubs.get(e.share!)?.record,
      completed: () => undefined,
    };
    resendInflight(conn, session, source, entries).then(
      () => {
        // Dropped ones freed window room that waiting dispatches may take.
        if (session.connection === conn) ctx.queues.pumpSession(session);
      },
      (err: unknown) => resumeFailed(conn, err),
    ).catch((err: unknown) => resumeFailed(conn, err));
  }
  for (const c of session.cursors) {
    const entries = resend.get(c);
    if (c.next === UNKNOWN_OFFSET) {
      // Subscribed, but no offset was ever flushed (crash right after SUBSCRIBE): new messages only.
      c.resuming = true;
      ctx.stores.endOffset(c.queueId).then(
        (end) => {
          c.next = end;
          c.resuming = false;
          if (!c.detached) ctx.deliverer.pumpCursor(c);
        },
        (err: unknown) => resumeFailed(conn, err),
      ).catch((err: unknown) => resumeFailed(conn, err));
    } else if (entries !== undefined) {
      c.resuming = true;
      const source: ResendSource = {
        queueId: c.queueId,
        gone: () => c.detached,
        sub: () => c.sub!,
        completed: (e) => {
          if (c.ack(e.offset)) session.offsetsDirty = true;
        },
      };
      resendInflight(conn, session, source, entries).then(
        () => {
          c.resuming = false;
          if (!c.detached) ctx.deliverer.pumpCursor(c);
        },
        (err: unknown) => resumeFailed(conn, err),
      ).catch((err: unknown) => resumeFailed(conn, err));
    }
    ctx.deliverer.attach(c, null);
  }
  if (session.queueSubs.size > 0) ctx.queues.resume(conn, session);
}

function resumeFailed(conn: Connection, err: unknown): void {
  conn.ctx.logger.warn('session resume failed; closing so the client retries', { clientId: conn.clientId, err });
  conn.close({ reason: 'session resume failed', code: 0x80, publishWill: false });
}

/** Where re-sent messages of one consume queue come from, and what their completion moves. */
interface ResendSource {
  queueId: number;
  /** Delivery from it stopped meanwhile (its cursor detached). */
  gone(): boolean;
  /** The subscription a message goes out for; undefined when there is none any more. */
  sub(e: InflightEntry): SubscriptionRecord | undefined;
  /** A message that cannot be sent again (gone from the log, expired) is done with. */
  completed(e: InflightEntry): void;
}

/** Sends the unacknowledged messages of a previous connection again: same packet ids, DUP set. */
async function resendInflight(conn: Connection, session: Session, source: ResendSource, entries: InflightEntry[]): Promise<void> {
  const ctx = conn.ctx;
  entries.sort((a, b) => a.offset - b.offset);
  const drop = (e: InflightEntry): void => {
    session.inflight.complete(e.packetId);
    source.completed(e);
  };
  let i = 0;
  while (i < entries.length) {
    const from = entries[i]!.offset;
    const last = entries[entries.length - 1]!.offset;
    ctx.stats.pulls++;
    const result = await ctx.stores.pull({ queueId: source.queueId, fromOffset: from, maxMessages: Math.min(last - from + 1, RESEND_PULL_MAX), maxBytes: PULL_MAX_BYTES });
    if (session.connection !== conn || source.gone()) return;
    const covered = result.firstOffset + result.messages.length;
    const now = Date.now();
    while (i < entries.length && (entries[i]!.offset < covered || result.messages.length === 0)) {
      const e = entries[i++]!;
      // Completed meanwhile (a PUBACK or PUBREC for the id arrived before the re-send).
      if (session.inflight.get(e.packetId) !== e || e.released) continue;
      if (e.offset < result.firstOffset || e.offset >= covered) {
        ctx.stats.deliveriesDropped++;
        drop(e);
        continue;
      }
      const m = result.messages[e.offset - result.firstOffset]!;
      if (m.expiresAt !== 0 && m.expiresAt <= now) {
        ctx.stats.deliveriesExpired++;
        drop(e);
        continue;
      }
      const sub = source.sub(e);
      if (sub === undefined) {
        ctx.stats.deliveriesDropped++;
        drop(e);
        continue;
      }
      if (!sendPublish(conn, new CacheEntry(m), e.qos, e.packetId, true, sub.retainAsPublished && m.retain, sub, now, ctx.stats)) drop(e);
    }
  }
  session.windowOpened = true;
}

/**
 * The connection ended: stop delivering, then hand the final state to the SessionPort.
 * `publishWill` false (a normal DISCONNECT, a refused CONNECT) discards the will first.
 */
export function detachSession(conn: Connection, session: Session, publishWill: boolean): void {
  const ctx = conn.ctx;
  if (session.connection === conn) session.connection = null;
  if (ctx.live.get(session.clientId) === session) ctx.live.delete(session.clientId);
  for (const c of session.cursors) ctx.deliverer.detach(c);
  // The stores hand the consumers' unacknowledged dispatches to other consumers.
  ctx.queues.releaseSession(session);
  session.retained = [];
  ctx.connected--;
  ctx.stats.connections = ctx.connected;
  releaseSession(conn, session, publishWill);
}

function releaseSession(conn: Connection, session: Session, publishWill = false): void {
  const ctx = conn.ctx;
  const done = session
    .enqueue(async () => {
      // QoS 2 ids become durable state only once their appends settled.
      await conn.appendsSettled();
      session.released = true;
      const state = session.toState(true);
      state.disconnectedAt = Date.now();
      if (session.hasWill && !publishWill) {
        // MQTT 5 §3.1.2.5: a normal DISCONNECT deletes the will. The port remembers the
        // decision even if this write fails, and the release carries it.
        await ctx.sessions.setWill(session.clientId, session.epoch, null).catch((err: unknown) => {
          ctx.logger.warn('discarding the will failed', { clientId: session.clientId, err });
        });
      }
      await ctx.sessions.release(session.clientId, session.epoch, state);
    })
    .catch((err: unknown) => {
      ctx.logger.error('session release failed', { clientId: session.clientId, err });
    });
  ctx.releases.add(done);
  void done.finally(() => ctx.releases.delete(done));
}
