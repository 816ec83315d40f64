/**
 * Core message model ↔ protobuf shapes. Payloads and correlation data are never copied on
 * the way in: decoded `bytes` fields are views of the received gRPC frame.
 */
import type { Message, MessageProperties, QoS, QueueAdvanced, StoredMessage, UserProperty } from '@wharf/core';
import { wharf } from './generated/wharf.js';
import protobuf from './generated/protobuf-runtime.js';

export const pb = wharf.v1;

type ProtoMessageIn = wharf.v1.Message.$Properties;
type ProtoPropertiesIn = wharf.v1.Properties.$Properties;

const EMPTY = Buffer.alloc(0);

export class BadMessageError extends RangeError {
  override name = 'BadMessageError';
}

/**
 * A core message in the shape the generated encoder reads. The encoder reads fields by name,
 * so a message without properties (the common case) is handed over as is, without a copy;
 * a StoredMessage's logPosition, timestamp and expiresAt are encoded the same way.
 */
export function messageToProto(m: Message | StoredMessage): ProtoMessageIn {
  if (m.properties === undefined) return m as unknown as ProtoMessageIn;
  const out: ProtoMessageIn = { topic: m.topic, payload: m.payload, qos: m.qos, retain: m.retain, properties: propertiesToProto(m.properties) };
  if (m.from !== undefined) out.from = m.from;
  if ('logPosition' in m) {
    out.logPosition = m.logPosition;
    out.timestamp = m.timestamp;
    out.expiresAt = m.expiresAt;
  }
  return out;
}

export function propertiesToProto(p: MessageProperties): ProtoPropertiesIn {
  const out: ProtoPropertiesIn = {};
  if (p.payloadFormatIndicator !== undefined) out.payloadFormatIndicator = p.payloadFormatIndicator;
  if (p.messageExpiryInterval !== undefined) out.messageExpiryInterval = p.messageExpiryInterval;
  if (p.contentType !== undefined) out.contentType = p.contentType;
  if (p.responseTopic !== undefined) out.responseTopic = p.responseTopic;
  if (p.correlationData !== undefined) out.correlationData = p.correlationData;
  const user = p.userProperties;
  if (user !== undefined) {
    out.hasUserProperties = true;
    const list = new Array<wharf.v1.UserProperty.$Properties>(user.length);
    for (let i = 0; i < user.length; i++) list[i] = { key: user[i]![0], values: [user[i]![1]] };
    out.userProperties = list;
  }
  return out;
}

export function checkQos(qos: number): QoS {
  if (qos !== 0 && qos !== 1 && qos !== 2) throw new BadMessageError(`bad QoS ${qos}`);
  return qos;
}

function bytes(b: Uint8Array | null | undefined): Buffer {
  // The runtime decodes from a Buffer, so its byte fields are Buffer views already.
  return b == null || b.length === 0 ? EMPTY : (b as Buffer);
}

type ProtoMessageOut = wharf.v1.Message.$Properties;

export function messageFromProto(p: ProtoMessageOut): Message {
  const m: Message = { topic: p.topic ?? '', payload: bytes(p.payload), qos: checkQos(p.qos ?? 0), retain: p.retain === true };
  if (p.from != null) m.from = p.from;
  if (p.properties != null) m.properties = propertiesFromProto(p.properties);
  return m;
}

export function storedFromProto(p: ProtoMessageOut): StoredMessage {
  const m: StoredMessage = {
    topic: p.topic ?? '',
    payload: bytes(p.payload),
    qos: checkQos(p.qos ?? 0),
    retain: p.retain === true,
    logPosition: p.logPosition ?? 0,
    timestamp: p.timestamp ?? 0,
    expiresAt: p.expiresAt ?? 0,
  };
  if (p.from != null) m.from = p.from;
  if (p.properties != null) m.properties = propertiesFromProto(p.properties);
  return m;
}

export function propertiesFromProto(p: wharf.v1.Properties.$Properties): MessageProperties {
  const out: MessageProperties = {};
  if (p.payloadFormatIndicator != null) out.payloadFormatIndicator = p.payloadFormatIndicator;
  if (p.messageExpiryInterval != null) out.messageExpiryInterval = p.messageExpiryInterval;
  if (p.contentType != null) out.contentType = p.contentType;
  if (p.responseTopic != null) out.responseTopic = p.responseTopic;
  if (p.correlationData != null) out.correlationData = bytes(p.correlationData);
  if (p.hasUserProperties === true) {
    const user: UserProperty[] = [];
    for (const u of p.userProperties ?? []) {
      const key = u.key ?? '';
      for (const value of u.values ?? []) user.push([key, value]);
    }
    out.userProperties = user;
  }
  return out;
}

export function storedListFromProto(list: readonly ProtoMessageOut[] | null | undefined): StoredMessage[] {
  if (list == null) return [];
  const out = new Array<StoredMessage>(list.length);
  for (let i = 0; i < list.length; i++) out[i] = storedFromProto(list[i]!);
  return out;
}

export function advancedFromProto(p: wharf.v1.QueueAdvanced.$Properties): QueueAdvanced {
  const queueId = p.queueId ?? 0;
  const endOffset = p.endOffset ?? 0;
  if (p.inline == null || p.inline.length === 0) return { queueId, endOffset };
  return { queueId, endOffset, inline: storedListFromProto(p.inline) };
}

/**
 * Encoded QueueAdvanced events, by event object. The notify service hands the same event to
 * every interested proxy, so each is encoded once however wide the fan-out.
 */
const encodedEvents = new WeakMap<QueueAdvanced, Uint8Array>();

function encodedEvent(event: QueueAdvanced): Uint8Array {
  let bytes = encodedEvents.get(event);
  if (bytes === undefined) {
    const inline = event.inline;
    let protoInline: ProtoMessageIn[] | undefined;
    if (inline !== undefined && inline.length > 0) {
      protoInline = new Array<ProtoMessageIn>(inline.length);
      for (let i = 0; i < inline.length; i++) protoInline[i] = messageToProto(inline[i]!);
    }
    bytes = pb.QueueAdvanced.encode({ queueId: event.queueId, endOffset: event.endOffset, inline: protoInline }).finish();
    encodedEvents.set(event, bytes);
  }
  return bytes;
}

/** Field tags of wharf.v1.AdvanceBatch (notify.proto); a test checks them against the decoder. */
const TAG_EVENTS = (1 << 3) | 2;
const TAG_INTEREST_APPLIED = (2 << 3) | 0;
const TAG_RESYNC = (3 << 3) | 0;

/** Encodes an AdvanceBatch by splicing cached event encodings (see `encodedEvents`). */
export function encodeAdvanceBatch(events: readonly QueueAdvanced[], interestApplied = 0, resync = false): Buffer {
  const w = protobuf.Writer.create();
  for (let i = 0; i < events.length; i++) w.uint32(TAG_EVENTS).bytes(encodedEvent(events[i]!));
  if (interestApplied !== 0) w.uint32(TAG_INTEREST_APPLIED).uint64(interestApplied);
  if (resync) w.uint32(TAG_RESYNC).bool(true);
  return w.finish() as Buffer;
}

/** What a Subscribe stream or Feed stream carries, in core terms. */
export interface AdvanceBatch {
  events: QueueAdvanced[];
  interestApplied: number;
  resync: boolean;
}

export function decodeAdvanceBatch(buf: Buffer): AdvanceBatch {
  const p = pb.AdvanceBatch.decode(buf);
  const events = new Array<QueueAdvanced>(p.events.length);
  for (let i = 0; i < events.length; i++) events[i] = advancedFromProto(p.events[i]!);
  return { events, interestApplied: p.interestApplied, resync: p.resync };
}

export function inlineBytes(inline: readonly StoredMessage[] | undefined): number {
  if (inline === undefined) return 0;
  let n = 0;
  for (let i = 0; i < inline.length; i++) n += inline[i]!.payload.length;
  return n;
}
