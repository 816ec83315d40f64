/**
 * How session state and wills are written into Redis hash fields: JSON (not a hot path; one
 * encode per SUBSCRIBE, CONNECT or release), offsets as flat (queueId, offset) argument pairs
 * so the scripts can HSET them without decoding, binary fields of a will as base64.
 */
import { userPropertiesFromRecord, type Message, type MessageProperties, type OffsetEntry, type QoS, type SessionState, type WillRecord } from '@wharf/core';

/** The stored state: everything but the offsets, which live in their own hash. */
export function encodeState(state: SessionState): string {
  const { offsets: _offsets, ...rest } = state;
  return JSON.stringify(rest);
}

export function decodeState(json: string, flatOffsets: readonly unknown[]): SessionState {
  const parsed: unknown = JSON.parse(json);
  if (typeof parsed !== 'object' || parsed === null) throw new Error('stored session is not an object');
  const s = parsed as SessionState;
  if (typeof s.clientId !== 'string' || !Array.isArray(s.subscriptions) || typeof s.expiryInterval !== 'number') {
    throw new Error('stored session lacks clientId, subscriptions or expiryInterval');
  }
  s.inboundQos2 ??= [];
  s.offsets = decodeOffsets(flatOffsets);
  return s;
}

/** Appends (queueId, offset) pairs to `args`; returns how many pairs. */
export function pushOffsets(args: (string | number)[], offsets: readonly OffsetEntry[]): number {
  for (const o of offsets) args.push(o.queueId, o.offset);
  return offsets.length;
}

/** HGETALL of the offsets hash: [queueId, offset, queueId, offset, ...] as strings. */
export function decodeOffsets(flat: readonly unknown[]): OffsetEntry[] {
  const out: OffsetEntry[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) {
    const queueId = Number(flat[i]);
    const offset = Number(flat[i + 1]);
    if (Number.isSafeInteger(queueId) && Number.isSafeInteger(offset)) out.push({ queueId, offset });
  }
  out.sort((a, b) => a.queueId - b.queueId);
  return out;
}

/**
 * A will as JSON. User properties are [name, value] pairs in order; wills written before that
 * hold them as a name → value(s) object, read back in that object's order.
 */
interface StoredWill {
  topic: string;
  payload: string;
  qos: QoS;
  retain: boolean;
  from?: string;
  properties?: Omit<MessageProperties, 'correlationData' | 'userProperties'> & {
    correlationData?: string;
    userProperties?: MessageProperties['userProperties'] | Record<string, string | string[]>;
  };
  delaySeconds: number;
}

export function encodeWill(will: WillRecord): string {
  const m = will.message;
  const stored: StoredWill = { topic: m.topic, payload: m.payload.toString('base64'), qos: m.qos, retain: m.retain, delaySeconds: will.delaySeconds };
  if (m.from !== undefined) stored.from = m.from;
  if (m.properties !== undefined) {
    const { correlationData, ...rest } = m.properties;
    stored.properties = correlationData === undefined ? rest : { ...rest, correlationData: correlationData.toString('base64') };
  }
  return JSON.stringify(stored);
}

export function decodeWill(json: string): WillRecord {
  const s = JSON.parse(json) as StoredWill;
  if (typeof s.topic !== 'string' || typeof s.payload !== 'string' || ![0, 1, 2].includes(s.qos)) {
    throw new Error('stored will lacks topic, payload or qos');
  }
  const message: Message = { topic: s.topic, payload: Buffer.from(s.payload, 'base64'), qos: s.qos, retain: s.retain === true };
  if (s.from !== undefined) message.from = s.from;
  if (s.properties !== undefined) {
    const { correlationData, userProperties, ...rest } = s.properties;
    const properties: MessageProperties = rest;
    if (correlationData !== undefined) properties.correlationData = Buffer.from(correlationData, 'base64');
    if (userProperties !== undefined) properties.userProperties = Array.isArray(userProperties) ? userProperties : userPropertiesFromRecord(userProperties);
    message.properties = properties;
  }
  return { message, delaySeconds: typeof s.delaySeconds === 'number' ? s.delaySeconds : 0 };
}
