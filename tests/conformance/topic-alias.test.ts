/**
 * Topic aliases (MQTT 5 §3.3.2.3.4): inbound mappings per connection, invalid aliases, and
 * aliases the server assigns itself on the way out, within the client's Topic Alias Maximum.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { IPublishPacket } from 'mqtt-packet';
import {
  QUIET_MS, RawClient, clientId, collect, connect, drain, isMosquitto, publishBytesV5, publishMany, shutdown, sleep, startBroker,
  waitFor, type Broker,
} from '../harness/index.ts';
import { expectServerDisconnect, mosquittoLacks } from './support.ts';

describe('conformance: topic aliases (MQTT 5.0)', () => {
  let broker: Broker;
  before(async () => {
    broker = await startBroker();
  });
  after(() => shutdown(broker));

  /** A raw MQTT 5 publisher and the Topic Alias Maximum the server announced to it. */
  async function publisher(): Promise<{ raw: RawClient; max: number }> {
    const raw = await RawClient.open(broker, 5);
    const ack = await raw.connect();
    const max = ack.properties?.topicAliasMaximum ?? 0;
    assert.ok(max >= 2, `Topic Alias Maximum ${max}: too small to test`);
    return { raw, max };
  }

  test('MQTT-3.3.2-12: an alias set with a topic name maps later empty-topic PUBLISHes; a new topic re-maps it', async () => {
    const base = `ta/in/${clientId('t')}`;
    const sub = await connect(broker, { protocolVersion: 5 });
    await sub.subscribeAsync(`${base}/#`, { qos: 1 });
    const { raw } = await publisher();
    const steps: [topic: string, payload: string][] = [[`${base}/one`, 'a'], ['', 'b'], [`${base}/two`, 'c'], ['', 'd']];
    let id = 0;
    for (const [topic, payload] of steps) {
      raw.write(publishBytesV5({ topic, payload, qos: 1, messageId: ++id, props: [['topicAlias', 1]] }));
      await raw.expect('puback');
    }
    const got = await collect(sub, 4);
    assert.deepEqual(got.map((m) => `${m.topic}=${m.payload.toString()}`), [`${base}/one=a`, `${base}/one=b`, `${base}/two=c`, `${base}/two=d`]);
    // The alias is a per-hop detail: the subscriber (which allowed none) never sees it.
    assert.ok(got.every((m) => m.packet.properties?.topicAlias === undefined));
    raw.destroy();
  });

  test('MQTT-3.3.2-8: Topic Alias 0 → DISCONNECT 0x94', async () => {
    const { raw } = await publisher();
    raw.write(publishBytesV5({ topic: `ta/zero/${clientId('t')}`, payload: 'x', qos: 1, messageId: 1, props: [['topicAlias', 0]] }));
    // mosquitto 2.0.11 calls it malformed (0x81); §3.3.2.3.4 names 0x94 for an alias of 0 or over the maximum.
    await expectServerDisconnect(raw, isMosquitto ? 0x81 : 0x94, 'Topic Alias 0');
  });

  test('MQTT-3.3.2-9: a Topic Alias above the announced maximum → DISCONNECT 0x94', async () => {
    const { raw, max } = await publisher();
    raw.write(publishBytesV5({ topic: `ta/over/${clientId('t')}`, payload: 'x', qos: 1, messageId: 1, props: [['topicAlias', max + 1]] }));
    await expectServerDisconnect(raw, 0x94, `Topic Alias ${max + 1} over the maximum ${max}`);
  });

  test('MQTT-3.3.2-7: mappings are per connection — an alias unknown on this connection with an empty topic → DISCONNECT 0x82', async () => {
    // Set on one connection...
    const base = `ta/unknown/${clientId('t')}`;
    const sub = await connect(broker, { protocolVersion: 5 });
    await sub.subscribeAsync(`${base}/#`, { qos: 1 });
    const first = await publisher();
    first.raw.write(publishBytesV5({ topic: `${base}/set`, payload: 'set', qos: 1, messageId: 1, props: [['topicAlias', 2]] }));
    await first.raw.expect('puback');
    // ...unknown on another. The spec names no code for it: it is a Protocol Error (0x82), as in
    // mosquitto, EMQX and HiveMQ; 0x94 is reserved for an alias out of range.
    const second = await publisher();
    second.raw.write(publishBytesV5({ topic: '', payload: 'lost', qos: 1, messageId: 1, props: [['topicAlias', 2]] }));
    await expectServerDisconnect(second.raw, 0x82, 'unknown Topic Alias');
    const got = [...(await collect(sub, 1)), ...(await drain(sub))];
    assert.deepEqual(got.map((m) => m.payload.toString()), ['set']);
    first.raw.destroy();
  });

  /** A raw MQTT 5 subscriber to `filter` that allows the server `aliasMax` topic aliases (0: none). */
  async function subscriber(filter: string, aliasMax: number): Promise<RawClient> {
    const raw = await RawClient.open(broker, 5);
    await raw.connect(aliasMax > 0 ? { properties: { topicAliasMaximum: aliasMax } } : {});
    raw.send({ cmd: 'subscribe', messageId: 1, subscriptions: [{ topic: filter, qos: 1 }] });
    await raw.expect('suback');
    return raw;
  }

  /** Resolves aliases the way a client must; fails on any alias outside 1..max or unknown. */
  function resolve(publishes: IPublishPacket[], max: number): string[] {
    const map = new Map<number, string>();
    return publishes.map((p, i) => {
      const alias = p.properties?.topicAlias;
      if (alias === undefined) {
        assert.ok(p.topic.length > 0, `PUBLISH ${i} has neither a topic nor an alias`);
        return p.topic;
      }
      assert.ok(alias >= 1 && alias <= max, `MQTT-3.1.2-26: PUBLISH ${i} uses alias ${alias}, the client allowed 1..${max}`);
      if (p.topic.length > 0) {
        map.set(alias, p.topic);
        return p.topic;
      }
      const known = map.get(alias);
      assert.ok(known !== undefined, `PUBLISH ${i} uses alias ${alias} before setting it`);
      return known;
    });
  }

  const publishesOf = (raw: RawClient) => raw.packets.filter((p): p is IPublishPacket => p.cmd === 'publish');

  async function receiveAll(raw: RawClient, n: number): Promise<IPublishPacket[]> {
    let acked = 0;
    await waitFor(() => {
      const ps = publishesOf(raw);
      for (; acked < ps.length; acked++) if (ps[acked]!.qos > 0) raw.send({ cmd: 'puback', messageId: ps[acked]!.messageId! });
      return ps.length >= n;
    }, { message: () => `${publishesOf(raw).length} of ${n} PUBLISHes` });
    await sleep(QUIET_MS);
    return publishesOf(raw);
  }

  test(
    '§3.3.2.3.4 / MQTT-3.3.2-11: the server assigns an alias itself; the next message on that topic carries the alias and an empty topic',
    {
      skip: mosquittoLacks('never assigns outbound topic aliases (optional)'),
    },
    async () => {
      const topic = `ta/out/${clientId('t')}`;
      const raw = await subscriber(topic, 4);
      const pub = await connect(broker, { protocolVersion: 5 });
      await publishMany(pub, topic, ['first', 'second', 'third'], { qos: 1, window: 1 });
      const got = await receiveAll(raw, 3);
      const [a, b, c] = got;
      const alias = a!.properties?.topicAlias;
      assert.ok(alias !== undefined, 'the first PUBLISH sets no alias');
      assert.equal(a!.topic, topic);
      for (const p of [b!, c!]) {
        assert.equal(p.properties?.topicAlias, alias, 'a later PUBLISH does not reuse the alias');
        assert.equal(p.topic, '', 'a later PUBLISH repeats the topic name instead of relying on the alias');
      }
      assert.deepEqual(resolve(got, 4), [topic, topic, topic]);
      raw.destroy();
    },
  );

  test('MQTT-3.1.2-26: with more topics than the client allows aliases, aliases stay within 1..max and resolve right', async () => {
    const base = `ta/many/${clientId('t')}`;
    const max = 2;
    const raw = await subscriber(`${base}/+`, max);
    const pub = await connect(broker, { protocolVersion: 5 });
    const order = ['a', 'b', 'c', 'a', 'b', 'c', 'c', 'a'];
    for (const [i, t] of order.entries()) await pub.publishAsync(`${base}/${t}`, `${t}${i}`, { qos: 1 });
    const got = await receiveAll(raw, order.length);
    const topics = resolve(got, max);
    // Each payload names its topic: the resolved topic must agree.
    assert.deepEqual(topics.map((t, i) => `${t.slice(base.length + 1)}:${got[i]!.payload.toString()[0]}`), order.map((t) => `${t}:${t}`));
    raw.destroy();
  });

  test('MQTT-3.1.2-27: a client that announced no Topic Alias Maximum never gets an alias', async () => {
    const topic = `ta/none/${clientId('t')}`;
    const raw = await subscriber(topic, 0);
    const pub = await connect(broker, { protocolVersion: 5 });
    for (let i = 0; i < 3; i++) await pub.publishAsync(topic, String(i), { qos: 1 });
    const got = await receiveAll(raw, 3);
    assert.deepEqual(got.map((p) => [p.topic, p.properties?.topicAlias]), [[topic, undefined], [topic, undefined], [topic, undefined]]);
    raw.destroy();
  });
});
