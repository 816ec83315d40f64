import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { IDisconnectPacket, IPubackPacket, IPubcompPacket, IPublishPacket, IPubrecPacket } from 'mqtt-packet';
import { createLogger, type AppendResult, type Message, type StorePort } from '@wharf/core';
import { DelegatingStore, startBroker, type TestBroker } from './support/broker.ts';
import { RawClient, sleep, until } from './support/raw-client.ts';

/** Counts appends and can hold them back or make them fail. */
class ControlledStore extends DelegatingStore {
  appendCalls = 0;
  appended: Message[] = [];
  hold = false;
  fail = false;
  private held: (() => void)[] = [];

  override append(messages: readonly Message[]): Promise<AppendResult[]> {
    this.appendCalls++;
    if (this.fail) return Promise.reject(new Error('disk on fire'));
    const run = (): Promise<AppendResult[]> => {
      this.appended.push(...messages);
      return this.inner.append(messages);
    };
    if (!this.hold) return run();
    return new Promise((resolve, reject) => this.held.push(() => run().then(resolve, reject)));
  }

  release(): void {
    this.hold = false;
    const held = this.held;
    this.held = [];
    for (const h of held) h();
  }

  get heldCount(): number {
    return this.held.length;
  }
}

let broker: TestBroker;
let store: ControlledStore;
const warnings: string[] = [];

before(async () => {
  broker = await startBroker({
    config: { maxPacketSize: 4096, receiveMaximum: 3 },
    wrapStore: (s: StorePort) => (store = new ControlledStore(s)),
    logger: createLogger('warn', {}, (line) => warnings.push(line)),
  });
});

after(async () => {
  store.release();
  await broker.close();
});

async function client(clientId: string, protocolVersion: 4 | 5 = 4): Promise<RawClient> {
  const { client } = await RawClient.connect(broker.port, { clientId, clean: true, keepalive: 0, protocolVersion });
  return client;
}

async function subscriber(clientId: string, topic: string, qos: 0 | 1 | 2 = 0): Promise<RawClient> {
  const c = await client(clientId);
  c.send({ cmd: 'subscribe', messageId: 1, subscriptions: [{ topic, qos }] });
  await c.next('suback');
  return c;
}

const pub = (topic: string, payload: string, qos: 0 | 1 | 2, messageId?: number, dup = false): IPublishPacket => {
  const p: IPublishPacket = { cmd: 'publish', topic, payload: Buffer.from(payload), qos, dup, retain: false };
  if (messageId !== undefined) p.messageId = messageId;
  return p;
};

test('QoS 1: PUBACK waits for the append to be durable', async () => {
  const c = await client('q1');
  store.hold = true;
  c.send(pub('p/q1', 'a', 1, 7));
  await until(() => store.heldCount === 1, 2000, 'append call');
  await sleep(50);
  assert.equal(c.take('puback').length, 0, 'no PUBACK before durability');
  store.release();
  const ack = (await c.next('puback')) as IPubackPacket;
  assert.equal(ack.messageId, 7);
  c.destroy();
});

test('QoS 2: a duplicate PUBLISH before PUBREL is acknowledged again but stored once', async () => {
  const watcher = await subscriber('q2-watch', 'p/q2', 2);
  const c = await client('q2');
  const before = store.appended.length;
  c.send(pub('p/q2', 'once', 2, 11));
  assert.equal(((await c.next('pubrec')) as IPubrecPacket).messageId, 11);
  c.send(pub('p/q2', 'once', 2, 11, true));
  assert.equal(((await c.next('pubrec')) as IPubrecPacket).messageId, 11);
  c.send({ cmd: 'pubrel', messageId: 11 });
  assert.equal(((await c.next('pubcomp')) as IPubcompPacket).messageId, 11);
  // The id is free again: the same id now carries a new message.
  c.send(pub('p/q2', 'twice', 2, 11));
  await c.next('pubrec');
  c.send({ cmd: 'pubrel', messageId: 11 });
  await c.next('pubcomp');
  assert.deepEqual(
    store.appended.slice(before).map((m) => m.payload.toString()),
    ['once', 'twice'],
  );
  const first = (await watcher.next('publish')) as IPublishPacket;
  assert.equal(first.payload.toString(), 'once');
  watcher.send({ cmd: 'pubrec', messageId: first.messageId! });
  await watcher.next('pubrel');
  watcher.send({ cmd: 'pubcomp', messageId: first.messageId! });
  const second = (await watcher.next('publish')) as IPublishPacket;
  assert.equal(second.payload.toString(), 'twice');
  c.destroy();
  watcher.destroy();
});

test('PUBREL for an unknown packet id gets PUBCOMP (MQTT 5: reason 0x92)', async () => {
  const v4 = await client('rel4');
  v4.send({ cmd: 'pubrel', messageId: 99 });
  assert.equal(((await v4.next('pubcomp')) as IPubcompPacket).messageId, 99);
  const v5 = await client('rel5', 5);
  v5.send({ cmd: 'pubrel', messageId: 98 });
  const comp = (await v5.next('pubcomp')) as IPubcompPacket;
  assert.equal(comp.reasonCode, 0x92);
  v4.destroy();
  v5.destroy();
});

test('a failed append: MQTT 5 gets PUBACK/PUBREC 0x80, MQTT 3.1.1 gets its connection closed and no ack', async () => {
  const v5 = await client('fail5', 5);
  const v4 = await client('fail4');
  store.fail = true;
  try {
    v5.send(pub('p/fail', 'x', 1, 1));
    assert.equal(((await v5.next('puback')) as IPubackPacket).reasonCode, 0x80);
    v5.send(pub('p/fail', 'y', 2, 2));
    assert.equal(((await v5.next('pubrec')) as IPubrecPacket).reasonCode, 0x80);
    v4.send(pub('p/fail', 'z', 1, 3));
    await v4.waitClosed();
    assert.equal(v4.take('puback').length, 0);
  } finally {
    store.fail = false;
  }
  v5.destroy();
});

test('publishes from one socket read go to the store in one append, acknowledged in order', async () => {
  const c = await client('batch');
  const calls = store.appendCalls;
  const bytes = [];
  for (let i = 1; i <= 50; i++) bytes.push(Buffer.from((await import('mqtt-packet')).generate(pub('p/batch', String(i), 1, i))));
  c.sendRaw(Buffer.concat(bytes));
  const ids: number[] = [];
  for (let i = 0; i < 50; i++) ids.push(((await c.next('puback')) as IPubackPacket).messageId!);
  assert.deepEqual(ids, Array.from({ length: 50 }, (_, i) => i + 1));
  assert.equal(store.appendCalls - calls, 1);
  c.destroy();
});

test('MQTT 5 Receive Maximum: one QoS 1/2 publish too many is DISCONNECT 0x93', async () => {
  const c = await client('recvmax', 5);
  store.hold = true;
  for (let i = 1; i <= 4; i++) c.send(pub('p/rm', String(i), 1, i));
  const d = (await c.next('disconnect')) as IDisconnectPacket;
  assert.equal(d.reasonCode, 0x93);
  store.release();
  await c.waitClosed();
});

test('an invalid topic name: MQTT 5 DISCONNECT 0x90, MQTT 3.1.1 close', async () => {
  const v5 = await client('topic5', 5);
  v5.send(pub('a/+/b', 'x', 0));
  assert.equal(((await v5.next('disconnect')) as IDisconnectPacket).reasonCode, 0x90);
  await v5.waitClosed();
  const v4 = await client('topic4');
  v4.send(pub('a/#', 'x', 0));
  await v4.waitClosed();
  const empty = await client('topic-empty');
  empty.sendRaw([0x30, 0x03, 0x00, 0x00, 0x78]); // zero-length topic, no alias
  await empty.waitClosed();
  const utf8 = await client('topic-utf8', 5);
  utf8.sendRaw([0x30, 0x07, 0x00, 0x03, 0x61, 0xc3, 0x28, 0x00, 0x78]); // "a\xc3(" is ill-formed UTF-8
  assert.equal(((await utf8.next('disconnect')) as IDisconnectPacket).reasonCode, 0x81);
  await utf8.waitClosed();
});

test('a packet over maxPacketSize: MQTT 5 DISCONNECT 0x95, a warn line naming the client', async () => {
  const c = await client('big5', 5);
  // Only the fixed header goes out: the limit is checked before the body is buffered.
  c.sendRaw([0x30, 0x80, 0x80, 0x04]); // remaining length 65536
  assert.equal(((await c.next('disconnect')) as IDisconnectPacket).reasonCode, 0x95);
  await c.waitClosed();
  assert.ok(warnings.some((l) => l.includes('"clientId":"big5"') && l.includes('over the limit') && l.includes('"remote"')), warnings.join('\n'));
  const v4 = await client('big4');
  v4.send(pub('p/big', 'x'.repeat(5000), 0));
  await v4.waitClosed();
});

test('an MQTT 5 CONNECT over maxPacketSize gets CONNACK 0x95; other clients carry on', async () => {
  const healthy = await subscriber('healthy', 'p/healthy');
  const c = await RawClient.open(broker.port, 5);
  c.send({ cmd: 'connect', protocolId: 'MQTT', protocolVersion: 5, clientId: 'hugeconnect', clean: true, keepalive: 0, will: { topic: 'w', payload: Buffer.alloc(6000), qos: 0, retain: false } });
  const connack = await c.next('connack');
  assert.equal((connack as { reasonCode?: number }).reasonCode, 0x95);
  await c.waitClosed();
  const p = await client('healthy-pub');
  p.send(pub('p/healthy', 'still here', 0));
  assert.equal(((await healthy.next('publish')) as IPublishPacket).payload.toString(), 'still here');
  healthy.destroy();
  p.destroy();
});

test('a slow store pauses reading the publisher\'s socket; nothing is lost when it catches up', async () => {
  const watcher = await subscriber('slow-watch', 'p/slow');
  const c = await client('slow');
  store.hold = true;
  const { generate } = await import('mqtt-packet');
  const total = 3000;
  const chunks = [];
  for (let i = 0; i < total; i++) chunks.push(generate(pub('p/slow', String(i), 0)));
  c.sendRaw(Buffer.concat(chunks));
  await until(() => broker.proxy.connections().some((x) => x.clientId === 'slow' && x.readPaused), 3000, 'read pause');
  store.release();
  const got: string[] = [];
  while (got.length < total) got.push(((await watcher.next('publish')) as IPublishPacket).payload.toString());
  assert.deepEqual(got, Array.from({ length: total }, (_, i) => String(i)));
  assert.equal(broker.proxy.connections().find((x) => x.clientId === 'slow')?.readPaused, false);
  c.destroy();
  watcher.destroy();
});

test('MQTT 5 topic alias: a topic set once is reused by alias', async () => {
  const watcher = await subscriber('alias-watch', 'p/alias');
  const c = await client('alias', 5);
  c.send({ cmd: 'publish', topic: 'p/alias', payload: Buffer.from('1'), qos: 0, dup: false, retain: false, properties: { topicAlias: 3 } });
  c.send({ cmd: 'publish', topic: '', payload: Buffer.from('2'), qos: 0, dup: false, retain: false, properties: { topicAlias: 3 } });
  const a = (await watcher.next('publish')) as IPublishPacket;
  const b = (await watcher.next('publish')) as IPublishPacket;
  assert.deepEqual([a.topic, a.payload.toString(), b.topic, b.payload.toString()], ['p/alias', '1', 'p/alias', '2']);
  c.send({ cmd: 'publish', topic: '', payload: Buffer.from('3'), qos: 0, dup: false, retain: false, properties: { topicAlias: 4 } });
  assert.equal(((await c.next('disconnect')) as IDisconnectPacket).reasonCode, 0x82);
  watcher.destroy();
});
