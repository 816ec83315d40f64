/** Topic filters and subscriptions (MQTT 3.1.1 §4.7, §3.8-3.11; 5.0 §4.7, §3.8-3.11). */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { MqttClient } from 'mqtt';
import {
  QUIET_MS, RawClient, VERSIONS, clientId, collect, collectUntil, connect, drain, shutdown, sleep, startBroker,
  versionName, wharfOnly, allReceived, type Broker,
} from './harness/index.ts';

/**
 * Topics relative to a per-run root `R`, except rows marked absolute. `$`-topics must not match
 * filters that start with a wildcard (MQTT-4.7.2-1) but match filters that name the `$` level.
 */
const TOPICS = ['a', 'a/b', 'a/b/c', 'a/x/c', 'a//c', 'a/b/c/d', '/x', 'b/b'] as const;
const DOLLAR_TOPICS = ['$wharftest/x', '$wharftest/a/b'] as const;

interface Row {
  filter: string;
  /** Which of TOPICS (under the root) and DOLLAR_TOPICS (absolute) it matches. */
  matches: string[];
  /** Filter is absolute (not under the run's root). */
  absolute?: boolean;
}

const TABLE: Row[] = [
  { filter: 'a/b/c', matches: ['a/b/c'] },
  { filter: 'a/+/c', matches: ['a/b/c', 'a/x/c', 'a//c'] },
  { filter: 'a/+', matches: ['a/b'] },
  { filter: 'a/#', matches: ['a', 'a/b', 'a/b/c', 'a/x/c', 'a//c', 'a/b/c/d'] },
  { filter: 'a/b/#', matches: ['a/b', 'a/b/c', 'a/b/c/d'] },
  { filter: '+', matches: ['a'] },
  { filter: '+/+', matches: ['a/b', '/x', 'b/b'] },
  { filter: '+/b', matches: ['a/b', 'b/b'] },
  { filter: '+/+/c', matches: ['a/b/c', 'a/x/c', 'a//c'] },
  { filter: '/+', matches: ['/x'] },
  { filter: '#', matches: [...TOPICS] },
  { filter: 'a//c', matches: ['a//c'] },
  { filter: 'A/b', matches: [] },
  // Absolute rows: the `$` rules.
  { filter: '#', matches: [], absolute: true },
  { filter: '+/x', matches: [], absolute: true },
  { filter: '+/a/b', matches: [], absolute: true },
  { filter: '$wharftest/#', matches: ['$wharftest/x', '$wharftest/a/b'], absolute: true },
  { filter: '$wharftest/+', matches: ['$wharftest/x'], absolute: true },
  { filter: '$wharftest/x', matches: ['$wharftest/x'], absolute: true },
];

describe('subscribe', () => {
  let broker: Broker;
  before(async () => {
    broker = await startBroker();
  });
  after(() => shutdown(broker));

  for (const v of VERSIONS) {
    describe(versionName(v), () => {
      test('+ and # matching table, $-topics excluded from leading wildcards', async () => {
        // Each run gets its own root; relative rows are prefixed with it ("a" becomes "<root>/a", where
        // the root has no `/`, so prefixing keeps level structure: "+" becomes "<root>/+").
        const root = clientId('m').replace(/-/g, '_');
        const rel = (t: string) => `${root}/${t}`;
        const clients: { row: Row; client: MqttClient; expected: string[] }[] = [];
        for (const row of TABLE) {
          const client = await connect(broker, { protocolVersion: v });
          const filter = row.absolute ? row.filter : rel(row.filter);
          const [g] = await client.subscribeAsync(filter, { qos: 1 });
          assert.equal(g!.qos, 1, `SUBACK for ${filter}`);
          const expected = row.matches.map((t) => (t.startsWith('$') ? t : rel(t))).sort();
          clients.push({ row, client, expected });
        }
        const pub = await connect(broker, { protocolVersion: v });
        for (const t of TOPICS) await pub.publishAsync(rel(t), t, { qos: 1 });
        for (const t of DOLLAR_TOPICS) await pub.publishAsync(t, t, { qos: 1 });
        // Absolute rows ('#', '+/x') see all traffic; each row judges only the topics its kind is about.
        const ours = (row: Row) => (topic: string) =>
          row.absolute ? topic.startsWith('$wharftest/') : topic.startsWith(`${root}/`);
        for (const c of clients) {
          const mine = ours(c.row);
          await collectUntil(c.client, (got) => got.filter((m) => mine(m.topic)).length >= c.expected.length, 5000).catch(() => []);
        }
        await sleep(QUIET_MS);
        const failures: string[] = [];
        for (const c of clients) {
          const got = allReceived(c.client).map((m) => m.topic).filter(ours(c.row)).sort();
          const f = c.row.absolute ? c.row.filter : `<root>/${c.row.filter}`;
          if (JSON.stringify(got) !== JSON.stringify(c.expected)) {
            failures.push(`${f}: expected [${c.expected.join(', ')}] got [${got.join(', ')}]`);
          }
        }
        assert.deepEqual(failures, []);
      });

      test('unsubscribe stops delivery', async () => {
        const topic = `sub/unsub/${clientId('t')}`;
        const sub = await connect(broker, { protocolVersion: v });
        const witness = await connect(broker, { protocolVersion: v });
        await sub.subscribeAsync(topic, { qos: 1 });
        await witness.subscribeAsync(topic, { qos: 1 });
        const pub = await connect(broker, { protocolVersion: v });
        await pub.publishAsync(topic, 'before', { qos: 1 });
        assert.equal((await collect(sub, 1))[0]!.payload.toString(), 'before');
        await sub.unsubscribeAsync(topic);
        await pub.publishAsync(topic, 'after', { qos: 1 });
        // The witness proves 'after' was delivered; the unsubscribed client must not get it.
        const seen = await collect(witness, 2);
        assert.deepEqual(seen.map((m) => m.payload.toString()), ['before', 'after']);
        assert.deepEqual((await drain(sub)).map((m) => m.payload.toString()), []);
      });

      test(
        'overlapping subscriptions: at least one copy, one at the highest granted QoS',
        {
          skip:
            v === 4 &&
            wharfOnly('mosquitto 2.0.11 sends 3.1.1 clients one copy at the first QoS, against MQTT-3.3.5-1 (its 5.0 path passes)'),
        },
        async () => {
        const base = `sub/overlap/${clientId('t')}`;
        const sub = await connect(broker, { protocolVersion: v });
        const granted = await sub.subscribeAsync({ [`${base}/a/b`]: { qos: 0 }, [`${base}/+/b`]: { qos: 1 }, [`${base}/#`]: { qos: 2 } });
        assert.deepEqual(granted.map((g) => g.qos).sort(), [0, 1, 2]);
        const pub = await connect(broker, { protocolVersion: v });
        await pub.publishAsync(`${base}/a/b`, 'one', { qos: 2 });
        const copies = [...(await collect(sub, 1)), ...(await drain(sub))];
        assert.ok(copies.length >= 1 && copies.length <= 3, `${copies.length} copies`);
        for (const c of copies) assert.equal(c.payload.toString(), 'one');
        // MQTT-3.3.5-1: delivered respecting the maximum QoS of all matching subscriptions.
        assert.ok(copies.some((c) => c.qos === 2), `copies at QoS ${copies.map((c) => c.qos).join(',')}`);
        },
      );

      test('resubscribing replaces the subscription: one copy, new QoS', async () => {
        const topic = `sub/resub/${clientId('t')}`;
        const sub = await connect(broker, { protocolVersion: v });
        await sub.subscribeAsync(topic, { qos: 0 });
        await sub.subscribeAsync(topic, { qos: 1 });
        const pub = await connect(broker, { protocolVersion: v });
        await pub.publishAsync(topic, 'x', { qos: 1 });
        const got = [...(await collect(sub, 1)), ...(await drain(sub))];
        assert.deepEqual(got.map((m) => [m.payload.toString(), m.qos]), [['x', 1]]);
      });

      test(
        `invalid filters get SUBACK ${v === 5 ? '0x8F' : '0x80'}, valid ones in the same SUBSCRIBE still work`,
        // Both answers are allowed (MQTT-4.8 lets a server close on a protocol error); wharf chooses the
        // friendlier SUBACK. mosquitto 2.0.11 closes the connection instead.
        { skip: wharfOnly('mosquitto closes the connection on an invalid filter, which the spec also allows') },
        async () => {
          const topic = `sub/valid/${clientId('t')}`;
          const raw = await RawClient.open(broker, v);
          await raw.connect();
          const bad = ['a/#/b', 'a+', 'a/b#', '#/a', ''];
          raw.send({
            cmd: 'subscribe',
            messageId: 11,
            subscriptions: [...bad.map((t) => ({ topic: t, qos: 1 as const })), { topic, qos: 1 }],
          });
          const suback = await raw.expect('suback');
          assert.equal(suback.messageId, 11);
          const fail = v === 5 ? 0x8f : 0x80;
          assert.deepEqual(suback.granted, [...bad.map(() => fail), 1]);
          const pub = await connect(broker, { protocolVersion: v });
          await pub.publishAsync(topic, 'still works', { qos: 1 });
          const p = await raw.expect('publish');
          assert.equal(p.payload.toString(), 'still works');
          assert.equal(raw.isClosed, false);
          raw.destroy();
        },
      );
    });
  }
});
