/**
 * A raw MQTT connection: exact bytes out, every packet in, no client logic (no acks, no pings).
 * For protocol corner cases that a well-behaved client library refuses to produce.
 */
import { connect as netConnect, type Socket } from 'node:net';
import * as mqttPacket from 'mqtt-packet';
import type { IConnackPacket, IConnectPacket, Packet } from 'mqtt-packet';
import type { Broker } from './broker.ts';
import { clientId } from './client.ts';

export type Version = 3 | 4 | 5;

const openSockets = new Set<Socket>();

export class RawClient {
  readonly packets: Packet[] = [];
  /** Every byte received, for checks the parser cannot make (e.g. replies to a bad CONNECT). */
  bytes: Buffer = Buffer.alloc(0);
  parseError: Error | undefined;
  isClosed = false;
  /** Our side's port: what the broker sees as the peer port (kept, as the socket forgets it on close). */
  readonly localPort: number;
  readonly closed: Promise<void>;
  private cursor = 0;
  private wake: (() => void) | undefined;
  private parser: mqttPacket.Parser;

  private constructor(
    readonly socket: Socket,
    readonly version: Version,
  ) {
    this.localPort = socket.localPort ?? 0;
    this.parser = mqttPacket.parser({ protocolVersion: version });
    this.parser.on('packet', (p: Packet) => {
      this.packets.push(p);
      this.notify();
    });
    this.parser.on('error', (err: Error) => {
      this.parseError ??= err;
    });
    socket.on('data', (chunk: Buffer) => {
      this.bytes = Buffer.concat([this.bytes, chunk]);
      this.parser.parse(chunk);
    });
    this.closed = new Promise((res) => {
      socket.once('close', () => {
        this.isClosed = true;
        openSockets.delete(socket);
        this.notify();
        res();
      });
    });
    socket.on('error', () => {});
  }

  static open(broker: Broker, version: Version = 4): Promise<RawClient> {
    return new Promise((resolve, reject) => {
      const socket = netConnect({ host: '127.0.0.1', port: broker.port });
      openSockets.add(socket);
      socket.setNoDelay(true);
      socket.once('connect', () => resolve(new RawClient(socket, version)));
      socket.once('error', reject);
    });
  }

  private notify(): void {
    const w = this.wake;
    this.wake = undefined;
    w?.();
  }

  private changed(ms: number): Promise<void> {
    return new Promise((res) => {
      const t = setTimeout(res, ms);
      const prev = this.wake;
      this.wake = () => {
        clearTimeout(t);
        prev?.();
        res();
      };
    });
  }

  send(packet: Packet): void {
    this.socket.write(mqttPacket.generate(packet, { protocolVersion: this.version }));
  }

  write(bytes: Buffer): void {
    this.socket.write(bytes);
  }

  /** CONNECT with sane defaults and await the CONNACK. */
  async connect(fields: Partial<IConnectPacket> = {}, timeoutMs = 5000): Promise<IConnackPacket> {
    this.send({
      cmd: 'connect',
      protocolId: this.version === 3 ? 'MQIsdp' : 'MQTT',
      protocolVersion: this.version,
      clientId: clientId('raw'),
      clean: true,
      keepalive: 30,
      ...fields,
    } as IConnectPacket);
    const p = await this.next(timeoutMs);
    if (p.cmd !== 'connack') throw new Error(`expected CONNACK, got ${p.cmd}`);
    return p;
  }

  /** The next packet not yet taken; rejects on timeout or when the connection closes first. */
  async next(timeoutMs = 5000): Promise<Packet> {
    const deadline = Date.now() + timeoutMs;
    while (this.cursor >= this.packets.length) {
      if (this.isClosed) throw new Error(`connection closed while waiting for a packet${this.parseError ? ` (parse error: ${this.parseError.message})` : ''}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no packet within ${timeoutMs} ms`);
      await this.changed(left);
    }
    return this.packets[this.cursor++]!;
  }

  /** The next packet of kind `cmd`, skipping PINGRESPs only. */
  async expect<C extends Packet['cmd']>(cmd: C, timeoutMs = 5000): Promise<Extract<Packet, { cmd: C }>> {
    for (;;) {
      const p = await this.next(timeoutMs);
      if (p.cmd === cmd) return p as Extract<Packet, { cmd: C }>;
      if (p.cmd !== 'pingresp') throw new Error(`expected ${cmd}, got ${p.cmd}`);
    }
  }

  /** Packets received but not yet taken with next(). */
  unread(): Packet[] {
    return this.packets.slice(this.cursor);
  }

  /**
   * Resolves with the packets that arrived before the broker closed the connection, or rejects
   * after `timeoutMs` if it stays open.
   */
  async waitClosed(timeoutMs = 5000): Promise<Packet[]> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, rej) => {
      timer = setTimeout(() => rej(new Error(`connection still open after ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([this.closed, timeout]);
    } finally {
      clearTimeout(timer);
    }
    return this.unread();
  }

  destroy(): void {
    this.socket.destroy();
  }
}

export function destroyAllRaw(): void {
  for (const s of openSockets) s.destroy();
  openSockets.clear();
}

/** Encodes one packet for `version` (mqtt-packet's generator). */
export function encode(packet: Packet, version: Version = 4): Buffer {
  return mqttPacket.generate(packet, { protocolVersion: version });
}

/** MQTT variable byte integer (remaining length). */
export function varint(n: number): Buffer {
  const out: number[] = [];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    out.push(b);
  } while (n > 0);
  return Buffer.from(out);
}

function utf8Field(s: string): Buffer {
  const b = Buffer.from(s, 'utf8');
  const len = Buffer.alloc(2);
  len.writeUInt16BE(b.length);
  return Buffer.concat([len, b]);
}

/** A CONNECT built by hand, so the protocol name and level can be anything. */
export function connectBytes(opts: { protocolName?: string; level: number; clientId: string; clean?: boolean; keepalive?: number }): Buffer {
  const flags = opts.clean === false ? 0x00 : 0x02;
  const ka = Buffer.alloc(2);
  ka.writeUInt16BE(opts.keepalive ?? 30);
  const props = opts.level === 5 ? Buffer.from([0]) : Buffer.alloc(0);
  const body = Buffer.concat([
    utf8Field(opts.protocolName ?? 'MQTT'),
    Buffer.from([opts.level, flags]),
    ka,
    props,
    utf8Field(opts.clientId),
  ]);
  return Buffer.concat([Buffer.from([0x10]), varint(body.length), body]);
}
