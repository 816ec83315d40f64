/**
 * Encoding and decoding of the packets on the message path: PUBLISH without MQTT 5
 * properties and the four acknowledgements. They are a few fixed fields; mqtt-packet's general
 * parser takes ~3.7 µs and its generator ~1.4 µs per PUBLISH on this machine, which alone would
 * cap a proxy below the throughput target. Every other packet, and any PUBLISH that carries
 * properties, goes through mqtt-packet.
 */
import { isUtf8 } from 'node:buffer';
import type { QoS } from '@wharf/core';

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
  userProperties?: Record<string, string | string[]>;
  subscriptionIdentifier?: number | number[];
  contentType?: string;
}

/** What a UTF-8 decoder puts in place of ill-formed bytes. */
export const REPLACEMENT_CHAR = '\ufffd';

/** Decode outcome for frames the fast path declines: the general parser takes them. */
export const NOT_FAST = null;
export type Malformed = { malformed: string };

/**
 * Decodes a complete PUBLISH frame. Returns NOT_FAST for an MQTT 5 PUBLISH with properties.
 * The payload is a view of the frame, never a copy.
 */
export function decodePublish(frame: Buffer, headerLen: number, version: number): InboundPublish | Malformed | null {
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
  if (version === 5) {
    if (pos >= end) return { malformed: 'PUBLISH too short for its properties' };
    if (frame[pos] !== 0) return NOT_FAST;
    pos += 1;
  }
  const publish: InboundPublish = {
    topic,
    payload: frame.subarray(pos, end),
    qos: qos as QoS,
    dup: (b0 & 8) !== 0,
    retain: (b0 & 1) !== 0,
  };
  if (messageId !== undefined) publish.messageId = messageId;
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
  buf[0] = 0x30 | (dup ? 8 : 0) | (qos << 1) | (retain ? 1 : 0);
  let pos = writeVarInt(buf, 1, remaining);
  buf[pos++] = topic.length >> 8;
  buf[pos++] = topic.length & 0xff;
  pos += topic.copy(buf, pos);
  if (qos > 0) {
    buf[pos++] = packetId >> 8;
    buf[pos++] = packetId & 0xff;
  }
  if (version === 5) buf[pos++] = 0;
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
