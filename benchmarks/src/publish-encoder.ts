/**
 * Encodes a batch of QoS 0/1 PUBLISH packets for one topic into a single buffer, so a batch is
 * one socket write. Each packet is a copy of a prebuilt template with the probe fields filled in.
 */
import { PROBE_BYTES, SEQ_OFFSET, STAMP_OFFSET, STREAM_OFFSET } from './payload.ts';

const MAX_REMAINING_LENGTH = 268_435_455;

function remainingLengthBytes(length: number): number[] {
  const bytes: number[] = [];
  let rest = length;
  do {
    let byte = rest % 128;
    rest = Math.floor(rest / 128);
    if (rest > 0) byte |= 0x80;
    bytes.push(byte);
  } while (rest > 0);
  return bytes;
}

export class PublishEncoder {
  /** Size of one encoded packet. */
  readonly packetBytes: number;
  private readonly template: Buffer;
  /** Offset of the packet id inside a packet, -1 at QoS 0. */
  private readonly packetIdAt: number;
  private readonly payloadAt: number;

  constructor(topic: string, qos: 0 | 1, payloadBytes: number, stream: number) {
    if (payloadBytes < PROBE_BYTES) throw new RangeError(`payload must be at least ${PROBE_BYTES} B, got ${payloadBytes}`);
    const topicBytes = Buffer.from(topic, 'utf8');
    if (topicBytes.length === 0 || topicBytes.length > 0xffff) throw new RangeError(`topic length ${topicBytes.length} out of range`);
    const remaining = 2 + topicBytes.length + (qos === 1 ? 2 : 0) + payloadBytes;
    if (remaining > MAX_REMAINING_LENGTH) throw new RangeError(`packet of ${remaining} B is too large`);
    const lengthBytes = remainingLengthBytes(remaining);
    this.packetBytes = 1 + lengthBytes.length + remaining;
    const t = Buffer.alloc(this.packetBytes);
    let at = 0;
    t[at++] = 0x30 | (qos << 1);
    for (const byte of lengthBytes) t[at++] = byte;
    t.writeUInt16BE(topicBytes.length, at);
    at += 2;
    at += topicBytes.copy(t, at);
    this.packetIdAt = qos === 1 ? at : -1;
    if (qos === 1) at += 2;
    this.payloadAt = at;
    t.writeUInt32LE(stream, at + STREAM_OFFSET);
    this.template = t;
  }

  /**
   * Encodes `count` packets with sequence numbers from `firstSeq`, all stamped `stampMs`
   * (they leave in one write). At QoS 1, `packetIds[i]` is the id of the i-th packet.
   */
  encode(count: number, firstSeq: number, stampMs: number, packetIds: Uint16Array | null): Buffer {
    const size = this.packetBytes;
    const out = Buffer.allocUnsafe(count * size);
    for (let i = 0; i < count; i++) {
      const base = i * size;
      this.template.copy(out, base);
      if (this.packetIdAt >= 0) {
        if (packetIds === null) throw new Error('QoS 1 packets need packet ids');
        out.writeUInt16BE(packetIds[i], base + this.packetIdAt);
      }
      const payload = base + this.payloadAt;
      out.writeDoubleLE(stampMs, payload + STAMP_OFFSET);
      out.writeUInt32LE((firstSeq + i) >>> 0, payload + SEQ_OFFSET);
    }
    return out;
  }
}
