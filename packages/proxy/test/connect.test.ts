import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { IConnackPacket, IDisconnectPacket, IPublishPacket } from 'mqtt-packet';
import { startBroker, type TestBroker } from './support/broker.ts';
import { RawClient, sleep } from './support/raw-client.ts';

let broker: TestBroker;

before(async () => {
  broker = await startBroker();
});

after(async () => {
  await broker.close();
});

function connectBytes(name: string, level: number, clientId: string, flags = 0x02): Buffer {
  const n = Buffer.from(name);
  const id = Buffer.from(clientId);
  const body = Buffer.concat([Buffer.from([0, n.length]), n, Buffer.from([level, flags, 0, 60, 0, id.length]), id]);
  return Buffer.concat([Buffer.from([0x10, body.length]), body]);
}

async function subscriber(topic: string, clientId: string): Promise<RawClient> {
  const { client } = await RawClient.connect(broker.port, { clientId, clean: true, keepalive: 0 });
  client.send({ cmd: 'subscribe', messageId: 1, subscriptions: [{ topic, qos: 0 }] });
  await client.next('suback');
  return client;
}

test('an unsupported protocol level gets CONNACK 0x01 and the connection closes', async () => {
  const c = await RawClient.open(broker.port);
  c.sendRaw(connectBytes('MQTT', 6, 'lvl6'));
  const connack = (await c.next('connack')) as IConnackPacket;
  assert.equal(connack.returnCode, 0x01);
  await c.waitClosed();
});

test('a wrong protocol name closes without CONNACK', async () => {
  const c = await RawClient.open(broker.port);
  c.sendRaw(connectBytes('MQTX', 4, 'name'));
  await c.waitClosed();
  assert.equal(c.packets.length, 0);
});

test('MQIsdp with level 4 is refused as an unacceptable protocol version', async () => {
  const c = await RawClient.open(broker.port);
  c.sendRaw(connectBytes('MQIsdp', 4, 'mix'));
  assert.equal(((await c.next('connack')) as IConnackPacket).returnCode, 0x01);
  await c.waitClosed();
});

test('a first packet that is not CONNECT closes the connection', async () => {
  const c = await RawClient.open(broker.port);
  c.send({ cmd: 'pingreq' });
  await c.waitClosed();
  assert.equal(c.packets.length, 0);
});

test('a second CONNECT is a protocol error (MQTT 5: DISCONNECT 0x82)', async () => {
  const { client, connack } = await RawClient.connect(broker.port, { clientId: 'twice', clean: true, keepalive: 0, protocolVersion: 5 });
  assert.equal((connack as IConnackPacket).reasonCode, 0);
  client.send({ cmd: 'connect', clientId: 'twice', protocolVersion: 5, clean: true, keepalive: 0 });
  const d = (await client.next('disconnect')) as IDisconnectPacket;
  assert.equal(d.reasonCode, 0x82);
  await client.waitClosed();
});

test('MQTT 3.1.1: empty client id with clean session 0 is rejected with 0x02', async () => {
  const client = await RawClient.open(broker.port);
  client.sendRaw(connectBytes('MQTT', 4, '', 0x00));
  assert.equal(((await client.next('connack')) as IConnackPacket).returnCode, 0x02);
  await client.waitClosed();
});

test('MQTT 3.1 (MQIsdp, level 3) connects, subscribes and receives', async () => {
  const { client, connack } = await RawClient.connect(broker.port, { clientId: 'v31', clean: true, keepalive: 0, protocolVersion: 3 });
  assert.equal((connack as IConnackPacket).returnCode, 0);
  client.send({ cmd: 'subscribe', messageId: 1, subscriptions: [{ topic: 'v31/t', qos: 1 }] });
  assert.deepEqual((await client.next('suback')).cmd, 'suback');
  client.send({ cmd: 'publish', topic: 'v31/t', payload: Buffer.from('x'), qos: 1, messageId: 5, dup: false, retain: false });
  await client.next('puback');
  const p = (await client.next('publish')) as IPublishPacket;
  assert.equal(p.payload.toString(), 'x');
  client.destroy();
});

test('MQTT 5: an empty client id gets an Assigned Client Identifier; 3.1.1 with clean session gets one silently', async () => {
  const { client, connack } = await RawClient.connect(broker.port, { clientId: '', clean: true, keepalive: 0, protocolVersion: 5 });
  const assigned = (connack as IConnackPacket).properties?.assignedClientIdentifier;
  assert.equal((connack as IConnackPacket).reasonCode, 0);
  assert.ok(typeof assigned === 'string' && assigned.length > 0);
  client.destroy();
  const v4 = await RawClient.connect(broker.port, { clientId: '', clean: true, keepalive: 0 });
  assert.equal((v4.connack as IConnackPacket).returnCode, 0);
  v4.client.destroy();
});

test('CONNACK session present reflects a stored persistent session', async () => {
  const first = await RawClient.connect(broker.port, { clientId: 'present', clean: false, keepalive: 0 });
  assert.equal((first.connack as IConnackPacket).sessionPresent, false);
  first.client.send({ cmd: 'disconnect' });
  await first.client.waitClosed();
  const second = await RawClient.connect(broker.port, { clientId: 'present', clean: false, keepalive: 0 });
  assert.equal((second.connack as IConnackPacket).sessionPresent, true);
  second.client.send({ cmd: 'disconnect' });
  await second.client.waitClosed();
  const third = await RawClient.connect(broker.port, { clientId: 'present', clean: true, keepalive: 0 });
  assert.equal((third.connack as IConnackPacket).sessionPresent, false);
  third.client.destroy();
});

test('keepalive: silence beyond 1.5 × keepalive closes the connection and publishes the will', async () => {
  const watcher = await subscriber('will/ka', 'ka-watch');
  const { client } = await RawClient.connect(broker.port, {
    clientId: 'ka',
    clean: true,
    keepalive: 1,
    will: { topic: 'will/ka', payload: Buffer.from('gone'), qos: 0, retain: false },
  });
  const started = Date.now();
  await client.waitClosed(4000);
  const elapsed = Date.now() - started;
  assert.ok(elapsed >= 1400, `closed after ${elapsed} ms`);
  const will = (await watcher.next('publish')) as IPublishPacket;
  assert.equal(will.payload.toString(), 'gone');
  watcher.destroy();
});

test('PINGREQ keeps a connection alive and gets PINGRESP', async () => {
  const { client } = await RawClient.connect(broker.port, { clientId: 'pinger', clean: true, keepalive: 1 });
  for (let i = 0; i < 4; i++) {
    await sleep(500);
    client.send({ cmd: 'pingreq' });
    await client.next('pingresp');
  }
  assert.equal(client.closed, false);
  client.destroy();
});

test('a normal DISCONNECT discards the will; MQTT 5 DISCONNECT 0x04 publishes it', async () => {
  const watcher = await subscriber('will/d', 'd-watch');
  const will = { topic: 'will/d', payload: Buffer.from('w'), qos: 0 as const, retain: false };
  const a = await RawClient.connect(broker.port, { clientId: 'd1', clean: true, keepalive: 0, will });
  a.client.send({ cmd: 'disconnect' });
  await a.client.waitClosed();
  const b = await RawClient.connect(broker.port, { clientId: 'd2', clean: true, keepalive: 0, will, protocolVersion: 5 });
  b.client.send({ cmd: 'disconnect', reasonCode: 0x04 });
  await b.client.waitClosed();
  const got = (await watcher.next('publish')) as IPublishPacket;
  assert.equal(got.payload.toString(), 'w');
  await sleep(100);
  assert.equal(watcher.take('publish').length, 0, 'only the 0x04 disconnect published its will');
  watcher.destroy();
});

test('a retained will is stored as retained', async () => {
  const { client } = await RawClient.connect(broker.port, {
    clientId: 'rw',
    clean: true,
    keepalive: 0,
    will: { topic: 'will/retained', payload: Buffer.from('last'), qos: 1, retain: true },
  });
  client.destroy(); // no DISCONNECT: the will goes out
  await sleep(200);
  const late = await RawClient.connect(broker.port, { clientId: 'rw-late', clean: true, keepalive: 0 });
  late.client.send({ cmd: 'subscribe', messageId: 1, subscriptions: [{ topic: 'will/#', qos: 1 }] });
  const p = (await late.client.next('publish')) as IPublishPacket;
  assert.equal(p.retain, true);
  assert.equal(p.payload.toString(), 'last');
  late.client.destroy();
});

test('a malformed packet closes the connection (MQTT 5: DISCONNECT 0x81)', async () => {
  const { client } = await RawClient.connect(broker.port, { clientId: 'bad', clean: true, keepalive: 0, protocolVersion: 5 });
  client.sendRaw([0x36, 0x03, 0x00, 0x01, 0x61]); // PUBLISH with QoS 3
  const d = (await client.next('disconnect')) as IDisconnectPacket;
  assert.equal(d.reasonCode, 0x81);
  await client.waitClosed();
});

test('connect timeout and connection limit', async () => {
  const limited = await startBroker({ config: { connectTimeoutMs: 200, maxConnections: 1 } });
  try {
    const idle = await RawClient.open(limited.port);
    await idle.waitClosed(1500);
    const first = await RawClient.connect(limited.port, { clientId: 'one', clean: true, keepalive: 0 });
    assert.equal((first.connack as IConnackPacket).returnCode, 0);
    const v4 = await RawClient.connect(limited.port, { clientId: 'two', clean: true, keepalive: 0 });
    assert.equal((v4.connack as IConnackPacket).returnCode, 0x03);
    await v4.client.waitClosed();
    const v5 = await RawClient.connect(limited.port, { clientId: 'three', clean: true, keepalive: 0, protocolVersion: 5 });
    assert.equal((v5.connack as IConnackPacket).reasonCode, 0x97);
    await v5.client.waitClosed();
    first.client.destroy();
  } finally {
    await limited.close();
  }
});

test('close(): MQTT 5 clients get DISCONNECT 0x8B, 3.1.1 clients are closed, new connections are refused', async () => {
  const own = await startBroker();
  const { client: v5 } = await RawClient.connect(own.port, { clientId: 'shut5', clean: true, keepalive: 0, protocolVersion: 5 });
  const { client: v4 } = await RawClient.connect(own.port, { clientId: 'shut4', clean: true, keepalive: 0 });
  const closing = own.close();
  assert.equal(((await v5.next('disconnect')) as IDisconnectPacket).reasonCode, 0x8b);
  await v5.waitClosed();
  await v4.waitClosed();
  await closing;
  await assert.rejects(RawClient.open(own.port));
});
