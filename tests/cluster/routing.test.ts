/**
 * Messages and sessions across proxies: publish on one proxy, receive on the other; a
 * persistent session that moves between proxies; a takeover by the same client id.
 * One cluster (redis, notify, store, proxies A and B) for the whole file.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { MqttClient } from 'mqtt';
import {
  allReceived, clientId, closed, collect, collectUntil, connackOf, connect, drain, publishMany, VERSIONS,
  versionName, within, type Cluster, type ConnectOptions, type MqttVersion, type RoleNode,
} from '../harness/index.ts';
import { clusterPerFile } from './support.ts';

const QOS = [0, 1, 2] as const;

/** A session that outlives its connection, in each version's terms. */
function persistent(v: MqttVersion, id: string): ConnectOptions {
  return v === 5
    ? { protocolVersion: 5, clientId: id, clean: false, properties: { sessionExpiryInterval: 300 } }
    : { protocolVersion: 4, clientId: id, clean: false };
}

describe('cluster: routing between proxies', { timeout: 120_000 }, () => {
  let cluster: Cluster;
  let A: RoleNode;
  let B: RoleNode;

  clusterPerFile('routing', (c) => {
    cluster = c;
    [A, B] = c.proxies as [RoleNode, RoleNode];
  });

  for (const v of VERSIONS) {
    test(`${versionName(v)}: a subscriber on A gets what B publishes at QoS 0/1/2 through + and #, at min(QoS)`, async () => {
      const base = `route/${clientId(`v${v}`)}`;
      // One subscriber per granted QoS, so every (published, granted) pair is seen once.
      const subs: MqttClient[] = [];
      for (const g of QOS) {
        const s = await connect(A, { protocolVersion: v });
        const granted = await s.subscribeAsync({ [`${base}/plus/+/x`]: { qos: g }, [`${base}/hash/#`]: { qos: g } });
        assert.deepEqual(granted.map((x) => x.qos), [g, g], `granted QoS for a QoS ${g} subscription`);
        subs.push(s);
      }
      const pub = await connect(B, { protocolVersion: v });
      for (const p of QOS) {
        await pub.publishAsync(`${base}/plus/q${p}/x`, `plus-${p}`, { qos: p });
        // Matches neither filter: `+` is one level, and `y` is not `x`.
        await pub.publishAsync(`${base}/plus/q${p}/y`, `miss-${p}`, { qos: p });
        await pub.publishAsync(`${base}/plus/q${p}/x/deeper`, `miss-deep-${p}`, { qos: p });
        await pub.publishAsync(`${base}/hash/q${p}/deep/er`, `hash-${p}`, { qos: p });
      }
      // `a/#` also matches `a` itself.
      await pub.publishAsync(`${base}/hash`, 'hash-parent', { qos: 1 });

      for (const [g, s] of subs.entries()) {
        const got = await collect(s, 7, 10_000);
        const extra = await drain(s);
        assert.deepEqual(extra.map((m) => m.topic), [], `QoS ${g} subscriber: messages that match no filter, or duplicates`);
        const byPayload = new Map(got.map((m) => [m.payload.toString(), m]));
        assert.equal(byPayload.size, 7, `QoS ${g} subscriber got duplicates: ${got.map((m) => m.payload.toString()).join(', ')}`);
        for (const p of QOS) {
          for (const kind of ['plus', 'hash']) {
            const m = byPayload.get(`${kind}-${p}`);
            assert.ok(m !== undefined, `QoS ${g} subscriber missed ${kind}-${p}`);
            assert.equal(m.qos, Math.min(p, g), `${kind}-${p} published at QoS ${p} to a QoS ${g} subscription`);
            assert.equal(m.retain, false);
          }
        }
        assert.equal(byPayload.get('hash-parent')?.qos, Math.min(1, g));
      }
    });
  }

  for (const v of VERSIONS) {
    test(`${versionName(v)}: a persistent session that left A gets its offline messages on B, in order`, async () => {
      const id = clientId(`offline-v${v}`);
      const topic = `offline/${id}`;
      const first = await connect(A, persistent(v, id));
      await first.subscribeAsync(`${topic}/#`, { qos: 2 });
      await first.endAsync();

      const pub = await connect(B, { protocolVersion: v });
      const q1 = Array.from({ length: 40 }, (_, i) => `m${i}`);
      const q2 = Array.from({ length: 10 }, (_, i) => `m${40 + i}`);
      await publishMany(pub, `${topic}/data`, q1, { qos: 1 });
      await publishMany(pub, `${topic}/data`, q2, { qos: 2 });

      const second = await connect(B, persistent(v, id));
      assert.equal(connackOf(second).sessionPresent, true, 'the session made on A is present on B');
      const got = await collect(second, 50, 15_000);
      assert.deepEqual(got.map((m) => m.payload.toString()), [...q1, ...q2], 'offline messages in publish order');
      assert.deepEqual(got.map((m) => m.qos), [...q1.map(() => 1), ...q2.map(() => 2)]);
      assert.deepEqual((await drain(second)).map((m) => m.payload.toString()), [], 'nothing beyond the backlog');

      // The subscription moved too: live messages published on A now reach the session on B.
      const pubA = await connect(A, { protocolVersion: v });
      await pubA.publishAsync(`${topic}/live`, 'live', { qos: 1 });
      const [live] = await collect(second, 1, 10_000);
      assert.equal(live!.payload.toString(), 'live');
    });
  }

  for (const v of VERSIONS) {
    test(`${versionName(v)}: the same client id on B takes the session over from A`, async (t) => {
      const id = clientId(`takeover-v${v}`);
      const topic = `takeover/${id}`;
      let reason: number | undefined;
      const onA = await connect(A, persistent(v, id), (c) => c.on('disconnect', (p) => (reason = p.reasonCode ?? 0)));
      await onA.subscribeAsync(`${topic}/#`, { qos: 1 });
      const pub = await connect(A, { protocolVersion: v });
      await pub.publishAsync(`${topic}/before`, 'before', { qos: 1 });
      assert.equal((await collect(onA, 1, 10_000))[0]!.payload.toString(), 'before');

      const aClosed = closed(onA);
      const started = Date.now();
      const onB = await connect(B, persistent(v, id));
      await within(aClosed, 10_000, 'proxy A closes the connection that lost its session');
      const tookMs = Date.now() - started;
      assert.equal(connackOf(onB).sessionPresent, true, 'B resumes the session A held');
      if (v === 5) assert.equal(reason, 0x8e, 'MQTT 5: DISCONNECT with Session taken over (0x8E) before the close');

      // Published on A, delivered on B: the subscription works where the session now lives.
      await pub.publishAsync(`${topic}/after`, 'after', { qos: 1 });
      const got = await collectUntil(onB, (ms) => ms.some((m) => m.payload.toString() === 'after'), 10_000);
      const redelivered = got.filter((m) => m.payload.toString() === 'before').length;
      assert.deepEqual(
        got.map((m) => m.payload.toString()).filter((p) => p !== 'before'),
        ['after'],
        'B gets the new message once',
      );
      assert.equal(allReceived(onA).length, 1, 'the old connection gets nothing after the takeover');
      t.diagnostic(`takeover took ${tookMs} ms; "before" redelivered on B: ${redelivered}x (allowed: at least once)`);
    });
  }
});
