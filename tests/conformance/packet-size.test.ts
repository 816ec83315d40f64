/**
 * Maximum Packet Size in both directions (MQTT 5 §3.1.2.11.4, §3.2.2.3.6). The basic cases are in
 * tests/bad-input.test.ts (a PUBLISH over --max-packet-size → DISCONNECT 0x95; a message over the
 * client's limit is not sent to it); this file checks the finer points: only that client misses
 * the message, the whole packet (properties included) counts, the window slot is given back,
 * retained messages obey it too, and the server limit applies to every packet type.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  RawClient, clientId, collect, connect, drain, shutdown, startBroker, type Broker,
} from '../harness/index.ts';
import { expectServerDisconnect, mosquittoLacks } from './support.ts';

const SERVER_MAX = 2048;
const CLIENT_MAX = 512;
const label = (b: Buffer): string => (b.length > 100 ? `${b.length} bytes` : b.toString());

describe('conformance: Maximum Packet Size (MQTT 5.0)', () => {
  let broker: Broker;
  before(async () => {
    broker = await startBroker({ args: ['--max-packet-size', String(SERVER_MAX)] });
  });
  after(() => shutdown(broker));

  test('MQTT-3.1.2-24: a message over the client\'s limit is skipped for that client only', async () => {
    const topic = `ps/only/${clientId('t')}`;
    const small = await connect(broker, { protocolVersion: 5, properties: { maximumPacketSize: CLIENT_MAX } });
    await small.subscribeAsync(topic, { qos: 1 });
    const big = await connect(broker, { protocolVersion: 5 });
    await big.subscribeAsync(topic, { qos: 1 });
    const old = await connect(broker, { protocolVersion: 4 });
    await old.subscribeAsync(topic, { qos: 1 });
    const pub = await connect(broker, { protocolVersion: 5 });
    const sent = ['fits-1', Buffer.alloc(1000, 0x61), 'fits-2'];
    for (const p of sent) await pub.publishAsync(topic, p, { qos: 1 });
    const all = sent.map((p) => label(Buffer.from(p)));
    assert.deepEqual((await collect(big, sent.length)).map((m) => label(m.payload)), all, 'a client without a limit');
    assert.deepEqual((await collect(old, sent.length)).map((m) => label(m.payload)), all, 'an MQTT 3.1.1 client');
    const got = [...(await collect(small, 2)), ...(await drain(small))];
    assert.deepEqual(got.map((m) => label(m.payload)), ['fits-1', 'fits-2']);
    assert.ok(small.connected, 'the small client was disconnected instead of the message being skipped');
  });

  test(
    'MQTT-3.1.2-25: a skipped QoS 1 message counts as sent — its Receive Maximum slot is given back',
    { skip: mosquittoLacks('a skipped message keeps its slot, so with Receive Maximum 1 nothing after it arrives (against MQTT-3.1.2-25)') },
    async () => {
      const topic = `ps/slot/${clientId('t')}`;
      // Receive Maximum 1: if a skipped message kept its slot, nothing after it could arrive.
      const small = await connect(broker, { protocolVersion: 5, properties: { maximumPacketSize: CLIENT_MAX, receiveMaximum: 1 } });
      await small.subscribeAsync(topic, { qos: 1 });
      const pub = await connect(broker, { protocolVersion: 5 });
      const sent = ['fits-1', Buffer.alloc(1000, 0x61), Buffer.alloc(1500, 0x62), 'fits-2', Buffer.alloc(600, 0x63), 'fits-3'];
      for (const p of sent) await pub.publishAsync(topic, p, { qos: 1 });
      const got = [...(await collect(small, 3)), ...(await drain(small))];
      assert.deepEqual(got.map((m) => label(m.payload)), ['fits-1', 'fits-2', 'fits-3']);
    },
  );

  test('MQTT-3.1.2-24: the size counted is the whole PUBLISH, properties included', async () => {
    const topic = `ps/props/${clientId('t')}`;
    const small = await connect(broker, { protocolVersion: 5, properties: { maximumPacketSize: CLIENT_MAX } });
    await small.subscribeAsync(topic, { qos: 1 });
    const pub = await connect(broker, { protocolVersion: 5 });
    const payload = Buffer.alloc(CLIENT_MAX - 100, 0x70);
    // The payload alone fits; with 200 bytes of user property the packet does not.
    await pub.publishAsync(topic, payload, { qos: 1, properties: { userProperties: { pad: 'x'.repeat(200) } } });
    await pub.publishAsync(topic, payload, { qos: 1, properties: { userProperties: { tag: 'small' } } });
    const got = [...(await collect(small, 1)), ...(await drain(small))];
    assert.deepEqual(got.map((m) => ({ ...m.packet.properties?.userProperties })), [{ tag: 'small' }]);
  });

  test('MQTT-3.1.2-25: a retained message over the client\'s limit is not sent on SUBSCRIBE; one that fits is', async () => {
    const base = `ps/retained/${clientId('t')}`;
    const pub = await connect(broker, { protocolVersion: 5 });
    await pub.publishAsync(`${base}/big`, Buffer.alloc(1000, 0x72), { qos: 1, retain: true });
    await pub.publishAsync(`${base}/small`, 'small', { qos: 1, retain: true });
    const small = await connect(broker, { protocolVersion: 5, properties: { maximumPacketSize: CLIENT_MAX } });
    await small.subscribeAsync(`${base}/+`, { qos: 1 });
    const got = [...(await collect(small, 1)), ...(await drain(small))];
    assert.deepEqual(got.map((m) => m.topic), [`${base}/small`]);
  });

  test(`MQTT-3.2.2-15 / §4.13: a SUBSCRIBE over the server's Maximum Packet Size (${SERVER_MAX}) → DISCONNECT 0x95`, async () => {
    const raw = await RawClient.open(broker, 5);
    const ack = await raw.connect();
    assert.equal(ack.properties?.maximumPacketSize, SERVER_MAX);
    raw.send({ cmd: 'subscribe', messageId: 1, subscriptions: [{ topic: `ps/${'f'.repeat(SERVER_MAX)}`, qos: 0 }] });
    await expectServerDisconnect(raw, 0x95, 'oversized SUBSCRIBE');
  });
});
