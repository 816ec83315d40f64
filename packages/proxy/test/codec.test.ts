import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generate, parser, type Packet } from 'mqtt-packet';
import { Framer } from '../src/connection/framer.ts';
import { decodeAck, decodePublish, encodePublish, PUBACK, PUBREL, writeAck, COPY_PAYLOAD_MAX } from '../src/protocol/hot-packets.ts';

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
    assert.ok(p !== null && !('malformed' in p));
    assert.equal(p.topic, 'x/y');
    assert.equal(p.messageId, 9);
    assert.equal(p.dup, true);
    assert.equal(p.payload.toString(), 'pp');
  });
}

test('decodePublish leaves MQTT 5 PUBLISH with properties to the general parser', () => {
  const frame = generate({ cmd: 'publish', topic: 'x', payload: Buffer.from('p'), qos: 0, dup: false, retain: false, properties: { contentType: 'text/plain' } }, { protocolVersion: 5 });
  assert.equal(decodePublish(frame, 2, 5), null);
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
