/** Retained messages (MQTT 3.1.1 §3.3.1.3, 5.0 §3.3.1.3): set, replace, clear, wildcards, wills, restarts. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  RawClient, VERSIONS, clientId, collect, connect, drain, shutdown, startBroker, versionName, wharfOnly, type Broker,
} from './harness/index.ts';

describe('retained', () => {
  let broker: Broker;
  before(async () => {
    broker = await startBroker();
  });
  after(() => shutdown(broker));

  for (const v of VERSIONS) {
    describe(versionName(v), () => {
      test('a retained message reaches a new subscriber with retain=1; a live one has retain=0', async () => {
        const topic = `ret/set/${clientId('t')}`;
        const live = await connect(broker, { protocolVersion: v });
        await live.subscribeAsync(topic, { qos: 1 });
        const pub = await connect(broker, { protocolVersion: v });
        await pub.publishAsync(topic, 'kept', { qos: 1, retain: true });
        const [l] = await collect(live, 1);
        assert.equal(l!.payload.toString(), 'kept');
        assert.equal(l!.retain, false, 'MQTT-3.3.1-9: retain is 0 on delivery to an existing subscription');
        const late = await connect(broker, { protocolVersion: v });
        await late.subscribeAsync(topic, { qos: 1 });
        const [r] = await collect(late, 1);
        assert.equal(r!.payload.toString(), 'kept');
        assert.equal(r!.retain, true);
        assert.equal(r!.qos, 1);
        assert.deepEqual(await drain(late), []);
      });

      test('a retained message is delivered at min(its QoS, granted QoS)', async () => {
        const topic = `ret/qos/${clientId('t')}`;
        const pub = await connect(broker, { protocolVersion: v });
        await pub.publishAsync(topic, 'q2', { qos: 2, retain: true });
        const s0 = await connect(broker, { protocolVersion: v });
        await s0.subscribeAsync(topic, { qos: 0 });
        const s2 = await connect(broker, { protocolVersion: v });
        await s2.subscribeAsync(topic, { qos: 2 });
        assert.equal((await collect(s0, 1))[0]!.qos, 0);
        assert.equal((await collect(s2, 1))[0]!.qos, 2);
      });

      test('a new retained message replaces the old one', async () => {
        const topic = `ret/replace/${clientId('t')}`;
        const pub = await connect(broker, { protocolVersion: v });
        await pub.publishAsync(topic, 'v1', { qos: 1, retain: true });
        await pub.publishAsync(topic, 'v2', { qos: 1, retain: true });
        const sub = await connect(broker, { protocolVersion: v });
        await sub.subscribeAsync(topic, { qos: 1 });
        const got = [...(await collect(sub, 1)), ...(await drain(sub))];
        assert.deepEqual(got.map((m) => m.payload.toString()), ['v2']);
      });

      test('an empty retained payload clears the topic and is still delivered live', async () => {
        const base = `ret/clear/${clientId('t')}`;
        const pub = await connect(broker, { protocolVersion: v });
        await pub.publishAsync(`${base}/gone`, 'x', { qos: 1, retain: true });
        await pub.publishAsync(`${base}/keep`, 'keep', { qos: 1, retain: true });
        const live = await connect(broker, { protocolVersion: v });
        await live.subscribeAsync(`${base}/gone`, { qos: 1 });
        assert.equal((await collect(live, 1))[0]!.payload.toString(), 'x');
        await pub.publishAsync(`${base}/gone`, '', { qos: 1, retain: true });
        const [cleared] = await collect(live, 1);
        assert.equal(cleared!.payload.length, 0);
        const sub = await connect(broker, { protocolVersion: v });
        await sub.subscribeAsync(`${base}/+`, { qos: 1 });
        const got = [...(await collect(sub, 1)), ...(await drain(sub))];
        assert.deepEqual(got.map((m) => `${m.topic}=${m.payload.toString()}`), [`${base}/keep=keep`]);
      });

      test('a wildcard subscription gets every matching retained message and no others', async () => {
        const base = `ret/wild/${clientId('t')}`;
        const pub = await connect(broker, { protocolVersion: v });
        for (const t of ['x/1', 'x/2', 'y/3', 'x/4/deep']) await pub.publishAsync(`${base}/${t}`, t, { qos: 1, retain: true });
        const plus = await connect(broker, { protocolVersion: v });
        await plus.subscribeAsync(`${base}/x/+`, { qos: 1 });
        const hash = await connect(broker, { protocolVersion: v });
        await hash.subscribeAsync(`${base}/#`, { qos: 1 });
        const p = [...(await collect(plus, 2)), ...(await drain(plus))];
        assert.deepEqual(p.map((m) => m.payload.toString()).sort(), ['x/1', 'x/2']);
        assert.ok(p.every((m) => m.retain));
        const h = [...(await collect(hash, 4)), ...(await drain(hash, 0))];
        assert.deepEqual(h.map((m) => m.payload.toString()).sort(), ['x/1', 'x/2', 'x/4/deep', 'y/3']);
      });

      test('a retained will is stored when the client dies', async () => {
        const topic = `ret/will/${clientId('t')}`;
        const live = await connect(broker, { protocolVersion: v });
        await live.subscribeAsync(topic, { qos: 1 });
        const raw = await RawClient.open(broker, v);
        await raw.connect({ will: { topic, payload: Buffer.from('last words'), qos: 1, retain: true } });
        raw.destroy();
        // Once the will is out, it must also be the topic's retained message.
        assert.equal((await collect(live, 1, 3000))[0]!.payload.toString(), 'last words');
        const sub = await connect(broker, { protocolVersion: v });
        await sub.subscribeAsync(topic, { qos: 1 });
        const got = [...(await collect(sub, 1)), ...(await drain(sub))];
        assert.equal(got.length, 1, 'no retained will');
        assert.equal(got[0]!.payload.toString(), 'last words');
        assert.equal(got[0]!.retain, true);
      });
    });
  }

  test('retained messages survive a graceful restart', async () => {
    const topic = `ret/restart/${clientId('t')}`;
    const pub = await connect(broker);
    await pub.publishAsync(topic, 'durable', { qos: 1, retain: true });
    await pub.endAsync();
    await broker.restart();
    const sub = await connect(broker);
    await sub.subscribeAsync(topic, { qos: 1 });
    const [m] = await collect(sub, 1);
    assert.equal(m!.payload.toString(), 'durable');
    assert.equal(m!.retain, true);
  });

  test('an acknowledged retained message survives kill -9', { skip: wharfOnly('mosquitto saves retained messages only at exit') }, async () => {
    const topic = `ret/crash/${clientId('t')}`;
    const pub = await connect(broker);
    await pub.publishAsync(topic, 'acked', { qos: 1, retain: true });
    await broker.kill9();
    await broker.restart();
    const sub = await connect(broker);
    await sub.subscribeAsync(topic, { qos: 1 });
    const got = [...(await collect(sub, 1)), ...(await drain(sub))];
    assert.deepEqual(got.map((m) => m.payload.toString()), ['acked']);
  });
});
