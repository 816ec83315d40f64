/**
 * SUBSCRIBE and UNSUBSCRIBE of `$q/<filter>`, `$queue/<name>[/<filter>]` and
 * `$share/<group>/<filter>`: authorization against the topic filter the queue reads, the
 * share group's filter registration, and the consumer attached on every store the queue spans.
 */
import type { ConsumerTarget, QoS, SubscriptionRecord } from '@wharf/core';
import type { Connection } from '../connection/connection.ts';
import { Reason, SUBACK_FAILURE_V4 } from '../reason-codes.ts';
import type { Session } from '../session/session.ts';
import type { QueueSubscription } from './consumers.ts';

/** The SUBACK answer to one consumer subscription: the code and what an MQTT 5 client is told. */
export interface ConsumerSubscribeResult {
  code: number;
  note?: string;
}

export interface ConsumerSubscribeRequest {
  filter: string;
  target: ConsumerTarget;
  /** The QoS the client asked for. */
  qos: QoS;
  retainAsPublished: boolean;
  retainHandling: 0 | 1 | 2;
  subscriptionId: number | undefined;
}

/**
 * One consumer subscription of a SUBSCRIBE. `changed` is set when the session's subscriptions
 * changed (to be saved). The literal filter's own authorization was checked by the caller.
 */
export async function subscribeConsumer(conn: Connection, session: Session, req: ConsumerSubscribeRequest): Promise<ConsumerSubscribeResult & { changed: boolean }> {
  const ctx = conn.ctx;
  const v5 = conn.protocolVersion === 5;
  const fail = (code: number, note?: string): ConsumerSubscribeResult & { changed: boolean } => {
    const failure = v5 ? code : SUBACK_FAILURE_V4;
    return note === undefined ? { code: failure, changed: false } : { code: failure, note, changed: false };
  };
  const { target, filter } = req;

  // The topic filter the queue reads; `$queue/<name>` is looked up first.
  let topicFilter: string | null;
  try {
    topicFilter = await ctx.queues.topicFilterOf(target);
  } catch (err) {
    ctx.logger.warn('looking up a named queue failed', { clientId: conn.clientId, filter, err });
    return fail(Reason.unspecifiedError, 'message queue store unavailable');
  }
  if (topicFilter === null) return fail(Reason.unspecifiedError, `no queue named ${(target as { name: string }).name}`);
  if (target.kind === 'named' && target.filter !== undefined && target.filter !== topicFilter) {
    return fail(Reason.unspecifiedError, `queue ${target.name} is bound to ${topicFilter}, not ${target.filter}`);
  }

  // A client denied the topics is denied their queue: the filter itself, and for a dead-letter
  // queue the filter its messages came from.
  const decision = authorize(conn, topicFilter);
  if (decision !== 'allow') {
    ctx.metrics.denied('subscribe');
    return fail(decision === 'deny' ? Reason.notAuthorized : Reason.unspecifiedError);
  }

  const share = target.kind === 'share';
  // Queues deliver at QoS 1 whatever was asked (the PUBACK is the ack); shares grant what was asked.
  const qos: QoS = share ? req.qos : 1;
  const existing = session.queueSubs.get(filter);
  if (existing !== undefined) {
    // Same filter again (MQTT 5 §3.8.4): new options, same consumer unless the QoS it delivers at changes.
    const record = existing.record;
    record.retainAsPublished = req.retainAsPublished;
    record.retainHandling = req.retainHandling;
    if (req.subscriptionId !== undefined) record.subscriptionId = req.subscriptionId;
    else delete record.subscriptionId;
    if (record.qos !== qos) {
      record.qos = qos;
      ctx.queues.detachSubscription(existing);
      const outcome = await ctx.queues.attach(session, existing, topicFilter);
      if (!outcome.ok) ctx.logger.warn('re-attaching a shared subscription with its new QoS failed', { clientId: conn.clientId, filter, message: outcome.message });
    }
    return { code: qos, changed: true };
  }

  let queueIds: number[] = [];
  if (share) {
    // The registration references the group's queue (created on first use) on every store
    // collecting the filter; the session holds it while it lives, connected or not.
    try {
      queueIds = (await ctx.stores.registerFilter(filter)).map((r) => r.queueId);
    } catch (err) {
      ctx.logger.warn('shared subscription registration failed', { clientId: conn.clientId, filter, err });
      return fail(Reason.unspecifiedError, 'message queue store unavailable');
    }
  }
  const record: SubscriptionRecord = {
    filter,
    qos,
    noLocal: false,
    retainAsPublished: req.retainAsPublished,
    retainHandling: req.retainHandling,
    queueIds,
  };
  if (req.subscriptionId !== undefined) record.subscriptionId = req.subscriptionId;
  const sub: QueueSubscription = { record, target, consumer: null };
  if (session.connection !== conn) {
    // Gone meanwhile: recorded anyway, so the release carries (and in time drops) the group reference.
    if (share) session.queueSubs.set(filter, sub);
    return { code: qos, changed: share };
  }
  const outcome = await ctx.queues.attach(session, sub, topicFilter);
  if (!outcome.ok) {
    if (share) await unregister(conn, filter);
    if (outcome.notFound) return fail(Reason.unspecifiedError, `no queue bound to ${topicFilter}`);
    return fail(Reason.unspecifiedError, outcome.message);
  }
  session.queueSubs.set(filter, sub);
  const result: ConsumerSubscribeResult & { changed: boolean } = { code: qos, changed: true };
  if (outcome.created && !share) result.note = 'queue created';
  return result;
}

/**
 * UNSUBSCRIBE of a consumer subscription: its consumer detaches (its unacknowledged messages go
 * to other consumers). Returns the filter to unregister (a share group's), null when none, or
 * undefined when the session had no such subscription.
 */
export function unsubscribeConsumer(conn: Connection, session: Session, filter: string): string | null | undefined {
  const sub = session.queueSubs.get(filter);
  if (sub === undefined) return undefined;
  session.queueSubs.delete(filter);
  conn.ctx.queues.detachSubscription(sub);
  return sub.target.kind === 'share' ? filter : null;
}

/** The worst decision over the queue's topic filter and, for `$dlq/<f>`, over `<f>` (also when rules change: ../protocol/revoke-subscriptions.ts). */
export function authorize(conn: Connection, topicFilter: string): 'allow' | 'deny' | 'refused-filter' {
  const authorizer = conn.ctx.security.authorizer;
  const identity = conn.identity!;
  let filter = topicFilter;
  for (;;) {
    const d = authorizer.checkSubscribe(identity, filter);
    if (d !== 'allow') return d;
    if (!filter.startsWith('$dlq/')) return 'allow';
    filter = filter.slice(5);
  }
}

async function unregister(conn: Connection, filter: string): Promise<void> {
  try {
    await conn.ctx.stores.unregisterFilter(filter);
  } catch (err) {
    conn.ctx.logger.warn('filter unregistration failed', { clientId: conn.clientId, filter, err });
  }
}
