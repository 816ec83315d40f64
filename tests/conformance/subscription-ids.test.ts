/**
 * Subscription Identifiers (MQTT 5 §3.8.2.1.2, §3.3.4): the identifier of every subscription that
 * caused a delivery travels with it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  clientId, collect, connect, drain, shutdown, startBroker, wharfOnly, type Broker, type Received,
} from '../harness/index.ts';

const ids = (m: Received): number[] => {
  const v = m.packet.properties?.subscriptionIdentifier;
  return v === undefined ? [] : (Array.isArray(v) ? [...v] : [v]).sort((a, b) => a - b);
};

describe('conformance: Subscription Identifiers (MQTT 5.0)', () => {
  let broker: Broker;
  before(async () => {
    broker = await startBroker();
  });
  after(() => shutdown(broker));

  /** Subscribes `sub` to three overlapping filters (ids 1 and 2, and one without) and publishes `payloads` to `<base>/x`. */
  async function overlapping(payloads: string[]): Promise<Received[]> {
    const base = `sid/overlap/${clientId('t')}`;
    const sub = await connect(broker, { protocolVersion: 5 });
    await sub.subscribeAsync(`${base}/+`, { qos: 0, properties: { subscriptionIdentifier: 1 } });
    await sub.subscribeAsync(`${base}/#`, { qos: 1, properties: { subscriptionIdentifier: 2 } });
    await sub.subscribeAsync(`${base}/x`, { qos: 0 });
    const pub = await connect(broker, { protocolVersion: 5 });
    for (const p of payloads) await pub.publishAsync(`${base}/x`, p, { qos: 1 });
    return [...(await collect(sub, payloads.length)), ...(await drain(sub))];
  }

  test('MQTT-3.3.4-3/4/5: overlapping subscriptions — one copy carries every matching identifier, or each copy its own', async () => {
    const got = await overlapping(['one']);
    const shape = JSON.stringify(got.map((m) => ({ ids: ids(m), qos: m.qos })));
    assert.ok(got.every((m) => m.payload.toString() === 'one'));
    if (got.length === 1) {
      // MQTT-3.3.4-4, and the copy respects the highest granted QoS.
      assert.deepEqual({ ids: ids(got[0]!), qos: got[0]!.qos }, { ids: [1, 2], qos: 1 });
      return;
    }
    // MQTT-3.3.4-5: one copy per matching subscription, each with that subscription's identifier only.
    assert.ok(got.length <= 3, `${got.length} copies for 3 subscriptions: ${shape}`);
    assert.ok(got.every((m) => ids(m).length <= 1), `a copy carries several identifiers: ${shape}`);
    assert.deepEqual(got.flatMap(ids).sort(), [1, 2], `identifiers over all copies: ${shape}`);
    assert.equal(got.find((m) => ids(m)[0] === 2)?.qos, 1, `the copy for subscription 2 (QoS 1): ${shape}`);
  });

  test(
    'MQTT-3.3.4-4: overlapping subscriptions → a single copy carrying every matching identifier, at the highest QoS',
    {
      skip: wharfOnly('mosquitto sends one copy per subscription (also allowed, MQTT-3.3.4-5); one copy is our choice'),
    },
    async () => {
      const got = await overlapping(['one', 'two']);
      assert.deepEqual(
        got.map((m) => ({ payload: m.payload.toString(), ids: ids(m), qos: m.qos })),
        [{ payload: 'one', ids: [1, 2], qos: 1 }, { payload: 'two', ids: [1, 2], qos: 1 }],
      );
    },
  );

  test('MQTT-3.3.4-3: the identifier is on live and retained deliveries; replacing the subscription without one removes it', async () => {
    const topic = `sid/replace/${clientId('t')}`;
    const pub = await connect(broker, { protocolVersion: 5 });
    await pub.publishAsync(topic, 'retained', { qos: 1, retain: true });
    const sub = await connect(broker, { protocolVersion: 5 });
    await sub.subscribeAsync(topic, { qos: 1, properties: { subscriptionIdentifier: 7 } });
    const [r1] = await collect(sub, 1);
    assert.deepEqual([r1!.payload.toString(), r1!.retain, ids(r1!)], ['retained', true, [7]]);
    await pub.publishAsync(topic, 'live', { qos: 1 });
    const [l1] = await collect(sub, 1);
    assert.deepEqual([l1!.payload.toString(), ids(l1!)], ['live', [7]]);
    // §3.8.4: the same filter again replaces the subscription, identifier included.
    await sub.subscribeAsync(topic, { qos: 1 });
    const [r2] = await collect(sub, 1);
    assert.deepEqual([r2!.payload.toString(), ids(r2!)], ['retained', []]);
    await pub.publishAsync(topic, 'live again', { qos: 1 });
    const got = [...(await collect(sub, 1)), ...(await drain(sub))];
    assert.deepEqual(got.map((m) => [m.payload.toString(), ids(m)]), [['live again', []]]);
  });

  test('§3.8.2.1.2: one SUBSCRIBE with several filters gives its identifier to each of them', async () => {
    const base = `sid/multi/${clientId('t')}`;
    const sub = await connect(broker, { protocolVersion: 5 });
    await sub.subscribeAsync({ [`${base}/a`]: { qos: 1 }, [`${base}/b`]: { qos: 1 } }, { properties: { subscriptionIdentifier: 268_435_455 } });
    const pub = await connect(broker, { protocolVersion: 5 });
    await pub.publishAsync(`${base}/a`, 'a', { qos: 1 });
    await pub.publishAsync(`${base}/b`, 'b', { qos: 1 });
    const got = await collect(sub, 2);
    assert.deepEqual(got.map((m) => [m.payload.toString(), ids(m)]), [['a', [268_435_455]], ['b', [268_435_455]]]);
  });
});
