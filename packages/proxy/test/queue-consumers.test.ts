/**
 * The proxy side of message queues and shared subscriptions against a fake dispatcher: a real
 * all-in-one broker whose store's queue calls (getQueue, openQueueChannel) are answered by a
 * fake that records attaches, detaches and settles and dispatches on the test's command. What
 * the proxy owns is checked here: SUBACK codes and Reason Strings, ACLs on the queue's filter,
 * attach parameters, PUBLISH of a dispatch (original topic and properties, QoS, window shared
 * with ordinary subscriptions), PUBACK/PUBREC → settle, detach on unsubscribe, disconnect and
 * takeover, re-attach of a persistent session, and refused publishes.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { IConnackPacket, IDisconnectPacket, IPubackPacket, IPublishPacket, IPubrecPacket, ISubackPacket, IUnsubackPacket } from 'mqtt-packet';
import {
  QueueError,
  type AppendResult,
  type ConsumerAttach,
  type ConsumerAttached,
  type Message,
  type QoS,
  type QueueChannel,
  type QueueDispatchSink,
  type QueueInfo,
  type QueueSettle,
  type StoredMessage,
  type StorePort,
} from '@wharf/core';
import { DelegatingStore, startBroker, type TestBroker } from './support/broker.ts';
import { RawClient, sleep, until } from './support/raw-client.ts';

interface Queue {
  id: number;
  topicFilter: string;
  name?: string;
}

class FakeChannel implements QueueChannel {
  readonly attached = new Map<string, ConsumerAttach & { queue: number }>();
  readonly attaches: ConsumerAttach[] = [];
  readonly detaches: { consumerId: string; queue: number }[] = [];
  readonly settles: QueueSettle[] = [];
  /** Settles and detaches in call order: `settle <consumer> <offset> <ok>`, `detach <consumer>`. */
  readonly calls: string[] = [];
  closed = false;

  constructor(
    private readonly owner: FakeQueueStore,
    readonly sink: QueueDispatchSink,
  ) {}

  async attach(request: ConsumerAttach): Promise<ConsumerAttached> {
    this.attaches.push(request);
    if (this.owner.attachError !== null) throw this.owner.attachError;
    const t = request.target;
    let created = false;
    let q: Queue | undefined;
    if (t.kind === 'named') q = [...this.owner.queues.values()].find((x) => x.name === t.name);
    else if (t.kind === 'share') {
      const f = `$share/${t.group}/${t.filter}`;
      q = this.owner.queues.get(f);
      if (q === undefined) {
        q = this.owner.add(f);
        created = true;
      }
    } else {
      q = this.owner.queues.get(t.filter);
      if (q === undefined && this.owner.autoCreate) {
        q = this.owner.add(t.filter);
        created = true;
      }
    }
    if (q === undefined) throw new QueueError('NOT_FOUND', 'no such queue');
    this.attached.set(request.consumerId, { ...request, queue: q.id });
    return { queue: q.id, filter: q.topicFilter, created };
  }

  detach(consumerId: string, queue: number): void {
    this.calls.push(`detach ${consumerId}`);
    this.detaches.push({ consumerId, queue });
    this.attached.delete(consumerId);
  }

  settle(settles: readonly QueueSettle[]): void {
    for (const x of settles) this.calls.push(`settle ${x.consumerId} ${x.offset} ${x.ok}`);
    this.settles.push(...settles);
  }

  close(): void {
    this.closed = true;
  }

  /** The consumer attached for `clientId` (the only or the last one). */
  consumerOf(clientId: string): ConsumerAttach & { queue: number } {
    const all = [...this.attached.values()].filter((c) => c.clientId === clientId);
    assert.ok(all.length > 0, `no consumer attached for ${clientId}`);
    return all[all.length - 1]!;
  }

  dispatch(consumerId: string, queue: number, offset: number, message: Partial<StoredMessage> & { topic: string }, qos: QoS = 1): void {
    const m: StoredMessage = { payload: Buffer.from(`m${offset}`), qos: 1, retain: false, timestamp: Date.now(), logPosition: offset, expiresAt: 0, ...message } as StoredMessage;
    this.sink.dispatched([{ consumerId, queue, offset, deliveries: 1, qos, message: m }]);
  }
}

class FakeQueueStore extends DelegatingStore {
  readonly queues = new Map<string, Queue>();
  readonly channels: FakeChannel[] = [];
  autoCreate = false;
  attachError: Error | null = null;
  /** Topics whose appends the store refuses (a last-value queue without a key). */
  refuseTopic = '';
  private nextId = 100;

  add(topicFilter: string, name?: string): Queue {
    const q: Queue = { id: this.nextId++, topicFilter };
    if (name !== undefined) q.name = name;
    this.queues.set(topicFilter, q);
    return q;
  }

  override async append(messages: readonly Message[]): Promise<AppendResult[]> {
    const results = await this.inner.append(messages);
    return results.map((r, i) => (messages[i]!.topic === this.refuseTopic ? { logPosition: -1, timestamp: r.timestamp, matched: false, refused: 'key expression gave no key' } : r));
  }

  override async getQueue(ref: { topicFilter: string } | { name: string }): Promise<QueueInfo | null> {
    const q = 'name' in ref ? [...this.queues.values()].find((x) => x.name === ref.name) : this.queues.get(ref.topicFilter);
    return q === undefined ? null : ({ topicFilter: q.topicFilter, name: q.name } as QueueInfo);
  }

  override openQueueChannel(sink: QueueDispatchSink): QueueChannel {
    const c = new FakeChannel(this, sink);
    this.channels.push(c);
    return c;
  }

  get channel(): FakeChannel {
    assert.equal(this.channels.length, 1, 'one queue channel per store');
    return this.channels[0]!;
  }
}

let broker: TestBroker;
let store: FakeQueueStore;
let dir: string;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wharf-queue-consumers-'));
  const aclFile = join(dir, 'acl');
  await writeFile(aclFile, 'deny any subscribe secret/#\n', { mode: 0o600 });
  broker = await startBroker({
    config: { aclFile, maxInflight: 64 },
    wrapStore: (s: StorePort) => (store = new FakeQueueStore(s)),
  });
});

after(async () => {
  await broker.close();
  await rm(dir, { recursive: true, force: true });
});

let ids = 0;
async function client(protocolVersion: 4 | 5 = 5, extra: Record<string, unknown> = {}): Promise<{ c: RawClient; clientId: string; connack: IConnackPacket }> {
  const clientId = `qc-${++ids}`;
  const { client: c, connack } = await RawClient.connect(broker.port, { clientId, clean: true, keepalive: 0, protocolVersion, ...extra });
  return { c, clientId, connack: connack as IConnackPacket };
}

async function subscribe(c: RawClient, topic: string, qos: QoS = 1, opts: { nl?: boolean } = {}): Promise<ISubackPacket> {
  const messageId = ++ids;
  c.send({ cmd: 'subscribe', messageId, subscriptions: [{ topic, qos, ...opts }] });
  return (await c.next('suback', 3000, (p) => (p as ISubackPacket).messageId === messageId)) as ISubackPacket;
}

test('CONNACK announces shared subscriptions', async () => {
  const { c, connack } = await client(5);
  assert.equal(connack.properties?.sharedSubscriptionAvailable, true);
  c.destroy();
});

test('$q/: granted QoS 1, one consumer per subscription with the window-capped in-flight limit; a dispatch goes out under its original topic and properties', async () => {
  const q = store.add('jobs/#');
  const { c, clientId } = await client(5, { properties: { receiveMaximum: 8 } });
  const suback = await subscribe(c, '$q/jobs/#', 0);
  assert.deepEqual(suback.granted, [1], 'delivery is QoS 1 whatever was asked');
  const attach = store.channel.consumerOf(clientId);
  assert.deepEqual(attach.target, { kind: 'queue', filter: 'jobs/#' });
  assert.equal(attach.maxInflight, 8, 'min(queueConsumerInflight, Receive Maximum)');
  assert.equal(attach.qos, 1);
  assert.ok(attach.consumerId.startsWith(`${clientId}#`), attach.consumerId);

  store.channel.dispatch(attach.consumerId, q.id, 5, {
    topic: 'jobs/a',
    payload: Buffer.from('job 5'),
    qos: 2,
    retain: true,
    properties: { userProperties: [['k', 'v'], ['k', 'w']], contentType: 'text/plain' },
  });
  const p = (await c.next('publish')) as IPublishPacket;
  assert.equal(p.topic, 'jobs/a');
  assert.equal(p.payload.toString(), 'job 5');
  assert.equal(p.qos, 1, 'dispatch.qos');
  assert.equal(p.retain, false);
  assert.equal(p.dup, false);
  assert.equal(p.properties?.contentType, 'text/plain');
  assert.deepEqual({ ...p.properties?.userProperties }, { k: ['v', 'w'] });
  c.send({ cmd: 'puback', messageId: p.messageId!, reasonCode: 0 });
  await until(() => store.channel.settles.length === 1, 2000, 'settle');
  assert.deepEqual(store.channel.settles.pop(), { consumerId: attach.consumerId, queue: q.id, offset: 5, ok: true });

  // An error reason code rejects: the store hands it to another consumer.
  store.channel.dispatch(attach.consumerId, q.id, 6, { topic: 'jobs/b' });
  const p2 = (await c.next('publish')) as IPublishPacket;
  c.send({ cmd: 'puback', messageId: p2.messageId!, reasonCode: 0x80 });
  await until(() => store.channel.settles.length === 1, 2000, 'reject');
  assert.deepEqual(store.channel.settles.pop(), { consumerId: attach.consumerId, queue: q.id, offset: 6, ok: false });

  // Unsubscribe detaches the consumer; a dispatch still in the pipe for it is rejected.
  c.send({ cmd: 'unsubscribe', messageId: 77, unsubscriptions: ['$q/jobs/#'] });
  const unsuback = (await c.next('unsuback')) as IUnsubackPacket;
  assert.deepEqual(unsuback.granted, [0]);
  assert.deepEqual(store.channel.detaches.at(-1), { consumerId: attach.consumerId, queue: q.id });
  store.channel.dispatch(attach.consumerId, q.id, 7, { topic: 'jobs/c' });
  await until(() => store.channel.settles.length === 1, 2000, 'reject of a dispatch for a detached consumer');
  assert.deepEqual(store.channel.settles.pop(), { consumerId: attach.consumerId, queue: q.id, offset: 7, ok: false });
  c.destroy();
});

test('queue dispatches share the window with ordinary subscriptions and wait for a free packet id', async () => {
  const q = store.add('win/q');
  const { c, clientId } = await client(5, { properties: { receiveMaximum: 2 } });
  await subscribe(c, 'win/plain', 1);
  await subscribe(c, '$q/win/q');
  const consumer = store.channel.consumerOf(clientId);
  const { c: pub } = await client(5);
  for (const n of [1, 2]) {
    pub.send({ cmd: 'publish', topic: 'win/plain', payload: Buffer.from(`p${n}`), qos: 1, dup: false, retain: false, messageId: n });
    await pub.next('puback');
  }
  const plain1 = (await c.next('publish')) as IPublishPacket;
  await c.next('publish');
  // The window (2) is full of unacknowledged ordinary messages: the dispatch waits.
  store.channel.dispatch(consumer.consumerId, q.id, 0, { topic: 'win/q', payload: Buffer.from('queued') });
  await sleep(100);
  assert.equal(c.packets.filter((p) => p.cmd === 'publish').length, 0, 'nothing beyond the window');
  c.send({ cmd: 'puback', messageId: plain1.messageId! });
  const queued = (await c.next('publish')) as IPublishPacket;
  assert.equal(queued.payload.toString(), 'queued');
  assert.equal(queued.qos, 1);
  c.destroy();
  pub.destroy();
});

test('a disconnect detaches the consumer; its unacknowledged dispatches are not settled by the proxy (the store redispatches them)', async () => {
  const q = store.add('gone/q');
  const { c, clientId } = await client(4);
  await subscribe(c, '$q/gone/q');
  const consumer = store.channel.consumerOf(clientId);
  store.channel.dispatch(consumer.consumerId, q.id, 0, { topic: 'gone/q' });
  await c.next('publish');
  const settlesBefore = store.channel.settles.length;
  c.destroy();
  await until(() => store.channel.detaches.some((d) => d.consumerId === consumer.consumerId), 2000, 'detach on disconnect');
  await sleep(50);
  assert.equal(store.channel.settles.length, settlesBefore);
});

test('NOT_FOUND → SUBACK 0x80 with "no queue bound to …" (MQTT 5, when problem information is wanted) or plain 0x80 (3.1.1)', async () => {
  const { c } = await client(5);
  const s = await subscribe(c, '$q/nothing/here');
  assert.deepEqual(s.granted, [0x80]);
  assert.equal(s.properties?.reasonString, 'no queue bound to nothing/here');
  const named = await subscribe(c, '$queue/nameless');
  assert.deepEqual(named.granted, [0x80]);
  assert.equal(named.properties?.reasonString, 'no queue named nameless');
  c.destroy();
  const quiet = await client(5, { properties: { requestProblemInformation: false } });
  const s2 = await subscribe(quiet.c, '$q/nothing/here');
  assert.deepEqual(s2.granted, [0x80]);
  assert.equal(s2.properties?.reasonString, undefined);
  quiet.c.destroy();
  const v4 = await client(4);
  assert.deepEqual((await subscribe(v4.c, '$q/nothing/here')).granted, [0x80]);
  v4.c.destroy();
});

test('an auto-created queue says so in the SUBACK; a store failure is 0x80 with nothing left attached', async () => {
  const { c, clientId } = await client(5);
  store.autoCreate = true;
  try {
    const s = await subscribe(c, '$q/auto/x');
    assert.deepEqual(s.granted, [1]);
    assert.equal(s.properties?.reasonString, 'queue created');
  } finally {
    store.autoCreate = false;
  }
  store.add('down/x');
  store.attachError = new Error('store unreachable');
  try {
    const s = await subscribe(c, '$q/down/x');
    assert.deepEqual(s.granted, [0x80]);
  } finally {
    store.attachError = null;
  }
  assert.equal([...store.channel.attached.values()].filter((a) => a.clientId === clientId).length, 1, 'only the auto-created one');
  c.destroy();
});

test('$queue/<name> resolves the name; a filter after the name must be the queue\'s', async () => {
  const q = store.add('named/+/cmd', 'commands');
  const { c, clientId } = await client(5);
  assert.deepEqual((await subscribe(c, '$queue/commands')).granted, [1]);
  const consumer = store.channel.consumerOf(clientId);
  assert.deepEqual(consumer.target, { kind: 'named', name: 'commands' });
  assert.equal(consumer.queue, q.id);
  const wrong = await subscribe(c, '$queue/commands/other/#');
  assert.deepEqual(wrong.granted, [0x80]);
  assert.match(wrong.properties?.reasonString ?? '', /bound to named\/\+\/cmd/);
  assert.deepEqual((await subscribe(c, '$queue/commands/named/+/cmd')).granted, [1]);
  c.destroy();
});

test('a client denied a filter is denied its queue, named queue and share group (0x87; 3.1.1 0x80); malformed consumer filters are 0x8F', async () => {
  store.add('secret/jobs', 'secrets');
  const { c } = await client(5);
  const attachesBefore = store.channel.attaches.length;
  for (const f of ['$q/secret/jobs', '$queue/secrets', '$share/g/secret/jobs', '$q/$dlq/secret/jobs']) {
    assert.deepEqual((await subscribe(c, f)).granted, [0x87], f);
  }
  assert.equal(store.channel.attaches.length, attachesBefore, 'nothing attached');
  for (const f of ['$share/g', '$share//x', '$queue/', '$q/']) {
    assert.deepEqual((await subscribe(c, f)).granted, [0x8f], f);
  }
  c.destroy();
  const v4 = await client(4);
  assert.deepEqual((await subscribe(v4.c, '$q/secret/jobs')).granted, [0x80]);
  v4.c.destroy();
});

test('$share/: granted QoS as asked, registered under its full filter, QoS 2 settled at PUBREC; No Local is a protocol error', async () => {
  const { c, clientId } = await client(5);
  assert.deepEqual((await subscribe(c, '$share/grp/sh/t', 2)).granted, [2]);
  const consumer = store.channel.consumerOf(clientId);
  assert.deepEqual(consumer.target, { kind: 'share', group: 'grp', filter: 'sh/t' });
  assert.equal(consumer.qos, 2);
  store.channel.dispatch(consumer.consumerId, consumer.queue, 3, { topic: 'sh/t', qos: 2 }, 2);
  const p = (await c.next('publish')) as IPublishPacket;
  assert.equal(p.qos, 2);
  c.send({ cmd: 'pubrec', messageId: p.messageId! });
  await c.next('pubrel');
  await until(() => store.channel.settles.length === 1, 2000, 'settle at PUBREC');
  assert.deepEqual(store.channel.settles.pop(), { consumerId: consumer.consumerId, queue: consumer.queue, offset: 3, ok: true });
  c.send({ cmd: 'pubcomp', messageId: p.messageId! });
  // QoS 0 dispatches need no acknowledgement.
  store.channel.dispatch(consumer.consumerId, consumer.queue, 4, { topic: 'sh/t', qos: 0 }, 0);
  assert.equal(((await c.next('publish')) as IPublishPacket).qos, 0);
  await sleep(30);
  assert.equal(store.channel.settles.length, 0);

  const nl = await client(5);
  nl.c.send({ cmd: 'subscribe', messageId: 1, subscriptions: [{ topic: '$share/grp/sh/t', qos: 1, nl: true }] });
  const disconnect = (await nl.c.next('disconnect')) as IDisconnectPacket;
  assert.equal(disconnect.reasonCode, 0x82);
  c.destroy();
});

test('MQTT-4.8.2-4: a QoS 2 share dispatch not PUBREC\'d when the connection ends is settled before the detach and kept by the session: re-read from the consume queue on resume, DUP and same packet id; a QoS 1 one is left to the store', async () => {
  const topic = 'keep/t';
  const filter = `$share/keep/${topic}`;
  const clientId = `qc-keep-${++ids}`;
  const persistent = { clientId, clean: false, keepalive: 0, protocolVersion: 5 as const, properties: { sessionExpiryInterval: 60 } };
  const first = await RawClient.connect(broker.port, persistent);
  assert.deepEqual((await subscribe(first.client, filter, 2)).granted, [2]);
  // The message really sits in the filter's consume queue (the fake dispatcher only names its offset).
  const reg = await broker.store.registerFilter(topic);
  const pub = await client(5);
  pub.c.send({ cmd: 'publish', topic, payload: Buffer.from('kept'), qos: 1, messageId: 1, retain: false, dup: false });
  await pub.c.next('puback');
  for (let i = 0; (await broker.store.endOffset(reg.queueId)) <= reg.endOffset; i++) {
    assert.ok(i < 200, 'the message was never indexed');
    await sleep(10);
  }
  const one = store.channel.consumerOf(clientId);
  store.channel.dispatch(one.consumerId, one.queue, reg.endOffset, { topic, payload: Buffer.from('kept'), qos: 2 }, 2);
  store.channel.dispatch(one.consumerId, one.queue, 77, { topic, qos: 1 }, 1);
  const kept = (await first.client.next('publish', 3000, (p) => (p as IPublishPacket).qos === 2)) as IPublishPacket;
  await first.client.next('publish', 3000, (p) => (p as IPublishPacket).qos === 1);
  const callsBefore = store.channel.calls.length;
  first.client.destroy();
  await until(() => store.channel.detaches.some((d) => d.consumerId === one.consumerId), 2000, 'detach');
  await sleep(30);
  // Settled before the detach (or the store would hand it on); the QoS 1 one is not settled.
  assert.deepEqual(store.channel.calls.slice(callsBefore), [`settle ${one.consumerId} ${reg.endOffset} true`, `detach ${one.consumerId}`]);

  const second = await RawClient.connect(broker.port, persistent);
  assert.equal((second.connack as IConnackPacket).sessionPresent, true);
  const again = (await second.client.next('publish')) as IPublishPacket;
  assert.deepEqual([again.messageId, again.dup, again.qos, again.topic, again.payload.toString()], [kept.messageId, true, 2, topic, 'kept']);
  await until(() => store.channel.attached.size > 0 && store.channel.consumerOf(clientId).consumerId !== one.consumerId, 2000, 're-attach');
  // The kept message holds its packet id: a new dispatch takes another.
  const two = store.channel.consumerOf(clientId);
  store.channel.dispatch(two.consumerId, two.queue, 78, { topic, qos: 2 }, 2);
  const fresh = (await second.client.next('publish')) as IPublishPacket;
  assert.notEqual(fresh.messageId, kept.messageId);
  const settlesBefore = store.channel.settles.length;
  second.client.send({ cmd: 'pubrec', messageId: kept.messageId! });
  assert.equal(((await second.client.next('pubrel')) as IPublishPacket).messageId, kept.messageId);
  second.client.send({ cmd: 'pubcomp', messageId: kept.messageId! });
  await sleep(30);
  // Settled at the previous disconnect: completing it settles nothing more.
  assert.equal(store.channel.settles.length, settlesBefore);
  second.client.send({ cmd: 'disconnect', properties: { sessionExpiryInterval: 0 } });
  await second.client.waitClosed();
  await broker.store.unregisterFilter(topic);
  pub.c.destroy();
  // Later tests count settles from zero.
  store.channel.settles.length = 0;
});

test('MQTT-4.8.2-5: a session ending with a QoS 2 share dispatch not PUBREC\'d settles it (no other member gets it); a QoS 1 one and a PUBREC\'d one are not settled again', async () => {
  const { c, clientId } = await client(5);
  await subscribe(c, '$share/end/end/t', 2);
  const consumer = store.channel.consumerOf(clientId);
  store.channel.dispatch(consumer.consumerId, consumer.queue, 1, { topic: 'end/t', qos: 2 }, 2);
  store.channel.dispatch(consumer.consumerId, consumer.queue, 2, { topic: 'end/t', qos: 2 }, 2);
  store.channel.dispatch(consumer.consumerId, consumer.queue, 3, { topic: 'end/t', qos: 1 }, 1);
  const p1 = (await c.next('publish')) as IPublishPacket;
  await c.next('publish');
  await c.next('publish');
  c.send({ cmd: 'pubrec', messageId: p1.messageId! });
  await c.next('pubrel');
  await until(() => store.channel.calls.includes(`settle ${consumer.consumerId} 1 true`), 2000, 'settle at PUBREC');
  const callsBefore = store.channel.calls.length;
  c.destroy();
  await until(() => store.channel.detaches.some((d) => d.consumerId === consumer.consumerId), 2000, 'detach');
  await sleep(30);
  assert.deepEqual(store.channel.calls.slice(callsBefore), [`settle ${consumer.consumerId} 2 true`, `detach ${consumer.consumerId}`]);
  store.channel.settles.length = 0;
});

test('a persistent session keeps its queue subscription and attaches a fresh consumer on resume', async () => {
  const q = store.add('persist/q');
  const clientId = `qc-persist-${++ids}`;
  const first = await RawClient.connect(broker.port, { clientId, clean: false, keepalive: 0, protocolVersion: 5, properties: { sessionExpiryInterval: 60 } });
  await subscribe(first.client, '$q/persist/q');
  const one = store.channel.consumerOf(clientId);
  first.client.send({ cmd: 'disconnect' });
  await first.client.waitClosed();
  await until(() => store.channel.detaches.some((d) => d.consumerId === one.consumerId), 2000, 'detach');
  const second = await RawClient.connect(broker.port, { clientId, clean: false, keepalive: 0, protocolVersion: 5, properties: { sessionExpiryInterval: 60 } });
  assert.equal((second.connack as IConnackPacket).sessionPresent, true);
  await until(() => store.channel.attached.size > 0 && store.channel.consumerOf(clientId).consumerId !== one.consumerId, 2000, 're-attach');
  const two = store.channel.consumerOf(clientId);
  assert.equal(two.queue, q.id);
  store.channel.dispatch(two.consumerId, q.id, 9, { topic: 'persist/q' });
  assert.equal(((await second.client.next('publish')) as IPublishPacket).topic, 'persist/q');
  second.client.send({ cmd: 'disconnect', properties: { sessionExpiryInterval: 0 } });
  await second.client.waitClosed();
});

test('a takeover detaches the old connection\'s consumer and attaches a new one', async () => {
  store.add('take/q');
  const clientId = `qc-take-${++ids}`;
  const first = await RawClient.connect(broker.port, { clientId, clean: false, keepalive: 0, protocolVersion: 4 });
  await subscribe(first.client, '$q/take/q');
  const one = store.channel.consumerOf(clientId);
  const second = await RawClient.connect(broker.port, { clientId, clean: false, keepalive: 0, protocolVersion: 4 });
  await first.client.waitClosed();
  assert.ok(store.channel.detaches.some((d) => d.consumerId === one.consumerId));
  await until(() => store.channel.consumerOf(clientId).consumerId !== one.consumerId, 2000, 'new consumer');
  second.client.destroy();
});

test('a message too large for the client is settled as delivered; an expired one is never sent', async () => {
  const q = store.add('big/q');
  const { c, clientId } = await client(5, { properties: { maximumPacketSize: 200 } });
  await subscribe(c, '$q/big/q');
  const consumer = store.channel.consumerOf(clientId);
  store.channel.dispatch(consumer.consumerId, q.id, 1, { topic: 'big/q', payload: Buffer.alloc(500) });
  store.channel.dispatch(consumer.consumerId, q.id, 2, { topic: 'big/q', expiresAt: Date.now() - 1 });
  store.channel.dispatch(consumer.consumerId, q.id, 3, { topic: 'big/q', payload: Buffer.from('small') });
  const p = (await c.next('publish')) as IPublishPacket;
  assert.equal(p.payload.toString(), 'small');
  await until(() => store.channel.settles.length === 2, 2000, 'settles');
  assert.deepEqual(store.channel.settles.splice(0).map((s) => [s.offset, s.ok]), [[1, true], [2, true]]);
  c.destroy();
});

test('publishing to $q/, $queue/, $share/ or $dlq/ is refused (0x90; 3.1.1 acknowledged and dropped); a store refusal is 0x83 with its reason', async () => {
  const { c } = await client(5);
  let id = 0;
  for (const topic of ['$q/x', '$queue/x', '$share/g/x', '$dlq/x']) {
    c.send({ cmd: 'publish', topic, payload: Buffer.from('forged'), qos: 1, dup: false, retain: false, messageId: ++id });
    const ack = (await c.next('puback')) as IPubackPacket;
    assert.equal(ack.reasonCode, 0x90, topic);
  }
  store.refuseTopic = 'lv/refused';
  c.send({ cmd: 'publish', topic: 'lv/refused', payload: Buffer.from('x'), qos: 1, dup: false, retain: false, messageId: ++id });
  const refused = (await c.next('puback')) as IPubackPacket;
  assert.equal(refused.reasonCode, 0x83);
  assert.equal(refused.properties?.reasonString, 'key expression gave no key');
  c.send({ cmd: 'publish', topic: 'lv/refused', payload: Buffer.from('x'), qos: 2, dup: false, retain: false, messageId: ++id });
  assert.equal(((await c.next('pubrec')) as IPubrecPacket).reasonCode, 0x83);
  c.destroy();

  const v4 = await client(4);
  v4.c.send({ cmd: 'publish', topic: '$q/x', payload: Buffer.from('forged'), qos: 1, dup: false, retain: false, messageId: 1 });
  assert.equal(((await v4.c.next('puback')) as IPubackPacket).messageId, 1);
  v4.c.send({ cmd: 'publish', topic: 'lv/refused', payload: Buffer.from('x'), qos: 1, dup: false, retain: false, messageId: 2 });
  assert.equal(((await v4.c.next('puback')) as IPubackPacket).messageId, 2);
  assert.equal(v4.c.closed, false);
  v4.c.destroy();
  store.refuseTopic = '';
});
