/**
 * Subscriptions judged again when what decided them changes while they live: the ACL file is
 * reloaded (SIGHUP), a client re-authenticates, or a stored session is resumed by a new
 * connection (whose identity may not be the one that subscribed). Those the rules now deny are
 * removed as an UNSUBSCRIBE removes them: cursors or consumer detached, the session saved, the
 * filter's registration given back. MQTT has no server-initiated unsubscribe, so the client is not
 * told (it receives nothing more on them); the log names client and filter.
 */
import { parseConsumerFilter, type ClaimResult, type ConsumerTarget, type SubscriptionRecord } from '@wharf/core';
import type { Connection } from '../connection/connection.ts';
import { registersFilter } from '../queues/consumers.ts';
import { authorize } from '../queues/queue-subscriptions.ts';
import type { Session } from '../session/session.ts';
import { dropSubscription, settleRemoval } from './subscribe.ts';

/**
 * The live session of `conn` judged again, in its op queue: after any SUBSCRIBE or UNSUBSCRIBE
 * under way (one judged by the old rules is judged again here), never in the middle of one.
 */
export function revokeDeniedSubscriptions(conn: Connection, cause: string): void {
  const session = conn.session;
  if (session === null || conn.identity === null) return;
  session
    .enqueue(async () => {
      if (session.connection !== conn || conn.state === 'closed') return;
      const unregister: string[] = [];
      let removed = revokeJudged(conn, session, cause, unregister);
      if (await revokeNamedQueues(conn, session, cause, unregister)) removed = true;
      // Also when the connection went away during the lookups: what was removed gives its registration back.
      if (removed) await settleRemoval(conn, session, unregister, 'removing subscriptions no longer authorized');
    })
    .catch((err: unknown) => {
      conn.ctx.logger.error('re-checking subscriptions failed', { clientId: session.clientId, err });
    });
}

/**
 * A stored session resumed by a new connection is judged by that connection's identity before
 * anything is restored: the denied subscriptions are left out of the claim returned (restoring
 * them would start their delivery), and `unregister` lists the registrations they held. Their
 * unacknowledged messages are not sent again (a PUBREL still owed is). The stored state is not
 * modified: the port may hand out its own object.
 */
export function judgeStoredSubscriptions(conn: Connection, claim: ClaimResult, unregister: string[]): ClaimResult {
  const state = claim.state;
  if (state === null || state.subscriptions.length === 0) return claim;
  let kept: SubscriptionRecord[] | null = null;
  for (let i = 0; i < state.subscriptions.length; i++) {
    const record = state.subscriptions[i]!;
    if (!deniedNow(conn, record.filter)) {
      kept?.push(record);
      continue;
    }
    kept ??= state.subscriptions.slice(0, i);
    if (registersFilter(record.filter)) unregister.push(record.filter);
    conn.ctx.logger.warn('subscription removed: no longer authorized', { clientId: state.clientId, filter: record.filter, cause: 'session resumed' });
  }
  return kept === null ? claim : { ...claim, state: { ...state, subscriptions: kept } };
}

/**
 * After judgeStoredSubscriptions and attachSession, before delivery starts: `$queue/<name>`
 * subscriptions are judged once their queue's filter is looked up (in the session's op queue,
 * ahead of their consumers' attach), and what was left out is settled.
 */
export function finishResumeCheck(conn: Connection, session: Session, unregister: string[], leftOut: boolean): void {
  let named = false;
  for (const sub of session.queueSubs.values()) if (sub.target.kind === 'named') named = true;
  if (!named && !leftOut) return;
  session
    .enqueue(async () => {
      let removed = leftOut;
      if (named && session.connection === conn && conn.state !== 'closed') {
        if (await revokeNamedQueues(conn, session, 'session resumed', unregister)) removed = true;
      }
      if (removed) await settleRemoval(conn, session, unregister, 'removing subscriptions no longer authorized');
    })
    .catch((err: unknown) => {
      conn.ctx.logger.error('re-checking subscriptions failed', { clientId: session.clientId, err });
    });
}

/** A stored subscription's decision, as far as it needs no lookup (`$queue/<name>`: its name only). */
function deniedNow(conn: Connection, filter: string): boolean {
  if (conn.ctx.security.authorizer.checkSubscribe(conn.identity!, filter) !== 'allow') return true;
  let target: ConsumerTarget | null;
  try {
    target = parseConsumerFilter(filter);
  } catch {
    return false; // restored as an ordinary filter, which was judged above
  }
  return target !== null && target.kind !== 'named' && authorize(conn, target.filter) !== 'allow';
}

/** The subscriptions whose decision needs no lookup; true when one was removed. */
function revokeJudged(conn: Connection, session: Session, cause: string, unregister: string[]): boolean {
  const authorizer = conn.ctx.security.authorizer;
  const identity = conn.identity!;
  let denied: string[] | null = null;
  for (const filter of session.subscriptions.keys()) {
    if (authorizer.checkSubscribe(identity, filter) !== 'allow') (denied ??= []).push(filter);
  }
  for (const [filter, sub] of session.queueSubs) {
    if (sub.target.kind === 'named') continue;
    if (authorizer.checkSubscribe(identity, filter) !== 'allow' || authorize(conn, sub.target.filter) !== 'allow') (denied ??= []).push(filter);
  }
  if (denied === null) return false;
  for (const filter of denied) revoke(conn, session, filter, cause, unregister);
  return true;
}

/** `$queue/<name>` subscriptions: the name's own rules, then those of the filter the queue reads. */
async function revokeNamedQueues(conn: Connection, session: Session, cause: string, unregister: string[]): Promise<boolean> {
  const ctx = conn.ctx;
  let removed = false;
  for (const [filter, sub] of [...session.queueSubs]) {
    if (sub.target.kind !== 'named') continue;
    let denied = ctx.security.authorizer.checkSubscribe(conn.identity!, filter) !== 'allow';
    if (!denied) {
      let topicFilter: string | null;
      try {
        topicFilter = await ctx.queues.topicFilterOf(sub.target);
      } catch (err) {
        // Kept: judged again at the next reload or resume.
        ctx.logger.warn('re-checking a queue subscription: looking up the queue failed; kept', { clientId: session.clientId, filter, err });
        continue;
      }
      if (session.connection !== conn || session.queueSubs.get(filter) !== sub) continue;
      // A queue that is gone delivers nothing; nothing to judge.
      denied = topicFilter !== null && authorize(conn, topicFilter) !== 'allow';
    }
    if (!denied) continue;
    revoke(conn, session, filter, cause, unregister);
    removed = true;
  }
  return removed;
}

function revoke(conn: Connection, session: Session, filter: string, cause: string, unregister: string[]): void {
  const registered = dropSubscription(conn, session, filter);
  if (registered === undefined) return;
  if (registered !== null) unregister.push(registered);
  conn.ctx.logger.warn('subscription removed: no longer authorized', { clientId: session.clientId, filter, cause });
}
