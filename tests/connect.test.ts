/** CONNECT / CONNACK, keepalive, wills, session takeover and client identifiers (MQTT 3.1.1 §3.1, 5.0 §3.1). */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { IConnackPacket } from 'mqtt-packet';
import {
  QUIET_MS, RawClient, VERSIONS, clientId, collect, connect, connectBytes, drain, isMosquitto, isWharf, shutdown, sleep,
  startBroker, versionName, type Broker,
} from './harness/index.ts';

const code = (p: IConnackPacket): number | undefined => p.reasonCode ?? p.returnCode;
/** mosquitto 2.0.11 checks keepalive on a coarse timer (measured: ~5.4 s for keepalive 1); wharf must meet the spec. */
const KEEPALIVE_CLOSE_MAX_MS = isMosquitto ? 8000 : 2600;

describe('connect', () => {
  let broker: Broker;
  before(async () => {
    broker = await startBroker();
  });
  after(() => shutdown(broker));

  /** A subscriber to `topic` at QoS 1, ready once SUBACK is back. */
  async function watcher(topic: string) {
    const w = await connect(broker);
    await w.subscribeAsync(topic, { qos: 1 });
    return w;
  }

  for (const v of VERSIONS) {
    describe(versionName(v), () => {
      test('a valid CONNECT gets CONNACK 0 with session present 0', async () => {
        const raw = await RawClient.open(broker, v);
        const ack = await raw.connect({ clean: true });
        assert.equal(code(ack), 0);
        assert.equal(ack.sessionPresent, false);
        raw.send({ cmd: 'pingreq' });
        await raw.expect('pingresp');
        raw.destroy();
      });

      test('keepalive: silence beyond 1.5 × keepalive closes the connection and publishes the will', async () => {
        const topic = `will/ka/${clientId('t')}`;
        const w = await watcher(topic);
        const raw = await RawClient.open(broker, v);
        const ack = await raw.connect({ keepalive: 1, will: { topic, payload: Buffer.from('gone'), qos: 1, retain: false } });
        assert.equal(code(ack), 0);
        const t0 = Date.now();
        await raw.waitClosed(KEEPALIVE_CLOSE_MAX_MS + 1000);
        const elapsed = Date.now() - t0;
        // Spec: the server closes after 1.5 s of silence; allow timer granularity either side.
        assert.ok(elapsed >= 1000, `closed after ${elapsed} ms, before the keepalive ran out`);
        assert.ok(elapsed <= KEEPALIVE_CLOSE_MAX_MS, `closed after ${elapsed} ms, later than 1.5 × keepalive allows`);
        const [will] = await collect(w, 1, 3000);
        assert.equal(will!.topic, topic);
        assert.equal(will!.payload.toString(), 'gone');
      });

      test('PINGREQ within the keepalive keeps the connection open', async () => {
        const raw = await RawClient.open(broker, v);
        assert.equal(code(await raw.connect({ keepalive: 1 })), 0);
        // 2.5 s is well past 1.5 × keepalive; a ping every 500 ms must keep it alive.
        for (let i = 0; i < 5; i++) {
          await sleep(500);
          raw.send({ cmd: 'pingreq' });
          await raw.expect('pingresp', 2000);
        }
        assert.equal(raw.isClosed, false);
        raw.send({ cmd: 'disconnect' });
        await raw.waitClosed(2000);
      });

      test('DISCONNECT discards the will', async () => {
        const topic = `will/discard/${clientId('t')}`;
        const w = await watcher(topic);
        const raw = await RawClient.open(broker, v);
        await raw.connect({ will: { topic, payload: Buffer.from('must not arrive'), qos: 1, retain: false } });
        raw.send(v === 5 ? { cmd: 'disconnect', reasonCode: 0 } : { cmd: 'disconnect' });
        await raw.waitClosed(2000);
        // A marker published after the close proves the path works; the will must not come with it.
        const pub = await connect(broker);
        await pub.publishAsync(topic, 'marker', { qos: 1 });
        const [first] = await collect(w, 1, 3000);
        assert.equal(first!.payload.toString(), 'marker');
        assert.deepEqual((await drain(w, QUIET_MS)).map((m) => m.payload.toString()), []);
      });

      if (v === 5) {
        test('DISCONNECT with reason 0x04 publishes the will', async () => {
          const topic = `will/0x04/${clientId('t')}`;
          const w = await watcher(topic);
          const raw = await RawClient.open(broker, 5);
          await raw.connect({ will: { topic, payload: Buffer.from('asked for'), qos: 1, retain: false } });
          raw.send({ cmd: 'disconnect', reasonCode: 0x04 });
          await raw.waitClosed(2000);
          const [will] = await collect(w, 1, 3000);
          assert.equal(will!.payload.toString(), 'asked for');
        });
      }

      test('a second CONNECT with the same client id takes the session over', async () => {
        const id = clientId('takeover');
        const first = await RawClient.open(broker, v);
        assert.equal(code(await first.connect({ clientId: id })), 0);
        const second = await RawClient.open(broker, v);
        assert.equal(code(await second.connect({ clientId: id })), 0);
        const before = await first.waitClosed(3000);
        // mosquitto 2.0.11 closes the old connection without the DISCONNECT; wharf must send it (DESIGN §4).
        if (v === 5 && isWharf) {
          const disc = before.find((p) => p.cmd === 'disconnect');
          assert.ok(disc !== undefined, `the old connection got no DISCONNECT (got: ${before.map((p) => p.cmd).join(',') || 'nothing'})`);
          assert.equal(disc.cmd === 'disconnect' && disc.reasonCode, 0x8e, 'reason must be 0x8E Session taken over');
        } else if (v === 4) {
          assert.deepEqual(before.map((p) => p.cmd), [], 'MQTT 3.1.1 has no server DISCONNECT');
        }
        // The new connection is the live one.
        second.send({ cmd: 'pingreq' });
        await second.expect('pingresp');
        assert.equal(second.isClosed, false);
        second.destroy();
      });

      if (v === 4) {
        test('empty client id with clean session 1 is accepted', async () => {
          const raw = await RawClient.open(broker, 4);
          const ack = await raw.connect({ clientId: '', clean: true });
          assert.equal(code(ack), 0);
          raw.send({ cmd: 'pingreq' });
          await raw.expect('pingresp');
          raw.destroy();
        });

        test('empty client id with clean session 0 is rejected with CONNACK 0x02', async () => {
          const raw = await RawClient.open(broker, 4);
          // Built by hand: mqtt-packet refuses to encode this CONNECT.
          raw.write(connectBytes({ level: 4, clientId: '', clean: false }));
          const ack = await raw.expect('connack');
          assert.equal(code(ack), 0x02);
          assert.equal(ack.sessionPresent, false);
          await raw.waitClosed(2000);
        });
      } else {
        test('empty client id gets an Assigned Client Identifier', async () => {
          const raw = await RawClient.open(broker, 5);
          const ack = await raw.connect({ clientId: '', clean: true });
          assert.equal(code(ack), 0);
          const assigned = ack.properties?.assignedClientIdentifier;
          assert.equal(typeof assigned, 'string');
          assert.ok((assigned as string).length > 0, 'assigned client identifier is empty');
          // Two anonymous clients must not share an identity.
          const other = await RawClient.open(broker, 5);
          const ack2 = await other.connect({ clientId: '', clean: true });
          assert.notEqual(ack2.properties?.assignedClientIdentifier, assigned);
          assert.equal(raw.isClosed, false, 'the first anonymous client was taken over');
          raw.destroy();
          other.destroy();
        });
      }
    });
  }

  test('MQTT 3.1 (MQIsdp, level 3) is accepted and works', async () => {
    const raw = await RawClient.open(broker, 3);
    const ack = await raw.connect({ clientId: clientId('v31').slice(0, 23) });
    assert.equal(code(ack), 0);
    const topic = `v31/${clientId('t')}`;
    raw.send({ cmd: 'subscribe', messageId: 1, subscriptions: [{ topic, qos: 1 }] });
    const suback = await raw.expect('suback');
    assert.deepEqual(suback.granted, [1]);
    raw.send({ cmd: 'publish', topic, payload: Buffer.from('old but gold'), qos: 1, messageId: 2, retain: false, dup: false });
    // PUBACK for our publish and the delivery to our own subscription, in either order.
    const got = [await raw.next(), await raw.next()];
    const delivery = got.find((p) => p.cmd === 'publish');
    assert.ok(got.some((p) => p.cmd === 'puback' && p.messageId === 2), 'no PUBACK');
    assert.ok(delivery !== undefined && delivery.cmd === 'publish');
    assert.equal(delivery.payload.toString(), 'old but gold');
    raw.destroy();
  });
});
