/**
 * MQTT 5 properties as an ordered list, byte for byte. mqtt-packet folds user properties into an
 * object (interleaved keys lose their order) and refuses some values a conformance test must
 * send (Topic Alias 0), so checks of order and of invalid properties build and read frames here.
 */
import { varint } from './raw.ts';

type PropType = 'byte' | 'u16' | 'u32' | 'varint' | 'utf8' | 'binary' | 'pair';

/** Property identifiers (MQTT 5 §2.2.2.2) with their wire types. */
export const PROPERTY = {
  payloadFormatIndicator: { id: 0x01, type: 'byte' },
  messageExpiryInterval: { id: 0x02, type: 'u32' },
  contentType: { id: 0x03, type: 'utf8' },
  responseTopic: { id: 0x08, type: 'utf8' },
  correlationData: { id: 0x09, type: 'binary' },
  subscriptionIdentifier: { id: 0x0b, type: 'varint' },
  sessionExpiryInterval: { id: 0x11, type: 'u32' },
  assignedClientIdentifier: { id: 0x12, type: 'utf8' },
  serverKeepAlive: { id: 0x13, type: 'u16' },
  authenticationMethod: { id: 0x15, type: 'utf8' },
  authenticationData: { id: 0x16, type: 'binary' },
  reasonString: { id: 0x1f, type: 'utf8' },
  receiveMaximum: { id: 0x21, type: 'u16' },
  topicAliasMaximum: { id: 0x22, type: 'u16' },
  topicAlias: { id: 0x23, type: 'u16' },
  maximumQoS: { id: 0x24, type: 'byte' },
  retainAvailable: { id: 0x25, type: 'byte' },
  userProperty: { id: 0x26, type: 'pair' },
  maximumPacketSize: { id: 0x27, type: 'u32' },
  wildcardSubscriptionAvailable: { id: 0x28, type: 'byte' },
  subscriptionIdentifiersAvailable: { id: 0x29, type: 'byte' },
  sharedSubscriptionAvailable: { id: 0x2a, type: 'byte' },
} as const satisfies Record<string, { id: number; type: PropType }>;

export type PropertyName = keyof typeof PROPERTY;
export type PropertyValue = number | string | Buffer | readonly [string, string];
/** One property in wire order. */
export type Property = readonly [PropertyName, PropertyValue];

const BY_ID = new Map<number, PropertyName>(
  (Object.keys(PROPERTY) as PropertyName[]).map((name) => [PROPERTY[name].id, name]),
);

function utf8(s: string): Buffer {
  const b = Buffer.from(s, 'utf8');
  const len = Buffer.alloc(2);
  len.writeUInt16BE(b.length);
  return Buffer.concat([len, b]);
}

function binary(b: Buffer): Buffer {
  const len = Buffer.alloc(2);
  len.writeUInt16BE(b.length);
  return Buffer.concat([len, b]);
}

function encodeValue(type: PropType, value: PropertyValue): Buffer {
  switch (type) {
    case 'byte':
      return Buffer.from([value as number]);
    case 'u16': {
      const b = Buffer.alloc(2);
      b.writeUInt16BE(value as number);
      return b;
    }
    case 'u32': {
      const b = Buffer.alloc(4);
      b.writeUInt32BE(value as number);
      return b;
    }
    case 'varint':
      return varint(value as number);
    case 'utf8':
      return utf8(value as string);
    case 'binary':
      return binary(value as Buffer);
    case 'pair': {
      const [k, v] = value as readonly [string, string];
      return Buffer.concat([utf8(k), utf8(v)]);
    }
  }
}

/** The property section: its length as a variable byte integer, then each property in order. */
export function encodeProperties(props: readonly Property[]): Buffer {
  const body = Buffer.concat(props.map(([name, value]) => {
    const spec = PROPERTY[name];
    return Buffer.concat([varint(spec.id), encodeValue(spec.type, value)]);
  }));
  return Buffer.concat([varint(body.length), body]);
}

function readVarint(buf: Buffer, pos: number): [value: number, next: number] {
  let value = 0;
  let mul = 1;
  for (let i = 0; i < 4; i++) {
    if (pos >= buf.length) throw new Error('variable byte integer runs past the buffer');
    const b = buf[pos++]!;
    value += (b & 0x7f) * mul;
    if ((b & 0x80) === 0) return [value, pos];
    mul *= 128;
  }
  throw new Error('variable byte integer longer than 4 bytes');
}

/** Reads a property section starting at `pos`; returns the properties in wire order and the position after it. */
export function decodeProperties(buf: Buffer, pos: number): { props: Property[]; next: number } {
  const [len, start] = readVarint(buf, pos);
  const end = start + len;
  if (end > buf.length) throw new Error('property section runs past the packet');
  const props: Property[] = [];
  let p = start;
  const str = (): string => {
    const n = buf.readUInt16BE(p);
    const s = buf.toString('utf8', p + 2, p + 2 + n);
    p += 2 + n;
    return s;
  };
  while (p < end) {
    const [id, afterId] = readVarint(buf, p);
    p = afterId;
    const name = BY_ID.get(id);
    if (name === undefined) throw new Error(`unknown property id 0x${id.toString(16)}`);
    switch (PROPERTY[name].type) {
      case 'byte':
        props.push([name, buf[p]!]);
        p += 1;
        break;
      case 'u16':
        props.push([name, buf.readUInt16BE(p)]);
        p += 2;
        break;
      case 'u32':
        props.push([name, buf.readUInt32BE(p)]);
        p += 4;
        break;
      case 'varint': {
        const [v, n] = readVarint(buf, p);
        props.push([name, v]);
        p = n;
        break;
      }
      case 'utf8':
        props.push([name, str()]);
        break;
      case 'binary': {
        const n = buf.readUInt16BE(p);
        props.push([name, Buffer.from(buf.subarray(p + 2, p + 2 + n))]);
        p += 2 + n;
        break;
      }
      case 'pair': {
        const k = str();
        const v = str();
        props.push([name, [k, v] as const]);
        break;
      }
    }
  }
  if (p !== end) throw new Error('property section length does not match its properties');
  return { props, next: end };
}

/** Whole MQTT packets in `bytes` (a trailing partial packet is left out). */
export function splitFrames(bytes: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let pos = 0;
  while (pos + 2 <= bytes.length) {
    let len: number;
    let bodyAt: number;
    try {
      [len, bodyAt] = readVarint(bytes, pos + 1);
    } catch {
      break;
    }
    if (bodyAt + len > bytes.length) break;
    out.push(bytes.subarray(pos, bodyAt + len));
    pos = bodyAt + len;
  }
  return out;
}

export interface PublishFrame {
  topic: string;
  qos: number;
  retain: boolean;
  dup: boolean;
  messageId?: number;
  props: Property[];
  payload: Buffer;
}

/** Decodes an MQTT 5 PUBLISH frame, keeping its properties in wire order. */
export function decodePublishV5(frame: Buffer): PublishFrame {
  const b0 = frame[0]!;
  if (b0 >> 4 !== 3) throw new Error(`not a PUBLISH (type ${b0 >> 4})`);
  const qos = (b0 >> 1) & 3;
  let [, pos] = readVarint(frame, 1);
  const topicLen = frame.readUInt16BE(pos);
  const topic = frame.toString('utf8', pos + 2, pos + 2 + topicLen);
  pos += 2 + topicLen;
  let messageId: number | undefined;
  if (qos > 0) {
    messageId = frame.readUInt16BE(pos);
    pos += 2;
  }
  const { props, next } = decodeProperties(frame, pos);
  const out: PublishFrame = { topic, qos, retain: (b0 & 1) === 1, dup: (b0 & 8) === 8, props, payload: frame.subarray(next) };
  if (messageId !== undefined) out.messageId = messageId;
  return out;
}

/** Every MQTT 5 PUBLISH in a byte stream (e.g. RawClient.bytes), properties in wire order. */
export function publishFramesV5(bytes: Buffer): PublishFrame[] {
  return splitFrames(bytes).filter((f) => f[0]! >> 4 === 3).map(decodePublishV5);
}

/** An MQTT 5 PUBLISH built by hand, properties in exactly the order given. */
export function publishBytesV5(p: {
  topic: string;
  payload?: Buffer | string;
  qos?: 0 | 1 | 2;
  messageId?: number;
  retain?: boolean;
  dup?: boolean;
  props?: readonly Property[];
}): Buffer {
  const qos = p.qos ?? 0;
  if (qos > 0 && p.messageId === undefined) throw new Error('QoS 1/2 PUBLISH needs a messageId');
  const id = Buffer.alloc(qos > 0 ? 2 : 0);
  if (qos > 0) id.writeUInt16BE(p.messageId!);
  const payload = typeof p.payload === 'string' ? Buffer.from(p.payload) : (p.payload ?? Buffer.alloc(0));
  const body = Buffer.concat([utf8(p.topic), id, encodeProperties(p.props ?? []), payload]);
  const b0 = 0x30 | (p.dup === true ? 8 : 0) | (qos << 1) | (p.retain === true ? 1 : 0);
  return Buffer.concat([Buffer.from([b0]), varint(body.length), body]);
}

/** The values of every property named `name`, in wire order. */
export function propValues<T extends PropertyValue = PropertyValue>(props: readonly Property[], name: PropertyName): T[] {
  return props.filter(([n]) => n === name).map(([, v]) => v as T);
}
