/**
 * Outbound PUBLISH (encoding per protocol version) and the client's acknowledgements of it
 * (PUBACK, PUBREC → PUBREL, PUBCOMP).
 */
import { generate, type IPublishPacket } from 'mqtt-packet';
import type { SubscriptionRecord } from '@wharf/core';
import type { Connection } from '../connection/connection.ts';
import type { CacheEntry } from '../delivery/queue-cache.ts';
import type { ProxyStats } from '../metrics.ts';
import { Reason } from '../reason-codes.ts';
import type { Session } from '../session/session.ts';
import { COPY_PAYLOAD_MAX, encodePublish, PUBACK, PUBCOMP, PUBREC, PUBREL, publishSize, writeAck } from './hot-packets.ts';

type V5Properties = NonNullable<IPublishPacket['properties']>;

/** MQTT 5 properties a subscriber gets: the publisher's, expiry counted down, its subscription id. */
function outboundProperties(entry: CacheEntry, sub: SubscriptionRecord | null, now: number): V5Properties | null {
  const m = entry.message;
  const p = m.properties;
  const subId = sub?.subscriptionId;
  if (p === undefined && subId === undefined) return null;
  const out: V5Properties = {};
  let any = false;
  if (p !== undefined) {
    if (p.payloadFormatIndicator !== undefined) (out.payloadFormatIndicator = p.payloadFormatIndicator), (any = true);
    if (p.contentType !== undefined) (out.contentType = p.contentType), (any = true);
    if (p.responseTopic !== undefined) (out.responseTopic = p.responseTopic), (any = true);
    if (p.correlationData !== undefined) (out.correlationData = p.correlationData), (any = true);
    if (p.userProperties !== undefined) (out.userProperties = p.userProperties), (any = true);
    if (p.messageExpiryInterval !== undefined && m.expiresAt !== 0) {
      out.messageExpiryInterval = Math.max(1, Math.ceil((m.expiresAt - now) / 1000));
      any = true;
    }
  }
  if (subId !== undefined) (out.subscriptionIdentifier = subId), (any = true);
  return any ? out : null;
}

/**
 * Writes one PUBLISH for `entry` to `conn`. Returns false when the packet would exceed the
 * client's Maximum Packet Size and was dropped (MQTT 5 §3.1.2.11.4).
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
): boolean {
  const m = entry.message;
  const version = conn.protocolVersion;
  const payload = m.payload;
  if (version === 5) {
    const props = outboundProperties(entry, sub, now === 0 ? Date.now() : now);
    if (props !== null) {
      const packet: IPublishPacket = { cmd: 'publish', topic: m.topic, payload, qos, dup, retain, properties: props };
      if (qos > 0) packet.messageId = packetId;
      const buf = generate(packet, { protocolVersion: 5 });
      if (conn.clientMaxPacketSize !== 0 && buf.length > conn.clientMaxPacketSize) {
        stats.deliveriesDropped++;
        return false;
      }
      conn.write(buf);
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
