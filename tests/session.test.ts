/** Sessions (MQTT 3.1.1 §3.1.2.4, §4.1; 5.0 §3.1.2.4, §3.1.2.11.2, §4.1): clean, persistent, expiry, restarts. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { IConnectPacket } from 'mqtt-packet';
import {
  QUIET_MS, RawClient, VERSIONS, clientId, closed, collect, connackOf, connect, drain, publishMany, shutdown, sleep,
  startBroker, versionName, type Broker, type ConnectOptions, type MqttVersion,
} from './harness/index.ts';

/** A session that outlives the connection: clean=0 (3.1.1), or cleanStart=0 with an expiry (5.0). */
function persistent(v: MqttVersion, id: string, expirySeconds = 300): ConnectOptions {
  return v === 5
    ? { protocolVersion: 5, clientId: id, clean: false, properties: { sessionExpiryInterval: expirySeconds } }
    : { protocolVersion: 4, clientId: id, clean: false };
}

/** A session that ends with the connection (and discards any stored one). */
function clean(v: MqttVersion, id: string): ConnectOptions {
  return { protocolVersion: v, clientId: id, clean: true };
}

function rawPersistent(v: MqttVersion, id: string): Partial<IConnectPacket> {
  return v === 5 ? { clientId: id, clean: false, properties: { sessionExpiryInterval: 300 } } : { clientId: id, clean: false };
}

const seq = (n: number, from = 0) => Array.from({ length: n }, (_, i) => String(from + i));

describe('session', () => {
  let broker: Broker;
  before(async () => {
    broker = await startBroker();
  });
  after(() => shutdown(broker));

  for (const v of VERSIONS) {
    describe(versionName(v), () => {
      test('a clean session gets nothing that was published while it was away', async () => {
        const id = clientId('clean');
        const topic = `ses/clean/${id}`;
        const first = await connect(broker, clean(v, id));
        await first.subscribeAsync(topic, { qos: 1 });
        await first.endAsync();
        const pub = await connect(broker, { protocolVersion: v });
        await publishMany(pub, topic, seq(5), { qos: 1 });
        const again = await connect(broker, clean(v, id));
        assert.equal(connackOf(again).sessionPresent, false);
        await again.subscribeAsync(topic, { qos: 1 });
        await pub.publishAsync(topic, 'marker', { qos: 1 });
        const got = [...(await collect(again, 1)), ...(await drain(again))];
        assert.deepEqual(got.map((m) => m.payload.toString()), ['marker']);
      });

      test('a persistent session gets all 200 messages published while away, in order, at QoS 1', async () => {
        const id = clientId('persist');
        const topic = `ses/persist/${id}`;
        const first = await connect(broker, persistent(v, id));
        assert.equal(connackOf(first).sessionPresent, false, 'a new session is not present');
        await first.subscribeAsync(topic, { qos: 1 });
        await first.endAsync();
        const pub = await connect(broker, { protocolVersion: v });
        await publishMany(pub, topic, seq(200), { qos: 1 });
        const back = await connect(broker, persistent(v, id));
        assert.equal(connackOf(back).sessionPresent, true);
        const got = await collect(back, 200, 10_000);
        assert.deepEqual(got.map((m) => m.payload.toString()), seq(200));
        assert.ok(got.every((m) => m.qos === 1 && m.topic === topic));
        // Still subscribed: live delivery continues after the backlog.
        await pub.publishAsync(topic, 'live', { qos: 1 });
        assert.equal((await collect(back, 1))[0]!.payload.toString(), 'live');
        assert.deepEqual(await drain(back), []);
      });

      test('a persistent session keeps only the filters still subscribed', async () => {
        const id = clientId('unsub');
        const base = `ses/unsub/${id}`;
        const first = await connect(broker, persistent(v, id));
        await first.subscribeAsync([`${base}/kept`, `${base}/dropped`], { qos: 1 });
        await first.unsubscribeAsync(`${base}/dropped`);
        await first.endAsync();
        const pub = await connect(broker, { protocolVersion: v });
        await pub.publishAsync(`${base}/dropped`, 'dropped', { qos: 1 });
        await pub.publishAsync(`${base}/kept`, 'kept', { qos: 1 });
        const back = await connect(broker, persistent(v, id));
        const got = [...(await collect(back, 1)), ...(await drain(back))];
        assert.deepEqual(got.map((m) => m.payload.toString()), ['kept']);
      });

      test('connecting with a clean session discards the stored one', async () => {
        const id = clientId('discard');
        const topic = `ses/discard/${id}`;
        const first = await connect(broker, persistent(v, id));
        await first.subscribeAsync(topic, { qos: 1 });
        await first.endAsync();
        const wiped = await connect(broker, clean(v, id));
        assert.equal(connackOf(wiped).sessionPresent, false, 'MQTT-3.2.2-1: clean session → session present 0');
        await wiped.endAsync();
        const back = await connect(broker, persistent(v, id));
        assert.equal(connackOf(back).sessionPresent, false, 'the discarded session came back');
        // Its subscription went with it.
        const witness = await connect(broker, { protocolVersion: v });
        await witness.subscribeAsync(topic, { qos: 1 });
        const pub = await connect(broker, { protocolVersion: v });
        await pub.publishAsync(topic, 'nobody home', { qos: 1 });
        await collect(witness, 1);
        assert.deepEqual(await drain(back), []);
      });

      test('a takeover of a persistent session hands the session to the new connection', async () => {
        const id = clientId('handover');
        const topic = `ses/handover/${id}`;
        const first = await connect(broker, persistent(v, id));
        await first.subscribeAsync(topic, { qos: 1 });
        const firstClosed = closed(first);
        const second = await connect(broker, persistent(v, id));
        assert.equal(connackOf(second).sessionPresent, true, 'the live session was not handed over');
        await firstClosed;
        const pub = await connect(broker, { protocolVersion: v });
        await pub.publishAsync(topic, 'to the new owner', { qos: 1 });
        assert.equal((await collect(second, 1))[0]!.payload.toString(), 'to the new owner');
        assert.deepEqual(await drain(first, 0), []);
      });

      test('unacknowledged QoS 1 PUBLISHes are resent on reconnect with DUP=1 and their original packet ids', async () => {
        const id = clientId('resend1');
        const topic = `ses/resend1/${id}`;
        const a = await RawClient.open(broker, v);
        await a.connect(rawPersistent(v, id));
        a.send({ cmd: 'subscribe', messageId: 1, subscriptions: [{ topic, qos: 1 }] });
        await a.expect('suback');
        const pub = await connect(broker, { protocolVersion: v });
        await publishMany(pub, topic, seq(5), { qos: 1 });
        const first = [];
        for (let i = 0; i < 5; i++) first.push(await a.expect('publish'));
        assert.deepEqual(first.map((p) => p.payload.toString()), seq(5));
        a.send({ cmd: 'puback', messageId: first[0]!.messageId! });
        a.send({ cmd: 'puback', messageId: first[1]!.messageId! });
        // A PINGRESP proves the broker read both PUBACKs before the connection drops.
        a.send({ cmd: 'pingreq' });
        await a.expect('pingresp');
        a.destroy();
        await a.closed;

        const b = await RawClient.open(broker, v);
        const ack = await b.connect(rawPersistent(v, id));
        assert.equal(ack.sessionPresent, true);
        const again = [];
        for (let i = 0; i < 3; i++) again.push(await b.expect('publish'));
        assert.deepEqual(again.map((p) => p.payload.toString()), ['2', '3', '4']);
        assert.deepEqual(again.map((p) => p.messageId), first.slice(2).map((p) => p.messageId), 'MQTT-4.4.0-1: original packet ids');
        assert.ok(again.every((p) => p.dup), 'MQTT-3.3.1-1: a resent PUBLISH has DUP=1');
        for (const p of again) b.send({ cmd: 'puback', messageId: p.messageId! });
        await sleep(QUIET_MS);
        assert.deepEqual(b.unread().map((p) => p.cmd), []);
        b.destroy();
      });

      test('QoS 2 in flight resumes on reconnect: PUBREL after PUBREC, PUBLISH (DUP=1) before it', async () => {
        const id = clientId('resend2');
        const topic = `ses/resend2/${id}`;
        const a = await RawClient.open(broker, v);
        await a.connect(rawPersistent(v, id));
        a.send({ cmd: 'subscribe', messageId: 1, subscriptions: [{ topic, qos: 2 }] });
        await a.expect('suback');
        const pub = await connect(broker, { protocolVersion: v });
        await publishMany(pub, topic, seq(2), { qos: 2 });
        const m0 = await a.expect('publish');
        const m1 = await a.expect('publish');
        assert.deepEqual([m0.payload.toString(), m1.payload.toString()], ['0', '1']);
        a.send({ cmd: 'pubrec', messageId: m0.messageId! });
        assert.equal((await a.expect('pubrel')).messageId, m0.messageId);
        a.destroy();
        await a.closed;

        const b = await RawClient.open(broker, v);
        assert.equal((await b.connect(rawPersistent(v, id))).sessionPresent, true);
        const resent = [await b.next(), await b.next()];
        const rel = resent.find((p) => p.cmd === 'pubrel');
        const again = resent.find((p) => p.cmd === 'publish');
        assert.ok(rel !== undefined && rel.messageId === m0.messageId, `expected PUBREL ${m0.messageId}, got ${resent.map((p) => p.cmd)}`);
        assert.ok(again !== undefined && again.cmd === 'publish', 'the unreceived QoS 2 message was not resent');
        assert.equal(again.payload.toString(), '1');
        assert.equal(again.messageId, m1.messageId);
        assert.equal(again.dup, true);
        b.send({ cmd: 'pubcomp', messageId: m0.messageId! });
        b.send({ cmd: 'pubrec', messageId: m1.messageId! });
        assert.equal((await b.expect('pubrel')).messageId, m1.messageId);
        b.send({ cmd: 'pubcomp', messageId: m1.messageId! });
        await sleep(QUIET_MS);
        assert.deepEqual(b.unread().map((p) => p.cmd), [], 'message 0 was delivered twice');
        b.destroy();
      });
    });
  }

  test('MQTT 5.0: session expiry 0 ends the session at disconnect', async () => {
    const id = clientId('exp0');
    const first = await connect(broker, { protocolVersion: 5, clientId: id, clean: false, properties: { sessionExpiryInterval: 0 } });
    await first.subscribeAsync(`ses/exp0/${id}`, { qos: 1 });
    await first.endAsync();
    const back = await connect(broker, persistent(5, id));
    assert.equal(connackOf(back).sessionPresent, false);
  });

  test('MQTT 5.0: a session is gone after its expiry interval', async () => {
    const id = clientId('expiry');
    const topic = `ses/expiry/${id}`;
    const first = await connect(broker, persistent(5, id, 1));
    await first.subscribeAsync(topic, { qos: 1 });
    await first.endAsync();
    // Session expiry is a protocol timer: nothing to await but time.
    await sleep(2500);
    const pub = await connect(broker, { protocolVersion: 5 });
    await pub.publishAsync(topic, 'too late', { qos: 1 });
    const back = await connect(broker, persistent(5, id));
    assert.equal(connackOf(back).sessionPresent, false, 'session outlived its expiry interval');
    assert.deepEqual((await drain(back)).map((m) => m.payload.toString()), []);
  });

  for (const v of VERSIONS) {
    test(`${versionName(v)}: a persistent session survives a graceful restart`, async () => {
      const id = clientId('restart');
      const topic = `ses/restart/${id}`;
      const first = await connect(broker, persistent(v, id));
      await first.subscribeAsync(topic, { qos: 1 });
      await first.endAsync();
      let pub = await connect(broker, { protocolVersion: v });
      await publishMany(pub, topic, seq(50), { qos: 1 });
      await pub.endAsync();
      await broker.restart();
      pub = await connect(broker, { protocolVersion: v });
      await publishMany(pub, topic, seq(50, 50), { qos: 1 });
      const back = await connect(broker, persistent(v, id));
      assert.equal(connackOf(back).sessionPresent, true);
      const got = await collect(back, 100, 10_000);
      assert.deepEqual(got.map((m) => m.payload.toString()), seq(100));
      assert.deepEqual(await drain(back), []);
    });
  }
});
