/**
 * SUBSCRIBE and UNSUBSCRIBE. A subscription is a filter registered with the stores that collect
 * it (which makes it a consume queue on each) and a cursor in each queue starting at its end:
 * new messages only. Retained messages come from the stores' retained tables. `$q/`, `$queue/`
 * and `$share/` subscriptions are consumers of a store-side dispatcher instead
 * (../queues/queue-subscriptions.ts).
 */
import type { ISubackPacket, ISubscribePacket, IUnsubscribePacket } from 'mqtt-packet';
import { checkTopicFilter, parseConsumerFilter, type ConsumerTarget, type QoS, type SubscriptionRecord } from '@wharf/core';
import { subscribeConsumer, unsubscribeConsumer } from '../queues/queue-subscriptions.ts';
import type { Connection } from '../connection/connection.ts';
import { CacheEntry } from '../delivery/queue-cache.ts';
import { Reason, SUBACK_FAILURE_V4 } from '../reason-codes.ts';
import { Cursor } from '../session/cursor.ts';
import { REPLACEMENT_CHAR } from './hot-packets.ts';
import type { Session } from '../session/session.ts';

export function handleSubscribe(conn: Connection, packet: ISubscribePacket): void {
  const session = conn.session!;
  session.enqueue(() => subscribe(conn, session, packet)).catch((err: unknown) => {
    conn.ctx.logger.error('SUBSCRIBE failed', { clientId: conn.clientId, remote: conn.remoteAddress, err });
    conn.close({ reason: 'SUBSCRIBE failed', code: Reason.unspecifiedError, publishWill: true });
  });
}

export function handleUnsubscribe(conn: Connection, packet: IUnsubscribePacket): void {
  const session = conn.session!;
  session.enqueue(() => unsubscribe(conn, session, packet)).catch((err: unknown) => {
    conn.ctx.logger.error('UNSUBSCRIBE failed', { clientId: conn.clientId, remote: conn.remoteAddress, err });
    conn.close({ reason: 'UNSUBSCRIBE failed', code: Reason.unspecifiedError, publishWill: true });
  });
}

async function subscribe(conn: Connection, session: Session, packet: ISubscribePacket): Promise<void> {
  const ctx = conn.ctx;
  const v5 = conn.protocolVersion === 5;
  const granted: number[] = [];
  const withRetained: SubscriptionRecord[] = [];
  const subscriptionId = packet.properties?.subscriptionIdentifier;
  /** What MQTT 5 clients are told in the SUBACK's Reason String (queue created, no such queue, ...). */
  const notes: string[] = [];
  let changed = false;
  for (const s of packet.subscriptions) {
    const filter = s.topic;
    if (filter.includes(REPLACEMENT_CHAR)) {
      // The parser decoded ill-formed UTF-8 (MQTT-1.5.3-1: close the connection).
      conn.close({ reason: 'topic filter is not valid UTF-8', code: Reason.malformedPacket, publishWill: true, error: 'malformed' });
      return;
    }
    const invalid = checkTopicFilter(filter);
    if (invalid !== null) {
      ctx.logger.warn('invalid topic filter in SUBSCRIBE', { clientId: conn.clientId, remote: conn.remoteAddress, filter, error: invalid });
      ctx.metrics.protocolError('topic-invalid');
      granted.push(v5 ? Reason.topicFilterInvalid : SUBACK_FAILURE_V4);
      continue;
    }
    let target: ConsumerTarget | null;
    try {
      target = parseConsumerFilter(filter);
    } catch (err) {
      ctx.logger.warn('invalid queue or shared subscription filter in SUBSCRIBE', { clientId: conn.clientId, remote: conn.remoteAddress, filter, error: (err as Error).message });
      ctx.metrics.protocolError('topic-invalid');
      granted.push(v5 ? Reason.topicFilterInvalid : SUBACK_FAILURE_V4);
      if (v5) notes.push((err as Error).message);
      continue;
    }
    if (v5 && target?.kind === 'share' && s.nl === true) {
      // MQTT-3.8.3-4: No Local on a Shared Subscription is a Protocol Error.
      conn.close({ reason: 'No Local on a shared subscription', code: Reason.protocolError, publishWill: true, error: 'protocol-error', reasonString: 'No Local is not allowed on a shared subscription' });
      return;
    }
    const decision = ctx.security.authorizer.checkSubscribe(conn.identity!, filter);
    if (decision !== 'allow') {
      ctx.metrics.denied('subscribe');
      // 0x87 says "not authorized" to an MQTT 5 client; a filter refused by configuration gets the plain failure.
      granted.push(v5 && decision === 'deny' ? Reason.notAuthorized : SUBACK_FAILURE_V4);
      continue;
    }
    const qos = (s.qos > 2 ? 2 : s.qos) as QoS;
    const retainHandling = (s.rh ?? 0) as 0 | 1 | 2;
    if (target !== null) {
      const r = await subscribeConsumer(conn, session, { filter, target, qos, retainAsPublished: s.rap === true, retainHandling, subscriptionId });
      if (r.changed) changed = true;
      if (r.note !== undefined && v5) notes.push(r.note);
      granted.push(r.code);
      continue;
    }
    const existing = session.subscription(filter);
    if (existing !== undefined) {
      // Same filter again: new options, same queue positions (MQTT 5 §3.8.4).
      existing.qos = qos;
      existing.noLocal = s.nl === true;
      existing.retainAsPublished = s.rap === true;
      existing.retainHandling = retainHandling;
      if (subscriptionId !== undefined) existing.subscriptionId = subscriptionId;
      else delete existing.subscriptionId;
      changed = true;
      granted.push(qos);
      if (retainHandling === 0) withRetained.push(existing);
      continue;
    }
    let registrations;
    try {
      registrations = await ctx.stores.registerFilter(filter);
    } catch (err) {
      ctx.logger.warn('filter registration failed', { clientId: conn.clientId, filter, err });
      granted.push(v5 ? Reason.unspecifiedError : SUBACK_FAILURE_V4);
      continue;
    }
    const record: SubscriptionRecord = {
      filter,
      qos,
      noLocal: s.nl === true,
      retainAsPublished: s.rap === true,
      retainHandling,
      queueIds: registrations.map((r) => r.queueId),
    };
    if (subscriptionId !== undefined) record.subscriptionId = subscriptionId;
    const cursors = registrations.map((r) => new Cursor(r.queueId, r.endOffset));
    // Recorded even if the connection is gone by now: the release then carries this filter's reference.
    session.addSubscription(record, cursors);
    changed = true;
    if (session.connection === conn) for (const c of cursors) ctx.deliverer.attach(c, c.next);
    if (retainHandling !== 2) withRetained.push(record);
    granted.push(qos);
  }
  // Clean sessions are saved too: the SessionPort must be able to give their filters back after a crash.
  if (changed && !session.released) {
    await ctx.sessions.save(session.toState(false), session.epoch).catch((err: unknown) => {
      ctx.logger.warn('saving session after SUBSCRIBE failed', { clientId: conn.clientId, err });
    });
  }
  if (session.connection !== conn || conn.state !== 'connected') return;
  const suback: ISubackPacket = { cmd: 'suback', messageId: packet.messageId!, granted };
  // A SUBACK without properties is at most 5 bytes of header plus a code per filter.
  const reasonString = notes.length === 0 ? undefined : conn.problemText(notes.join('; '), 8 + granted.length);
  if (reasonString !== undefined) suback.properties = { reasonString };
  conn.writePacket(suback);
  let queued = false;
  for (const record of withRetained) {
    let messages;
    try {
      messages = await ctx.stores.getRetained(record.filter);
    } catch (err) {
      ctx.logger.warn('reading retained messages failed', { clientId: conn.clientId, filter: record.filter, err });
      continue;
    }
    for (const m of messages) {
      const qos = (m.qos < record.qos ? m.qos : record.qos) as QoS;
      session.retained.push({ entry: new CacheEntry(m), qos, sub: record });
      queued = true;
    }
  }
  if (queued && session.connection === conn) ctx.deliverer.pumpSession(session);
}

async function unsubscribe(conn: Connection, session: Session, packet: IUnsubscribePacket): Promise<void> {
  const codes: number[] = [];
  /** Filters whose registration goes back (every removed one but `$q/` and `$queue/`, which registered none). */
  const unregister: string[] = [];
  let removed = false;
  for (const filter of packet.unsubscriptions) {
    const registered = dropSubscription(conn, session, filter);
    if (registered === undefined) {
      codes.push(checkTopicFilter(filter) === null ? Reason.noSubscriptionExisted : Reason.topicFilterInvalid);
      continue;
    }
    removed = true;
    if (registered !== null) unregister.push(registered);
    codes.push(Reason.success);
  }
  if (removed) await settleRemoval(conn, session, unregister, 'UNSUBSCRIBE');
  if (session.connection !== conn || conn.state !== 'connected') return;
  if (conn.protocolVersion === 5) conn.writePacket({ cmd: 'unsuback', messageId: packet.messageId!, granted: codes });
  else conn.writePacket({ cmd: 'unsuback', messageId: packet.messageId!, granted: [] });
}

/**
 * Takes one subscription (ordinary, or a `$q/`, `$queue/`, `$share/` consumer) out of delivery:
 * cursors detached, consumer detached (its unacknowledged messages go to other consumers),
 * retained messages still waiting for it dropped. Returns the filter whose registration goes
 * back (null: it registered none), or undefined when the session has no such subscription.
 */
export function dropSubscription(conn: Connection, session: Session, filter: string): string | null | undefined {
  let record: SubscriptionRecord | undefined;
  let registered: string | null;
  const sub = session.queueSubs.get(filter);
  if (sub !== undefined) {
    record = sub.record;
    registered = unsubscribeConsumer(conn, session, filter)!;
  } else {
    record = session.subscription(filter);
    const cursors = session.removeSubscription(filter);
    if (cursors === undefined) return undefined;
    for (const c of cursors) conn.ctx.deliverer.detach(c);
    registered = filter;
  }
  if (record !== undefined && session.retained.length > 0) session.retained = session.retained.filter((r) => r.sub !== record);
  return registered;
}

/**
 * After dropSubscription: the session is stored first, then the references dropped, so a crash
 * in between leaks a reference rather than letting a stored record give back one the session no
 * longer holds.
 */
export async function settleRemoval(conn: Connection, session: Session, unregister: readonly string[], what: string): Promise<void> {
  const ctx = conn.ctx;
  if (!session.released) {
    await ctx.sessions.save(session.toState(false), session.epoch).catch((err: unknown) => {
      ctx.logger.warn(`saving session after ${what} failed`, { clientId: session.clientId, err });
    });
  }
  for (const filter of unregister) {
    try {
      await ctx.stores.unregisterFilter(filter);
    } catch (err) {
      ctx.logger.warn('filter unregistration failed', { clientId: session.clientId, filter, err });
    }
  }
}
