/**
 * MQTT 3.1.1 and 3.1 specifics. Already covered in tests/connect.test.ts: empty client id with
 * clean session 0 → return code 2, with clean session 1 → accepted, a basic 3.1 (MQIsdp)
 * exchange; in tests/subscribe.test.ts: SUBACK 0x80 for invalid filters (3.1.1) and at least one
 * copy at the highest QoS for overlapping subscriptions. This file adds what those leave out.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  QUIET_MS, RawClient, clientId, collect, connect, connectBytes, drain, shutdown, sleep, startBroker, wharfOnly,
  type Broker,
} from '../harness/index.ts';

/** MQTT 3.1 limits client identifiers to 23 characters. */
const v31Id = (tag: string) => clientId(tag).replace(/-/g, '').slice(0, 23);

describe('conformance: MQTT 3.1.1 and 3.1', () => {
  let broker: Broker;
  before(async () => {
    broker = await startBroker();
  });
  after(() => shutdown(broker));

  test('MQTT-3.1.3-6: two clients with empty client ids (clean session 1) get distinct sessions', async () => {
    const topic = `v311/anon/${clientId('t')}`;
    const a = await RawClient.open(broker, 4);
    assert.equal((await a.connect({ clientId: '', clean: true })).returnCode, 0);
    a.send({ cmd: 'subscribe', messageId: 1, subscriptions: [{ topic: `${topic}/a`, qos: 1 }] });
    await a.expect('suback');
    const b = await RawClient.open(broker, 4);
    assert.equal((await b.connect({ clientId: '', clean: true })).returnCode, 0);
    b.send({ cmd: 'subscribe', messageId: 1, subscriptions: [{ topic: `${topic}/b`, qos: 1 }] });
    await b.expect('suback');
    const pub = await connect(broker);
    await pub.publishAsync(`${topic}/a`, 'for a', { qos: 1 });
    await pub.publishAsync(`${topic}/b`, 'for b', { qos: 1 });
    assert.equal((await a.expect('publish')).payload.toString(), 'for a');
    assert.equal((await b.expect('publish')).payload.toString(), 'for b');
    assert.equal(a.isClosed || b.isClosed, false, 'one anonymous client took the other over');
    a.destroy();
    b.destroy();
  });

  test('MQTT-3.1.3-8: empty client id with clean session 0 and a will → return code 2, closed, the will never sent', async () => {
    const topic = `v311/refused/${clientId('t')}`;
    const watcher = await connect(broker);
    await watcher.subscribeAsync(topic, { qos: 1 });
    const raw = await RawClient.open(broker, 4);
    // Built by hand: mqtt-packet refuses to encode it. Flags 0x0e: will (QoS 1), clean session 0.
    const bytes = connectBytes({ level: 4, clientId: '', clean: false });
    const will = Buffer.concat([u16str(topic), u16str('never')]);
    const body = Buffer.concat([bytes.subarray(2), will]);
    body[7] = 0x0c; // connect flags: will flag + will QoS 1, clean session 0
    raw.write(Buffer.concat([Buffer.from([0x10, body.length]), body]));
    const ack = await raw.expect('connack');
    assert.equal(ack.returnCode, 2);
    await raw.waitClosed(2000);
    await sleep(QUIET_MS);
    assert.deepEqual(await drain(watcher, 0), []);
  });

  test(
    'MQTT-3.3.5-1: overlapping subscriptions → one copy, at the highest granted QoS',
    {
      skip: wharfOnly('mosquitto 2.0.11 sends 3.1.1 clients one copy at the first matching QoS, against MQTT-3.3.5-1'),
    },
    async () => {
      // 3.1.1 also allows one copy per subscription; one copy spares the subscriber the duplicates (as HiveMQ).
      const base = `v311/overlap/${clientId('t')}`;
      const sub = await connect(broker, { protocolVersion: 4 });
      await sub.subscribeAsync({ [`${base}/a/b`]: { qos: 0 }, [`${base}/+/b`]: { qos: 2 }, [`${base}/#`]: { qos: 1 } });
      const pub = await connect(broker, { protocolVersion: 4 });
      await pub.publishAsync(`${base}/a/b`, 'one', { qos: 2 });
      await pub.publishAsync(`${base}/a/b`, 'two', { qos: 1 });
      const got = [...(await collect(sub, 2)), ...(await drain(sub))];
      assert.deepEqual(got.map((m) => `${m.payload.toString()}@${m.qos}`), ['one@2', 'two@1']);
    },
  );

  test(
    'MQTT 3.1: SUBACK 0x80 for an invalid filter, valid filters in the same SUBSCRIBE granted',
    { skip: wharfOnly('mosquitto closes the connection on an invalid filter, which the spec also allows') },
    async () => {
      const raw = await RawClient.open(broker, 3);
      assert.equal((await raw.connect({ clientId: v31Id('v31sub') })).returnCode, 0);
      const topic = `v31/ok/${clientId('t')}`;
      raw.send({ cmd: 'subscribe', messageId: 5, subscriptions: [{ topic: 'a/#/b', qos: 1 }, { topic, qos: 1 }] });
      const ack = await raw.expect('suback');
      assert.deepEqual(ack.granted, [0x80, 1]);
      raw.destroy();
    },
  );

  test('MQTT 3.1: a persistent session (clean session 0) keeps its subscription and queued messages; the will is sent', async () => {
    const id = v31Id('v31persist');
    const topic = `v31/persist/${clientId('t')}`;
    const willTopic = `${topic}/will`;
    const watcher = await connect(broker);
    await watcher.subscribeAsync(willTopic, { qos: 1 });
    const first = await RawClient.open(broker, 3);
    assert.equal((await first.connect({ clientId: id, clean: false })).returnCode, 0);
    first.send({ cmd: 'subscribe', messageId: 1, subscriptions: [{ topic, qos: 1 }] });
    await first.expect('suback');
    first.send({ cmd: 'disconnect' });
    await first.waitClosed();
    const pub = await connect(broker);
    await pub.publishAsync(topic, 'queued', { qos: 1 });
    const back = await RawClient.open(broker, 3);
    const ack = await back.connect({
      clientId: id, clean: false, will: { topic: willTopic, payload: Buffer.from('3.1 gone'), qos: 1, retain: false },
    });
    assert.equal(ack.returnCode, 0);
    const p = await back.expect('publish');
    assert.equal(p.payload.toString(), 'queued');
    back.send({ cmd: 'puback', messageId: p.messageId! });
    back.destroy();
    assert.equal((await collect(watcher, 1, 3000))[0]!.payload.toString(), '3.1 gone');
    // Clean up the stored session.
    const wipe = await RawClient.open(broker, 3);
    await wipe.connect({ clientId: id, clean: true });
    wipe.destroy();
  });

  test('MQTT 3.1: an empty client id is refused with return code 2 (3.1 needs 1 to 23 characters)', async () => {
    const raw = await RawClient.open(broker, 3);
    raw.write(connectBytes({ protocolName: 'MQIsdp', level: 3, clientId: '', clean: true }));
    const ack = await raw.expect('connack');
    assert.equal(ack.returnCode, 2);
    await raw.waitClosed(2000);
  });
});

function u16str(s: string): Buffer {
  const b = Buffer.from(s, 'utf8');
  const len = Buffer.alloc(2);
  len.writeUInt16BE(b.length);
  return Buffer.concat([len, b]);
}
