/**
 * The Response Topic property (MQTT 5 §3.3.2.3.5, §3.1.3.2.6) is a topic name a responder will
 * publish to: UTF-8 (MQTT-3.3.2-13), no wildcards (MQTT-3.3.2-14), at least one character
 * (MQTT-4.7.3-1), no U+0000 (MQTT-4.7.3-2). One that is not is a Protocol Error: DISCONNECT 0x82
 * on a PUBLISH, CONNACK 0x82 on a will. mosquitto 2.0.11 forwards wildcards and an empty one
 * unchecked, and closes without a word on U+0000 (a Malformed Packet to it, which MQTT-1.5.4-2
 * allows).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  QUIET_MS, RawClient, clientId, collect, connect, drain, isMosquitto, publishBytesV5, shutdown, sleep, startBroker, type Broker,
} from '../harness/index.ts';
import { describePackets, expectServerDisconnect, hex, mosquittoLacks } from './support.ts';

/** Each invalid Response Topic, the statement it breaks, and what mosquitto 2.0.11 does with it. */
const INVALID: readonly { what: string; responseTopic: string; rule: string; mosquitto: 'accepts' | 'closes' }[] = [
  { what: 'contains the wildcard +', responseTopic: 'reply/+/x', rule: 'MQTT-3.3.2-14', mosquitto: 'accepts' },
  { what: 'contains the wildcard #', responseTopic: 'reply/#', rule: 'MQTT-3.3.2-14', mosquitto: 'accepts' },
  { what: 'is empty', responseTopic: '', rule: 'MQTT-4.7.3-1', mosquitto: 'accepts' },
  { what: 'contains U+0000', responseTopic: 'reply/a\u0000b', rule: 'MQTT-4.7.3-2', mosquitto: 'closes' },
];

describe('conformance: Response Topic must be a valid topic name (MQTT 5.0)', () => {
  let broker: Broker;
  before(async () => {
    broker = await startBroker();
  });
  after(() => shutdown(broker));

  for (const c of INVALID) {
    const lacks = (answer: string): string | false => (c.mosquitto === 'accepts' ? mosquittoLacks(`accepts and forwards such a Response Topic (${answer})`) : false);
    test(`${c.rule}: a PUBLISH whose Response Topic ${c.what} → DISCONNECT 0x82, not delivered`, { skip: lacks('PUBACK 0x00') }, async () => {
      const topic = `rt/pub/${clientId('t')}`;
      const sub = await connect(broker, { protocolVersion: 5 });
      await sub.subscribeAsync(topic, { qos: 1 });
      const raw = await RawClient.open(broker, 5);
      assert.equal(hex((await raw.connect()).reasonCode), hex(0));
      raw.write(publishBytesV5({ topic, payload: 'request', qos: 1, messageId: 1, props: [['responseTopic', c.responseTopic]] }));
      if (isMosquitto) {
        // A Malformed Packet to mosquitto: closed, with no DISCONNECT (§4.13 makes it optional).
        assert.deepEqual(describePackets(await raw.waitClosed(3000)), []);
      } else {
        await expectServerDisconnect(raw, 0x82, `Response Topic that ${c.what}`);
      }
      await sleep(QUIET_MS);
      assert.deepEqual((await drain(sub, 0)).map((m) => m.payload.toString()), [], 'the request was delivered');
    });

    test(`§3.1.3.2.6 with ${c.rule}: a will whose Response Topic ${c.what} → CONNACK 0x82, closed, the will never sent`, { skip: lacks('CONNACK 0x00') }, async () => {
      const topic = `rt/will/${clientId('t')}`;
      const sub = await connect(broker, { protocolVersion: 5 });
      await sub.subscribeAsync(topic, { qos: 1 });
      const raw = await RawClient.open(broker, 5);
      raw.send({
        cmd: 'connect', protocolId: 'MQTT', protocolVersion: 5, clientId: clientId('rtwill'), clean: true, keepalive: 30,
        will: { topic, payload: Buffer.from('last words'), qos: 1, retain: false, properties: { responseTopic: c.responseTopic } },
      });
      const before = await raw.waitClosed(3000);
      if (isMosquitto) {
        assert.deepEqual(describePackets(before), [], 'mosquitto closes a CONNECT it finds malformed without a CONNACK');
      } else {
        assert.deepEqual(describePackets(before), ['connack 0x82']);
        const ack = before[0]!;
        assert.equal(ack.cmd === 'connack' && ack.sessionPresent, false, 'MQTT-3.2.2-6: session present must be 0 on a refusal');
      }
      await sleep(QUIET_MS);
      assert.deepEqual((await drain(sub, 0)).map((m) => m.payload.toString()), [], 'the will of a refused connection was published');
    });
  }

  test('MQTT-3.3.2-15: a valid Response Topic is accepted and forwarded, on a PUBLISH and on a will', async () => {
    const topic = `rt/ok/${clientId('t')}`;
    const sub = await connect(broker, { protocolVersion: 5 });
    await sub.subscribeAsync(topic, { qos: 1 });
    const raw = await RawClient.open(broker, 5);
    const ack = await raw.connect({
      will: { topic, payload: Buffer.from('will'), qos: 1, retain: false, properties: { responseTopic: 'reply/will' } },
    });
    assert.equal(hex(ack.reasonCode), hex(0));
    raw.write(publishBytesV5({ topic, payload: 'request', qos: 1, messageId: 1, props: [['responseTopic', 'reply/to/me']] }));
    // 0x10 (No matching subscribers) cannot be: the subscriber above matches.
    assert.equal(hex((await raw.expect('puback')).reasonCode ?? 0), hex(0));
    raw.destroy();
    const got = await collect(sub, 2);
    assert.deepEqual(got.map((m) => [m.payload.toString(), m.packet.properties?.responseTopic]), [['request', 'reply/to/me'], ['will', 'reply/will']]);
  });
});
