/**
 * Outbound PUBLISH (encoding per protocol version) and the client's acknowledgements of it
 * (PUBACK, PUBREC → PUBREL, PUBCOMP).
 */
import type { SubscriptionRecord } from '@wharf/core';
import type { Connection } from '../connection/connection.ts';
import type { CacheEntry } from '../delivery/queue-cache.ts';
import type { ProxyStats } from '../metrics.ts';
import { Reason } from '../reason-codes.ts';
import type { Session } from '../session/session.ts';
import {
  COPY_PAYLOAD_MAX,
  deliveryPropertiesSize,
  encodePublish,
  encodePublishV5,
  encodeStaticProperties,
  NO_EXPIRY,
  NO_SUBSCRIPTION_ID,
  PUBACK,
  PUBCOMP,
  PUBREC,
  PUBREL,
  publishSize,
  publishV5Size,
  writeAck,
  type SubscriptionIds,
} from './hot-packets.ts';

const NO_TOPIC = Buffer.alloc(0);

/**
 * Writes one PUBLISH for `entry` to `conn`. Returns false when the packet would exceed the
 * client's Maximum Packet Size and was dropped (MQTT 5 §3.1.2.11.4).
 *
 * MQTT 5 subscribers get the publisher's properties, the Message Expiry Interval counted down,
 * the Subscription Identifier of `sub` (or `subscriptionIds`, every matching subscription's,
 * when one copy stands for several overlapping subscriptions) and, when they allow it, a topic
 * alias. A PUBLISH with none of those is the same bytes for every QoS 0 subscriber.
 */
export function sendPublish(
  conn: Connection,
  entry: CacheEntry,
  qos: 0 | 1 | 2,
  packetId: number,
  dup: boolean,
  retain: boolean,
  sub: SubscriptionRecord | null,
  now: number,
  stats: ProxyStats,
  subscriptionIds: readonly number[] | null = null,
): boolean {
  const m = entry.message;
  const version = conn.protocolVersion;
  const payload = m.payload;
  if (version === 5) {
    const subIds: SubscriptionIds = subscriptionIds ?? sub?.subscriptionId ?? NO_SUBSCRIPTION_ID;
    const aliases = conn.outboundAliases;
    const p = m.properties;
    if (p !== undefined || subIds !== NO_SUBSCRIPTION_ID || aliases !== null) {
      const staticProps = p === undefined ? null : (entry.propsV5 ??= encodeStaticProperties(p));
      let expiry = NO_EXPIRY;
      if (p?.messageExpiryInterval !== undefined && m.expiresAt !== 0) {
        // MQTT-3.3.2-6: what remains, in whole seconds, rounded up.
        expiry = Math.max(1, Math.ceil((m.expiresAt - (now === 0 ? Date.now() : now)) / 1000));
      }
      let topic = entry.topic();
      let resolved = 0;
      let alias = 0;
      if (aliases !== null) {
        resolved = aliases.resolve(m.topic);
        if (resolved > 0) {
          alias = resolved;
          topic = NO_TOPIC;
        } else {
          alias = -resolved;
        }
      }
      const propsLen = (staticProps === null ? 0 : staticProps.length) + deliveryPropertiesSize(expiry, subIds, alias);
      if (conn.clientMaxPacketSize !== 0 && publishV5Size(topic.length, payload.length, qos, propsLen) > conn.clientMaxPacketSize) {
        stats.deliveriesDropped++;
        return false;
      }
      if (aliases !== null) aliases.commit(m.topic, resolved);
      conn.write(encodePublishV5(topic, payload, qos, packetId, dup, retain, staticProps, expiry, subIds, alias, propsLen));
      if (payload.length > COPY_PAYLOAD_MAX) conn.write(payload);
      stats.messagesOut++;
      return true;
    }
  }
  const topic = entry.topic();
  if (conn.clientMaxPacketSize !== 0 && publishSize(topic.length, payload.length, qos, version) > conn.clientMaxPacketSize) {
    stats.deliveriesDropped++;
    return false;
  }
  let head: Buffer;
  if (qos === 0 && !retain) {
    // The same bytes for every QoS 0 subscriber of this message.
    if (version === 5) head = entry.qos0v5 ??= encodePublish(topic, payload, 0, 0, false, false, 5);
    else head = entry.qos0v4 ??= encodePublish(topic, payload, 0, 0, false, false, 4);
  } else {
    head = encodePublish(topic, payload, qos, packetId, dup, retain, version);
  }
  conn.write(head);
  if (payload.length > COPY_PAYLOAD_MAX) conn.write(payload);
  stats.messagesOut++;
  return true;
}

export function ackPacket(type: number, packetId: number, reasonCode: number): Buffer {
  const buf = Buffer.allocUnsafe(reasonCode === 0 ? 4 : 5);
  writeAck(buf, 0, type, packetId, reasonCode);
  return buf;
}

/** PUBACK from the client: a QoS 1 delivery is complete. */
export function onPuback(session: Session, packetId: number): void {
  const entry = session.inflight.get(packetId);
  if (entry === undefined || entry.qos !== 1) return;
  session.inflight.complete(packetId);
  if (entry.cursor !== null && entry.cursor.ack(entry.offset)) session.offsetsDirty = true;
  session.windowOpened = true;
}

/** PUBREC from the client: answer PUBREL (or end the exchange on an MQTT 5 error reason). */
export function onPubrec(conn: Connection, session: Session, packetId: number, reasonCode: number): void {
  const entry = session.inflight.get(packetId);
  if (entry === undefined || entry.qos !== 2) {
    conn.write(ackPacket(PUBREL, packetId, conn.protocolVersion === 5 ? Reason.packetIdentifierNotFound : 0));
    return;
  }
  if (reasonCode >= 0x80) {
    // The client refused the message (MQTT 5 §4.3.3): the exchange ends here.
    session.inflight.complete(packetId);
    if (entry.cursor !== null && entry.cursor.ack(entry.offset)) session.offsetsDirty = true;
    session.windowOpened = true;
    return;
  }
  entry.released = true;
  conn.write(ackPacket(PUBREL, packetId, 0));
}

/** PUBCOMP from the client: a QoS 2 delivery is complete. */
export function onPubcomp(session: Session, packetId: number): void {
  const entry = session.inflight.get(packetId);
  if (entry === undefined || entry.qos !== 2) return;
  session.inflight.complete(packetId);
  if (entry.cursor !== null && entry.cursor.ack(entry.offset)) session.offsetsDirty = true;
  session.windowOpened = true;
}

export { PUBACK, PUBCOMP, PUBREC, PUBREL };
