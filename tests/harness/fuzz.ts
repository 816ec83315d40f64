/**
 * Packet fuzzing: a seeded PRNG, a corpus of valid packets of every type for MQTT 3.1.1 and 5.0,
 * and mutators (bytes, lengths, flags, truncation, concatenation, pure noise).
 */
import type { Packet } from 'mqtt-packet';
import { encode, varint } from './raw.ts';

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export class Prng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(maxExclusive: number): number {
    return Math.floor(this.next() * maxExclusive);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
  bytes(n: number): Buffer {
    const b = Buffer.alloc(n);
    for (let i = 0; i < n; i++) b[i] = this.int(256);
    return b;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

const TOPICS = ['fuzz/a', 'fuzz/+/b', 'fuzz/#', '#', '+', '$SYS/x', 'a/b/c/d/e/f', '', '/', 'fuzz/é/ü', 'x'.repeat(300)];

/** Valid packets of every type for `version`, client→server and server→client alike. */
export function corpus(version: 4 | 5, idTag: string): Buffer[] {
  const v5 = version === 5;
  const userProperties = v5 ? { k: 'v', multi: ['1', '2'] } : undefined;
  const out: Packet[] = [
    {
      cmd: 'connect', protocolId: 'MQTT', protocolVersion: version, clientId: `${idTag}-c`, clean: true, keepalive: 5,
      username: 'u', password: Buffer.from('p'),
      will: { topic: 'fuzz/will', payload: Buffer.from('w'), qos: 1, retain: false, ...(v5 ? { properties: { willDelayInterval: 0, contentType: 'x' } } : {}) },
      ...(v5 ? { properties: { sessionExpiryInterval: 10, receiveMaximum: 10, maximumPacketSize: 4096, topicAliasMaximum: 5, userProperties } } : {}),
    },
    { cmd: 'connect', protocolId: 'MQTT', protocolVersion: version, clientId: '', clean: true, keepalive: 0 },
    { cmd: 'connack', sessionPresent: false, ...(v5 ? { reasonCode: 0 } : { returnCode: 0 }) },
    ...([0, 1, 2] as const).map((qos) => ({
      cmd: 'publish' as const, topic: TOPICS[qos]!.replace(/[+#]/g, 'x') || 'fuzz', payload: Buffer.from('hello'), qos, dup: false, retain: qos === 1,
      ...(qos > 0 ? { messageId: 100 + qos } : {}),
      ...(v5 ? { properties: { payloadFormatIndicator: true, messageExpiryInterval: 30, topicAlias: 1, responseTopic: 'r', correlationData: Buffer.from('c'), userProperties, contentType: 't' } } : {}),
    })),
    { cmd: 'publish', topic: 'fuzz/big', payload: Buffer.alloc(300, 7), qos: 0, dup: false, retain: false },
    { cmd: 'puback', messageId: 1, ...(v5 ? { reasonCode: 0x10, properties: { reasonString: 'r' } } : {}) },
    { cmd: 'pubrec', messageId: 2, ...(v5 ? { reasonCode: 0 } : {}) },
    { cmd: 'pubrel', messageId: 2, ...(v5 ? { reasonCode: 0x92 } : {}) },
    { cmd: 'pubcomp', messageId: 2 },
    {
      cmd: 'subscribe', messageId: 3,
      subscriptions: [
        { topic: 'fuzz/+/b', qos: 1, ...(v5 ? { nl: true, rap: true, rh: 2 } : {}) },
        { topic: 'fuzz/#', qos: 2 },
      ],
      ...(v5 ? { properties: { subscriptionIdentifier: 7, userProperties } } : {}),
    },
    { cmd: 'suback', messageId: 3, granted: [0, 1, 2, 128] },
    { cmd: 'unsubscribe', messageId: 4, unsubscriptions: ['fuzz/+/b', 'nope'] },
    { cmd: 'unsuback', messageId: 4, ...(v5 ? { granted: [0, 17] } : {}) },
    { cmd: 'pingreq' },
    { cmd: 'pingresp' },
    { cmd: 'disconnect', ...(v5 ? { reasonCode: 0x04, properties: { sessionExpiryInterval: 0 } } : {}) },
  ] as Packet[];
  if (v5) out.push({ cmd: 'auth', reasonCode: 0x18, properties: { authenticationMethod: 'm', authenticationData: Buffer.from('d') } });
  return out.map((p) => encode(p, version));
}

/** Offset of the first byte after the fixed header, or -1 if the length field is not well formed. */
function bodyStart(b: Buffer): number {
  for (let i = 1; i < Math.min(b.length, 5); i++) if ((b[i]! & 0x80) === 0) return i + 1;
  return -1;
}

export type Mutation =
  | 'valid' | 'flip' | 'flags' | 'type' | 'length' | 'truncate' | 'concat' | 'noise' | 'splice' | 'zero-length';

/** One fuzz item: bytes to write, and what was done (for the report). */
export function mutate(rng: Prng, base: readonly Buffer[]): { kind: Mutation; bytes: Buffer } {
  const src = Buffer.from(rng.pick(base));
  const r = rng.int(100);
  if (r < 12) return { kind: 'valid', bytes: src };
  if (r < 27) {
    const n = 1 + rng.int(4);
    for (let i = 0; i < n; i++) src[rng.int(src.length)] = rng.int(256);
    return { kind: 'flip', bytes: src };
  }
  if (r < 37) {
    src[0] = (src[0]! & 0xf0) | rng.int(16);
    return { kind: 'flags', bytes: src };
  }
  if (r < 45) {
    src[0] = (rng.int(16) << 4) | (src[0]! & 0x0f);
    return { kind: 'type', bytes: src };
  }
  if (r < 60) {
    const start = bodyStart(src);
    const body = start === -1 ? src.subarray(1) : src.subarray(start);
    const choices = [0, 1, body.length - 1, body.length + 1, body.length + rng.int(1000), rng.int(0x0fffffff), 0x0fffffff];
    const len = Math.max(0, rng.pick(choices));
    const lenBytes = rng.chance(0.1) ? Buffer.from([0xff, 0xff, 0xff, 0xff, 0x7f]) : varint(len);
    return { kind: 'length', bytes: Buffer.concat([src.subarray(0, 1), lenBytes, body]) };
  }
  if (r < 72) return { kind: 'truncate', bytes: src.subarray(0, rng.int(src.length)) };
  if (r < 80) {
    const parts: Buffer[] = [src];
    const n = 1 + rng.int(3);
    for (let i = 0; i < n; i++) parts.push(rng.pick(base));
    return { kind: 'concat', bytes: Buffer.concat(parts) };
  }
  if (r < 90) return { kind: 'noise', bytes: rng.bytes(1 + rng.int(64)) };
  if (r < 97) {
    const at = rng.int(src.length + 1);
    const insert = rng.chance(0.5);
    const bytes = insert
      ? Buffer.concat([src.subarray(0, at), rng.bytes(1 + rng.int(8)), src.subarray(at)])
      : Buffer.concat([src.subarray(0, at), src.subarray(Math.min(src.length, at + 1 + rng.int(8)))]);
    return { kind: 'splice', bytes };
  }
  return { kind: 'zero-length', bytes: Buffer.from([src[0]!, 0x00]) };
}
