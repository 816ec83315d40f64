/**
 * Reason codes (MQTT 5 §2.4) in acknowledgements and in server-initiated DISCONNECTs. DISCONNECT
 * 0x8E (takeover) is checked in tests/connect.test.ts; 0x93, 0x94 and 0x95 in flow-control,
 * topic-alias and packet-size of this directory.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  RawClient, VERSIONS, clientId, connect, shutdown, startBroker, versionName, type Broker,
} from '../harness/index.ts';
import { expectServerDisconnect, hex, mosquittoLacks } from './support.ts';

describe('conformance: reason codes', () => {
  let broker: Broker;
  before(async () => {
    broker = await startBroker();
  });
  after(() => shutdown(broker));

  test(
    'MQTT 5.0 §3.4.2.1 / §3.5.2.1: PUBACK and PUBREC 0x10 when no subscription matches, 0x00 when one does',
    {
      skip: mosquittoLacks('answers 0x00 with no subscriber (0x10 is optional: the server MAY)'),
    },
    async () => {
      const topic = `rc/nomatch/${clientId('t')}`;
      const raw = await RawClient.open(broker, 5);
      await raw.connect();
      const publish = (qos: 1 | 2, messageId: number) =>
        raw.send({ cmd: 'publish', topic, payload: Buffer.from('x'), qos, messageId, retain: false, dup: false });
      publish(1, 1);
      assert.equal(hex((await raw.expect('puback')).reasonCode ?? 0), hex(0x10), 'PUBACK with no subscriber');
      publish(2, 2);
      assert.equal(hex((await raw.expect('pubrec')).reasonCode ?? 0), hex(0x10), 'PUBREC with no subscriber');
      // 0x10 is a success: the QoS 2 exchange goes on.
      raw.send({ cmd: 'pubrel', messageId: 2 });
      await raw.expect('pubcomp');
      const sub = await connect(broker, { protocolVersion: 5 });
      await sub.subscribeAsync(topic, { qos: 1 });
      publish(1, 3);
      assert.equal(hex((await raw.expect('puback')).reasonCode ?? 0), hex(0), 'PUBACK with a subscriber');
      raw.destroy();
    },
  );

  test('MQTT 5.0 §3.11.3: UNSUBACK 0x00 for a subscription that existed, 0x11 for one that did not, in filter order', async () => {
    const base = `rc/unsub/${clientId('t')}`;
    const raw = await RawClient.open(broker, 5);
    await raw.connect();
    raw.send({ cmd: 'subscribe', messageId: 1, subscriptions: [{ topic: `${base}/a`, qos: 1 }] });
    await raw.expect('suback');
    raw.send({ cmd: 'unsubscribe', messageId: 2, unsubscriptions: [`${base}/never`, `${base}/a`, `${base}/a`] });
    const ack = await raw.expect('unsuback');
    assert.equal(ack.messageId, 2);
    // The second `a` finds the subscription already gone.
    assert.deepEqual((ack.granted as number[]).map(hex), [0x11, 0x00, 0x11].map(hex));
    raw.destroy();
  });

  for (const v of VERSIONS) {
    test(`${versionName(v)} MQTT-3.9.3-1: SUBACK grants each filter its QoS, in filter order`, async () => {
      const base = `rc/suback/${clientId('t')}`;
      const raw = await RawClient.open(broker, v);
      await raw.connect();
      raw.send({
        cmd: 'subscribe', messageId: 9,
        subscriptions: [{ topic: `${base}/two`, qos: 2 }, { topic: `${base}/zero`, qos: 0 }, { topic: `${base}/one`, qos: 1 }, { topic: `${base}/+`, qos: 2 }],
      });
      const ack = await raw.expect('suback');
      assert.equal(ack.messageId, 9);
      assert.deepEqual(ack.granted, [2, 0, 1, 2]);
      raw.destroy();
    });
  }

  test(
    'MQTT 5.0 §3.7.2.1: PUBREL for an unknown packet identifier → PUBCOMP 0x92',
    { skip: mosquittoLacks('answers PUBCOMP 0x00 for a packet identifier it does not know') },
    async () => {
      const raw = await RawClient.open(broker, 5);
      await raw.connect();
      raw.send({ cmd: 'pubrel', messageId: 4242 });
      const comp = await raw.expect('pubcomp');
      assert.equal(comp.messageId, 4242);
      assert.equal(hex(comp.reasonCode), hex(0x92));
      raw.destroy();
    },
  );

  test(
    'MQTT 5.0 §3.1.2.10 / §4.13: keepalive expiry → DISCONNECT 0x8D before the close',
    { skip: mosquittoLacks('closes a silent connection without a DISCONNECT (the server MAY send one)') },
    async () => {
      const raw = await RawClient.open(broker, 5);
      await raw.connect({ keepalive: 1 });
      await expectServerDisconnect(raw, 0x8d, 'keepalive timeout', 4000);
    },
  );

  test(
    'MQTT 5.0 §4.13: a graceful server shutdown sends DISCONNECT 0x8B to every client',
    { skip: mosquittoLacks('closes connections at shutdown without a DISCONNECT') },
    async () => {
      const own = await startBroker();
      try {
        const clients = [await RawClient.open(own, 5), await RawClient.open(own, 5)];
        for (const c of clients) await c.connect();
        const stopped = own.stop();
        for (const c of clients) await expectServerDisconnect(c, 0x8b, 'server shutting down', 10_000);
        await stopped;
      } finally {
        await own.stop();
      }
    },
  );
});
