/**
 * Durable message queues end to end on `wharf start`: queues made over the REST API, consumed
 * over MQTT as `$q/<filter>` and `$queue/<name>` — delivery under the original topic at QoS 1,
 * each strategy's distribution, reject / disconnect / ack-timeout redelivery, dead-lettering,
 * the backlog of a queue nobody consumed (persistent consumers included), ACLs, refused
 * publishes.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { MqttClient } from 'mqtt';
import {
  allReceived, clientId, collect, connect, drain, publishMany, QUIET_MS, shutdown, sleep, startBroker, waitFor, wharfOnly, type Broker,
} from '../harness/index.ts';
import { apiKeysFile, createQueue, level, payloads, publishAck, queueBody, RawConsumer } from './support.ts';

const seq = (n: number, tag = ''): string[] => Array.from({ length: n }, (_, i) => `${tag}${i}`);

describe('message queues: consumers', { skip: wharfOnly('message queues are wharf’s') }, () => {
  let broker: Broker;
  let keys: { file: string; remove: () => void };
  let aclDir: string;

  before(async () => {
    keys = apiKeysFile();
    aclDir = mkdtempSync(join(tmpdir(), 'wharf-queue-acl-'));
    const acl = join(aclDir, 'acl');
    writeFileSync(acl, 'deny any subscribe secret/#\n', { mode: 0o600 });
    broker = await startBroker({ args: ['--api-keys-file', keys.file, '--acl-file', acl] });
  });
  after(async () => {
    await shutdown(broker);
    keys.remove();
    rmSync(aclDir, { recursive: true, force: true });
  });

  const queue = (filter: string, fields: Record<string, unknown> = {}) => createQueue(broker.httpPort, queueBody(filter, fields));

  async function consumer(filter: string, opts: Parameters<typeof connect>[1] = {}): Promise<MqttClient> {
    const c = await connect(broker, { protocolVersion: 5, ...opts });
    const [g] = await c.subscribeAsync(filter, { qos: 0 });
    assert.equal(g!.qos, 1, `SUBACK for ${filter}: 0x${g!.qos.toString(16)}`);
    return c;
  }

  async function publisher(): Promise<MqttClient> {
    return connect(broker, { protocolVersion: 5 });
  }

  test('$q/<filter>: messages arrive once, under their original topic, at QoS 1 whatever was published or asked', async () => {
    const base = level('orig');
    await queue(`${base}/+`);
    const c = await consumer(`$q/${base}/+`);
    const pub = await publisher();
    await pub.publishAsync(`${base}/a`, 'zero', { qos: 0 });
    await pub.publishAsync(`${base}/b`, 'one', { qos: 1, properties: { userProperties: { k: 'v' }, contentType: 'text/plain' } });
    await pub.publishAsync(`${base}/c`, 'two', { qos: 2 });
    const got = await collect(c, 3);
    assert.deepEqual(got.map((m) => [m.topic, m.payload.toString(), m.qos]), [[`${base}/a`, 'zero', 1], [`${base}/b`, 'one', 1], [`${base}/c`, 'two', 1]]);
    assert.equal(got[1]!.packet.properties?.contentType, 'text/plain');
    assert.deepEqual({ ...got[1]!.packet.properties?.userProperties }, { k: 'v' });
    assert.ok(got.every((m) => !m.retain && !m.dup));
    assert.deepEqual(await drain(c), []);
  });

  test('random: two consumers share the messages, each exactly once', async () => {
    const topic = level('random');
    await queue(topic, { dispatch_strategy: 'random' });
    const a = await consumer(`$q/${topic}`);
    const b = await consumer(`$q/${topic}`);
    const sent = seq(40);
    await publishMany(await publisher(), topic, sent, { qos: 1 });
    await waitFor(() => allReceived(a).length + allReceived(b).length >= sent.length, { message: () => `got ${allReceived(a).length}+${allReceived(b).length}` });
    await sleep(QUIET_MS);
    const got = [...payloads(allReceived(a)), ...payloads(allReceived(b))];
    assert.deepEqual(got.sort(), [...sent].sort());
    assert.ok(allReceived(a).length > 0 && allReceived(b).length > 0, `random sent ${allReceived(a).length}/${allReceived(b).length}`);
  });

  test('round_robin: two consumers alternate exactly', async () => {
    const topic = level('rr');
    await queue(topic, { dispatch_strategy: 'round_robin' });
    const a = await consumer(`$q/${topic}`);
    const b = await consumer(`$q/${topic}`);
    const sent = seq(20);
    await publishMany(await publisher(), topic, sent, { qos: 1, window: 1 });
    await waitFor(() => allReceived(a).length + allReceived(b).length >= sent.length);
    await sleep(QUIET_MS);
    const owner = new Map<string, string>();
    for (const m of allReceived(a)) owner.set(m.payload.toString(), 'a');
    for (const m of allReceived(b)) owner.set(m.payload.toString(), 'b');
    const order = sent.map((p) => owner.get(p) ?? '?').join('');
    assert.equal(allReceived(a).length + allReceived(b).length, sent.length, 'each once');
    assert.ok(/^(ab)+$|^(ba)+$/.test(order), `owners in publish order: ${order}`);
  });

  test('least_inflight: a consumer that never acknowledges stops getting messages; the other gets the rest', async () => {
    const topic = level('least');
    await queue(topic, { dispatch_strategy: 'least_inflight' });
    const stuck = await RawConsumer.open(broker);
    assert.deepEqual((await stuck.subscribe(`$q/${topic}`)).granted, [1]);
    const fast = await consumer(`$q/${topic}`);
    const sent = seq(30);
    await publishMany(await publisher(), topic, sent, { qos: 1, window: 1 });
    await waitFor(() => stuck.publishes.length + allReceived(fast).length >= sent.length, { message: () => `stuck ${stuck.publishes.length}, fast ${allReceived(fast).length}` });
    await sleep(QUIET_MS);
    assert.ok(stuck.publishes.length <= 2, `the non-acking consumer got ${stuck.publishes.length}`);
    assert.deepEqual([...payloads(stuck.publishes), ...payloads(allReceived(fast))].sort(), [...sent].sort());
    stuck.destroy();
  });

  test('a PUBACK with an error reason rejects: the message goes to the other consumer', async () => {
    const topic = level('reject');
    await queue(topic, { dispatch_strategy: 'round_robin' });
    const rejecter = await RawConsumer.open(broker);
    await rejecter.subscribe(`$q/${topic}`);
    await (await publisher()).publishAsync(topic, 'hot potato', { qos: 1 });
    const [first] = await rejecter.take(1);
    const taker = await consumer(`$q/${topic}`);
    rejecter.ack(first!, 0x80);
    const [again] = await collect(taker, 1);
    assert.equal(again!.payload.toString(), 'hot potato');
    rejecter.destroy();
  });

  test('a consumer that disconnects with unacknowledged messages: the other consumer gets them', async () => {
    const topic = level('leave');
    await queue(topic);
    const leaving = await RawConsumer.open(broker);
    await leaving.subscribe(`$q/${topic}`);
    const sent = seq(3);
    await publishMany(await publisher(), topic, sent, { qos: 1 });
    assert.deepEqual(payloads(await leaving.take(3)), sent);
    const staying = await consumer(`$q/${topic}`);
    await sleep(100);
    assert.deepEqual(allReceived(staying), [], 'nothing while they are in flight elsewhere');
    leaving.destroy();
    assert.deepEqual(payloads(await collect(staying, 3)).sort(), [...sent].sort());
  });

  test('ack_timeout: an unacknowledged message is delivered again', async () => {
    const topic = level('timeout');
    await queue(topic, { ack_timeout: '300ms' });
    const slow = await RawConsumer.open(broker);
    await slow.subscribe(`$q/${topic}`);
    const published = Date.now();
    await (await publisher()).publishAsync(topic, 'late', { qos: 1 });
    const [first] = await slow.take(1);
    const [second] = await slow.take(1, 3000);
    assert.equal(second!.payload.toString(), 'late');
    // The redelivery cannot come before the ack timeout ran from the first delivery (after the publish).
    assert.ok(Date.now() - published >= 250, `redelivered ${Date.now() - published} ms after the publish`);
    slow.ack(first!);
    slow.ack(second!);
    slow.destroy();
  });

  test('max_deliveries: the message moves to $dlq/<filter>, consumable as $q/$dlq/<filter> under its original topic', async () => {
    const base = level('dlq');
    await queue(`${base}/#`, { ack_timeout: '200ms', max_deliveries: 2 });
    const dlq = await consumer(`$q/$dlq/${base}/#`);
    const slow = await RawConsumer.open(broker);
    await slow.subscribe(`$q/${base}/#`);
    await (await publisher()).publishAsync(`${base}/poison`, 'poison', { qos: 1 });
    await slow.take(2, 3000);
    const [dead] = await collect(dlq, 1, 3000);
    assert.equal(dead!.topic, `${base}/poison`);
    assert.equal(dead!.payload.toString(), 'poison');
    await sleep(400);
    assert.equal(slow.publishes.length, 2, 'no third delivery');
    slow.destroy();
  });

  test('no consumer online: the backlog waits durably and the first consumer gets all of it', async () => {
    const topic = level('backlog');
    await queue(topic);
    const sent = seq(10);
    await publishMany(await publisher(), topic, sent, { qos: 1 });
    await sleep(100);
    const first = await consumer(`$q/${topic}`);
    assert.deepEqual(payloads(await collect(first, 10)).sort(), [...sent].sort());
    const second = await consumer(`$q/${topic}`);
    assert.deepEqual(await drain(second), []);
  });

  test('a persistent consumer session re-attaches on reconnect (clean start false) and gets what came meanwhile', async () => {
    const topic = level('persist');
    await queue(topic);
    const id = clientId('qpersist');
    const opts = { protocolVersion: 5 as const, clientId: id, clean: false, properties: { sessionExpiryInterval: 60 } };
    const first = await consumer(`$q/${topic}`, opts);
    await first.endAsync();
    const sent = seq(5);
    await publishMany(await publisher(), topic, sent, { qos: 1 });
    const again = await connect(broker, opts);
    assert.deepEqual(payloads(await collect(again, 5)).sort(), [...sent].sort());
    await again.endAsync(false, { properties: { sessionExpiryInterval: 0 } });
  });

  test('$queue/<name> consumes the named queue; an unknown queue is SUBACK 0x80', async () => {
    const topic = level('named');
    const name = level('nm');
    await queue(topic, { name });
    const c = await consumer(`$queue/${name}`);
    await (await publisher()).publishAsync(topic, 'by name', { qos: 1 });
    const [m] = await collect(c, 1);
    assert.equal(m!.topic, topic);
    const other = await RawConsumer.open(broker);
    const unknown = await other.subscribe(`$q/${level('none')}`, 1, 1);
    assert.deepEqual(unknown.granted, [0x80]);
    assert.match(unknown.properties?.reasonString ?? '', /^no queue bound to /);
    assert.deepEqual((await other.subscribe(`$queue/${level('none')}`, 1, 2)).granted, [0x80]);
    other.destroy();
    const v4 = await RawConsumer.open(broker, 4);
    assert.deepEqual((await v4.subscribe(`$q/${level('none')}`)).granted, [0x80]);
    v4.destroy();
  });

  test('a client denied a filter is denied its queue: $q/, $queue/ and $share/ get SUBACK 0x87', async () => {
    const name = level('secretq');
    await queue('secret/jobs', { name });
    const c = await RawConsumer.open(broker);
    for (const [i, f] of ['$q/secret/jobs', `$queue/${name}`, '$share/g/secret/jobs', '$q/$dlq/secret/jobs'].entries()) {
      assert.deepEqual((await c.subscribe(f, 1, i + 1)).granted, [0x87], f);
    }
    c.destroy();
    const v4 = await RawConsumer.open(broker, 4);
    assert.deepEqual((await v4.subscribe('$q/secret/jobs')).granted, [0x80]);
    v4.destroy();
  });

  test('a publish a last-value queue refuses (no key) gets PUBACK 0x83 with the reason', async () => {
    const topic = level('lv');
    await queue(topic, { is_lastvalue: true, key_expression: 'message.headers.properties.User-Property.key', missing_key: 'reject' });
    const pub = await publisher();
    const refused = await publishAck(pub, topic, 'no key', { qos: 1 });
    assert.equal(refused.code, 0x83);
    const props = (refused.packet as { properties?: { reasonString?: string } } | undefined)?.properties;
    assert.equal(typeof props?.reasonString, 'string', 'the reason goes in the Reason String');
    const ok = await publishAck(pub, topic, 'keyed', { qos: 1, properties: { userProperties: { key: 'k1' } } });
    assert.ok(ok.code < 0x80, `keyed publish: 0x${ok.code.toString(16)}`);
    const v4 = await connect(broker, { protocolVersion: 4 });
    await v4.publishAsync(topic, 'no key', { qos: 1 }); // 3.1.1: acknowledged, and dropped
  });

  test('publishing to $q/… is refused: MQTT 5 PUBACK 0x90; 3.1.1 acknowledged and dropped', async () => {
    const topic = level('forge');
    await queue(topic);
    const c = await consumer(`$q/${topic}`);
    const v5 = await publisher();
    assert.equal((await publishAck(v5, `$q/${topic}`, 'forged', { qos: 1 })).code, 0x90);
    assert.equal((await publishAck(v5, `$dlq/${topic}`, 'forged', { qos: 2 })).code, 0x90);
    const v4 = await connect(broker, { protocolVersion: 4 });
    await v4.publishAsync(`$q/${topic}`, 'forged', { qos: 1 });
    assert.deepEqual(await drain(c), []);
  });
});
