/**
 * TLS and WebSocket listeners beside plain TCP (MQTT 5 §6, 3.1.1 §6): round trips on each,
 * delivery across them, HTTP answers of the WebSocket port, packets cut across WebSocket frames,
 * handshakes that fail, mutual TLS, and the configuration errors. Certificates: fixtures/tls
 * (test-only, see generate.sh there).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { connect as tcpConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { generate, parser as mqttParser, type IConnackPacket, type IPublishPacket, type Packet } from 'mqtt-packet';
import { WebSocket } from 'ws';
import {
  REPO_ROOT, VERSIONS, clientId, collect, connect, shutdown, startBroker, versionName, wharfOnly, within, type Broker, type ConnectOptions,
} from './harness/index.ts';

const SKIP = wharfOnly('TLS and WebSocket listeners are set up by wharf flags');
const FIXTURES = join(REPO_ROOT, 'tests', 'fixtures', 'tls');
const pem = (name: string): Buffer => readFileSync(join(FIXTURES, name));
const CA = pem('ca.pem');
const TLS_ARGS = ['--tls-port', '0', '--tls-cert', join(FIXTURES, 'server.pem'), '--tls-key', join(FIXTURES, 'server-key.pem')];

interface Ports {
  tlsPort: number;
  wsPort: number;
}

/** Ports of the newest ready line. */
function listenerPorts(broker: Broker): Ports {
  const lines = broker.logs();
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!lines[i]!.includes('"ready"')) continue;
    const rec = JSON.parse(lines[i]!) as { msg?: string; tlsPort?: number; wsPort?: number };
    if (rec.msg !== 'ready') continue;
    assert.equal(typeof rec.tlsPort, 'number', 'ready line reports tlsPort');
    assert.equal(typeof rec.wsPort, 'number', 'ready line reports wsPort');
    return { tlsPort: rec.tlsPort!, wsPort: rec.wsPort! };
  }
  throw new Error('no ready line');
}

const viaTls = (p: Ports, extra: ConnectOptions = {}): ConnectOptions => ({ protocol: 'mqtts', host: '127.0.0.1', port: p.tlsPort, ca: [CA], rejectUnauthorized: true, ...extra });
const viaWs = (p: Ports, extra: ConnectOptions = {}): ConnectOptions => ({ protocol: 'ws', host: '127.0.0.1', port: p.wsPort, path: '/mqtt', ...extra });

/** MQTT packets over a raw WebSocket: exact control of frames and messages. */
class WsMqtt {
  readonly packets: Packet[] = [];
  private waiters: (() => void)[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;

  private constructor(readonly ws: WebSocket) {
    const parse = mqttParser({ protocolVersion: 4 });
    parse.on('packet', (p: Packet) => {
      this.packets.push(p);
      for (const w of this.waiters.splice(0)) w();
    });
    ws.on('message', (data: Buffer) => parse.parse(data));
    ws.on('error', () => undefined);
    this.closed = new Promise((res) => ws.on('close', (code, reason) => res({ code, reason: reason.toString() })));
  }

  static open(port: number, protocols: string[] = ['mqtt'], path = '/mqtt'): Promise<WsMqtt> {
    const ws = new WebSocket(`ws://127.0.0.1:${port}${path}`, protocols);
    return new Promise((res, rej) => {
      ws.once('open', () => res(new WsMqtt(ws)));
      ws.once('error', rej);
    });
  }

  async next(cmd: Packet['cmd'], timeoutMs = 5000): Promise<Packet> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const i = this.packets.findIndex((p) => p.cmd === cmd);
      if (i !== -1) return this.packets.splice(i, 1)[0]!;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no ${cmd} within ${timeoutMs} ms (got ${this.packets.map((p) => p.cmd).join(', ') || 'nothing'})`);
      await new Promise<void>((res) => {
        const t = setTimeout(res, left);
        this.waiters.push(() => (clearTimeout(t), res()));
      });
    }
  }
}

const bytes = (p: Packet): Buffer => generate(p, { protocolVersion: 4 });
const connectPacket = (id: string): Packet => ({ cmd: 'connect', protocolId: 'MQTT', protocolVersion: 4, clean: true, clientId: id, keepalive: 30 });

/** Status of an HTTP request to the WebSocket port (with upgrade headers when asked). */
function httpStatus(port: number, path: string, upgrade: boolean): Promise<number> {
  const headers: Record<string, string> = upgrade
    ? { connection: 'Upgrade', upgrade: 'websocket', 'sec-websocket-version': '13', 'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==', 'sec-websocket-protocol': 'mqtt' }
    : {};
  return new Promise((res, rej) => {
    const req = request({ host: '127.0.0.1', port, path, headers, agent: false }, (resp) => {
      resp.resume();
      res(resp.statusCode ?? 0);
    });
    req.on('upgrade', (resp, socket) => {
      socket.destroy();
      res(resp.statusCode ?? 0);
    });
    req.on('error', rej);
    req.end();
  });
}

describe('listeners: TLS and WebSocket beside TCP', { skip: SKIP }, () => {
  let broker: Broker;
  let ports: Ports;
  before(async () => {
    broker = await startBroker({ args: [...TLS_ARGS, '--ws-port', '0'] });
    ports = listenerPorts(broker);
  });
  after(() => shutdown(broker));

  for (const v of VERSIONS) {
    test(`TLS: ${versionName(v)} QoS 1 publish and subscribe round trip, server certificate verified`, async () => {
      const topic = `tls/rt/${clientId('t')}`;
      const sub = await connect(broker, viaTls(ports, { protocolVersion: v }));
      await sub.subscribeAsync(topic, { qos: 1 });
      const pub = await connect(broker, viaTls(ports, { protocolVersion: v }));
      await pub.publishAsync(topic, 'over tls', { qos: 1 });
      const [m] = await collect(sub, 1);
      assert.equal(m!.payload.toString(), 'over tls');
      assert.equal(m!.qos, 1);
      await Promise.all([sub.endAsync(), pub.endAsync()]);
    });

    test(`WebSocket: ${versionName(v)} QoS 1 publish and subscribe round trip at /mqtt`, async () => {
      const topic = `ws/rt/${clientId('t')}`;
      const sub = await connect(broker, viaWs(ports, { protocolVersion: v }));
      await sub.subscribeAsync(topic, { qos: 1 });
      const pub = await connect(broker, viaWs(ports, { protocolVersion: v }));
      await pub.publishAsync(topic, 'over ws', { qos: 1 });
      const [m] = await collect(sub, 1);
      assert.equal(m!.payload.toString(), 'over ws');
      assert.equal(m!.qos, 1);
      await Promise.all([sub.endAsync(), pub.endAsync()]);
    });
  }

  test('WebSocket: an MQTT 3.1 client (subprotocol mqttv3.1) connects and round-trips', async () => {
    const topic = `ws/v31/${clientId('t')}`;
    const c = await connect(broker, viaWs(ports, { protocolVersion: 3, protocolId: 'MQIsdp' }));
    await c.subscribeAsync(topic, { qos: 1 });
    await c.publishAsync(topic, 'v3.1', { qos: 1 });
    const [m] = await collect(c, 1);
    assert.equal(m!.payload.toString(), 'v3.1');
    await c.endAsync();
  });

  test('WebSocket handshake agrees on subprotocol mqtt, or mqttv3.1 when only that is offered', async () => {
    const a = await WsMqtt.open(ports.wsPort, ['mqtt']);
    assert.equal(a.ws.protocol, 'mqtt');
    const b = await WsMqtt.open(ports.wsPort, ['mqttv3.1']);
    assert.equal(b.ws.protocol, 'mqttv3.1');
    const c = await WsMqtt.open(ports.wsPort, ['mqttv3.1', 'mqtt']);
    assert.equal(c.ws.protocol, 'mqtt');
    for (const x of [a, b, c]) x.ws.terminate();
  });

  test('a message published over WebSocket reaches TCP, TLS and WebSocket subscribers, and back', async () => {
    const topic = `cross/${clientId('t')}`;
    const tcp = await connect(broker);
    const tls = await connect(broker, viaTls(ports));
    const ws = await connect(broker, viaWs(ports, { protocolVersion: 5 }));
    for (const c of [tcp, tls, ws]) await c.subscribeAsync(topic, { qos: 1 });
    await ws.publishAsync(topic, 'from ws', { qos: 1 });
    for (const c of [tcp, tls, ws]) assert.equal((await collect(c, 1))[0]!.payload.toString(), 'from ws');
    await tls.publishAsync(topic, 'from tls', { qos: 1 });
    await tcp.publishAsync(topic, 'from tcp', { qos: 1 });
    for (const c of [tcp, tls, ws]) assert.deepEqual((await collect(c, 2)).map((m) => m.payload.toString()), ['from tls', 'from tcp']);
    await Promise.all([tcp, tls, ws].map((c) => c.endAsync()));
  });

  test('the WebSocket port answers 404 to another path and 426 to plain HTTP at /mqtt', async () => {
    assert.equal(await httpStatus(ports.wsPort, '/other', true), 404);
    assert.equal(await httpStatus(ports.wsPort, '/', false), 404);
    assert.equal(await httpStatus(ports.wsPort, '/mqtt', false), 426);
    // A query string does not change the path.
    const q = await WsMqtt.open(ports.wsPort, ['mqtt'], '/mqtt?client=x');
    q.ws.terminate();
    assert.ok(broker.alive());
  });

  test('WebSocket: packets cut across frames and messages, several in one message, 200 KB in fragments', async () => {
    const topic = `ws/frames/${clientId('t')}`;
    const tcpSub = await connect(broker);
    await tcpSub.subscribeAsync(topic, { qos: 1 });
    const c = await WsMqtt.open(ports.wsPort);
    // CONNECT cut into three messages at awkward places (inside the fixed header, then the body).
    const conn = bytes(connectPacket(clientId('frames')));
    c.ws.send(conn.subarray(0, 1));
    c.ws.send(conn.subarray(1, 5));
    c.ws.send(conn.subarray(5));
    assert.equal(((await c.next('connack')) as IConnackPacket).returnCode, 0);
    // SUBSCRIBE + PINGREQ + a small PUBLISH in one message.
    c.ws.send(Buffer.concat([
      bytes({ cmd: 'subscribe', messageId: 1, subscriptions: [{ topic, qos: 1 }] }),
      bytes({ cmd: 'pingreq' }),
      bytes({ cmd: 'publish', topic, payload: Buffer.from('small'), qos: 1, messageId: 2, retain: false, dup: false }),
    ]));
    await c.next('suback');
    await c.next('pingresp');
    await c.next('puback');
    // 200 KB PUBLISH as one message of five fragments (continuation frames), then another as five messages.
    const big = Buffer.alloc(200 * 1024, 7);
    big.write('head', 0);
    big.write('tail', big.length - 4);
    const pub1 = bytes({ cmd: 'publish', topic, payload: big, qos: 1, messageId: 3, retain: false, dup: false });
    const cut = [0, 3, 70_000, 140_000, 204_000, pub1.length];
    for (let i = 0; i < cut.length - 1; i++) c.ws.send(pub1.subarray(cut[i]!, cut[i + 1]!), { fin: i === cut.length - 2 });
    await c.next('puback');
    const pub2 = bytes({ cmd: 'publish', topic, payload: big, qos: 1, messageId: 4, retain: false, dup: false });
    for (let i = 0; i < cut.length - 1; i++) c.ws.send(pub2.subarray(cut[i]!, cut[i + 1]!));
    await c.next('puback');
    // Each reached the TCP subscriber whole; the WebSocket subscriber got them too (server → client).
    const got = await collect(tcpSub, 3);
    assert.equal(got[0]!.payload.toString(), 'small');
    for (const m of got.slice(1)) assert.ok(m.payload.equals(big), 'the 200 KB payload arrived intact');
    const echoed: IPublishPacket[] = [];
    for (let i = 0; i < 3; i++) echoed.push((await c.next('publish')) as IPublishPacket);
    assert.equal(echoed[0]!.payload.toString(), 'small');
    assert.ok(Buffer.from(echoed[2]!.payload).equals(big));
    c.ws.terminate();
    await tcpSub.endAsync();
  });

  test('WebSocket: mqtt.js subscriber receives a 200 KB message published over TCP', async () => {
    const topic = `ws/big/${clientId('t')}`;
    const sub = await connect(broker, viaWs(ports));
    await sub.subscribeAsync(topic, { qos: 1 });
    const pub = await connect(broker);
    const big = Buffer.alloc(200 * 1024);
    for (let i = 0; i < big.length; i++) big[i] = i % 251;
    await pub.publishAsync(topic, big, { qos: 1 });
    const [m] = await collect(sub, 1);
    assert.ok(m!.payload.equals(big));
    await Promise.all([sub.endAsync(), pub.endAsync()]);
  });

  test('WebSocket: a text frame closes the connection (MQTT 5 §6), others are unaffected', async () => {
    const bystander = await connect(broker, viaWs(ports));
    const c = await WsMqtt.open(ports.wsPort);
    c.ws.send(bytes(connectPacket(clientId('text'))));
    await c.next('connack');
    c.ws.send('hello', { binary: false });
    const { code } = await within(c.closed, 5000, 'the close after a text frame');
    assert.equal(code, 1003);
    await bystander.publishAsync(`ws/text/${clientId('t')}`, 'still here', { qos: 1 });
    await bystander.endAsync();
  });

  test('a plain TCP client on the TLS port is dropped; the broker keeps serving TLS', async () => {
    const socket = tcpConnect(ports.tlsPort, '127.0.0.1');
    socket.on('error', () => undefined);
    await new Promise<void>((res) => socket.once('connect', () => res()));
    socket.write(bytes(connectPacket(clientId('plain'))));
    await new Promise<void>((res) => socket.once('close', () => res()));
    assert.ok(broker.alive());
    const c = await connect(broker, viaTls(ports));
    await c.publishAsync(`tls/plain/${clientId('t')}`, 'ok', { qos: 1 });
    await c.endAsync();
  });

  test('a TLS client that does not trust the server certificate fails the handshake', async () => {
    await assert.rejects(connect(broker, viaTls(ports, { ca: [pem('stranger.pem')] })), /certificate/i);
    assert.ok(broker.alive());
  });
});

describe('listeners: mutual TLS', { skip: SKIP }, () => {
  let broker: Broker;
  let ports: Ports;
  before(async () => {
    broker = await startBroker({ args: [...TLS_ARGS, '--tls-ca', join(FIXTURES, 'ca.pem'), '--tls-require-client-cert', 'true', '--ws-port', '0'] });
    ports = listenerPorts(broker);
  });
  after(() => shutdown(broker));

  test('a client certificate signed by --tls-ca connects and round-trips', async () => {
    const topic = `mtls/${clientId('t')}`;
    const c = await connect(broker, viaTls(ports, { cert: pem('client.pem'), key: pem('client-key.pem') }));
    await c.subscribeAsync(topic, { qos: 1 });
    await c.publishAsync(topic, 'mutual', { qos: 1 });
    assert.equal((await collect(c, 1))[0]!.payload.toString(), 'mutual');
    await c.endAsync();
  });

  test('a client without a certificate is refused', async () => {
    await assert.rejects(connect(broker, viaTls(ports)));
    assert.ok(broker.alive());
  });

  test('a client certificate from another CA is refused', async () => {
    await assert.rejects(connect(broker, viaTls(ports, { cert: pem('stranger.pem'), key: pem('stranger-key.pem') })));
    assert.ok(broker.alive());
  });
});

/** Runs `wharf start` with `args` expecting it to fail; resolves with its exit code and stderr. */
async function startFails(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'wharf-e2e-bad-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'packages/cli/src/main.ts', 'start', '--host', '127.0.0.1', '--mqtt-port', '0', '--http-port', '0', '--data-dir', dataDir, ...args], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.on('data', (d: Buffer) => {
    // A ready line means the bad config was accepted: stop the process so the test fails fast.
    if (d.toString().includes('"msg":"ready"')) child.kill('SIGKILL');
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  const code = await new Promise<number | null>((res) => child.once('exit', (c) => res(c)));
  clearTimeout(timer);
  rmSync(dataDir, { recursive: true, force: true });
  return { code, stderr };
}

describe('listeners: configuration errors', { skip: SKIP }, () => {
  test('--tls-port without --tls-cert exits non-zero naming --tls-cert', async () => {
    const r = await startFails(['--tls-port', '0', '--tls-key', join(FIXTURES, 'server-key.pem')]);
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /configuration error: .*--tls-cert/);
  });

  test('an unreadable --tls-key exits non-zero naming --tls-key', async () => {
    const r = await startFails(['--tls-port', '0', '--tls-cert', join(FIXTURES, 'server.pem'), '--tls-key', join(FIXTURES, 'missing.pem')]);
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /configuration error: --tls-key: cannot read/);
  });

  test('a key that does not match the certificate, or a bad --ws-path, exits non-zero', async () => {
    const mismatch = await startFails(['--tls-port', '0', '--tls-cert', join(FIXTURES, 'server.pem'), '--tls-key', join(FIXTURES, 'client-key.pem')]);
    assert.notEqual(mismatch.code, 0);
    assert.match(mismatch.stderr, /configuration error: --tls-cert .* --tls-key/);
    const path = await startFails(['--ws-port', '0', '--ws-path', 'mqtt']);
    assert.notEqual(path.code, 0);
    assert.match(path.stderr, /configuration error: --ws-path must start with "\/"/);
  });

  test('--tls-require-client-cert true without --tls-ca exits non-zero naming --tls-ca', async () => {
    const r = await startFails([...TLS_ARGS, '--tls-require-client-cert', 'true']);
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /configuration error: .*--tls-ca/);
  });
});
