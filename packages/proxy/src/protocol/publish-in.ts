/**
 * Inbound PUBLISH with its QoS 1/2 state machines, and the acknowledgements a client sends.
 * QoS 1: PUBACK once the append is durable. QoS 2: PUBREC once durable, the packet id kept
 * until PUBREL; a duplicate before PUBREL is answered, never appended again.
 */
import { isUtf8 } from 'node:buffer';
import { checkTopicName, type Message, type MessageProperties } from '@wharf/core';
import type { Connection } from '../connection/connection.ts';
import { Reason } from '../reason-codes.ts';
import { type InboundAck, type InboundPublish, type PublishProperties, PUBACK, PUBCOMP, PUBREC, PUBREL } from './hot-packets.ts';
import { onQueuePuback, onQueuePubrec } from '../queues/queue-delivery.ts';
import { ackPacket, onPuback, onPubcomp, onPubrec } from './publish-out.ts';

/** Topic aliases a client may use towards the proxy (advertised in CONNACK). */
export const TOPIC_ALIAS_MAXIMUM = 64;

export function handlePublish(conn: Connection, p: InboundPublish): void {
  const session = conn.session!;
  const ctx = conn.ctx;
  ctx.stats.messagesIn++;
  let topic = p.topic;
  const props = p.properties;
  if (props !== undefined && conn.protocolVersion === 5) {
    const alias = props.topicAlias;
    if (alias !== undefined) {
      if (alias === 0 || alias > TOPIC_ALIAS_MAXIMUM) {
        conn.close({ reason: `topic alias ${alias} out of 1..${TOPIC_ALIAS_MAXIMUM}`, code: Reason.topicAliasInvalid, publishWill: true, error: 'topic-alias-invalid' });
        return;
      }
      const aliases = (conn.topicAliases ??= new Map());
      if (topic.length === 0) {
        const known = aliases.get(alias);
        if (known === undefined) {
          conn.close({ reason: `unknown topic alias ${alias}`, code: Reason.protocolError, publishWill: true, error: 'topic-alias-invalid' });
          return;
        }
        topic = known;
      } else {
        aliases.set(alias, topic);
      }
    }
    if (props.subscriptionIdentifier !== undefined) {
      conn.close({ reason: 'PUBLISH from a client carries a subscription identifier', code: Reason.protocolError, publishWill: true, error: 'protocol-error' });
      return;
    }
    if (props.responseTopic !== undefined) {
      const invalid = invalidResponseTopic(props.responseTopic);
      if (invalid !== null) {
        conn.close({ reason: invalid, code: Reason.protocolError, publishWill: true, error: 'protocol-error', reasonString: invalid });
        return;
      }
    }
  }
  if (topic !== conn.lastTopic) {
    const err = checkTopicName(topic);
    if (err !== null) {
      conn.close({ reason: `invalid topic name (${err})`, code: Reason.topicNameInvalid, publishWill: true, error: 'topic-invalid' });
      return;
    }
    const reserved = reservedTopic(topic);
    if (reserved !== null) {
      // Queue traffic comes only from the stores' dispatchers: a client cannot forge it.
      if (ctx.logger.isEnabled('debug')) ctx.logger.debug(`PUBLISH refused: ${reserved}`, { clientId: conn.clientId, topic });
      refusePublish(conn, p.qos, p.messageId ?? 0, Reason.topicNameInvalid);
      return;
    }
    conn.lastTopic = topic;
  }
  const qos = p.qos;
  if (!ctx.security.authorizer.canPublish(conn.identity!, topic)) {
    ctx.metrics.denied('publish');
    if (ctx.logger.isEnabled('debug')) ctx.logger.debug('PUBLISH not authorized', { clientId: conn.clientId, topic });
    refusePublish(conn, qos, p.messageId ?? 0, Reason.notAuthorized);
    return;
  }
  let packetId = 0;
  if (qos > 0) {
    packetId = p.messageId ?? 0;
    if (qos === 2) {
      if (session.inboundQos2.has(packetId)) {
        // Already durable: the PUBREC was lost, send it again (MQTT 5 §4.3.3).
        conn.write(ackPacket(PUBREC, packetId, 0));
        return;
      }
      if (session.inboundQos2Pending.has(packetId)) return; // its PUBREC follows durability
    }
    if (conn.protocolVersion === 5) {
      const inFlight = conn.qos1Pending + session.inboundQos2.size + session.inboundQos2Pending.size;
      if (inFlight >= ctx.config.receiveMaximum) {
        conn.close({ reason: `more than ${ctx.config.receiveMaximum} QoS 1/2 publishes unacknowledged`, code: Reason.receiveMaximumExceeded, publishWill: true, error: 'receive-maximum-exceeded' });
        return;
      }
    }
  }
  if (props?.payloadFormatIndicator === true && !isUtf8(p.payload)) {
    refuseInvalidPayload(conn, qos, packetId, topic);
    return;
  }
  if (qos === 1) conn.qos1Pending++;
  else if (qos === 2) session.inboundQos2Pending.add(packetId);
  const message: Message = { topic, payload: p.payload, qos, retain: p.retain, from: conn.clientId };
  if (props !== undefined) {
    const mp = messageProperties(props);
    if (mp !== null) message.properties = mp;
  }
  conn.appending(p.payload.length);
  ctx.batcher.add(conn, message, packetId);
}

/**
 * MQTT-3.3.2-13/14: a Response Topic is a topic name, without wildcards. One that is not (empty,
 * `+` or `#`, U+0000, longer than this broker's topic names) is a Protocol Error: it could never
 * be published to, and the client broke a MUST. Returns why, or null when it is valid.
 */
export function invalidResponseTopic(responseTopic: string): string | null {
  const err = checkTopicName(responseTopic);
  return err === null ? null : `Response Topic is not a valid topic name (${err})`;
}

/**
 * First levels no client may publish to: `$q/`, `$queue/` and `$share/` name subscriptions,
 * `$dlq/` the dead-letter queues. Returns why, or null for an ordinary topic.
 */
export function reservedTopic(topic: string): string | null {
  if (topic.charCodeAt(0) !== 0x24 /* $ */) return null;
  let end = topic.indexOf('/');
  if (end < 0) end = topic.length;
  const first = topic.slice(0, end);
  if (first === '$q' || first === '$queue' || first === '$share' || first === '$dlq') return `${first}/ topics are reserved for message queues and shared subscriptions`;
  return null;
}

/**
 * A refused PUBLISH (not authorized, or to a reserved topic) is not appended. MQTT 5 says so in
 * the PUBACK/PUBREC (`code`); MQTT 3.1.1 has no way to (§3.3.5: acknowledge positively or
 * disconnect), so like mosquitto it is acknowledged and dropped. QoS 0 is dropped silently in both.
 */
function refusePublish(conn: Connection, qos: number, packetId: number, code: number): void {
  if (qos === 0) return;
  const v5 = conn.protocolVersion === 5;
  if (qos === 1) {
    conn.write(ackPacket(PUBACK, packetId, v5 ? code : 0));
    return;
  }
  if (v5) {
    conn.write(ackPacket(PUBREC, packetId, code)); // a failed PUBREC ends the exchange
    return;
  }
  conn.session!.inboundQos2.add(packetId); // so its PUBREL gets a PUBCOMP
  conn.write(ackPacket(PUBREC, packetId, 0));
}

/**
 * MQTT 5 §3.3.2.3.2: a payload its Payload Format Indicator calls UTF-8 is checked (the spec
 * says MAY; only when the indicator is 1, so other publishers pay nothing). QoS 1/2: a PUBACK /
 * PUBREC 0x99 says it was dropped, the connection stays. QoS 0 has no acknowledgement to say
 * it in, so the spec's other answer: DISCONNECT 0x99.
 */
function refuseInvalidPayload(conn: Connection, qos: number, packetId: number, topic: string): void {
  if (qos === 0) {
    conn.close({ reason: `payload on ${topic} is not the UTF-8 its Payload Format Indicator says`, code: Reason.payloadFormatInvalid, publishWill: true, error: 'protocol-error' });
    return;
  }
  const ctx = conn.ctx;
  if (ctx.logger.isEnabled('debug')) ctx.logger.debug('PUBLISH payload is not valid UTF-8; dropped', { clientId: conn.clientId, topic });
  // A failed PUBREC ends the QoS 2 exchange: no packet id is kept.
  conn.write(ackPacket(qos === 1 ? PUBACK : PUBREC, packetId, Reason.payloadFormatInvalid));
}

/** The properties that travel with the message (a PUBLISH's or a will's); topic alias and the like stay on this hop. */
export function messageProperties(p: PublishProperties): MessageProperties | null {
  let out: MessageProperties | null = null;
  if (p.payloadFormatIndicator !== undefined) (out ??= {}).payloadFormatIndicator = p.payloadFormatIndicator;
  if (p.messageExpiryInterval !== undefined) (out ??= {}).messageExpiryInterval = p.messageExpiryInterval;
  if (p.contentType !== undefined) (out ??= {}).contentType = p.contentType;
  if (p.responseTopic !== undefined) (out ??= {}).responseTopic = p.responseTopic;
  if (p.correlationData !== undefined) (out ??= {}).correlationData = p.correlationData;
  if (p.userProperties !== undefined) (out ??= {}).userProperties = p.userProperties;
  return out;
}

/**
 * The append of one publish settled: acknowledge, or report the loss. An MQTT 5 publisher
 * hears 0x10 (No matching subscribers, still a success) when no filter matched its topic.
 * A message a queue refused (`refused`: a last-value queue could not compute its key) gets
 * 0x83 Implementation specific error with the reason as Reason String in MQTT 5; 3.1.1 has no
 * negative acknowledgement, so it is acknowledged and dropped as an unauthorized one is.
 */
export function onAppended(conn: Connection, qos: number, packetId: number, error: Error | null, matched = true, refused?: string): void {
  if (refused !== undefined && error === null) {
    conn.ctx.stats.publishesRefused++;
    if (conn.ctx.logger.isEnabled('debug')) conn.ctx.logger.debug(`PUBLISH refused by the store: ${refused}`, { clientId: conn.clientId });
  }
  if (qos === 0) return;
  const session = conn.session;
  const v5 = conn.protocolVersion === 5;
  const refusedV5 = refused !== undefined && error === null && v5;
  if (qos === 1) conn.qos1Pending--;
  if (qos === 2 && session !== null) {
    session.inboundQos2Pending.delete(packetId);
    // Recorded even when the connection is gone, so a resend after reconnect is not appended
    // twice. A PUBREC with an error code ends the exchange: no PUBREL follows.
    if (error === null && !refusedV5) session.inboundQos2.add(packetId);
  }
  if (conn.state === 'closed') return;
  if (refusedV5) {
    // The Reason String when the client accepts one and it fits (an ack is at most 9 bytes without it).
    const reasonString = conn.problemText(refused, 9);
    const cmd = qos === 1 ? 'puback' : 'pubrec';
    if (reasonString === undefined) conn.write(ackPacket(qos === 1 ? PUBACK : PUBREC, packetId, Reason.implementationSpecificError));
    else conn.writePacket({ cmd, messageId: packetId, reasonCode: Reason.implementationSpecificError, properties: { reasonString } });
    return;
  }
  if (error === null) {
    const code = matched || conn.protocolVersion !== 5 ? Reason.success : Reason.noMatchingSubscribers;
    conn.write(ackPacket(qos === 1 ? PUBACK : PUBREC, packetId, code));
    return;
  }
  if (conn.protocolVersion === 5) {
    conn.write(ackPacket(qos === 1 ? PUBACK : PUBREC, packetId, Reason.unspecifiedError));
    return;
  }
  // MQTT 3.1.1 has no negative acknowledgement; closing makes the client resend.
  conn.close({ reason: 'append failed; closing so the client resends', publishWill: true });
}

export function handleAck(conn: Connection, ack: InboundAck): void {
  const session = conn.session!;
  switch (ack.type) {
    case PUBACK: {
      const entry = session.inflight.get(ack.messageId);
      // A queue dispatch: the PUBACK is the ack (or, with an error reason, the reject) its store waits for.
      if (entry !== undefined && entry.ack !== null && entry.qos === 1) onQueuePuback(session, entry, ack.reasonCode, conn.ctx.queues);
      else onPuback(session, ack.messageId);
      return;
    }
    case PUBREC: {
      const entry = session.inflight.get(ack.messageId);
      if (entry !== undefined && entry.ack !== null && entry.qos === 2) onQueuePubrec(session, entry, ack.reasonCode, conn.ctx.queues);
      else onPubrec(conn, session, ack.messageId, ack.reasonCode);
      return;
    }
    case PUBCOMP:
      onPubcomp(session, ack.messageId);
      return;
    case PUBREL: {
      const known = session.inboundQos2.delete(ack.messageId);
      const code = known || conn.protocolVersion !== 5 ? 0 : Reason.packetIdentifierNotFound;
      conn.write(ackPacket(PUBCOMP, ack.messageId, code));
      return;
    }
  }
}
