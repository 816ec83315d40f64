/**
 * A lean MQTT 3.1.1 client for load generation: raw `net`, control packets encoded by
 * mqtt-packet, and a hand-written frame reader for the hot path. mqtt-packet's parser does
 * ~680k packets/s on this machine, which alone would eat most of the generator's core at
 * fan-out rates; reading PUBLISH/PUBACK frames in place costs a few array reads each and never
 * copies a payload. Acks for one read are batched into one write.
 */
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import mqttPacket from 'mqtt-packet';

const PACKET_CONNACK = 2;
const PACKET_PUBLISH = 3;
const PACKET_PUBACK = 4;
const PACKET_SUBACK = 9;
const PACKET_PINGRESP = 13;

/** Acks collected per read before they are written; a read rarely holds more. */
const MAX_BATCHED_ACKS = 512;
/** Largest frame we accept from a broker; benchmark frames are tiny. */
const MAX_FRAME_BYTES = 1 << 20;
/** One read buffer for every socket: reads are handled synchronously, one at a time. */
const READ_BUFFER = Buffer.allocUnsafe(64 * 1024);

/**
 * Sockets paused after a read, resumed together by one timer. A broker that writes each message
 * with its own syscall would otherwise cost us one read per message; waiting a moment lets the
 * kernel gather them, at the price of that much added latency.
 */
const coalescing: net.Socket[] = [];
let coalesceTimer: NodeJS.Timeout | null = null;

function resumeCoalesced(): void {
  coalesceTimer = null;
  const sockets = coalescing.splice(0);
  for (const socket of sockets) if (!socket.destroyed) socket.resume();
}

function pauseForCoalescing(socket: net.Socket, delayMs: number): void {
  coalescing.push(socket);
  if (coalesceTimer === null) coalesceTimer = setTimeout(resumeCoalesced, delayMs);
}

export interface ClientOptions {
  host: string;
  port: number;
  clientId: string;
  /** Seconds; a PINGREQ goes out at half this interval. */
  keepaliveSec?: number;
  connectTimeoutMs?: number;
}

/**
 * Called for each PUBLISH with the frame's buffer and the payload bounds, so the payload is read
 * in place. `now` is `performance.now()` taken once per socket read.
 */
export type PublishHandler = (frame: Buffer, payloadStart: number, payloadEnd: number, now: number) => void;
export type PubackHandler = (packetId: number, now: number) => void;

export class ProtocolError extends Error {}

interface PendingSubscribe {
  resolve: (granted: number[]) => void;
  reject: (err: Error) => void;
}

export class BenchClient {
  readonly clientId: string;
  onPublish: PublishHandler = () => {};
  onPuback: PubackHandler = () => {};
  /** The socket accepts writes again after a write returned false. */
  onDrain: () => void = () => {};
  /** The connection ended; `error` is set when it was not our doing. */
  onClose: (error: Error | null) => void = () => {};
  /**
   * After each read, stop reading for this many ms so the next read holds more messages
   * (0: read as soon as data arrives). Adds up to this much latency; never use it where acks
   * gate the sender's window.
   */
  coalesceReadsMs = 0;

  private readonly socket: net.Socket;
  private readonly options: ClientOptions;
  private partial: Buffer | null = null;
  private acks: Buffer | null = null;
  private ackCount = 0;
  private connackWaiter: { resolve: () => void; reject: (err: Error) => void } | null = null;
  private readonly subscribes = new Map<number, PendingSubscribe>();
  private nextSubscribeId = 1;
  private pingTimer: NodeJS.Timeout | null = null;
  private closing = false;
  private failure: Error | null = null;

  private constructor(options: ClientOptions) {
    this.options = options;
    this.clientId = options.clientId;
    // `onread` hands each read to us directly in a reused buffer, skipping the Readable
    // machinery, which costs more than the parsing itself when reads hold one message.
    this.socket = net.connect({
      port: options.port,
      host: options.host,
      noDelay: true,
      onread: {
        buffer: READ_BUFFER,
        callback: (bytes: number, buf: Uint8Array): boolean => {
          this.onData(buf as Buffer, bytes);
          // A full buffer means more is waiting: keep reading.
          if (this.coalesceReadsMs === 0 || bytes === READ_BUFFER.length || this.socket.destroyed) return true;
          pauseForCoalescing(this.socket, this.coalesceReadsMs);
          return false;
        },
      },
    });
    this.socket.on('drain', () => this.onDrain());
    this.socket.on('error', (err) => this.fail(err));
    this.socket.on('close', () => {
      if (this.pingTimer !== null) clearInterval(this.pingTimer);
      const err = this.closing ? null : (this.failure ?? new Error(`${this.clientId}: connection closed by broker`));
      this.rejectPending(err ?? new Error(`${this.clientId}: closed`));
      this.onClose(err);
    });
  }

  /** Opens the TCP connection, sends CONNECT (clean session) and waits for a successful CONNACK. */
  static async connect(options: ClientOptions): Promise<BenchClient> {
    const client = new BenchClient(options);
    await client.handshake();
    return client;
  }

  private handshake(): Promise<void> {
    const { host, port, clientId } = this.options;
    const keepalive = this.options.keepaliveSec ?? 60;
    const timeoutMs = this.options.connectTimeoutMs ?? 10_000;
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.socket.destroy();
        reject(new Error(`${clientId}: no CONNACK from ${host}:${port} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.connackWaiter = {
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
        reject: (err) => {
          clearTimeout(timer);
          reject(err);
        },
      };
      this.socket.once('connect', () => {
        const connect = mqttPacket.generate({
          cmd: 'connect',
          protocolId: 'MQTT',
          protocolVersion: 4,
          clean: true,
          clientId,
          keepalive,
        });
        this.socket.write(connect);
      });
      if (keepalive > 0) {
        const ping = mqttPacket.generate({ cmd: 'pingreq' });
        this.pingTimer = setInterval(() => this.socket.write(ping), (keepalive * 1000) / 2);
        this.pingTimer.unref();
      }
    });
  }

  /** Subscribes to one filter and resolves with the granted QoS; a refusal (0x80) rejects. */
  subscribe(filter: string, qos: 0 | 1): Promise<number> {
    const messageId = this.nextSubscribeId++;
    if (this.nextSubscribeId > 0xffff) this.nextSubscribeId = 1;
    return new Promise<number>((resolve, reject) => {
      this.subscribes.set(messageId, {
        resolve: (granted) => {
          const code = granted[0];
          if (code === undefined || code > 2) reject(new Error(`${this.clientId}: subscription to ${filter} refused (0x${(code ?? 0x80).toString(16)})`));
          else resolve(code);
        },
        reject,
      });
      this.socket.write(mqttPacket.generate({ cmd: 'subscribe', messageId, subscriptions: [{ topic: filter, qos }] }));
    });
  }

  /** Writes pre-encoded packets; `flushed` runs once the bytes reached the kernel. */
  write(packets: Buffer, flushed?: (err?: Error | null) => void): boolean {
    return this.socket.write(packets, flushed);
  }

  /** Bytes accepted by `write` that have not yet reached the kernel. */
  get writableLength(): number {
    return this.socket.writableLength;
  }

  /** True after a write returned false until 'drain'. */
  get needsDrain(): boolean {
    return this.socket.writableNeedDrain;
  }

  get closed(): boolean {
    return this.socket.destroyed;
  }

  /** Sends DISCONNECT and closes; never waits more than `timeoutMs`. */
  close(timeoutMs = 1000): Promise<void> {
    this.closing = true;
    if (this.socket.destroyed) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => this.socket.destroy(), timeoutMs);
      this.socket.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      this.socket.end(mqttPacket.generate({ cmd: 'disconnect' }));
    });
  }

  private fail(err: Error): void {
    if (this.failure === null) this.failure = err;
    this.socket.destroy();
  }

  private rejectPending(err: Error): void {
    if (this.connackWaiter !== null) {
      this.connackWaiter.reject(err);
      this.connackWaiter = null;
    }
    for (const pending of this.subscribes.values()) pending.reject(err);
    this.subscribes.clear();
  }

  /** `chunk` may be the shared read buffer: nothing may keep a reference to it after return. */
  private onData(chunk: Buffer, length: number): void {
    const now = performance.now();
    let buf = chunk;
    if (this.partial !== null) {
      buf = Buffer.concat([this.partial, chunk.subarray(0, length)]);
      this.partial = null;
    }
    const end = buf === chunk ? length : buf.length;
    let off = 0;
    while (end - off >= 2) {
      // Remaining length: 1-4 bytes of 7-bit groups, least significant first.
      let remaining = 0;
      let multiplier = 1;
      let cursor = off + 1;
      let complete = false;
      for (let i = 0; i < 4 && cursor < end; i++) {
        const byte = buf[cursor++];
        remaining += (byte & 0x7f) * multiplier;
        if ((byte & 0x80) === 0) {
          complete = true;
          break;
        }
        multiplier *= 128;
      }
      if (!complete) {
        if (cursor - off > 4) return this.fail(new ProtocolError(`${this.clientId}: malformed remaining length`));
        break;
      }
      if (remaining > MAX_FRAME_BYTES) return this.fail(new ProtocolError(`${this.clientId}: ${remaining} B frame exceeds ${MAX_FRAME_BYTES} B`));
      const frameEnd = cursor + remaining;
      if (frameEnd > end) break;
      const failure = this.dispatch(buf, buf[off], cursor, frameEnd, now);
      if (failure !== null) return this.fail(failure);
      off = frameEnd;
    }
    // Copied: the read buffer is reused by the next read of any socket.
    if (off < end) this.partial = Buffer.from(buf.subarray(off, end));
    this.flushAcks();
  }

  private dispatch(buf: Buffer, header: number, start: number, end: number, now: number): Error | null {
    switch (header >> 4) {
      case PACKET_PUBLISH: {
        const qos = (header >> 1) & 3;
        let cursor = start + 2 + buf.readUInt16BE(start);
        if (qos === 0) {
          this.onPublish(buf, cursor, end, now);
          return null;
        }
        if (qos !== 1) return new ProtocolError(`${this.clientId}: unexpected QoS ${qos} PUBLISH`);
        const packetId = buf.readUInt16BE(cursor);
        cursor += 2;
        this.onPublish(buf, cursor, end, now);
        this.queueAck(packetId);
        return null;
      }
      case PACKET_PUBACK:
        this.onPuback(buf.readUInt16BE(start), now);
        return null;
      case PACKET_CONNACK: {
        const code = buf[start + 1];
        const waiter = this.connackWaiter;
        this.connackWaiter = null;
        if (waiter === null) return new ProtocolError(`${this.clientId}: unexpected CONNACK`);
        if (code !== 0) {
          const err = new Error(`${this.clientId}: CONNACK refused with code ${code}`);
          waiter.reject(err);
          return err;
        }
        waiter.resolve();
        return null;
      }
      case PACKET_SUBACK: {
        const messageId = buf.readUInt16BE(start);
        const pending = this.subscribes.get(messageId);
        if (pending === undefined) return new ProtocolError(`${this.clientId}: SUBACK for unknown id ${messageId}`);
        this.subscribes.delete(messageId);
        pending.resolve(Array.from(buf.subarray(start + 2, end)));
        return null;
      }
      case PACKET_PINGRESP:
        return null;
      default:
        return new ProtocolError(`${this.clientId}: unexpected packet type ${header >> 4}`);
    }
  }

  private queueAck(packetId: number): void {
    if (this.acks === null) this.acks = Buffer.allocUnsafe(MAX_BATCHED_ACKS * 4);
    const at = this.ackCount * 4;
    this.acks[at] = PACKET_PUBACK << 4;
    this.acks[at + 1] = 2;
    this.acks.writeUInt16BE(packetId, at + 2);
    if (++this.ackCount === MAX_BATCHED_ACKS) this.flushAcks();
  }

  private flushAcks(): void {
    if (this.ackCount === 0 || this.acks === null) return;
    // The buffer is handed to the socket as is, so the next batch gets a fresh one.
    this.socket.write(this.acks.subarray(0, this.ackCount * 4));
    this.acks = null;
    this.ackCount = 0;
  }
}
