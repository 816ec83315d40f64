import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generate, parser, type Packet } from 'mqtt-packet';
import { Framer } from '../src/connection/framer.ts';
import type { MessageProperties } from '@wharf/core';
import {
  decodeAck,
  decodePublish,
  deliveryPropertiesSize,
  encodePublish,
  encodePublishV5,
  encodeStaticProperties,
  NO_EXPIRY,
  NO_SUBSCRIPTION_ID,
  PUBACK,
  PUBREL,
  publishV5Size,
  writeAck,
  COPY_PAYLOAD_MAX,
} from '../src/protocol/hot-packets.ts';

function parseAll(buf: Buffer, protocolVersion: number): Packet[] {
  const p = parser({ protocolVersion });
  const out: Packet[] = [];
  p.on('packet', (x) => out.push(x));
  p.on('error', (e) => {
    throw e;
  });
  p.parse(buf);
  return out;
}

for (const version of [3, 4, 5]) {
  test(`encodePublish matches what mqtt-packet parses (MQTT level ${version})`, () => {
    for (const qos of [0, 1, 2]) {
      for (const payload of [Buffer.alloc(0), Buffer.from('hello'), Buffer.alloc(200, 7), Buffer.alloc(COPY_PAYLOAD_MAX + 10, 3)]) {
        const head = encodePublish(Buffer.from('a/ü/c'), payload, qos, 513, qos > 0, true, version);
        const bytes = payload.length > COPY_PAYLOAD_MAX ? Buffer.concat([head, payload]) : head;
        const [p] = parseAll(bytes, version);
        assert.ok(p !== undefined && p.cmd === 'publish');
        assert.equal(p.topic, 'a/ü/c');
        assert.equal(p.qos, qos);
        assert.equal(p.retain, true);
        assert.equal(p.dup, qos > 0);
        if (qos > 0) assert.equal(p.messageId, 513);
        assert.deepEqual(Buffer.from(p.payload as Buffer), payload);
      }
    }
  });

  test(`decodePublish reads what mqtt-packet generates (MQTT level ${version})`, () => {
    const frame = generate({ cmd: 'publish', topic: 'x/y', payload: Buffer.from('pp'), qos: 1, messageId: 9, dup: true, retain: false }, { protocolVersion: version });
    const headerLen = 2;
    const p = decodePublish(frame, headerLen, version);
    assert.ok(!('malformed' in p));
    assert.equal(p.topic, 'x/y');
    assert.equal(p.messageId, 9);
    assert.equal(p.dup, true);
    assert.equal(p.payload.toString(), 'pp');
  });
}

/** An MQTT 5 PUBLISH frame (QoS 1, id 1, topic "t") with `props` as its property bytes. */
function v5Publish(props: number[], payload = 'p'): Buffer {
  const propLen = props.length; // < 128 in these tests
  const body = Buffer.concat([Buffer.from([0, 1, 0x74, 0, 1, propLen, ...props]), Buffer.from(payload)]);
  return Buffer.concat([Buffer.from([0x32, body.length]), body]);
}

const str = (s: string): number[] => [...Buffer.from([0, Buffer.byteLength(s)]), ...Buffer.from(s)];

test('decodePublish reads MQTT 5 properties, User Properties in wire order with interleaved names', () => {
  const props = {
    payloadFormatIndicator: true,
    messageExpiryInterval: 70_000,
    topicAlias: 3,
    responseTopic: 'reply/ü',
    correlationData: Buffer.from([0, 255]),
    contentType: 'text/plain',
  };
  // mqtt-packet encodes a user property map; interleaving is written by hand below.
  const frame = generate({ cmd: 'publish', topic: 'x/y', payload: Buffer.from('body'), qos: 1, messageId: 5, dup: false, retain: true, properties: props }, { protocolVersion: 5 });
  const p = decodePublish(frame, 2, 5);
  assert.ok(!('malformed' in p));
  assert.deepEqual({ ...p.properties }, props);
  assert.deepEqual([p.topic, p.messageId, p.retain, p.payload.toString()], ['x/y', 5, true, 'body']);
  assert.equal(p.properties!.correlationData!.buffer, frame.buffer, 'Correlation Data is a view of the frame');

  const user = [0x26, ...str('a'), ...str('1'), 0x26, ...str('b'), ...str('2'), 0x26, ...str('a'), ...str('3'), 0x26, ...str(''), ...str('')];
  const q = decodePublish(v5Publish(user, 'payload'), 2, 5);
  assert.ok(!('malformed' in q));
  assert.deepEqual(q.properties?.userProperties, [['a', '1'], ['b', '2'], ['a', '3'], ['', '']]);
  assert.equal(q.payload.toString(), 'payload');
  const none = decodePublish(generate({ cmd: 'publish', topic: 'x', payload: Buffer.from('p'), qos: 0, dup: false, retain: false }, { protocolVersion: 5 }), 2, 5);
  assert.ok(!('malformed' in none) && none.properties === undefined);
});

test('decodePublish refuses malformed MQTT 5 properties', () => {
  const cases: [string, number[]][] = [
    ['duplicate Payload Format Indicator', [0x01, 1, 0x01, 1]],
    ['Payload Format Indicator 2', [0x01, 2]],
    ['duplicate Topic Alias', [0x23, 0, 1, 0x23, 0, 2]],
    ['duplicate Content Type', [0x03, ...str('a'), 0x03, ...str('b')]],
    ['a property PUBLISH may not carry (Session Expiry Interval)', [0x11, 0, 0, 0, 1]],
    ['Message Expiry Interval cut short', [0x02, 0, 0]],
    ['string longer than the properties', [0x08, 0, 9, 0x61]],
    ['User Property without a value', [0x26, ...str('k')]],
    ['User Property not UTF-8', [0x26, 0, 1, 0xff, ...str('v')]],
    ['Subscription Identifier over 4 bytes', [0x0b, 0x80, 0x80, 0x80, 0x80, 0x01]],
  ];
  for (const [what, props] of cases) assert.ok('malformed' in decodePublish(v5Publish(props), 2, 5), what);
  const longer = v5Publish([0x01, 1]);
  longer[7] = 40; // property length past the end of the packet
  assert.ok('malformed' in decodePublish(longer, 2, 5), 'property length past the packet');
});

test('encodePublishV5: static and per-delivery properties, read back by mqtt-packet and by decodePublish', () => {
  const props: MessageProperties = {
    payloadFormatIndicator: false,
    contentType: 'application/json',
    responseTopic: 'r/ü',
    correlationData: Buffer.from([1, 2, 3]),
    userProperties: [['a', '1'], ['b', '2'], ['a', '3']],
  };
  const staticProps = encodeStaticProperties(props);
  for (const [subIds, alias, expiry, topic] of [
    [NO_SUBSCRIPTION_ID, 0, NO_EXPIRY, 'a/b'],
    [7, 3, 60, 'a/b'],
    [[1, 268_435_455], 65535, 1, ''],
  ] as const) {
    for (const payload of [Buffer.from('hi'), Buffer.alloc(COPY_PAYLOAD_MAX + 1, 9)]) {
      const propsLen = staticProps.length + deliveryPropertiesSize(expiry, subIds, alias);
      const head = encodePublishV5(Buffer.from(topic), payload, 1, 99, true, false, staticProps, expiry, subIds, alias, propsLen);
      const bytes = payload.length > COPY_PAYLOAD_MAX ? Buffer.concat([head, payload]) : head;
      assert.equal(bytes.length, publishV5Size(Buffer.byteLength(topic), payload.length, 1, propsLen));
      const [p] = parseAll(bytes, 5);
      assert.ok(p !== undefined && p.cmd === 'publish');
      assert.deepEqual([p.topic, p.messageId, p.dup, p.qos], [topic, 99, true, 1]);
      assert.deepEqual(Buffer.from(p.payload as Buffer), payload);
      assert.equal(p.properties?.topicAlias, alias === 0 ? undefined : alias);
      assert.equal(p.properties?.messageExpiryInterval, expiry === NO_EXPIRY ? undefined : expiry);
      assert.deepEqual(p.properties?.subscriptionIdentifier, subIds === NO_SUBSCRIPTION_ID ? undefined : subIds);
      assert.equal(p.properties?.contentType, 'application/json');
      const headerLen = 1 + (bytes[1]! < 128 ? 1 : bytes[2]! < 128 ? 2 : bytes[3]! < 128 ? 3 : 4);
      const back = decodePublish(bytes, headerLen, 5);
      assert.ok(!('malformed' in back));
      assert.deepEqual(back.properties?.userProperties, props.userProperties, 'user properties in order');
      assert.equal(back.properties?.payloadFormatIndicator, false);
      assert.deepEqual(back.properties?.correlationData, props.correlationData);
    }
  }
});

test('decodePublish reports malformed packets', () => {
  assert.ok('malformed' in (decodePublish(Buffer.from([0x36, 0x02, 0x00, 0x01]), 2, 4) as object)); // QoS 3
  assert.ok('malformed' in (decodePublish(Buffer.from([0x30, 0x03, 0x00, 0x05, 0x61]), 2, 4) as object)); // topic past end
  assert.ok('malformed' in (decodePublish(Buffer.from([0x32, 0x05, 0x00, 0x01, 0x61, 0x00, 0x00]), 2, 4) as object)); // packet id 0
});

test('acknowledgements round-trip through mqtt-packet, with and without MQTT 5 reason codes', () => {
  const buf = Buffer.alloc(16);
  let end = writeAck(buf, 0, PUBACK, 300, 0);
  let [p] = parseAll(buf.subarray(0, end), 4);
  assert.deepEqual([p!.cmd, p!.messageId], ['puback', 300]);
  end = writeAck(buf, 0, PUBREL, 7, 0x92);
  [p] = parseAll(buf.subarray(0, end), 5);
  assert.deepEqual([p!.cmd, p!.messageId, (p as { reasonCode?: number }).reasonCode], ['pubrel', 7, 0x92]);
  const a = decodeAck(buf.subarray(0, end), 2, 5);
  assert.deepEqual(a, { type: PUBREL, messageId: 7, reasonCode: 0x92 });
  assert.ok('malformed' in (decodeAck(Buffer.from([0x60, 0x02, 0x00, 0x01]), 2, 4) as object)); // PUBREL flags must be 0b0010
});

test('the framer cuts packets at any chunk boundary and enforces the size limit before the body arrives', () => {
  const packets = [
    generate({ cmd: 'publish', topic: 't', payload: Buffer.alloc(300, 1), qos: 0, dup: false, retain: false }),
    generate({ cmd: 'pingreq' }),
    generate({ cmd: 'publish', topic: 'u', payload: Buffer.alloc(20000, 2), qos: 1, messageId: 1, dup: false, retain: false }),
  ];
  const stream = Buffer.concat(packets);
  for (const chunk of [1, 2, 3, 7, 100, 4096, stream.length]) {
    const frames: Buffer[] = [];
    const f = new Framer(1 << 20, { frame: (b) => frames.push(Buffer.from(b)), tooLarge: () => assert.fail('too large'), malformed: () => assert.fail('malformed') });
    for (let i = 0; i < stream.length; i += chunk) f.push(stream.subarray(i, i + chunk));
    assert.deepEqual(frames, packets, `chunk ${chunk}`);
  }
  let tooLarge = 0;
  const seen: Buffer[] = [];
  const f = new Framer(1000, { frame: (b) => seen.push(b), tooLarge: (size) => (tooLarge = size), malformed: () => assert.fail() });
  f.push(packets[2]!.subarray(0, 4)); // header only: 20000+ bytes announced
  assert.ok(tooLarge > 20000);
  f.push(packets[1]!);
  assert.equal(seen.length, 0, 'nothing is emitted after the limit was hit');
  let bad = '';
  const g = new Framer(1 << 20, { frame: () => assert.fail(), tooLarge: () => assert.fail(), malformed: (r) => (bad = r) });
  g.push(Buffer.from([0x30, 0xff, 0xff, 0xff, 0xff, 0x01]));
  assert.match(bad, /remaining length/);
});
