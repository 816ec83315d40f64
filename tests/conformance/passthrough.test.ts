/**
 * Properties the server forwards unaltered (MQTT 5 §3.3.2.3): Payload Format Indicator, Response
 * Topic, Correlation Data, User Properties (every one, in order), Content Type — on live delivery,
 * on retained delivery, and on the will. Plus the server's answer to a payload that is not the
 * UTF-8 its Payload Format Indicator claims.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  QUIET_MS, RawClient, clientId, collect, connect, drain, propValues, publishBytesV5, publishFramesV5, shutdown, sleep,
  startBroker, waitFor, type Broker, type Property, type PublishFrame,
} from '../harness/index.ts';
import { describePackets, expectServerDisconnect, hex, mosquittoLacks } from './support.ts';

/** Not UTF-8: a lone continuation byte, an overlong encoding, a truncated sequence. */
const INVALID_UTF8 = Buffer.from([0x68, 0x69, 0x80, 0xc0, 0xaf, 0xe2, 0x28]);

describe('conformance: properties passed through (MQTT 5.0)', () => {
  let broker: Broker;
  before(async () => {
    broker = await startBroker();
  });
  after(() => shutdown(broker));

  /** A raw MQTT 5 subscriber, so PUBLISH properties can be read in wire order. */
  async function rawSubscriber(filter: string): Promise<RawClient> {
    const raw = await RawClient.open(broker, 5);
    await raw.connect();
    raw.send({ cmd: 'subscribe', messageId: 1, subscriptions: [{ topic: filter, qos: 1 }] });
    await raw.expect('suback');
    return raw;
  }

  async function framesOf(raw: RawClient, n: number): Promise<PublishFrame[]> {
    await waitFor(() => publishFramesV5(raw.bytes).length >= n, { message: () => `${publishFramesV5(raw.bytes).length} of ${n} PUBLISHes` });
    return publishFramesV5(raw.bytes);
  }

  const pairs = (props: readonly Property[]) => propValues<readonly [string, string]>(props, 'userProperty').map(([k, v]) => `${k}=${v}`);

  test('MQTT-3.3.2-4/15/16/20: Payload Format Indicator, Response Topic, Correlation Data and Content Type arrive unaltered, live and retained', async () => {
    const topic = `pt/props/${clientId('t')}`;
    const correlation = Buffer.from([0x00, 0xff, 0x10, 0x80, 0x7f]);
    const properties = { payloadFormatIndicator: true, responseTopic: `${topic}/reply`, correlationData: correlation, contentType: 'application/json; charset=utf-8' };
    const live = await connect(broker, { protocolVersion: 5 });
    await live.subscribeAsync(topic, { qos: 1 });
    const pub = await connect(broker, { protocolVersion: 5 });
    await pub.publishAsync(topic, '{"ok":true}', { qos: 1, retain: true, properties });
    const late = await connect(broker, { protocolVersion: 5 });
    await late.subscribeAsync(topic, { qos: 1 });
    for (const [who, client] of [['live', live], ['retained', late]] as const) {
      const [m] = await collect(client, 1);
      const p = m!.packet.properties ?? {};
      assert.equal(p.payloadFormatIndicator, true, `${who}: Payload Format Indicator`);
      assert.equal(p.responseTopic, properties.responseTopic, `${who}: Response Topic`);
      assert.ok(Buffer.isBuffer(p.correlationData) && p.correlationData.equals(correlation), `${who}: Correlation Data`);
      assert.equal(p.contentType, properties.contentType, `${who}: Content Type`);
      assert.equal(m!.payload.toString(), '{"ok":true}');
    }
  });

  test('MQTT-3.3.2-17/18: User Properties arrive all and in order, duplicates kept (live and retained)', async () => {
    const topic = `pt/user/${clientId('t')}`;
    const sent: Property[] = [
      ['userProperty', ['a', '1']], ['userProperty', ['a', '1']], ['userProperty', ['a', '2']],
      ['userProperty', ['b', '']], ['userProperty', ['c', 'ünïcödé ✓']],
    ];
    const live = await rawSubscriber(topic);
    const pub = await RawClient.open(broker, 5);
    await pub.connect();
    pub.write(publishBytesV5({ topic, payload: 'x', qos: 1, messageId: 1, retain: true, props: sent }));
    await pub.expect('puback');
    const late = await rawSubscriber(topic);
    assert.deepEqual(pairs((await framesOf(live, 1))[0]!.props), pairs(sent), 'live delivery');
    assert.deepEqual(pairs((await framesOf(late, 1))[0]!.props), pairs(sent), 'retained delivery');
    pub.destroy();
  });

  test(
    'MQTT-3.3.2-18: User Properties with interleaved names keep their order (a=1, b=2, a=3)',
    async () => {
      const topic = `pt/interleaved/${clientId('t')}`;
      const sent: Property[] = [
        ['userProperty', ['a', '1']], ['userProperty', ['b', '2']], ['userProperty', ['a', '3']], ['userProperty', ['b', '4']],
      ];
      const sub = await rawSubscriber(topic);
      const pub = await RawClient.open(broker, 5);
      await pub.connect();
      pub.write(publishBytesV5({ topic, payload: 'x', qos: 1, messageId: 1, props: sent }));
      await pub.expect('puback');
      assert.deepEqual(pairs((await framesOf(sub, 1))[0]!.props), pairs(sent));
      pub.destroy();
    },
  );

  test('MQTT-3.1.3-10: the will carries its properties (user properties in order, Content Type, Response Topic, Correlation Data)', async () => {
    const topic = `pt/will/${clientId('t')}`;
    const sub = await rawSubscriber(topic);
    const raw = await RawClient.open(broker, 5);
    await raw.connect({
      will: {
        topic, payload: Buffer.from('bye'), qos: 1, retain: false,
        properties: {
          contentType: 'text/plain', responseTopic: `${topic}/reply`, correlationData: Buffer.from('corr'), payloadFormatIndicator: true,
          userProperties: { first: ['1', '1'], second: '2' },
        },
      },
    });
    raw.destroy();
    const [will] = await framesOf(sub, 1);
    assert.equal(will!.payload.toString(), 'bye');
    assert.deepEqual(pairs(will!.props), ['first=1', 'first=1', 'second=2']);
    assert.deepEqual(propValues(will!.props, 'contentType'), ['text/plain']);
    assert.deepEqual(propValues(will!.props, 'responseTopic'), [`${topic}/reply`]);
    assert.deepEqual(propValues<Buffer>(will!.props, 'correlationData').map((b) => b.toString()), ['corr']);
    assert.deepEqual(propValues(will!.props, 'payloadFormatIndicator'), [1]);
  });

  test(
    '§3.3.2.3.2: Payload Format Indicator 1 with invalid UTF-8 → PUBACK / PUBREC 0x99 (QoS 1 / 2), not delivered, connection kept',
    {
      skip: mosquittoLacks('does not check payloads against the Payload Format Indicator (the server MAY)'),
    },
    async () => {
      const topic = `pt/pfi/${clientId('t')}`;
      const sub = await connect(broker, { protocolVersion: 5 });
      await sub.subscribeAsync(topic, { qos: 1 });
      const raw = await RawClient.open(broker, 5);
      await raw.connect();
      raw.write(publishBytesV5({ topic, payload: INVALID_UTF8, qos: 1, messageId: 1, props: [['payloadFormatIndicator', 1]] }));
      const ack = await raw.expect('puback');
      assert.equal(hex(ack.reasonCode), hex(0x99), 'PUBACK');
      raw.write(publishBytesV5({ topic, payload: INVALID_UTF8, qos: 2, messageId: 3, props: [['payloadFormatIndicator', 1]] }));
      const rec = await raw.expect('pubrec');
      assert.equal(hex(rec.reasonCode), hex(0x99), 'PUBREC');
      // The same bytes without the indicator are just bytes.
      raw.write(publishBytesV5({ topic, payload: INVALID_UTF8, qos: 1, messageId: 2 }));
      assert.equal(hex((await raw.expect('puback')).reasonCode ?? 0), hex(0));
      const got = [...(await collect(sub, 1)), ...(await drain(sub))];
      assert.equal(got.length, 1, `${got.length} messages delivered, expected only the one without the indicator`);
      assert.equal(got[0]!.packet.properties?.payloadFormatIndicator, undefined);
      assert.equal(raw.isClosed, false);
      raw.destroy();
    },
  );

  test(
    '§3.3.2.3.2: Payload Format Indicator 1 with invalid UTF-8 at QoS 0 → DISCONNECT 0x99, not delivered',
    {
      skip: mosquittoLacks('does not check payloads against the Payload Format Indicator (the server MAY)'),
    },
    async () => {
      const topic = `pt/pfi0/${clientId('t')}`;
      const sub = await connect(broker, { protocolVersion: 5 });
      await sub.subscribeAsync(topic, { qos: 1 });
      const raw = await RawClient.open(broker, 5);
      await raw.connect();
      raw.write(publishBytesV5({ topic, payload: INVALID_UTF8, qos: 0, props: [['payloadFormatIndicator', 1]] }));
      // QoS 0 has no acknowledgement to carry the code; the spec's other answer is DISCONNECT 0x99.
      await expectServerDisconnect(raw, 0x99, 'invalid UTF-8 at QoS 0');
      await sleep(QUIET_MS);
      assert.deepEqual((await drain(sub, 0)).map((m) => m.payload.toString('hex')), [], `delivered (raw got: ${describePackets(raw.unread()).join(', ')})`);
    },
  );
  test(
    '§3.1.3.2.3 / §3.2.2.2: a will with Payload Format Indicator 1 and a payload that is not UTF-8 → CONNACK 0x99, closed, no will stored',
    {
      skip: mosquittoLacks('does not check a will payload against its Payload Format Indicator (CONNACK 0x00; the server MAY)'),
    },
    async () => {
      const topic = `pt/willpfi/${clientId('t')}`;
      const sub = await connect(broker, { protocolVersion: 5 });
      await sub.subscribeAsync(topic, { qos: 1 });
      const raw = await RawClient.open(broker, 5);
      const ack = await raw.connect({
        will: { topic, payload: INVALID_UTF8, qos: 1, retain: true, properties: { payloadFormatIndicator: true } },
      });
      assert.equal(hex(ack.reasonCode), hex(0x99), 'CONNACK');
      assert.equal(ack.sessionPresent, false, 'MQTT-3.2.2-6: session present must be 0 on a refusal');
      assert.deepEqual(describePackets(await raw.waitClosed(2000)), [], 'nothing may follow a refusing CONNACK');
      await sleep(QUIET_MS);
      assert.deepEqual((await drain(sub, 0)).map((m) => m.payload.toString('hex')), [], 'the will of a refused connection was published');
      // The check looks at the payload, not at every will with the indicator: a UTF-8 one is accepted and fires.
      const ok = await RawClient.open(broker, 5);
      const okAck = await ok.connect({
        will: { topic, payload: Buffer.from('adieu, ünïcode'), qos: 1, retain: false, properties: { payloadFormatIndicator: true } },
      });
      assert.equal(hex(okAck.reasonCode), hex(0));
      ok.destroy();
      const [will] = await collect(sub, 1);
      assert.equal(will!.payload.toString(), 'adieu, ünïcode');
      assert.equal(will!.packet.properties?.payloadFormatIndicator, true);
    },
  );
});
