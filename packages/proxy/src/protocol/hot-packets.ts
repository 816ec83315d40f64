/**
 * Encoding and decoding of the packets on the message path: PUBLISH (with its MQTT 5
 * properties) and the four acknowledgements. They are a few fixed fields; mqtt-packet's general
 * parser takes ~3.7 µs and its generator ~1.4 µs per PUBLISH on this machine, which alone would
 * cap a proxy below the throughput target. mqtt-packet also keeps user properties as a
 * name → values map, which loses their order (MQTT-3.3.2-18). Every other packet, and an
 * acknowledgement with properties, goes through mqtt-packet.
 */
import { isUtf8 } from 'node:buffer';
import type { MessageProperties, QoS, UserProperty } from '@wharf/core';

export const PUBLISH = 3;
export const PUBACK = 4;
export const PUBREC = 5;
export const PUBREL = 6;
export const PUBCOMP = 7;

/** Payloads up to this size are copied into the packet buffer: one write beats two chunks. */
export const COPY_PAYLOAD_MAX = 2048;

export interface InboundPublish {
  topic: string;
  payload: Buffer;
  qos: QoS;
  dup: boolean;
  retain: boolean;
  messageId?: number;
  properties?: PublishProperties;
}

export interface PublishProperties {
  payloadFormatIndicator?: boolean;
  messageExpiryInterval?: number;
  topicAlias?: number;
  responseTopic?: string;
  correlationData?: Buffer;
  /** In wire order, duplicates kept. */
  userProperties?: UserProperty[];
  subscriptionIdentifier?: number | number[];
  contentType?: string;
}

/** MQTT 5 property identifiers a PUBLISH may carry (§3.3.2.3). */
const PROP_PAYLOAD_FORMAT = 0x01;
const PROP_MESSAGE_EXPIRY = 0x02;
const PROP_CONTENT_TYPE = 0x03;
const PROP_RESPONSE_TOPIC = 0x08;
const PROP_CORRELATION_DATA = 0x09;
const PROP_SUBSCRIPTION_ID = 0x0b;
const PROP_TOPIC_ALIAS = 0x23;
const PROP_USER = 0x26;

/** What a UTF-8 decoder puts in place of ill-formed bytes. */
export const REPLACEMENT_CHAR = '\ufffd';

/** Decode outcome for frames the fast path declines: the general parser takes them. */
export const NOT_FAST = null;
export type Malformed = { malformed: string };

/** Where the last readVarInt/readUtf8 stopped (module state: no result objects on the hot path). */
let readEnd = 0;

/** A Variable Byte Integer at `pos` (at most 4 bytes, MQTT 5 §1.5.5); -1 when malformed or past `end`. */
function readVarInt(frame: Buffer, pos: number, end: number): number {
  let value = 0;
  let mul = 1;
  for (let i = 0; i < 4; i++) {
    if (pos >= end) return -1;
    const b = frame[pos++]!;
    value += (b & 0x7f) * mul;
    if ((b & 0x80) === 0) {
      readEnd = pos;
      return value;
    }
    mul *= 128;
  }
  return -1;
}

/** A UTF-8 string with its u16 length at `pos`; null when it runs past `end` or is not UTF-8. */
function readUtf8(frame: Buffer, pos: number, end: number): string | null {
  if (end - pos < 2) return null;
  const len = (frame[pos]! << 8) | frame[pos + 1]!;
  pos += 2;
  if (end - pos < len) return null;
  const s = frame.toString('utf8', pos, pos + len);
  if (s.includes(REPLACEMENT_CHAR) && !isUtf8(frame.subarray(pos, pos + len))) return null;
  readEnd = pos + len;
  return s;
}

/** The properties of an MQTT 5 PUBLISH in frame[pos, end); `malformed` names what is wrong. */
function decodePublishProperties(frame: Buffer, pos: number, end: number): PublishProperties | Malformed {
  const props: PublishProperties = {};
  while (pos < end) {
    const id = frame[pos++]!;
    switch (id) {
      case PROP_PAYLOAD_FORMAT: {
        if (props.payloadFormatIndicator !== undefined) return { malformed: 'Payload Format Indicator given twice' };
        if (pos >= end) return { malformed: 'PUBLISH properties end inside Payload Format Indicator' };
        const v = frame[pos++]!;
        if (v > 1) return { malformed: `Payload Format Indicator ${v}` };
        props.payloadFormatIndicator = v === 1;
        break;
      }
      case PROP_MESSAGE_EXPIRY:
        if (props.messageExpiryInterval !== undefined) return { malformed: 'Message Expiry Interval given twice' };
        if (end - pos < 4) return { malformed: 'PUBLISH properties end inside Message Expiry Interval' };
        props.messageExpiryInterval = frame.readUInt32BE(pos);
        pos += 4;
        break;
      case PROP_TOPIC_ALIAS:
        if (props.topicAlias !== undefined) return { malformed: 'Topic Alias given twice' };
        if (end - pos < 2) return { malformed: 'PUBLISH properties end inside Topic Alias' };
        props.topicAlias = (frame[pos]! << 8) | frame[pos + 1]!;
        pos += 2;
        break;
      case PROP_CONTENT_TYPE:
      case PROP_RESPONSE_TOPIC: {
        const s = readUtf8(frame, pos, end);
        if (s === null) return { malformed: 'PUBLISH property string is cut short or not UTF-8' };
        if (id === PROP_CONTENT_TYPE) {
          if (props.contentType !== undefined) return { malformed: 'Content Type given twice' };
          props.contentType = s;
        } else {
          if (props.responseTopic !== undefined) return { malformed: 'Response Topic given twice' };
          props.responseTopic = s;
        }
        pos = readEnd;
        break;
      }
      case PROP_CORRELATION_DATA: {
        if (props.correlationData !== undefined) return { malformed: 'Correlation Data given twice' };
        if (end - pos < 2) return { malformed: 'PUBLISH properties end inside Correlation Data' };
        const len = (frame[pos]! << 8) | frame[pos + 1]!;
        pos += 2;
        if (end - pos < len) return { malformed: 'Correlation Data runs past the properties' };
        props.correlationData = frame.subarray(pos, pos + len);
        pos += len;
        break;
      }
      case PROP_USER: {
        const name = readUtf8(frame, pos, end);
        if (name === null) return { malformed: 'User Property name is cut short or not UTF-8' };
        const value = readUtf8(frame, readEnd, end);
        if (value === null) return { malformed: 'User Property value is cut short or not UTF-8' };
        (props.userProperties ??= []).push([name, value]);
        pos = readEnd;
        break;
      }
      case PROP_SUBSCRIPTION_ID: {
        // Only servers send it; the caller refuses it (a Protocol Error, not a malformed packet).
        const v = readVarInt(frame, pos, end);
        if (v === -1) return { malformed: 'Subscription Identifier is not a Variable Byte Integer' };
        props.subscriptionIdentifier = v;
        pos = readEnd;
        break;
      }
      default:
        return { malformed: `property 0x${id.toString(16)} is not allowed in PUBLISH` };
    }
  }
  return props;
}

/**
 * Decodes a complete PUBLISH frame, MQTT 5 properties included. The payload and Correlation
 * Data are views of the frame, never copies.
 */
export function decodePublish(frame: Buffer, headerLen: number, version: number): InboundPublish | Malformed {
  const b0 = frame[0]!;
  const qos = (b0 >> 1) & 3;
  if (qos === 3) return { malformed: 'PUBLISH with QoS 3' };
  let pos = headerLen;
  const end = frame.length;
  if (end - pos < 2) return { malformed: 'PUBLISH too short for its topic' };
  const topicLen = (frame[pos]! << 8) | frame[pos + 1]!;
  pos += 2;
  if (end - pos < topicLen) return { malformed: 'PUBLISH topic longer than the packet' };
  const topic = frame.toString('utf8', pos, pos + topicLen);
  // The decoder replaces ill-formed UTF-8 with U+FFFD; only then are the bytes checked.
  if (topic.includes(REPLACEMENT_CHAR) && !isUtf8(frame.subarray(pos, pos + topicLen))) return { malformed: 'PUBLISH topic is not valid UTF-8' };
  pos += topicLen;
  let messageId: number | undefined;
  if (qos > 0) {
    if (end - pos < 2) return { malformed: 'PUBLISH too short for its packet id' };
    messageId = (frame[pos]! << 8) | frame[pos + 1]!;
    if (messageId === 0) return { malformed: 'PUBLISH with packet id 0' };
    pos += 2;
  }
  let properties: PublishProperties | undefined;
  if (version === 5) {
    if (pos >= end) return { malformed: 'PUBLISH too short for its properties' };
    if (frame[pos] === 0) {
      pos += 1;
    } else {
      const len = readVarInt(frame, pos, end);
      if (len === -1) return { malformed: 'PUBLISH property length is not a Variable Byte Integer' };
      pos = readEnd;
      if (end - pos < len) return { malformed: 'PUBLISH properties run past the packet' };
      const p = decodePublishProperties(frame, pos, pos + len);
      if ('malformed' in p) return p;
      properties = p;
      pos += len;
    }
  }
  const publish: InboundPublish = {
    topic,
    payload: frame.subarray(pos, end),
    qos: qos as QoS,
    dup: (b0 & 8) !== 0,
    retain: (b0 & 1) !== 0,
  };
  if (messageId !== undefined) publish.messageId = messageId;
  if (properties !== undefined) publish.properties = properties;
  return publish;
}

export interface InboundAck {
  type: typeof PUBACK | typeof PUBREC | typeof PUBREL | typeof PUBCOMP;
  messageId: number;
  reasonCode: number;
}

/**
 * Decodes PUBACK/PUBREC/PUBREL/PUBCOMP of 2 or 3 remaining bytes (the forms without MQTT 5
 * properties). Returns NOT_FAST otherwise.
 */
export function decodeAck(frame: Buffer, headerLen: number, version: number): InboundAck | Malformed | null {
  const type = frame[0]! >> 4;
  const flags = frame[0]! & 0xf;
  if (flags !== (type === PUBREL ? 2 : 0)) return { malformed: 'invalid header flags' };
  const remaining = frame.length - headerLen;
  if (remaining < 2) return { malformed: 'acknowledgement too short' };
  if (remaining > 3 || (remaining === 3 && version !== 5)) {
    if (version !== 5) return { malformed: 'acknowledgement too long' };
    return NOT_FAST;
  }
  const messageId = (frame[headerLen]! << 8) | frame[headerLen + 1]!;
  const reasonCode = remaining === 3 ? frame[headerLen + 2]! : 0;
  return { type: type as InboundAck['type'], messageId, reasonCode };
}

function varIntSize(n: number): number {
  return n < 128 ? 1 : n < 16384 ? 2 : n < 2097152 ? 3 : 4;
}

function writeVarInt(buf: Buffer, pos: number, n: number): number {
  do {
    let byte = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) byte |= 0x80;
    buf[pos++] = byte;
  } while (n > 0);
  return pos;
}

/** Total size of a PUBLISH without properties. */
export function publishSize(topicBytes: number, payloadBytes: number, qos: number, version: number): number {
  const remaining = 2 + topicBytes + (qos > 0 ? 2 : 0) + (version === 5 ? 1 : 0) + payloadBytes;
  return 1 + varIntSize(remaining) + remaining;
}

/** Fixed header, topic and packet id of an outbound PUBLISH; returns where the properties (or payload) go. */
function writePublishHead(buf: Buffer, remaining: number, topic: Buffer, qos: number, packetId: number, dup: boolean, retain: boolean): number {
  buf[0] = 0x30 | (dup ? 8 : 0) | (qos << 1) | (retain ? 1 : 0);
  let pos = writeVarInt(buf, 1, remaining);
  buf[pos++] = topic.length >> 8;
  buf[pos++] = topic.length & 0xff;
  pos += topic.copy(buf, pos);
  if (qos > 0) {
    buf[pos++] = packetId >> 8;
    buf[pos++] = packetId & 0xff;
  }
  return pos;
}

/**
 * Encodes a PUBLISH without properties. When the payload is larger than COPY_PAYLOAD_MAX the
 * result holds everything but the payload, which the caller writes after it untouched.
 */
export function encodePublish(
  topic: Buffer,
  payload: Buffer,
  qos: number,
  packetId: number,
  dup: boolean,
  retain: boolean,
  version: number,
): Buffer {
  const remaining = 2 + topic.length + (qos > 0 ? 2 : 0) + (version === 5 ? 1 : 0) + payload.length;
  const headerSize = 1 + varIntSize(remaining);
  const copy = payload.length <= COPY_PAYLOAD_MAX;
  const buf = Buffer.allocUnsafe(copy ? headerSize + remaining : headerSize + remaining - payload.length);
  let pos = writePublishHead(buf, remaining, topic, qos, packetId, dup, retain);
  if (version === 5) buf[pos++] = 0;
  if (copy) payload.copy(buf, pos);
  return buf;
}

/** Bytes of a string as a u16 length and its UTF-8. */
function string16Size(s: string): number {
  return 2 + Buffer.byteLength(s, 'utf8');
}

function writeString16(buf: Buffer, pos: number, s: string): number {
  const len = buf.write(s, pos + 2, 'utf8');
  buf[pos] = len >> 8;
  buf[pos + 1] = len & 0xff;
  return pos + 2 + len;
}

/**
 * The properties of a message that every subscriber gets alike, encoded once per message:
 * Payload Format Indicator, Content Type, Response Topic, Correlation Data, and the User
 * Properties in the publisher's order. The caller checked that each string fits 65,535 bytes
 * (the inbound decoder and the commit log only produce such).
 */
export function encodeStaticProperties(p: MessageProperties): Buffer {
  let size = 0;
  if (p.payloadFormatIndicator !== undefined) size += 2;
  if (p.contentType !== undefined) size += 1 + string16Size(p.contentType);
  if (p.responseTopic !== undefined) size += 1 + string16Size(p.responseTopic);
  if (p.correlationData !== undefined) size += 3 + p.correlationData.length;
  const user = p.userProperties;
  if (user !== undefined) for (let i = 0; i < user.length; i++) size += 1 + string16Size(user[i]![0]) + string16Size(user[i]![1]);
  const buf = Buffer.allocUnsafe(size);
  let pos = 0;
  if (p.payloadFormatIndicator !== undefined) {
    buf[pos++] = PROP_PAYLOAD_FORMAT;
    buf[pos++] = p.payloadFormatIndicator ? 1 : 0;
  }
  if (p.contentType !== undefined) {
    buf[pos++] = PROP_CONTENT_TYPE;
    pos = writeString16(buf, pos, p.contentType);
  }
  if (p.responseTopic !== undefined) {
    buf[pos++] = PROP_RESPONSE_TOPIC;
    pos = writeString16(buf, pos, p.responseTopic);
  }
  if (p.correlationData !== undefined) {
    const c = p.correlationData;
    buf[pos++] = PROP_CORRELATION_DATA;
    buf[pos++] = c.length >> 8;
    buf[pos++] = c.length & 0xff;
    pos += c.copy(buf, pos);
  }
  if (user !== undefined) {
    for (let i = 0; i < user.length; i++) {
      buf[pos++] = PROP_USER;
      pos = writeString16(buf, writeString16(buf, pos, user[i]![0]), user[i]![1]);
    }
  }
  return pos === size ? buf : buf.subarray(0, pos);
}

/** No Message Expiry Interval to send. */
export const NO_EXPIRY = -1;

/**
 * Subscription Identifiers of one delivery: one (the common case, no array), several (one copy
 * for overlapping subscriptions, MQTT-3.3.4-4), or NO_SUBSCRIPTION_ID (identifiers start at 1).
 */
export type SubscriptionIds = number | readonly number[];
export const NO_SUBSCRIPTION_ID = 0;

/** Bytes the per-delivery properties take: Message Expiry Interval, Topic Alias, Subscription Identifiers. */
export function deliveryPropertiesSize(expiry: number, subIds: SubscriptionIds, alias: number): number {
  let n = (expiry === NO_EXPIRY ? 0 : 5) + (alias === 0 ? 0 : 3);
  if (typeof subIds === 'number') {
    if (subIds !== NO_SUBSCRIPTION_ID) n += 1 + varIntSize(subIds);
  } else {
    for (let i = 0; i < subIds.length; i++) n += 1 + varIntSize(subIds[i]!);
  }
  return n;
}

/** Total size of an MQTT 5 PUBLISH whose properties take `propsLen` bytes. */
export function publishV5Size(topicBytes: number, payloadBytes: number, qos: number, propsLen: number): number {
  const remaining = 2 + topicBytes + (qos > 0 ? 2 : 0) + varIntSize(propsLen) + propsLen + payloadBytes;
  return 1 + varIntSize(remaining) + remaining;
}

/**
 * Encodes an MQTT 5 PUBLISH with properties: the message's own (`staticProps`, from
 * encodeStaticProperties) followed by this delivery's. `topic` is empty when `alias` names a
 * mapping the client already has. `propsLen` is `staticProps.length + deliveryPropertiesSize(…)`.
 * Large payloads are left to the caller as in encodePublish.
 */
export function encodePublishV5(
  topic: Buffer,
  payload: Buffer,
  qos: number,
  packetId: number,
  dup: boolean,
  retain: boolean,
  staticProps: Buffer | null,
  expiry: number,
  subIds: SubscriptionIds,
  alias: number,
  propsLen: number,
): Buffer {
  const remaining = 2 + topic.length + (qos > 0 ? 2 : 0) + varIntSize(propsLen) + propsLen + payload.length;
  const headerSize = 1 + varIntSize(remaining);
  const copy = payload.length <= COPY_PAYLOAD_MAX;
  const buf = Buffer.allocUnsafe(copy ? headerSize + remaining : headerSize + remaining - payload.length);
  let pos = writePublishHead(buf, remaining, topic, qos, packetId, dup, retain);
  pos = writeVarInt(buf, pos, propsLen);
  const propsEnd = pos + propsLen;
  if (staticProps !== null) pos += staticProps.copy(buf, pos);
  if (expiry !== NO_EXPIRY) {
    buf[pos++] = PROP_MESSAGE_EXPIRY;
    buf.writeUInt32BE(expiry, pos);
    pos += 4;
  }
  if (alias !== 0) {
    buf[pos++] = PROP_TOPIC_ALIAS;
    buf[pos++] = alias >> 8;
    buf[pos++] = alias & 0xff;
  }
  if (typeof subIds === 'number') {
    if (subIds !== NO_SUBSCRIPTION_ID) {
      buf[pos++] = PROP_SUBSCRIPTION_ID;
      pos = writeVarInt(buf, pos, subIds);
    }
  } else {
    for (let i = 0; i < subIds.length; i++) {
      buf[pos++] = PROP_SUBSCRIPTION_ID;
      pos = writeVarInt(buf, pos, subIds[i]!);
    }
  }
  if (pos !== propsEnd) throw new Error(`PUBLISH properties encoded to ${pos - propsEnd + propsLen} bytes, expected ${propsLen}`);
  if (copy) payload.copy(buf, pos);
  return buf;
}

/** Writes an acknowledgement (4 bytes, or 5 with a non-zero MQTT 5 reason) into `buf` at `pos`. */
export function writeAck(buf: Buffer, pos: number, type: number, packetId: number, reasonCode: number): number {
  buf[pos++] = (type << 4) | (type === PUBREL ? 2 : 0);
  if (reasonCode === 0) {
    buf[pos++] = 2;
  } else {
    buf[pos++] = 3;
  }
  buf[pos++] = packetId >> 8;
  buf[pos++] = packetId & 0xff;
  if (reasonCode !== 0) buf[pos++] = reasonCode;
  return pos;
}

export const ACK_MAX_BYTES = 5;
