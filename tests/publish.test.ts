/** PUBLISH flows at every QoS, delivered QoS, exactly-once, ordering and payload integrity (MQTT §3.3, §4.3, §4.6). */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { QoS } from 'mqtt-packet';
import {
  QUIET_MS, RawClient, VERSIONS, clientId, collect, connect, drain, publishMany, shutdown, startBroker, versionName, type Broker,
} from './harness/index.ts';

const QOS: readonly QoS[] = [0, 1, 2];

describe('publish', () => {
  let broker: Broker;
  before(async () => {
    broker = await startBroker();
  });
  after(() => shutdown(broker));

  for (const v of VERSIONS) {
    describe(versionName(v), () => {
      for (const q of QOS) {
        test(`QoS ${q} end to end: publisher flow completes, subscriber gets QoS ${q}`, async () => {
          const topic = `pub/flow/${clientId('t')}`;
          const sub = await connect(broker, { protocolVersion: v });
          const granted = await sub.subscribeAsync(topic, { qos: q });
          assert.equal(granted[0]!.qos, q);
          const pub = await connect(broker, { protocolVersion: v });
          // Resolves only after PUBACK (QoS 1) or PUBCOMP (QoS 2).
          await pub.publishAsync(topic, `qos${q}`, { qos: q });
          const [m] = await collect(sub, 1);
          assert.equal(m!.payload.toString(), `qos${q}`);
          assert.equal(m!.qos, q);
          assert.equal(m!.retain, false);
        });
      }

      test('delivered QoS = min(message QoS, granted QoS) for all 9 combinations', async () => {
        const topic = `pub/min/${clientId('t')}`;
        const subs = [];
        for (const g of QOS) {
          const s = await connect(broker, { protocolVersion: v });
          assert.equal((await s.subscribeAsync(topic, { qos: g }))[0]!.qos, g);
          subs.push(s);
        }
        const pub = await connect(broker, { protocolVersion: v });
        for (const m of QOS) await pub.publishAsync(topic, `m${m}`, { qos: m });
        for (const g of QOS) {
          const got = await collect(subs[g]!, 3);
          // Different QoS levels need not keep their relative order; compare per message.
          const byPayload = new Map(got.map((r) => [r.payload.toString(), r.qos]));
          for (const m of QOS) assert.equal(byPayload.get(`m${m}`), Math.min(m, g), `message QoS ${m}, granted ${g}`);
          assert.deepEqual(await drain(subs[g]!, 0), []);
        }
      });

      test('a duplicate QoS 2 PUBLISH (same id, DUP) before PUBREL is delivered once', async () => {
        const topic = `pub/exactly-once/${clientId('t')}`;
        const sub = await connect(broker, { protocolVersion: v });
        await sub.subscribeAsync(topic, { qos: 2 });
        const raw = await RawClient.open(broker, v);
        await raw.connect();
        const publish = (messageId: number, payload: string, dup: boolean) =>
          raw.send({ cmd: 'publish', topic, payload: Buffer.from(payload), qos: 2, messageId, dup, retain: false });
        publish(7, 'once', false);
        assert.equal((await raw.expect('pubrec')).messageId, 7);
        publish(7, 'once', true);
        assert.equal((await raw.expect('pubrec')).messageId, 7);
        raw.send({ cmd: 'pubrel', messageId: 7 });
        assert.equal((await raw.expect('pubcomp')).messageId, 7);
        // Same topic, same QoS, same publisher: the marker is ordered after the message.
        publish(8, 'marker', false);
        await raw.expect('pubrec');
        raw.send({ cmd: 'pubrel', messageId: 8 });
        await raw.expect('pubcomp');
        const got = [...(await collect(sub, 2)), ...(await drain(sub, QUIET_MS))];
        assert.deepEqual(got.map((m) => m.payload.toString()), ['once', 'marker']);
        raw.destroy();
      });

      for (const q of QOS) {
        test(`order is preserved for one publisher at QoS ${q} (500 messages)`, async () => {
          const n = 500;
          const topic = `pub/order/${clientId('t')}`;
          const sub = await connect(broker, { protocolVersion: v });
          await sub.subscribeAsync(topic, { qos: q });
          const pub = await connect(broker, { protocolVersion: v });
          await publishMany(pub, topic, Array.from({ length: n }, (_, i) => String(i)), { qos: q });
          const got = (await collect(sub, n, 15_000)).map((m) => Number(m.payload.toString()));
          assert.deepEqual(got, Array.from({ length: n }, (_, i) => i));
        });
      }

      test('a 256 KiB payload round-trips unchanged', async () => {
        const topic = `pub/large/${clientId('t')}`;
        const payload = randomBytes(256 * 1024);
        const sub = await connect(broker, { protocolVersion: v });
        await sub.subscribeAsync(topic, { qos: 1 });
        const pub = await connect(broker, { protocolVersion: v });
        await pub.publishAsync(topic, payload, { qos: 1 });
        const [m] = await collect(sub, 1, 10_000);
        assert.equal(m!.payload.length, payload.length);
        assert.ok(m!.payload.equals(payload), 'payload bytes differ');
      });

      test('binary payloads (every byte value, invalid UTF-8, empty) are delivered byte for byte', async () => {
        const topic = `pub/binary/${clientId('t')}`;
        const every = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
        const payloads = [
          every,
          Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x90, 0x28, 0xbc]),
          Buffer.from([0x00]),
          Buffer.alloc(0),
          randomBytes(4096),
        ];
        const sub = await connect(broker, { protocolVersion: v });
        await sub.subscribeAsync(topic, { qos: 1 });
        const pub = await connect(broker, { protocolVersion: v });
        for (const p of payloads) await pub.publishAsync(topic, p, { qos: 1 });
        const got = await collect(sub, payloads.length);
        for (let i = 0; i < payloads.length; i++) {
          assert.ok(got[i]!.payload.equals(payloads[i]!), `payload ${i} differs: ${got[i]!.payload.toString('hex').slice(0, 64)}`);
        }
      });
    });
  }
});
