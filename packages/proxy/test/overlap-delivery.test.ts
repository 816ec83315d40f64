/**
 * One copy per message for a session whose subscriptions overlap (delivery/overlap.ts), through
 * a real broker: catching up from the log after an offline period (cursors reading privately,
 * in small pulls, through a small window), and the per-subscription options of the one copy.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { IPublishPacket, ISubackPacket } from 'mqtt-packet';
import { startBroker, type TestBroker } from './support/broker.ts';
import { RawClient, sleep, until } from './support/raw-client.ts';

let broker: TestBroker;

before(async () => {
  broker = await startBroker({ config: { maxInflight: 4, pullBatch: 8, queueCacheMessages: 8 } });
});

after(async () => {
  await broker.close();
});

async function client(clientId: string, protocolVersion: 4 | 5, clean = true): Promise<RawClient> {
  const { client } = await RawClient.connect(broker.port, { clientId, clean, keepalive: 0, protocolVersion });
  return client;
}

async function subscribe(c: RawClient, subscriptions: { topic: string; qos: 0 | 1 | 2; nl?: boolean; rap?: boolean }[], subscriptionIdentifier?: number): Promise<void> {
  c.send({ cmd: 'subscribe', messageId: 1, subscriptions, ...(subscriptionIdentifier !== undefined ? { properties: { subscriptionIdentifier } } : {}) });
  const ack = (await c.next('suback')) as ISubackPacket;
  assert.ok(ack.granted.every((g) => typeof g === 'number' && g < 0x80));
}

async function publish(p: RawClient, topic: string, payload: string, qos: 0 | 1, extra: Partial<IPublishPacket> = {}): Promise<void> {
  p.send({ cmd: 'publish', topic, payload: Buffer.from(payload), qos, dup: false, retain: false, ...(qos > 0 ? { messageId: 1 } : {}), ...extra });
  if (qos > 0) await p.next('puback');
}

/** Collects PUBLISHes, acknowledging QoS 1/2 ones, until `n` arrived and nothing more for a while. */
async function receive(c: RawClient, n: number): Promise<IPublishPacket[]> {
  const got: IPublishPacket[] = [];
  const pump = (): void => {
    for (const p of c.take('publish') as IPublishPacket[]) {
      got.push(p);
      if (p.qos === 1) c.send({ cmd: 'puback', messageId: p.messageId! });
      if (p.qos === 2) c.send({ cmd: 'pubrec', messageId: p.messageId! });
    }
    for (const r of c.take('pubrel')) c.send({ cmd: 'pubcomp', messageId: r.messageId! });
  };
  await until(() => (pump(), got.length >= n), 5000, `${n} PUBLISHes (got ${got.length})`);
  await sleep(150);
  pump();
  return got;
}

test('a persistent 3.1.1 session catching up from the log gets one copy per message, at the highest QoS, in order', async () => {
  const id = 'overlap-offline';
  const first = await client(id, 4, false);
  await subscribe(first, [{ topic: 'ov/a/b', qos: 0 }, { topic: 'ov/+/b', qos: 1 }, { topic: 'ov/#', qos: 2 }]);
  first.send({ cmd: 'disconnect' });
  await first.waitClosed();
  const p = await client('overlap-offline-pub', 4);
  const sent: string[] = [];
  for (let i = 0; i < 60; i++) {
    // Every third message matches only ov/#: the cursors read different queues at different speeds.
    const topic = i % 3 === 2 ? 'ov/c' : 'ov/a/b';
    await publish(p, topic, `${topic}:${i}`, 1);
    sent.push(`${topic}:${i}`);
  }
  const back = await client(id, 4, false);
  const got = await receive(back, sent.length);
  const payloads = got.map((m) => m.payload.toString());
  assert.equal(payloads.length, sent.length, `copies: ${payloads.length} for ${sent.length} messages`);
  assert.deepEqual([...payloads].sort(), [...sent].sort(), 'each message exactly once');
  const onAB = payloads.filter((x) => x.startsWith('ov/a/b:'));
  assert.deepEqual(onAB, sent.filter((x) => x.startsWith('ov/a/b:')), 'one topic keeps its order');
  assert.ok(got.every((m) => m.qos === 1), 'min(message QoS 1, highest granted QoS 2)');
  back.destroy();
  p.destroy();
});

test('MQTT 5: the one copy leaves out No Local subscriptions for the session\'s own messages and keeps Retain As Published of any', async () => {
  const c = await client('overlap-v5', 5);
  await subscribe(c, [{ topic: 'ovn/x', qos: 1, nl: true }], 1);
  await subscribe(c, [{ topic: 'ovn/+', qos: 0, rap: true }], 2);
  await subscribe(c, [{ topic: 'ovn/#', qos: 1, nl: true }], 3);
  // Its own message: only subscription 2 (QoS 0) takes it.
  await publish(c, 'ovn/x', 'own', 1);
  const [own, ...extra] = await receive(c, 1);
  assert.equal(extra.length, 0);
  assert.deepEqual([own!.payload.toString(), own!.qos, own!.properties?.subscriptionIdentifier], ['own', 0, 2]);
  // Someone else's retained message: every subscription, QoS 1, retain kept (subscription 2 has Retain As Published).
  const other = await client('overlap-v5-pub', 5);
  await publish(other, 'ovn/x', 'theirs', 1, { retain: true });
  const [theirs, ...more] = await receive(c, 1);
  assert.equal(more.length, 0);
  assert.deepEqual(
    [theirs!.payload.toString(), theirs!.qos, theirs!.retain, [theirs!.properties?.subscriptionIdentifier].flat().sort()],
    ['theirs', 1, true, [1, 2, 3]],
  );
  // Own message on a topic only No Local subscriptions match: nothing at all.
  await publish(c, 'ovn/x/y', 'own-deep', 1);
  await sleep(150);
  assert.deepEqual(c.take('publish'), []);
  c.destroy();
  other.destroy();
});

test('after an UNSUBSCRIBE ends the overlap, delivery is per subscription again', async () => {
  const c = await client('overlap-unsub', 4);
  await subscribe(c, [{ topic: 'ovu/a', qos: 1 }, { topic: 'ovu/#', qos: 1 }]);
  const p = await client('overlap-unsub-pub', 4);
  await publish(p, 'ovu/a', 'both', 1);
  assert.deepEqual((await receive(c, 1)).map((m) => m.payload.toString()), ['both']);
  c.send({ cmd: 'unsubscribe', messageId: 2, unsubscriptions: ['ovu/#'] });
  await c.next('unsuback');
  await publish(p, 'ovu/a', 'one', 1);
  await publish(p, 'ovu/b', 'none', 1);
  assert.deepEqual((await receive(c, 1)).map((m) => m.payload.toString()), ['one']);
  c.destroy();
  p.destroy();
});
