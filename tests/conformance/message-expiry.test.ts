/**
 * Message Expiry Interval (MQTT 5 §3.3.2.3.3): an expired message is never delivered (offline
 * sessions, retained messages), and the interval forwarded is what remains of it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  clientId, collect, connackOf, connect, drain, shutdown, sleep, startBroker, type Broker,
} from '../harness/index.ts';

const persistent = (id: string) => ({ protocolVersion: 5 as const, clientId: id, clean: false, properties: { sessionExpiryInterval: 60 } });

describe('conformance: Message Expiry Interval (MQTT 5.0)', () => {
  let broker: Broker;
  before(async () => {
    broker = await startBroker();
  });
  after(() => shutdown(broker));

  test('MQTT-3.3.2-5: an expired message is not delivered to an offline session nor kept as the retained message', async () => {
    const id = clientId('exp');
    const base = `me/expired/${id}`;
    const first = await connect(broker, persistent(id));
    await first.subscribeAsync(`${base}/queued`, { qos: 1 });
    await first.endAsync();
    const pub = await connect(broker, { protocolVersion: 5 });
    await pub.publishAsync(`${base}/queued`, 'short', { qos: 1, properties: { messageExpiryInterval: 1 } });
    await pub.publishAsync(`${base}/queued`, 'long', { qos: 1, properties: { messageExpiryInterval: 60 } });
    await pub.publishAsync(`${base}/queued`, 'forever', { qos: 1 });
    await pub.publishAsync(`${base}/retained`, 'short retained', { qos: 1, retain: true, properties: { messageExpiryInterval: 1 } });
    // Expiry is a protocol timer (second granularity in some brokers): nothing to await but time.
    await sleep(2100);
    const back = await connect(broker, persistent(id));
    assert.equal(connackOf(back).sessionPresent, true);
    const got = [...(await collect(back, 2)), ...(await drain(back))];
    assert.deepEqual(got.map((m) => m.payload.toString()), ['long', 'forever']);
    const late = await connect(broker, { protocolVersion: 5 });
    await late.subscribeAsync(`${base}/retained`, { qos: 1 });
    assert.deepEqual((await drain(late)).map((m) => m.payload.toString()), [], 'an expired retained message was delivered');
  });

  test('MQTT-3.3.2-6: the forwarded Message Expiry Interval is what remains (lower after a wait); none is added', async () => {
    const id = clientId('remain');
    const topic = `me/remain/${id}`;
    const first = await connect(broker, persistent(id));
    await first.subscribeAsync(topic, { qos: 1 });
    await first.endAsync();
    const live = await connect(broker, { protocolVersion: 5 });
    await live.subscribeAsync(topic, { qos: 1 });
    const pub = await connect(broker, { protocolVersion: 5 });
    await pub.publishAsync(topic, 'ten', { qos: 1, properties: { messageExpiryInterval: 10 } });
    await pub.publishAsync(topic, 'none', { qos: 1 });
    const now = await collect(live, 2);
    const liveInterval = now[0]!.packet.properties?.messageExpiryInterval;
    assert.ok(liveInterval !== undefined && liveInterval <= 10 && liveInterval >= 9, `live delivery carried ${liveInterval}`);
    assert.equal(now[1]!.packet.properties?.messageExpiryInterval, undefined, 'an expiry was added to a message without one');
    await sleep(1500);
    const back = await connect(broker, persistent(id));
    const got = await collect(back, 2);
    const remaining = got[0]!.packet.properties?.messageExpiryInterval;
    assert.ok(remaining !== undefined && remaining < 10 && remaining >= 7, `after 1.5 s offline the interval is ${remaining}, sent 10`);
    assert.equal(got[1]!.packet.properties?.messageExpiryInterval, undefined);
  });
});
