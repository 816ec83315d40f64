import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import mqtt from 'mqtt';
import type { IConnackPacket, IDisconnectPacket, IPublishPacket, ISubackPacket } from 'mqtt-packet';
import { startBroker, type TestBroker } from './support/broker.ts';
import { RawClient, sleep, until } from './support/raw-client.ts';

let broker: TestBroker;

before(async () => {
  broker = await startBroker();
});

after(async () => {
  await broker.close();
});

const pub = (topic: string, payload: string, qos: 0 | 1 | 2, messageId = 1): IPublishPacket => ({
  cmd: 'publish',
  topic,
  payload: Buffer.from(payload),
  qos,
  dup: false,
  retain: false,
  ...(qos > 0 ? { messageId } : {}),
});

async function publishAll(port: number, topic: string, payloads: string[], qos: 0 | 1 = 1): Promise<void> {
  const { client } = await RawClient.connect(port, { clientId: `pub-${Math.random().toString(36).slice(2)}`, clean: true, keepalive: 0 });
  payloads.forEach((p, i) => client.send(pub(topic, p, qos, (i % 65535) + 1)));
  if (qos === 1) for (let i = 0; i < payloads.length; i++) await client.next('puback');
  client.send({ cmd: 'disconnect' });
  await client.waitClosed();
}

/** An mqtt.js client with its message handler attached before CONNECT (queued messages come right after CONNACK). */
async function mqttClient(port: number, clientId: string, received: string[], clean = false): Promise<{ client: mqtt.MqttClient; sessionPresent: boolean }> {
  const client = mqtt.connect(`mqtt://127.0.0.1:${port}`, { clientId, clean, protocolVersion: 4, reconnectPeriod: 0, keepalive: 0 });
  client.on('message', (_topic, payload) => received.push(payload.toString()));
  const connack = await new Promise<{ sessionPresent: boolean }>((resolve, reject) => {
    client.once('connect', (packet) => resolve(packet));
    client.once('error', reject);
  });
  return { client, sessionPresent: connack.sessionPresent };
}

const range = (n: number, prefix = 'm'): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

test('a persistent session resumes from its offsets: everything published while away, in order', async () => {
  const received: string[] = [];
  const first = await mqttClient(broker.port, 'resume', received);
  assert.equal(first.sessionPresent, false);
  await first.client.subscribeAsync('s/resume/#', { qos: 1 });
  await publishAll(broker.port, 's/resume/a', range(5, 'live'));
  await until(() => received.length === 5, 3000, 'live messages');
  await first.client.endAsync();
  await publishAll(broker.port, 's/resume/a', range(300, 'away'));
  const again = await mqttClient(broker.port, 'resume', received);
  assert.equal(again.sessionPresent, true);
  await until(() => received.length === 305, 5000, 'queued messages');
  assert.deepEqual(received, [...range(5, 'live'), ...range(300, 'away')]);
  await again.client.endAsync();
});

test('unacknowledged QoS 1 deliveries are sent again after reconnect: same packet ids, DUP set, before new messages', async () => {
  const { client: a } = await RawClient.connect(broker.port, { clientId: 'dup', clean: false, keepalive: 0 });
  a.send({ cmd: 'subscribe', messageId: 1, subscriptions: [{ topic: 's/dup', qos: 1 }] });
  await a.next('suback');
  await publishAll(broker.port, 's/dup', ['1', '2', '3']);
  const firstTry: IPublishPacket[] = [];
  for (let i = 0; i < 3; i++) firstTry.push((await a.next('publish')) as IPublishPacket);
  a.send({ cmd: 'puback', messageId: firstTry[0]!.messageId! }); // only the first is acknowledged
  await sleep(50);
  a.destroy();
  await sleep(50);
  await publishAll(broker.port, 's/dup', ['4']);
  const { client: b, connack } = await RawClient.connect(broker.port, { clientId: 'dup', clean: false, keepalive: 0 });
  assert.equal((connack as IConnackPacket).sessionPresent, true);
  const again: IPublishPacket[] = [];
  for (let i = 0; i < 3; i++) again.push((await b.next('publish')) as IPublishPacket);
  assert.deepEqual(
    again.map((m) => [m.payload.toString(), m.messageId, m.dup]),
    [
      ['2', firstTry[1]!.messageId, true],
      ['3', firstTry[2]!.messageId, true],
      ['4', again[2]!.messageId, false],
    ],
  );
  b.destroy();
});

test('a QoS 2 delivery that got its PUBREC has its PUBREL re-sent after reconnect, not the message', async () => {
  const { client: a } = await RawClient.connect(broker.port, { clientId: 'rel', clean: false, keepalive: 0 });
  a.send({ cmd: 'subscribe', messageId: 1, subscriptions: [{ topic: 's/rel', qos: 2 }] });
  await a.next('suback');
  const { client: p } = await RawClient.connect(broker.port, { clientId: 'rel-pub', clean: true, keepalive: 0 });
  p.send(pub('s/rel', 'q2', 2, 5));
  await p.next('pubrec');
  p.send({ cmd: 'pubrel', messageId: 5 });
  await p.next('pubcomp');
  const m = (await a.next('publish')) as IPublishPacket;
  a.send({ cmd: 'pubrec', messageId: m.messageId! });
  await a.next('pubrel');
  a.destroy();
  await sleep(50);
  const { client: b } = await RawClient.connect(broker.port, { clientId: 'rel', clean: false, keepalive: 0 });
  assert.equal((await b.next('pubrel')).messageId, m.messageId);
  b.send({ cmd: 'pubcomp', messageId: m.messageId! });
  await sleep(100);
  assert.equal(b.take('publish').length, 0, 'the message itself is not delivered twice');
  b.destroy();
  p.destroy();
});

test('takeover: a second CONNECT with the same client id closes the first (MQTT 5: 0x8E) and keeps the session', async () => {
  const props = { sessionExpiryInterval: 300 };
  const { client: a } = await RawClient.connect(broker.port, { clientId: 'twin', clean: true, keepalive: 0, protocolVersion: 5, properties: props });
  a.send({ cmd: 'subscribe', messageId: 1, subscriptions: [{ topic: 's/twin', qos: 1 }] });
  await a.next('suback');
  const { client: b, connack } = await RawClient.connect(broker.port, { clientId: 'twin', clean: false, keepalive: 0, protocolVersion: 5, properties: props });
  assert.equal((connack as IConnackPacket).sessionPresent, true);
  assert.equal(((await a.next('disconnect')) as IDisconnectPacket).reasonCode, 0x8e);
  await a.waitClosed();
  await publishAll(broker.port, 's/twin', ['after']);
  assert.equal(((await b.next('publish')) as IPublishPacket).payload.toString(), 'after');
  assert.equal(broker.store.filterRefs('s/twin'), 1, 'one session, one filter reference');
  // 3.1.1: the old connection is simply closed.
  const { client: c } = await RawClient.connect(broker.port, { clientId: 'twin4', clean: true, keepalive: 0 });
  const { client: d } = await RawClient.connect(broker.port, { clientId: 'twin4', clean: true, keepalive: 0 });
  await c.waitClosed();
  assert.equal(d.closed, false);
  b.destroy();
  d.destroy();
});

test('a clean session gives its filters back when it ends; clean start ends a stored session', async () => {
  const { client: a } = await RawClient.connect(broker.port, { clientId: 'cleaner', clean: true, keepalive: 0 });
  a.send({ cmd: 'subscribe', messageId: 1, subscriptions: [{ topic: 's/clean/+', qos: 0 }] });
  await a.next('suback');
  assert.equal(broker.store.filterRefs('s/clean/+'), 1);
  a.destroy();
  await until(() => broker.store.filterRefs('s/clean/+') === 0, 2000, 'filter released');

  const { client: b } = await RawClient.connect(broker.port, { clientId: 'stored', clean: false, keepalive: 0 });
  b.send({ cmd: 'subscribe', messageId: 1, subscriptions: [{ topic: 's/stored', qos: 1 }] });
  await b.next('suback');
  b.send({ cmd: 'disconnect' });
  await b.waitClosed();
  await sleep(50);
  assert.equal(broker.store.filterRefs('s/stored'), 1, 'kept while the session is away');
  const { client: c, connack } = await RawClient.connect(broker.port, { clientId: 'stored', clean: true, keepalive: 0 });
  assert.equal((connack as IConnackPacket).sessionPresent, false);
  await until(() => broker.store.filterRefs('s/stored') === 0, 2000, 'stored session ended');
  c.destroy();
});

test('MQTT 5 session expiry: the session ends after its interval and its filters go', async () => {
  const { client: a } = await RawClient.connect(broker.port, { clientId: 'expiring', clean: true, keepalive: 0, protocolVersion: 5, properties: { sessionExpiryInterval: 1 } });
  a.send({ cmd: 'subscribe', messageId: 1, subscriptions: [{ topic: 's/expiring', qos: 1 }] });
  await a.next('suback');
  a.send({ cmd: 'disconnect' });
  await a.waitClosed();
  await sleep(300);
  assert.equal(broker.store.filterRefs('s/expiring'), 1);
  await until(() => broker.store.filterRefs('s/expiring') === 0, 3000, 'expiry');
  const { client: b, connack } = await RawClient.connect(broker.port, { clientId: 'expiring', clean: false, keepalive: 0, protocolVersion: 5 });
  assert.equal((connack as IConnackPacket).sessionPresent, false);
  b.destroy();
});

test('persistent sessions survive a graceful restart', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'wharf-proxy-restart-'));
  try {
    let b1: TestBroker | null = await startBroker({ dataDir });
    const received: string[] = [];
    const first = await mqttClient(b1.port, 'restart', received);
    await first.client.subscribeAsync('s/restart', { qos: 1 });
    await first.client.endAsync();
    await publishAll(b1.port, 's/restart', range(20, 'before'));
    await b1.stop();
    b1 = null;
    const b2 = await startBroker({ dataDir });
    try {
      await publishAll(b2.port, 's/restart', range(20, 'after'));
      const again = await mqttClient(b2.port, 'restart', received);
      assert.equal(again.sessionPresent, true);
      await until(() => received.length === 40, 5000, 'all messages');
      assert.deepEqual(received, [...range(20, 'before'), ...range(20, 'after')]);
      await again.client.endAsync();
    } finally {
      await b2.stop();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});

async function spawnBroker(dataDir: string): Promise<{ child: ChildProcess; port: number }> {
  const script = fileURLToPath(new URL('./support/broker-process.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script, dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const [line] = (await once(lines, 'line')) as [string];
  return { child, port: (JSON.parse(line) as { port: number }).port };
}

test('persistent sessions survive kill -9 and a restart: no message lost, order kept', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'wharf-proxy-crash-'));
  let child: ChildProcess | null = null;
  try {
    const one = await spawnBroker(dataDir);
    child = one.child;
    const received: string[] = [];
    const sub = await mqttClient(one.port, 'crash', received);
    await sub.client.subscribeAsync('s/crash', { qos: 1 });
    await publishAll(one.port, 's/crash', range(50, 'a'));
    await until(() => received.length === 50, 5000, 'first batch');
    await sleep(100); // acknowledged offsets are flushed every 20 ms
    sub.client.end(true);
    await publishAll(one.port, 's/crash', range(50, 'b'));
    child.kill('SIGKILL');
    await once(child, 'exit');
    const two = await spawnBroker(dataDir);
    child = two.child;
    const again = await mqttClient(two.port, 'crash', received);
    assert.equal(again.sessionPresent, true);
    await until(() => received.length >= 100, 5000, 'messages published before the crash');
    const afterCrash = received.slice(50);
    assert.deepEqual(afterCrash, range(50, 'b'), 'exactly the unacknowledged messages, in order');
    again.client.end(true);
  } finally {
    if (child !== null && child.exitCode === null) {
      child.kill('SIGKILL');
      await once(child, 'exit');
    }
    await rm(dataDir, { recursive: true, force: true });
  }
});

test('kill -9 while a persistent subscriber is connected: acknowledged messages are not redelivered, new ones flow', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'wharf-proxy-crash2-'));
  let child: ChildProcess | null = null;
  try {
    const one = await spawnBroker(dataDir);
    child = one.child;
    const received: string[] = [];
    const sub = await mqttClient(one.port, 'crash-live', received);
    await sub.client.subscribeAsync('s/crash-live', { qos: 1 });
    await publishAll(one.port, 's/crash-live', range(40, 'x'));
    await until(() => received.length === 40, 5000, 'first batch');
    await sleep(150); // beyond the 20 ms offset flush interval
    child.kill('SIGKILL');
    await once(child, 'exit');
    sub.client.end(true);
    const two = await spawnBroker(dataDir);
    child = two.child;
    const again = await mqttClient(two.port, 'crash-live', received);
    assert.equal(again.sessionPresent, true);
    await publishAll(two.port, 's/crash-live', range(10, 'y'));
    await until(() => received.length >= 50, 5000, 'new messages');
    await sleep(100);
    assert.deepEqual(received, [...range(40, 'x'), ...range(10, 'y')]);
    again.client.end(true);
  } finally {
    if (child !== null && child.exitCode === null) {
      child.kill('SIGKILL');
      await once(child, 'exit');
    }
    await rm(dataDir, { recursive: true, force: true });
  }
});

test('SUBACK is sent for a persistent subscription only after it is stored', async () => {
  const { client } = await RawClient.connect(broker.port, { clientId: 'stored-sub', clean: false, keepalive: 0 });
  client.send({ cmd: 'subscribe', messageId: 9, subscriptions: [{ topic: 's/stored-sub', qos: 1 }] });
  const suback = (await client.next('suback')) as ISubackPacket;
  assert.deepEqual(suback.granted, [1]);
  const meta = await broker.store.getMeta('session/stored-sub');
  assert.ok(meta !== null && meta.toString().includes('s/stored-sub'));
  client.destroy();
});
