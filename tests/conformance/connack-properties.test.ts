/**
 * CONNACK properties (MQTT 5 §3.2.2.3): what the server tells a client about its limits and
 * features, and that the limits it announces are the ones it applies.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  RawClient, clientId, collect, connect, isMosquitto, shutdown, sleep, startBroker, wharfOnly, type Broker,
} from '../harness/index.ts';
import { hex } from './support.ts';

const RECEIVE_MAXIMUM = 10;
const MAX_PACKET = 65_536;
/** The default --max-keepalive; mosquitto's default is 65535, so it is told this one explicitly. */
const DEFAULT_MAX_KEEPALIVE = 60;
/** Spec: closed after 1.5 × keepalive of silence; allow timer granularity (as connect.test.ts). */
const KEEPALIVE_CLOSE_MAX_MS = 2600;

describe('conformance: CONNACK properties (MQTT 5.0)', () => {
  let broker: Broker;
  before(async () => {
    broker = await startBroker({
      args: [
        '--receive-maximum', String(RECEIVE_MAXIMUM),
        '--max-packet-size', String(MAX_PACKET),
        ...(isMosquitto ? ['--max-keepalive', String(DEFAULT_MAX_KEEPALIVE)] : []),
      ],
    });
  });
  after(() => shutdown(broker));

  async function connack(fields: Parameters<RawClient['connect']>[0] = {}) {
    const raw = await RawClient.open(broker, 5);
    const ack = await raw.connect(fields);
    assert.equal(hex(ack.reasonCode), hex(0));
    return { raw, ack, props: ack.properties ?? {} };
  }

  test('MQTT-3.2.2-16: an empty client id gets an Assigned Client Identifier that names a resumable session', async () => {
    const { raw, ack } = await connack({ clientId: '', clean: true, properties: { sessionExpiryInterval: 60 } });
    const assigned = ack.properties?.assignedClientIdentifier;
    assert.ok(typeof assigned === 'string' && assigned.length > 0, 'no Assigned Client Identifier');
    const topic = `cp/assigned/${clientId('t')}`;
    raw.send({ cmd: 'subscribe', messageId: 1, subscriptions: [{ topic, qos: 1 }] });
    await raw.expect('suback');
    raw.send({ cmd: 'disconnect', reasonCode: 0 });
    await raw.waitClosed();
    const pub = await connect(broker, { protocolVersion: 5 });
    await pub.publishAsync(topic, 'kept for you', { qos: 1 });
    // The assigned identifier is the session's: reconnecting with it resumes the session and its backlog.
    const back = await RawClient.open(broker, 5);
    const again = await back.connect({ clientId: assigned, clean: false, properties: { sessionExpiryInterval: 60 } });
    assert.equal(again.sessionPresent, true, 'the session of the assigned identifier was not kept');
    const p = await back.expect('publish');
    assert.equal(p.payload.toString(), 'kept for you');
    back.destroy();
  });

  test(
    `MQTT-3.2.2-21: a Keep Alive above the maximum (default ${DEFAULT_MAX_KEEPALIVE}) or 0 is answered with Server Keep Alive`,
    async () => {
      for (const asked of [120, 0, 65_535]) {
        const { raw, props } = await connack({ keepalive: asked });
        assert.equal(props.serverKeepAlive, DEFAULT_MAX_KEEPALIVE, `client asked for keepalive ${asked}`);
        raw.destroy();
      }
      // MQTT-3.2.2-22: within the maximum, the client's own value stands (no property, or the same value).
      const { raw, props } = await connack({ keepalive: 30 });
      assert.ok(props.serverKeepAlive === undefined || props.serverKeepAlive === 30, `keepalive 30 answered with ${props.serverKeepAlive}`);
      raw.destroy();
    },
  );

  test('MQTT-3.2.2-21: --max-keepalive sets the maximum a client is told; a 3.1.1 client is accepted with its own value', async () => {
    const own = await startBroker({ args: ['--max-keepalive', '15'] });
    try {
      const raw = await RawClient.open(own, 5);
      const ack = await raw.connect({ keepalive: 30 });
      assert.equal(ack.properties?.serverKeepAlive, 15);
      raw.destroy();
      // 3.1.1 has no Server Keep Alive; refusing would be the only other answer (mosquitto 2.0.11 accepts too).
      const v4 = await RawClient.open(own, 4);
      assert.equal((await v4.connect({ keepalive: 30 })).returnCode, 0);
      v4.destroy();
    } finally {
      await own.stop();
    }
  });

  test(
    'MQTT-3.1.2-22 with MQTT-3.2.2-21: the server holds an MQTT 5 client to the Server Keep Alive it sent, a 3.1.1 client to its own',
    { skip: wharfOnly('mosquitto refuses a max_keepalive below 10 s, too slow a silence for this suite') },
    async () => {
      const own = await startBroker({ args: ['--max-keepalive', '1'] });
      try {
        const raw = await RawClient.open(own, 5);
        const ack = await raw.connect({ keepalive: 0 });
        assert.equal(ack.properties?.serverKeepAlive, 1);
        const v4 = await RawClient.open(own, 4);
        assert.equal((await v4.connect({ keepalive: 30 })).returnCode, 0);
        // Silence from both: 1.5 × 1 s closes the MQTT 5 one; the 3.1.1 one, on keepalive 30, stays.
        const t0 = Date.now();
        await raw.waitClosed(KEEPALIVE_CLOSE_MAX_MS + 1000);
        const elapsed = Date.now() - t0;
        assert.ok(elapsed >= 1000 && elapsed <= KEEPALIVE_CLOSE_MAX_MS, `closed after ${elapsed} ms of silence`);
        await sleep(2500 - elapsed);
        assert.equal(v4.isClosed, false, 'a 3.1.1 client with keepalive 30 was held to --max-keepalive 1');
        v4.destroy();
      } finally {
        await own.stop();
      }
    },
  );

  test('§3.2.2.3.3: Receive Maximum announces the configured inbound window', async () => {
    const { raw, props } = await connack();
    assert.equal(props.receiveMaximum, RECEIVE_MAXIMUM);
    raw.destroy();
  });

  test('§3.2.2.3.4 / MQTT-3.2.2-9: Maximum QoS is absent (QoS 2 supported), and QoS 2 is granted and delivered', async () => {
    const { raw, props } = await connack();
    raw.destroy();
    // Only 0 or 1 may be sent; a server supporting QoS 2 leaves the property out.
    assert.equal(props.maximumQoS, undefined, `Maximum QoS ${props.maximumQoS}`);
    const topic = `cp/qos2/${clientId('t')}`;
    const sub = await connect(broker, { protocolVersion: 5 });
    assert.equal((await sub.subscribeAsync(topic, { qos: 2 }))[0]!.qos, 2);
    const pub = await connect(broker, { protocolVersion: 5 });
    await pub.publishAsync(topic, 'exactly once', { qos: 2 });
    assert.equal((await collect(sub, 1))[0]!.qos, 2);
  });

  test('§3.2.2.3.5 / MQTT-3.2.2-13: Retain Available is absent or 1, and retained messages work', async () => {
    const { raw, props } = await connack();
    raw.destroy();
    assert.ok(props.retainAvailable === undefined || props.retainAvailable === true, `Retain Available ${String(props.retainAvailable)}`);
    const topic = `cp/retain/${clientId('t')}`;
    const pub = await connect(broker, { protocolVersion: 5 });
    await pub.publishAsync(topic, 'kept', { qos: 1, retain: true });
    const sub = await connect(broker, { protocolVersion: 5 });
    await sub.subscribeAsync(topic, { qos: 1 });
    const [m] = await collect(sub, 1);
    assert.equal(m!.retain, true);
  });

  test('§3.2.2.3.6: Maximum Packet Size announces --max-packet-size', async () => {
    const { raw, props } = await connack();
    assert.equal(props.maximumPacketSize, MAX_PACKET);
    raw.destroy();
  });

  test('§3.2.2.3.8: Topic Alias Maximum is announced (> 0) and an alias equal to it is accepted', async () => {
    const { raw, props } = await connack();
    const max = props.topicAliasMaximum ?? 0;
    assert.ok(max > 0, 'Topic Alias Maximum absent or 0');
    const topic = `cp/alias/${clientId('t')}`;
    const sub = await connect(broker, { protocolVersion: 5 });
    await sub.subscribeAsync(topic, { qos: 1 });
    raw.send({ cmd: 'publish', topic, payload: Buffer.from('via alias'), qos: 1, messageId: 1, retain: false, dup: false, properties: { topicAlias: max } });
    assert.equal(hex((await raw.expect('puback')).reasonCode ?? 0), hex(0));
    raw.send({ cmd: 'publish', topic: '', payload: Buffer.from('alias only'), qos: 1, messageId: 2, retain: false, dup: false, properties: { topicAlias: max } });
    await raw.expect('puback');
    const got = await collect(sub, 2);
    assert.deepEqual(got.map((m) => `${m.topic}=${m.payload.toString()}`), [`${topic}=via alias`, `${topic}=alias only`]);
    raw.destroy();
  });

  test('§3.2.2.3.11: Wildcard Subscription Available is absent or 1', async () => {
    const { raw, props } = await connack();
    assert.ok(props.wildcardSubscriptionAvailable !== false, 'wildcards announced as unavailable');
    raw.destroy();
  });

  test('§3.2.2.3.12: Subscription Identifiers Available is absent or 1', async () => {
    const { raw, props } = await connack();
    assert.ok(props.subscriptionIdentifiersAvailable !== false, 'subscription identifiers announced as unavailable');
    raw.destroy();
  });

  test('§3.2.2.3.13: Shared Subscription Available is absent or 1', async () => {
    const { raw, props } = await connack();
    assert.ok(props.sharedSubscriptionAvailable !== false, 'shared subscriptions announced as unavailable');
    raw.destroy();
  });

  test(
    '§3.2.2.3.9: a refused CONNECT carries a Reason String saying why',
    { skip: wharfOnly('mosquitto sends no Reason Strings (they are optional)') },
    async () => {
      const raw = await RawClient.open(broker, 5);
      const ack = await raw.connect({ properties: { authenticationMethod: 'X-UNKNOWN-METHOD' } });
      assert.equal(hex(ack.reasonCode), hex(0x8c));
      const why = ack.properties?.reasonString;
      assert.ok(typeof why === 'string' && why.includes('X-UNKNOWN-METHOD'), `Reason String ${JSON.stringify(why)}`);
    },
  );

  test('MQTT-3.1.2-29: Request Problem Information 0 → no Reason String on a PUBACK', async () => {
    const raw = await RawClient.open(broker, 5);
    await raw.connect({ properties: { requestProblemInformation: false } });
    raw.send({ cmd: 'publish', topic: `cp/rpi/${clientId('t')}`, payload: Buffer.from('x'), qos: 1, messageId: 1, retain: false, dup: false });
    const ack = await raw.expect('puback');
    assert.equal(ack.properties?.reasonString, undefined);
    assert.equal(ack.properties?.userProperties, undefined);
    raw.destroy();
  });
});
