/**
 * Cuts a byte stream into whole MQTT packets. The size limit is checked on the fixed header's
 * remaining length, before any of the body is buffered. Packets inside one socket chunk are
 * views of it (no copy); only a packet split across chunks is assembled into its own buffer.
 */

export interface FrameSink {
  /** A complete packet: fixed header of `headerLen` bytes, then the body. */
  frame(frame: Buffer, headerLen: number): void;
  /**
   * The packet announced `size` bytes, over the limit; the stream is unusable now. `head` holds
   * whatever of the packet had arrived (fixed header first), for a protocol-aware refusal.
   */
  tooLarge(size: number, type: number, head: Buffer, headerLen: number): void;
  malformed(reason: string): void;
}

/** Longest fixed header: 1 type byte + 4 remaining-length bytes. */
const MAX_HEADER = 5;

export class Framer {
  /** Bytes of a fixed header that was cut off at the end of a chunk. */
  private head: Buffer | null = null;
  /** A packet being assembled across chunks. */
  private body: Buffer | null = null;
  private bodyHeaderLen = 0;
  private filled = 0;
  private failed = false;

  constructor(
    private maxPacketSize: number,
    private readonly sink: FrameSink,
  ) {}

  setMaxPacketSize(n: number): void {
    this.maxPacketSize = n;
  }

  /** Stops emitting frames: the connection is being closed. */
  stop(): void {
    this.failed = true;
    this.head = null;
    this.body = null;
  }

  push(input: Buffer): void {
    if (this.failed) return;
    let chunk = input;
    let pos = 0;
    if (this.body !== null) {
      const body = this.body;
      const n = Math.min(body.length - this.filled, chunk.length);
      chunk.copy(body, this.filled, 0, n);
      this.filled += n;
      if (this.filled < body.length) return;
      this.body = null;
      pos = n;
      this.sink.frame(body, this.bodyHeaderLen);
      if (this.failed) return;
    } else if (this.head !== null) {
      chunk = Buffer.concat([this.head, chunk]);
      this.head = null;
    }
    const end = chunk.length;
    while (pos < end) {
      // Fixed header: type byte, then the remaining length as a variable byte integer.
      let remaining = 0;
      let mul = 1;
      let i = pos + 1;
      let complete = false;
      while (i < end && i - pos < MAX_HEADER) {
        const byte = chunk[i++]!;
        remaining += (byte & 0x7f) * mul;
        mul *= 128;
        if ((byte & 0x80) === 0) {
          complete = true;
          break;
        }
      }
      if (!complete) {
        if (i - pos >= MAX_HEADER) {
          this.failed = true;
          this.sink.malformed('remaining length longer than 4 bytes');
          return;
        }
        this.head = Buffer.from(chunk.subarray(pos, end));
        return;
      }
      const headerLen = i - pos;
      const total = headerLen + remaining;
      if (total > this.maxPacketSize) {
        this.failed = true;
        this.sink.tooLarge(total, chunk[pos]! >> 4, chunk.subarray(pos, end), headerLen);
        return;
      }
      if (end - pos >= total) {
        const frame = chunk.subarray(pos, pos + total);
        pos += total;
        this.sink.frame(frame, headerLen);
        if (this.failed) return;
      } else {
        const body = Buffer.allocUnsafe(total);
        chunk.copy(body, 0, pos, end);
        this.body = body;
        this.bodyHeaderLen = headerLen;
        this.filled = end - pos;
        return;
      }
    }
  }
}
