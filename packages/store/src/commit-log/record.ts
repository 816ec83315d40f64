/**
 * The commit-log record: the unit the log appends, checks and reads back.
 *
 *   length   u32 BE   bytes of body
 *   crc      u32 BE   CRC32C of body
 *   body:
 *     version   u8      RECORD_VERSION
 *     flags     u8      bits 0-1 qos, bit 2 retain, bit 3 `from` present
 *     timestamp u64 BE  store wall clock at append, ms
 *     expiresAt u64 BE  absolute deadline, ms; 0 = never
 *     topic     u16 BE length + UTF-8
 *     from      u16 BE length + UTF-8            (only with flag bit 3)
 *     props     u8 mask, then each present field (see PROP_*); mask 0 = no properties
 *     payload   the rest of the body
 *
 * The record does not hold its own position: the log knows where it read it from.
 * An empty `from` is stored as absent (the proxy always assigns a client id).
 * messageExpiryInterval is not stored; `expiresAt` replaces it and decoding gives back the
 * interval the publisher sent as (expiresAt - timestamp) / 1000.
 *
 * User properties (PROP_USER) are a u16 count, then that many (name, value) pairs of u16-length
 * UTF-8 strings, in the order the publisher sent them. Records written while the proxy kept
 * user properties as a name → values map have the same layout with each name's values
 * adjacent; they decode in that (their only known) order.
 */
import type { Message, MessageProperties, QoS, StoredMessage, UserProperty } from '@wharf/core';
import { crc32c } from './crc32c.ts';

export const RECORD_VERSION = 1;
export const RECORD_HEADER_BYTES = 8;
/** version + flags + timestamp + expiresAt + topic length + props mask. */
const BODY_FIXED_BYTES = 1 + 1 + 8 + 8 + 2 + 1;
/** A topic has at least one byte. */
export const MIN_RECORD_BODY_BYTES = BODY_FIXED_BYTES + 1;
/** An MQTT packet is at most 256 MiB; a record holds one message plus a bounded header. */
export const MAX_RECORD_BODY_BYTES = 268_435_455 + 4 * 65_536;
const MAX_U16 = 0xffff;
/** User properties that fit one record; MQTT bounds them only by the packet size. */
const MAX_USER_PROPERTIES = 0xffff;

const FLAG_QOS = 0b11;
const FLAG_RETAIN = 0b100;
const FLAG_FROM = 0b1000;
const FLAG_KNOWN = FLAG_QOS | FLAG_RETAIN | FLAG_FROM;

const PROP_FORMAT_PRESENT = 1 << 0;
const PROP_FORMAT_UTF8 = 1 << 1;
const PROP_CONTENT_TYPE = 1 << 2;
const PROP_RESPONSE_TOPIC = 1 << 3;
const PROP_CORRELATION = 1 << 4;
const PROP_USER = 1 << 5;
const PROP_KNOWN = 0b111111;

const TWO_32 = 0x1_0000_0000;

export class RecordError extends Error {
  override name = 'RecordError';
}

/** Why a byte range is not a valid record. */
export type RecordFault = 'short' | 'length' | 'crc' | 'version' | 'format';

export class CorruptRecordError extends Error {
  override name = 'CorruptRecordError';
  constructor(
    readonly fault: RecordFault,
    message: string,
  ) {
    super(message);
  }
}

function checkU16(what: string, n: number): void {
  if (n > MAX_U16) throw new RecordError(`${what} is ${n} bytes; at most ${MAX_U16} fit a record`);
}

/** Bytes of the properties after their mask byte (which BODY_FIXED_BYTES counts). */
function propertiesBytes(p: MessageProperties | undefined): number {
  if (p === undefined) return 0;
  let n = 0;
  if (p.contentType !== undefined) {
    const len = Buffer.byteLength(p.contentType, 'utf8');
    checkU16('contentType', len);
    n += 2 + len;
  }
  if (p.responseTopic !== undefined) {
    const len = Buffer.byteLength(p.responseTopic, 'utf8');
    checkU16('responseTopic', len);
    n += 2 + len;
  }
  if (p.correlationData !== undefined) {
    checkU16('correlationData', p.correlationData.length);
    n += 2 + p.correlationData.length;
  }
  const user = p.userProperties;
  if (user !== undefined) {
    if (user.length > MAX_USER_PROPERTIES) throw new RecordError(`${user.length} user properties; at most ${MAX_USER_PROPERTIES} fit a record`);
    n += 2;
    for (let i = 0; i < user.length; i++) {
      const [name, value] = user[i]!;
      const nameLen = Buffer.byteLength(name, 'utf8');
      checkU16('user property name', nameLen);
      const valueLen = Buffer.byteLength(value, 'utf8');
      checkU16('user property value', valueLen);
      n += 4 + nameLen + valueLen;
    }
  }
  return n;
}

/**
 * Total encoded size of `message` (header included). Throws RecordError for a message that
 * cannot be stored, so a caller can reject it before it joins a batch.
 */
export function recordSize(message: Message): number {
  const topicLen = Buffer.byteLength(message.topic, 'utf8');
  checkU16('topic', topicLen);
  let body = BODY_FIXED_BYTES + topicLen + message.payload.length + propertiesBytes(message.properties);
  if (message.from !== undefined && message.from.length > 0) {
    const fromLen = Buffer.byteLength(message.from, 'utf8');
    checkU16('from (client id)', fromLen);
    body += 2 + fromLen;
  }
  if (body > MAX_RECORD_BODY_BYTES) throw new RecordError(`record body of ${body} bytes exceeds ${MAX_RECORD_BODY_BYTES}`);
  return RECORD_HEADER_BYTES + body;
}

/** Absolute expiry deadline for a message appended at `timestamp`; 0 for never. */
export function expiryDeadline(message: Message, timestamp: number): number {
  const interval = message.properties?.messageExpiryInterval;
  return interval === undefined ? 0 : timestamp + interval * 1000;
}

function writeU64(buf: Buffer, value: number, at: number): void {
  buf.writeUInt32BE(Math.floor(value / TWO_32), at);
  buf.writeUInt32BE(value >>> 0, at + 4);
}

function readU64(buf: Buffer, at: number): number {
  return buf.readUInt32BE(at) * TWO_32 + buf.readUInt32BE(at + 4);
}

function writeString16(buf: Buffer, s: string, at: number): number {
  const len = buf.write(s, at + 2, 'utf8');
  buf.writeUInt16BE(len, at);
  return at + 2 + len;
}

function writeProperties(buf: Buffer, p: MessageProperties | undefined, at: number): number {
  if (p === undefined) {
    buf[at] = 0;
    return at + 1;
  }
  const maskAt = at++;
  let mask = 0;
  if (p.payloadFormatIndicator !== undefined) {
    mask |= PROP_FORMAT_PRESENT;
    if (p.payloadFormatIndicator) mask |= PROP_FORMAT_UTF8;
  }
  if (p.contentType !== undefined) {
    mask |= PROP_CONTENT_TYPE;
    at = writeString16(buf, p.contentType, at);
  }
  if (p.responseTopic !== undefined) {
    mask |= PROP_RESPONSE_TOPIC;
    at = writeString16(buf, p.responseTopic, at);
  }
  if (p.correlationData !== undefined) {
    mask |= PROP_CORRELATION;
    buf.writeUInt16BE(p.correlationData.length, at);
    at += 2 + p.correlationData.copy(buf, at + 2);
  }
  const user = p.userProperties;
  if (user !== undefined) {
    mask |= PROP_USER;
    buf.writeUInt16BE(user.length, at);
    at += 2;
    for (let i = 0; i < user.length; i++) {
      const [name, value] = user[i]!;
      at = writeString16(buf, value, writeString16(buf, name, at));
    }
  }
  buf[maskAt] = mask;
  return at;
}

/**
 * Encodes `message` into `buf` at `at`; `size` must be `recordSize(message)`. Returns the end.
 * The caller allocates one buffer for a whole batch so a batch is one write.
 */
export function encodeRecord(
  buf: Buffer,
  at: number,
  size: number,
  message: Message,
  timestamp: number,
  expiresAt: number,
): number {
  const bodyStart = at + RECORD_HEADER_BYTES;
  let p = bodyStart;
  buf[p++] = RECORD_VERSION;
  const hasFrom = message.from !== undefined && message.from.length > 0;
  buf[p++] = (message.qos & FLAG_QOS) | (message.retain ? FLAG_RETAIN : 0) | (hasFrom ? FLAG_FROM : 0);
  writeU64(buf, timestamp, p);
  writeU64(buf, expiresAt, p + 8);
  p = writeString16(buf, message.topic, p + 16);
  if (hasFrom) p = writeString16(buf, message.from!, p);
  p = writeProperties(buf, message.properties, p);
  p += message.payload.copy(buf, p);
  const end = at + size;
  if (p !== end) throw new RecordError(`record encoded to ${p - at} bytes, expected ${size}`);
  buf.writeUInt32BE(end - bodyStart, at);
  buf.writeUInt32BE(crc32c(buf, bodyStart, end), at + 4);
  return end;
}

/** Encodes one message into its own buffer (tests, retained rewrites). */
export function encodeRecordBuffer(message: Message, timestamp: number, expiresAt = expiryDeadline(message, timestamp)): Buffer {
  const size = recordSize(message);
  const buf = Buffer.allocUnsafe(size);
  encodeRecord(buf, 0, size, message, timestamp, expiresAt);
  return buf;
}

/**
 * Length of the record starting at `at`, header included, after checking its length field and
 * CRC. Throws CorruptRecordError. `end` bounds what may be read (the valid bytes in `buf`).
 */
export function checkRecord(buf: Buffer, at: number, end = buf.length): number {
  if (end - at < RECORD_HEADER_BYTES) throw new CorruptRecordError('short', `${end - at} bytes cannot hold a record header`);
  const bodyLen = buf.readUInt32BE(at);
  if (bodyLen < MIN_RECORD_BODY_BYTES || bodyLen > MAX_RECORD_BODY_BYTES) {
    throw new CorruptRecordError('length', `record length ${bodyLen} is out of range`);
  }
  const bodyEnd = at + RECORD_HEADER_BYTES + bodyLen;
  if (bodyEnd > end) throw new CorruptRecordError('short', `record of ${bodyLen} bytes runs past the ${end - at} available`);
  const want = buf.readUInt32BE(at + 4);
  const got = crc32c(buf, at + RECORD_HEADER_BYTES, bodyEnd);
  if (want !== got) throw new CorruptRecordError('crc', `record CRC32C is ${got.toString(16)}, header says ${want.toString(16)}`);
  return RECORD_HEADER_BYTES + bodyLen;
}

function readString16(buf: Buffer, at: number, end: number): string {
  const len = buf.readUInt16BE(at);
  if (at + 2 + len > end) throw new CorruptRecordError('format', 'string runs past the record');
  return buf.toString('utf8', at + 2, at + 2 + len);
}

/**
 * Decodes the record at `at` (already checked with `checkRecord`, `size` its total length).
 * The payload and correlation data are views of `buf`, not copies.
 */
export function decodeRecord(buf: Buffer, at: number, size: number, logPosition: number): StoredMessage {
  const end = at + size;
  let p = at + RECORD_HEADER_BYTES;
  if (buf[p] !== RECORD_VERSION) throw new CorruptRecordError('version', `record version ${buf[p]} is not ${RECORD_VERSION}`);
  const flags = buf[p + 1]!;
  if ((flags & ~FLAG_KNOWN) !== 0) throw new CorruptRecordError('format', `unknown record flags ${flags.toString(2)}`);
  const qos = flags & FLAG_QOS;
  if (qos === 3) throw new CorruptRecordError('format', 'record QoS 3');
  const timestamp = readU64(buf, p + 2);
  const expiresAt = readU64(buf, p + 10);
  p += 18;
  const topicLen = buf.readUInt16BE(p);
  const topic = readString16(buf, p, end);
  p += 2 + topicLen;
  let from: string | undefined;
  if ((flags & FLAG_FROM) !== 0) {
    const fromLen = buf.readUInt16BE(p);
    from = readString16(buf, p, end);
    p += 2 + fromLen;
  }
  if (p >= end) throw new CorruptRecordError('format', 'record ends before its properties');
  const mask = buf[p++]!;
  let properties: MessageProperties | undefined;
  if (mask !== 0 || expiresAt !== 0) {
    if ((mask & ~PROP_KNOWN) !== 0) throw new CorruptRecordError('format', `unknown property mask ${mask.toString(2)}`);
    properties = {};
    if ((mask & PROP_FORMAT_PRESENT) !== 0) properties.payloadFormatIndicator = (mask & PROP_FORMAT_UTF8) !== 0;
    if (expiresAt !== 0) properties.messageExpiryInterval = Math.max(0, Math.round((expiresAt - timestamp) / 1000));
    if ((mask & PROP_CONTENT_TYPE) !== 0) {
      const len = buf.readUInt16BE(p);
      properties.contentType = readString16(buf, p, end);
      p += 2 + len;
    }
    if ((mask & PROP_RESPONSE_TOPIC) !== 0) {
      const len = buf.readUInt16BE(p);
      properties.responseTopic = readString16(buf, p, end);
      p += 2 + len;
    }
    if ((mask & PROP_CORRELATION) !== 0) {
      const len = buf.readUInt16BE(p);
      if (p + 2 + len > end) throw new CorruptRecordError('format', 'correlation data runs past the record');
      properties.correlationData = buf.subarray(p + 2, p + 2 + len);
      p += 2 + len;
    }
    if ((mask & PROP_USER) !== 0) {
      const count = buf.readUInt16BE(p);
      p += 2;
      const user = new Array<UserProperty>(count);
      for (let i = 0; i < count; i++) {
        const nameLen = buf.readUInt16BE(p);
        const name = readString16(buf, p, end);
        p += 2 + nameLen;
        const valueLen = buf.readUInt16BE(p);
        const value = readString16(buf, p, end);
        p += 2 + valueLen;
        user[i] = [name, value];
      }
      properties.userProperties = user;
    }
  }
  if (p > end) throw new CorruptRecordError('format', 'record fields run past its end');
  const message: StoredMessage = {
    topic,
    payload: buf.subarray(p, end),
    qos: qos as QoS,
    retain: (flags & FLAG_RETAIN) !== 0,
    logPosition,
    timestamp,
    expiresAt,
  };
  if (from !== undefined) message.from = from;
  if (properties !== undefined) message.properties = properties;
  return message;
}

/** Checks and decodes in one step. */
export function readRecord(buf: Buffer, at: number, logPosition: number, end = buf.length): StoredMessage {
  const size = checkRecord(buf, at, end);
  return decodeRecord(buf, at, size, logPosition);
}
