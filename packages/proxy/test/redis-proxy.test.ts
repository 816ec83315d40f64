/**
 * Two MqttProxy instances in one process sharing one Store and NotifyService, each with its
 * own RedisSessionPort against a real redis-server: sessions move between proxies, takeover
 * crosses proxies, wills cross proxies, and Redis down refuses new CONNECTs (0x88 / 0x03)
 * while connected clients keep working.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { IConnackPacket, IDisconnectPacket, IPublishPacket, ISubackPacket } from 'mqtt-packet';
import { defaultConfig, silentLogger, type WharfConfig } from '@wharf/core';
import { NotifyService } from '@wharf/notify';
import { Store } from '@wharf/store';
import { MqttProxy, RedisSessionPort } from '../src/index.ts';
import { RawClient, sleep } from './support/raw-client.ts';
import { startRedisServer, type RedisServer } from './support/redis-server.ts';

interface Node {
  port: number;
  proxy: MqttProxy;
  sessions: RedisSessionPort;
}

let redis: RedisServer;
let dataDir: string;
let config: WharfConfig;
let notify: NotifyService;
let store: Store;
let a: Node;
let b: Node;

async function startNode(proxyId: string): Promise<Node> {
  const sessions = new RedisSessionPort({
    redis: redis.url,
    proxyId,
    logger: silentLogger,
    heartbeatMs: 100,
    livenessTtlMs: 400,
    takeoverTimeoutMs: 2000,
    takeoverPollMs: 50,
    commandTimeoutMs: 500,
    reconnectMaxDelayMs: 100,
  });
  await sessions.start();
  const proxy = new MqttProxy({ config, stores: [store], notify: notify.connect(), sessions, logger: silentLogger });
  const { port } = await proxy.listen(0, '127.0.0.1');
  return { port, proxy, sessions };
}

before(async () => {
  redis = await startRedisServer();
  dataDir = await mkdtemp(join(tmpdir(), 'wharf-redis-e2e-'));
  config = defaultConfig({ host: '127.0.0.1', mqttPort: 0, dataDir, fsync: 'never', offsetFlushMs: 20 });
  notify = new NotifyService({ coalesceMs: config.notifyCoalesceMs, inlineMaxBytes: config.inlineMaxBytes, logger: silentLogger });
  store = await Store.open({ dataDir, config, logger: silentLogger, sink: notify });
  a = await startNode('proxy-a');
  b = await startNode('proxy-b');
});

after(async () => {
  for (const n of [a, b]) {
    await n.proxy.close();
    await n.sessions.close();
  }
  await notify.close();
  await store.close();
  await redis.close();
  await rm(dataDir, { recursive: true, force: true });
});

const code = (p: IConnackPacket): number | undefined => p.reasonCode ?? p.returnCode;

async function subscriber(port: number, clientId: string, topic: string, protocolVersion: 4 | 5 = 4): Promise<RawClient> {
  const { client, connack } = await RawClient.connect(port, { clientId, clean: true, keepalive: 0, protocolVersion });
  assert.equal(code(connack as IConnackPacket), 0);
  client.send({ cmd: 'subscribe', messageId: 1, subscriptions: [{ topic, qos: 1 }] });
  await client.next('suback');
  return client;
}

async function publish(port: number, topic: string, payloads: string[]): Promise<void> {
  const { client } = await RawClient.connect(port, { clientId: `pub-${Math.random().toString(36).slice(2)}`, clean: true, keepalive: 0 });
  payloads.forEach((p, i) => client.send({ cmd: 'publish', topic, payload: Buffer.from(p), qos: 1, messageId: i + 1, dup: false, retain: false }));
  for (let i = 0; i < payloads.length; i++) await client.next('puback');
  client.send({ cmd: 'disconnect' });
  await client.waitClosed();
}

test('a persistent session leaves proxy A and resumes on proxy B with its offline messages', async () => {
  const first = await RawClient.connect(a.port, { clientId: 'roamer', clean: false, keepalive: 0 });
  assert.equal((first.connack as IConnackPacket).sessionPresent, false);
  first.client.send({ cmd: 'subscribe', messageId: 1, subscriptions: [{ topic: 'e2e/offline', qos: 1 }] });
  assert.deepEqual((await first.client.next('suback') as ISubackPacket).granted, [1]);
  first.client.send({ cmd: 'disconnect' });
  await first.client.waitClosed();

  await publish(b.port, 'e2e/offline', ['m1', 'm2', 'm3']);

  const second = await RawClient.connect(b.port, { clientId: 'roamer', clean: false, keepalive: 0 });
  assert.equal((second.connack as IConnackPacket).sessionPresent, true);
  const got: string[] = [];
  for (let i = 0; i < 3; i++) {
    const p = (await second.client.next('publish')) as IPublishPacket;
    got.push(p.payload.toString());
    second.client.send({ cmd: 'puback', messageId: p.messageId! });
  }
  assert.deepEqual(got, ['m1', 'm2', 'm3']);
  // New messages reach the session on its new proxy, and nothing is sent twice.
  await publish(a.port, 'e2e/offline', ['m4']);
  const p4 = (await second.client.next('publish')) as IPublishPacket;
  assert.equal(p4.payload.toString(), 'm4');
  second.client.send({ cmd: 'puback', messageId: p4.messageId! });
  await sleep(100);
  assert.deepEqual(second.client.take('publish'), []);
  second.client.send({ cmd: 'disconnect' });
  await second.client.waitClosed();
});

test('a CONNECT on proxy B takes the session over from proxy A (A\u2019s client gets 0x8E)', async () => {
  const props = { sessionExpiryInterval: 300 };
  const first = await RawClient.connect(a.port, { clientId: 'taken', clean: true, keepalive: 0, protocolVersion: 5, properties: props });
  first.client.send({ cmd: 'subscribe', messageId: 1, subscriptions: [{ topic: 'e2e/takeover', qos: 1 }] });
  await first.client.next('suback');
  const second = await RawClient.connect(b.port, { clientId: 'taken', clean: false, keepalive: 0, protocolVersion: 5, properties: props });
  assert.equal(code(second.connack as IConnackPacket), 0);
  assert.equal((second.connack as IConnackPacket).sessionPresent, true);
  const disc = (await first.client.next('disconnect')) as IDisconnectPacket;
  assert.equal(disc.reasonCode, 0x8e);
  await first.client.waitClosed();
  // The subscription moved with the session.
  await publish(a.port, 'e2e/takeover', ['after']);
  const p = (await second.client.next('publish')) as IPublishPacket;
  assert.equal(p.payload.toString(), 'after');
  second.client.send({ cmd: 'puback', messageId: p.messageId! });
  second.client.send({ cmd: 'disconnect', reasonCode: 0, properties: { sessionExpiryInterval: 0 } });
  await second.client.waitClosed();
});

test('a client dying on proxy A: its will reaches a subscriber on proxy B, once', async () => {
  const watcher = await subscriber(b.port, 'will-watch', 'e2e/will');
  const { client } = await RawClient.connect(a.port, { clientId: 'dies', clean: true, keepalive: 0, will: { topic: 'e2e/will', payload: Buffer.from('gone'), qos: 1, retain: false } });
  client.destroy();
  const w = (await watcher.next('publish')) as IPublishPacket;
  assert.equal(w.payload.toString(), 'gone');
  watcher.send({ cmd: 'puback', messageId: w.messageId! });
  await sleep(300);
  assert.deepEqual(watcher.take('publish'), []);
  watcher.destroy();
});

test('a delayed will is cancelled when the client reconnects to the other proxy in time', async () => {
  const watcher = await subscriber(a.port, 'delay-watch', 'e2e/delayed', 5);
  const connect = {
    clientId: 'flaky',
    clean: false,
    keepalive: 0,
    protocolVersion: 5 as const,
    properties: { sessionExpiryInterval: 60 },
    will: { topic: 'e2e/delayed', payload: Buffer.from('late'), qos: 1 as const, retain: false, properties: { willDelayInterval: 1 } },
  };
  const first = await RawClient.connect(a.port, connect);
  first.client.destroy();
  await sleep(200);
  const second = await RawClient.connect(b.port, { ...connect, will: undefined });
  assert.equal((second.connack as IConnackPacket).sessionPresent, true);
  await sleep(1500);
  assert.deepEqual(watcher.take('publish'), [], 'the reconnect cancelled the will');
  second.client.send({ cmd: 'disconnect', reasonCode: 0, properties: { sessionExpiryInterval: 0 } });
  await second.client.waitClosed();
  watcher.destroy();
});

test('Redis down: connected clients keep working; new CONNECTs get server unavailable; then it recovers', async () => {
  const sub = await subscriber(a.port, 'steady-sub', 'e2e/steady');
  const pub = await RawClient.connect(b.port, { clientId: 'steady-pub', clean: true, keepalive: 0 });
  await redis.kill();
  await sleep(50);
  try {
    pub.client.send({ cmd: 'publish', topic: 'e2e/steady', payload: Buffer.from('still here'), qos: 1, messageId: 9, dup: false, retain: false });
    await pub.client.next('puback');
    const p = (await sub.next('publish')) as IPublishPacket;
    assert.equal(p.payload.toString(), 'still here');
    sub.send({ cmd: 'puback', messageId: p.messageId! });

    const t0 = Date.now();
    const v5 = await RawClient.connect(a.port, { clientId: 'newcomer5', clean: true, keepalive: 0, protocolVersion: 5 });
    assert.equal(code(v5.connack as IConnackPacket), 0x88);
    const v4 = await RawClient.connect(b.port, { clientId: 'newcomer4', clean: true, keepalive: 0 });
    assert.equal(code(v4.connack as IConnackPacket), 0x03);
    assert.ok(Date.now() - t0 < 2000, `refusals took ${Date.now() - t0} ms`);
    await v5.client.waitClosed();
    await v4.client.waitClosed();
  } finally {
    await redis.restart();
  }
  // Back: CONNECTs are accepted again once the adapter reconnected (it retries within 100 ms).
  const deadline = Date.now() + 5000;
  for (;;) {
    const c = await RawClient.connect(a.port, { clientId: 'after-outage', clean: true, keepalive: 0 });
    if (code(c.connack as IConnackPacket) === 0) {
      c.client.send({ cmd: 'disconnect' });
      await c.client.waitClosed();
      break;
    }
    await c.client.waitClosed();
    assert.ok(Date.now() < deadline, 'CONNECT still refused after Redis came back');
    await sleep(100);
  }
  sub.destroy();
  pub.client.destroy();
});
