/**
 * A byte-level MQTT client for tests that need what a real client library hides: malformed
 * or duplicate packets, withheld acknowledgements, a socket that stops reading.
 */
import { connect, type Socket } from 'node:net';
import { generate, parser, type IConnectPacket, type Packet } from 'mqtt-packet';

export class RawClient {
  readonly packets: Packet[] = [];
  closed = false;
  parseError: Error | null = null;
  private waiters: { match: (p: Packet) => boolean; resolve: (p: Packet) => void }[] = [];
  private closeWaiters: (() => void)[] = [];
  private readonly parser;

  private constructor(
    readonly socket: Socket,
    public protocolVersion: number,
  ) {
    this.parser = parser({ protocolVersion });
    this.parser.on('packet', (p: Packet) => {
      this.packets.push(p);
      this.waiters = this.waiters.filter((w) => {
        if (!w.match(p)) return true;
        w.resolve(p);
        return false;
      });
    });
    this.parser.on('error', (e: Error) => (this.parseError = e));
    socket.on('data', (d: Buffer) => this.parser.parse(d));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      this.closed = true;
      for (const w of this.closeWaiters) w();
      this.closeWaiters = [];
    });
  }

  static open(port: number, protocolVersion = 4): Promise<RawClient> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => resolve(new RawClient(socket, protocolVersion)));
      socket.once('error', reject);
    });
  }

  /** Opens and sends CONNECT; resolves with the CONNACK. */
  static async connect(port: number, connect: Omit<IConnectPacket, 'cmd'> & { protocolVersion?: 3 | 4 | 5 }): Promise<{ client: RawClient; connack: Packet }> {
    const version = connect.protocolVersion ?? 4;
    const client = await RawClient.open(port, version);
    client.send({ cmd: 'connect', protocolId: version === 3 ? 'MQIsdp' : 'MQTT', ...connect, protocolVersion: version });
    const connack = await client.next('connack');
    return { client, connack };
  }

  send(packet: Packet): void {
    this.socket.write(generate(packet, { protocolVersion: this.protocolVersion }));
  }

  sendRaw(bytes: Buffer | number[]): void {
    this.socket.write(Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes));
  }

  /** The next packet of `cmd` not yet taken (or already received), within `ms`. */
  next(cmd: Packet['cmd'], ms = 3000, where: (p: Packet) => boolean = () => true): Promise<Packet> {
    const i = this.packets.findIndex((p) => p.cmd === cmd && where(p));
    if (i !== -1) return Promise.resolve(this.packets.splice(i, 1)[0]!);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${cmd} within ${ms} ms (got ${this.packets.map((p) => p.cmd).join(',') || 'nothing'})`)), ms);
      this.waiters.push({
        match: (p) => p.cmd === cmd && where(p),
        resolve: (p) => {
          clearTimeout(timer);
          this.packets.splice(this.packets.indexOf(p), 1);
          resolve(p);
        },
      });
    });
  }

  /** Resolves when the server closed the connection, rejects after `ms`. */
  waitClosed(ms = 3000): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`connection still open after ${ms} ms`)), ms);
      this.closeWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  take(cmd: Packet['cmd']): Packet[] {
    const out = this.packets.filter((p) => p.cmd === cmd);
    for (const p of out) this.packets.splice(this.packets.indexOf(p), 1);
    return out;
  }

  destroy(): void {
    this.socket.destroy();
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls `cond` every 10 ms until true, failing after `ms`. */
export async function until(cond: () => boolean, ms = 3000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}
