import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { generate, type IPublishPacket, type ISubackPacket, type IUnsubackPacket } from 'mqtt-packet';
import { startBroker, type TestBroker } from './support/broker.ts';
import { RawClient, sleep, until } from './support/raw-client.ts';

let broker: TestBroker;

before(async () => {
  broker = await startBroker({ config: { maxInflight: 4, socketHighWater: 16 * 1024 } });
});

after(async () => {
  await broker.close();
});

async function client(clientId: string, protocolVersion: 4 | 5 = 4, clean = true): Promise<RawClient> {
  const { client } = await RawClient.connect(broker.port, { clientId, clean, keepalive: 0, protocolVersion });
  return client;
}

async function subscribe(c: RawClient, topic: string, qos: 0 | 1 | 2, extra: { rh?: number; rap?: boolean; nl?: boolean } = {}): Promise<number[]> {
  c.send({ cmd: 'subscribe', messageId: 1, subscriptions: [{ topic, qos, ...extra }] });
  return ((await c.next('suback')) as ISubackPacket).granted as number[];
}

const pub = (topic: string, payload: string, qos: 0 | 1 | 2, extra: Partial<IPublishPacket> = {}): IPublishPacket => ({
  cmd: 'publish',
  topic,
  payload: Buffer.from(payload),
  qos,
  dup: false,
  retain: false,
  ...(qos > 0 ? { messageId: 1 } : {}),
  ...extra,
});

async function publisher(): Promise<RawClient> {
  return client(`pub-${Math.random().toString(36).slice(2)}`);
}

test('delivered QoS is min(message QoS, granted QoS)', async () => {
  const low = await client('min-low');
  const high = await client('min-high');
  await subscribe(low, 'd/min', 0);
  await subscribe(high, 'd/min', 2);
  const p = await publisher();
  p.send(pub('d/min', 'x', 1));
  await p.next('puback');
  assert.equal(((await low.next('publish')) as IPublishPacket).qos, 0);
  assert.equal(((await high.next('publish')) as IPublishPacket).qos, 1);
  for (const c of [low, high, p]) c.destroy();
});

test('outbound QoS 2: PUBLISH, PUBREC → PUBREL, PUBCOMP', async () => {
  const s = await client('q2-out');
  await subscribe(s, 'd/q2', 2);
  const p = await publisher();
  p.send(pub('d/q2', 'x', 2));
  await p.next('pubrec');
  const m = (await s.next('publish')) as IPublishPacket;
  assert.equal(m.qos, 2);
  s.send({ cmd: 'pubrec', messageId: m.messageId! });
  assert.equal((await s.next('pubrel')).messageId, m.messageId);
  s.send({ cmd: 'pubcomp', messageId: m.messageId! });
  s.destroy();
  p.destroy();
});

test('the in-flight window bounds unacknowledged deliveries and reopens on PUBACK', async () => {
  const s = await client('window');
  await subscribe(s, 'd/win', 1);
  const p = await publisher();
  for (let i = 0; i < 10; i++) p.send(pub('d/win', String(i), 1, { messageId: i + 1 }));
  for (let i = 0; i < 10; i++) await p.next('puback');
  await until(() => s.packets.filter((x) => x.cmd === 'publish').length === 4, 2000, '4 deliveries');
  await sleep(100);
  const first = s.take('publish') as IPublishPacket[];
  assert.deepEqual(first.map((m) => m.payload.toString()), ['0', '1', '2', '3'], 'window of 4 (maxInflight)');
  s.send({ cmd: 'puback', messageId: first[0]!.messageId! });
  s.send({ cmd: 'puback', messageId: first[1]!.messageId! });
  await until(() => s.packets.filter((x) => x.cmd === 'publish').length === 2, 2000, '2 more');
  const next = s.take('publish') as IPublishPacket[];
  assert.deepEqual(next.map((m) => m.payload.toString()), ['4', '5']);
  s.destroy();
  p.destroy();
});

test('MQTT 5 Receive Maximum of the client narrows the window', async () => {
  const { client: s } = await RawClient.connect(broker.port, { clientId: 'rm-sub', clean: true, keepalive: 0, protocolVersion: 5, properties: { receiveMaximum: 2 } });
  await subscribe(s, 'd/rm', 1);
  const p = await publisher();
  for (let i = 0; i < 5; i++) p.send(pub('d/rm', String(i), 1, { messageId: i + 1 }));
  for (let i = 0; i < 5; i++) await p.next('puback');
  await sleep(150);
  assert.equal(s.take('publish').length, 2);
  s.destroy();
  p.destroy();
});

test('retained messages: delivered on subscribe with retain=1, live ones with retain=0 unless Retain As Published', async () => {
  const p = await publisher();
  p.send(pub('d/ret/a', 'kept', 1, { retain: true }));
  await p.next('puback');
  const s = await client('ret-sub', 5);
  await subscribe(s, 'd/ret/+', 1);
  const r = (await s.next('publish')) as IPublishPacket;
  assert.deepEqual([r.payload.toString(), r.retain], ['kept', true]);
  s.send({ cmd: 'puback', messageId: r.messageId! });
  p.send(pub('d/ret/a', 'live', 1, { retain: true, messageId: 2 }));
  await p.next('puback');
  const live = (await s.next('publish')) as IPublishPacket;
  assert.deepEqual([live.payload.toString(), live.retain], ['live', false]);
  s.send({ cmd: 'puback', messageId: live.messageId! });
  const rap = await client('ret-rap', 5);
  await subscribe(rap, 'd/ret/a', 0, { rap: true, rh: 2 });
  p.send(pub('d/ret/a', 'rap', 0, { retain: true }));
  const m = (await rap.next('publish')) as IPublishPacket;
  assert.deepEqual([m.payload.toString(), m.retain], ['rap', true], 'RAP keeps the flag; rh=2 sent nothing on subscribe');
  // Retain handling 1: only on a new subscription.
  const rh1 = await client('ret-rh1', 5);
  await subscribe(rh1, 'd/ret/a', 0, { rh: 1 });
  assert.equal(((await rh1.next('publish')) as IPublishPacket).payload.toString(), 'rap');
  await subscribe(rh1, 'd/ret/a', 0, { rh: 1 });
  await sleep(100);
  assert.equal(rh1.take('publish').length, 0);
  // An empty retained payload clears the table.
  p.send(pub('d/ret/a', '', 0, { retain: true }));
  await sleep(100);
  const late = await client('ret-late');
  await subscribe(late, 'd/ret/a', 0);
  await sleep(150);
  assert.equal(late.take('publish').length, 0);
  for (const c of [p, s, rap, rh1, late]) c.destroy();
});

test('invalid filters get SUBACK 0x80 (3.1.1) / 0x8F (5); UNSUBSCRIBE of an unknown filter is 0x11 in MQTT 5', async () => {
  const v4 = await client('badf4');
  assert.deepEqual(await subscribe(v4, 'a/#/b', 0), [0x80]);
  const v5 = await client('badf5', 5);
  assert.deepEqual(await subscribe(v5, 'a+/b', 1), [0x8f]);
  v5.send({ cmd: 'unsubscribe', messageId: 2, unsubscriptions: ['never/subscribed'] });
  assert.deepEqual(((await v5.next('unsuback')) as IUnsubackPacket).granted, [0x11]);
  v4.destroy();
  v5.destroy();
});

test('UNSUBSCRIBE stops delivery and drops the filter reference', async () => {
  const s = await client('unsub', 5);
  await subscribe(s, 'd/unsub/#', 0);
  assert.equal(broker.store.filterRefs('d/unsub/#'), 1);
  s.send({ cmd: 'unsubscribe', messageId: 3, unsubscriptions: ['d/unsub/#'] });
  assert.deepEqual(((await s.next('unsuback')) as IUnsubackPacket).granted, [0]);
  assert.equal(broker.store.filterRefs('d/unsub/#'), 0);
  const p = await publisher();
  p.send(pub('d/unsub/x', 'x', 0));
  await sleep(150);
  assert.equal(s.take('publish').length, 0);
  s.destroy();
  p.destroy();
});

test('MQTT 5 No Local and subscription identifiers', async () => {
  const c = await client('nl', 5);
  c.send({ cmd: 'subscribe', messageId: 1, subscriptions: [{ topic: 'd/nl', qos: 0, nl: true }, { topic: 'd/nl/#', qos: 0 }], properties: { subscriptionIdentifier: 42 } });
  await c.next('suback');
  c.send(pub('d/nl', 'self', 0));
  const m = (await c.next('publish')) as IPublishPacket;
  assert.equal(m.payload.toString(), 'self');
  assert.equal(m.properties?.subscriptionIdentifier, 42);
  await sleep(100);
  assert.equal(c.take('publish').length, 0, 'the No Local subscription did not deliver our own message');
  c.destroy();
});

test('expired messages are never delivered', async () => {
  const { client: s } = await RawClient.connect(broker.port, { clientId: 'exp', clean: true, keepalive: 0, protocolVersion: 5, properties: { sessionExpiryInterval: 60 } });
  await subscribe(s, 'd/exp', 1);
  s.send({ cmd: 'disconnect' });
  await s.waitClosed();
  const p = await client('exp-pub', 5);
  p.send(pub('d/exp', 'short', 1, { properties: { messageExpiryInterval: 1 } }));
  p.send(pub('d/exp', 'long', 1, { messageId: 2, properties: { messageExpiryInterval: 60 } }));
  await p.next('puback');
  await p.next('puback');
  await sleep(1100);
  const { client: back } = await RawClient.connect(broker.port, { clientId: 'exp', clean: false, keepalive: 0, protocolVersion: 5, properties: { sessionExpiryInterval: 60 } });
  const m = (await back.next('publish')) as IPublishPacket;
  assert.equal(m.payload.toString(), 'long');
  assert.ok((m.properties?.messageExpiryInterval ?? 0) <= 59, 'expiry counts down');
  await sleep(100);
  assert.equal(back.take('publish').length, 0);
  back.destroy();
  p.destroy();
});

test('socket backpressure pauses delivery to a subscriber that does not read, and loses nothing', async () => {
  const s = await client('stalled');
  await subscribe(s, 'd/bp', 0);
  s.socket.pause();
  const p = await publisher();
  const total = 4000;
  const payload = 'x'.repeat(2000);
  const frames = [];
  for (let i = 0; i < total; i++) frames.push(generate(pub('d/bp', `${i}:${payload}`, 0)));
  p.sendRaw(Buffer.concat(frames));
  await until(() => broker.proxy.connections().some((c) => c.clientId === 'stalled' && c.blocked), 5000, 'delivery blocked');
  await sleep(200);
  const info = broker.proxy.connections().find((c) => c.clientId === 'stalled')!;
  // The high-water mark is 16 KiB; one pump may overshoot by a message, never by the backlog.
  assert.ok(info.backlog < 16 * 1024 + 8 * 1024, `backlog ${info.backlog}`);
  s.socket.resume();
  const got: number[] = [];
  while (got.length < total) got.push(Number(((await s.next('publish', 5000)) as IPublishPacket).payload.toString().split(':')[0]));
  assert.deepEqual(got, Array.from({ length: total }, (_, i) => i));
  s.destroy();
  p.destroy();
});

test('a QoS 0 message to many subscribers is encoded once and arrives at each', async () => {
  const subs = [];
  for (let i = 0; i < 20; i++) {
    const c = await client(`fan-${i}`);
    await subscribe(c, 'd/fan', 0);
    subs.push(c);
  }
  const p = await publisher();
  p.send(pub('d/fan', 'hello', 0));
  for (const c of subs) assert.equal(((await c.next('publish')) as IPublishPacket).payload.toString(), 'hello');
  for (const c of [...subs, p]) c.destroy();
});
