/**
 * Subscription options (MQTT 5 §3.8.3.1): No Local, Retain As Published, Retain Handling.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  clientId, collect, connect, drain, shutdown, startBroker, type Broker,
} from '../harness/index.ts';

describe('conformance: subscription options (MQTT 5.0)', () => {
  let broker: Broker;
  before(async () => {
    broker = await startBroker();
  });
  after(() => shutdown(broker));

  const texts = (ms: { payload: Buffer }[]) => ms.map((m) => m.payload.toString());

  test('MQTT-3.8.3-3: No Local — a client does not get its own messages on that subscription, but gets everyone else\'s', async () => {
    const topic = `so/nolocal/${clientId('t')}`;
    const local = await connect(broker, { protocolVersion: 5 });
    await local.subscribeAsync(topic, { qos: 1, nl: true });
    const plain = await connect(broker, { protocolVersion: 5 });
    await plain.subscribeAsync(topic, { qos: 1, nl: false });
    await local.publishAsync(topic, 'from local', { qos: 1 });
    await plain.publishAsync(topic, 'from plain', { qos: 1 });
    const other = await connect(broker, { protocolVersion: 5 });
    await other.publishAsync(topic, 'from other', { qos: 1 });
    assert.deepEqual(texts([...(await collect(local, 2)), ...(await drain(local))]), ['from plain', 'from other']);
    // Without No Local a client gets its own messages.
    assert.deepEqual(texts([...(await collect(plain, 3)), ...(await drain(plain, 0))]), ['from local', 'from plain', 'from other']);
  });

  test('MQTT-3.3.1-12/13: Retain As Published keeps the RETAIN flag on live delivery; without it the flag is 0', async () => {
    const topic = `so/rap/${clientId('t')}`;
    const rap = await connect(broker, { protocolVersion: 5 });
    await rap.subscribeAsync(topic, { qos: 1, rap: true });
    const norap = await connect(broker, { protocolVersion: 5 });
    await norap.subscribeAsync(topic, { qos: 1, rap: false });
    const pub = await connect(broker, { protocolVersion: 5 });
    await pub.publishAsync(topic, 'retained', { qos: 1, retain: true });
    await pub.publishAsync(topic, 'plain', { qos: 1, retain: false });
    const flags = (ms: { payload: Buffer; retain: boolean }[]) => ms.map((m) => `${m.payload.toString()}:${m.retain ? 1 : 0}`);
    assert.deepEqual(flags(await collect(rap, 2)), ['retained:1', 'plain:0']);
    assert.deepEqual(flags(await collect(norap, 2)), ['retained:0', 'plain:0']);
    // A retained message sent because of a new subscription has RETAIN 1 either way (MQTT-3.3.1-8).
    const late = await connect(broker, { protocolVersion: 5 });
    await late.subscribeAsync(topic, { qos: 1, rap: false });
    assert.deepEqual(flags(await collect(late, 1)), ['retained:1']);
  });

  /**
   * A retained message on a fresh topic, and a client subscribing to it twice with Retain Handling
   * `rh`; `expect` says how many retained copies each SUBSCRIBE should bring (awaited, then any
   * extra is drained).
   */
  async function subscribeTwice(rh: 0 | 1 | 2, expect: [number, number]): Promise<{ first: string[]; second: string[] }> {
    const topic = `so/rh${rh}/${clientId('t')}`;
    const pub = await connect(broker, { protocolVersion: 5 });
    await pub.publishAsync(topic, 'retained', { qos: 1, retain: true });
    const sub = await connect(broker, { protocolVersion: 5 });
    const after = async (n: number) => texts([...(await collect(sub, n)), ...(await drain(sub))]);
    await sub.subscribeAsync(topic, { qos: 1, rh });
    const first = await after(expect[0]);
    await sub.subscribeAsync(topic, { qos: 1, rh });
    const second = await after(expect[1]);
    // Live messages flow whatever the Retain Handling.
    await pub.publishAsync(topic, 'live', { qos: 1 });
    assert.deepEqual(texts(await collect(sub, 1)), ['live']);
    return { first, second };
  }

  test('MQTT-3.3.1-9: Retain Handling 0 — retained messages on every SUBSCRIBE, a repeated one included', async () => {
    assert.deepEqual(await subscribeTwice(0, [1, 1]), { first: ['retained'], second: ['retained'] });
  });

  test('MQTT-3.3.1-10: Retain Handling 1 — retained messages only if the subscription did not exist', async () => {
    assert.deepEqual(await subscribeTwice(1, [1, 0]), { first: ['retained'], second: [] });
  });

  test('MQTT-3.3.1-11: Retain Handling 2 — no retained messages on SUBSCRIBE', async () => {
    assert.deepEqual(await subscribeTwice(2, [0, 0]), { first: [], second: [] });
  });
});
