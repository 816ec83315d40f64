/**
 * TLS and WebSocket transports under the proxy's flow control: socket backpressure reaches
 * delivery on both (bounded backlog, nothing lost), and close() neither waits for handshakes
 * that never finish nor skips the MQTT 5 goodbye on either transport. The WebSocket adapter's
 * own contract (buffered bytes, one message per cork) is in websocket-transport.test.ts.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { connect as netConnect, type Socket } from 'node:net';
import { after, before, test } from 'node:test';
import { connect as tlsConnect } from 'node:tls';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generate, parser as mqttParser, type IPublishPacket, type Packet } from 'mqtt-packet';
import { WebSocket } from 'ws';
import type { WharfConfig } from '@wharf/core';
import type { ListenerPorts } from '../src/proxy.ts';
import { startBroker, type TestBroker } from './support/broker.ts';
import { RawClient, sleep, until } from './support/raw-client.ts';

const FIXTURES = fileURLToPath(new URL('../../../tests/fixtures/tls/', import.meta.url));
const CA = readFileSync(join(FIXTURES, 'ca.pem'));
const TLS_CONFIG: Partial<WharfConfig> = { tlsPort: 0, tlsCert: join(FIXTURES, 'server.pem'), tlsKey: join(FIXTURES, 'server-key.pem'), wsPort: 0 };
const HIGH_WATER = 16 * 1024;

type Kind = 'tls' | 'ws';

/** An MQTT client over TLS or WebSocket whose reading can be paused. */
class Client {
  readonly packets: Packet[] = [];
  private waiters: (() => void)[] = [];
  closed = false;

  private constructor(
    private readonly sendBytes: (b: Buffer) => void,
    readonly pause: () => void,
    readonly resume: () => void,
    readonly destroy: () => void,
  ) {}

  static async open(kind: Kind, ports: ListenerPorts, version: 4 | 5 = 4): Promise<Client> {
    const parse = mqttParser({ protocolVersion: version });
    let client: Client;
    if (kind === 'tls') {
      const socket = tlsConnect({ host: '127.0.0.1', port: ports.tlsPort!, ca: [CA] });
      await new Promise<void>((res, rej) => (socket.once('secureConnect', res), socket.once('error', rej)));
      client = new Client((b) => socket.write(b), () => socket.pause(), () => socket.resume(), () => socket.destroy());
      socket.on('data', (d: Buffer) => parse.parse(d));
      socket.on('close', () => client.onClose());
    } else {
      const ws = new WebSocket(`ws://127.0.0.1:${ports.wsPort!}/mqtt`, ['mqtt']);
      await new Promise<void>((res, rej) => (ws.once('open', () => res()), ws.once('error', rej)));
      client = new Client((b) => ws.send(b), () => ws.pause(), () => ws.resume(), () => ws.terminate());
      ws.on('message', (d: Buffer) => parse.parse(d));
      ws.on('close', () => client.onClose());
    }
    parse.on('packet', (p: Packet) => client.onPacket(p));
    return client;
  }

  private onPacket(p: Packet): void {
    this.packets.push(p);
    for (const w of this.waiters.splice(0)) w();
  }

  private onClose(): void {
    this.closed = true;
    for (const w of this.waiters.splice(0)) w();
  }

  send(p: Packet, version: 4 | 5 = 4): void {
    this.sendBytes(generate(p, { protocolVersion: version }));
  }

  async next(cmd: Packet['cmd'], ms = 5000): Promise<Packet> {
    const deadline = Date.now() + ms;
    for (;;) {
      const i = this.packets.findIndex((p) => p.cmd === cmd);
      if (i !== -1) return this.packets.splice(i, 1)[0]!;
      const left = deadline - Date.now();
      if (left <= 0 || this.closed) throw new Error(`no ${cmd} within ${ms} ms (closed: ${this.closed})`);
      await new Promise<void>((res) => {
        const t = setTimeout(res, left);
        this.waiters.push(() => (clearTimeout(t), res()));
      });
    }
  }
}

let broker: TestBroker;
let ports: ListenerPorts;
before(async () => {
  broker = await startBroker({ config: { ...TLS_CONFIG, socketHighWater: HIGH_WATER } });
  ports = await broker.proxy.listenAll();
  assert.equal(typeof ports.tlsPort, 'number');
  assert.equal(typeof ports.wsPort, 'number');
});
after(() => broker.close());

for (const kind of ['tls', 'ws'] as const) {
  test(`${kind}: socket backpressure pauses delivery to a subscriber that does not read, and loses nothing`, async () => {
    const id = `stalled-${kind}`;
    const topic = `bp/${kind}`;
    const s = await Client.open(kind, ports);
    s.send({ cmd: 'connect', protocolId: 'MQTT', protocolVersion: 4, clean: true, clientId: id, keepalive: 0 });
    await s.next('connack');
    s.send({ cmd: 'subscribe', messageId: 1, subscriptions: [{ topic, qos: 0 }] });
    await s.next('suback');
    s.pause();
    const { client: p } = await RawClient.connect(broker.port, { clientId: `pub-${kind}`, clean: true, keepalive: 0 });
    const total = 4000;
    const payload = 'x'.repeat(2000);
    const frames: Buffer[] = [];
    for (let i = 0; i < total; i++) frames.push(generate({ cmd: 'publish', topic, payload: `${i}:${payload}`, qos: 0, retain: false, dup: false }));
    p.sendRaw(Buffer.concat(frames));
    await until(() => broker.proxy.connections().some((c) => c.clientId === id && c.blocked), 5000, 'delivery blocked');
    await sleep(200);
    const info = broker.proxy.connections().find((c) => c.clientId === id)!;
    // One pump may overshoot the high-water mark by a message, never by the backlog.
    assert.ok(info.backlog < HIGH_WATER + 8 * 1024, `backlog ${info.backlog}`);
    s.resume();
    const got: number[] = [];
    while (got.length < total) got.push(Number(Buffer.from(((await s.next('publish')) as IPublishPacket).payload).toString().split(':')[0]));
    assert.deepEqual(got, Array.from({ length: total }, (_, i) => i));
    s.destroy();
    p.destroy();
  });
}

test('close(): MQTT 5 clients on TLS and WebSocket get DISCONNECT 0x8B; unfinished handshakes do not hold it up', async () => {
  // A connect timeout far above the wait below: close() must drop half-open handshakes itself.
  const b = await startBroker({ config: { ...TLS_CONFIG, connectTimeoutMs: 60_000 } });
  try {
    const p = await b.proxy.listenAll();
    const clients: Client[] = [];
    for (const kind of ['tls', 'ws'] as const) {
      const c = await Client.open(kind, p, 5);
      c.send({ cmd: 'connect', protocolId: 'MQTT', protocolVersion: 5, clean: true, clientId: `bye-${kind}`, keepalive: 0 }, 5);
      await c.next('connack');
      clients.push(c);
    }
    // Connected at TCP level, silent: a TLS handshake and an HTTP request that never come.
    const idle: Socket[] = [netConnect(p.tlsPort!, '127.0.0.1'), netConnect(p.wsPort!, '127.0.0.1')];
    const idleClosed = idle.map((s) => new Promise<void>((res) => s.once('close', () => res())));
    for (const s of idle) {
      s.on('error', () => undefined);
      s.resume();
      await new Promise<void>((res) => s.once('connect', () => res()));
    }
    await sleep(50);
    const t0 = Date.now();
    await b.stop();
    const took = Date.now() - t0;
    assert.ok(took < 5000, `close() took ${took} ms`);
    for (const c of clients) {
      const d = await c.next('disconnect');
      assert.equal((d as { reasonCode?: number }).reasonCode, 0x8b);
    }
    // Closed by the server, not by us.
    await Promise.all(idleClosed);
  } finally {
    await b.close();
  }
});
