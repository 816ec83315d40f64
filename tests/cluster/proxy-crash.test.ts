/**
 * kill -9 of a proxy: its clients' wills are published by the cluster (the surviving proxy,
 * once its liveness key expires), each exactly once; wills of clients that disconnected
 * normally are not. A restart under the same proxy id publishes none of them again.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { MqttClient } from 'mqtt';
import {
  clientId, collect, connackOf, collectUntil, connect, drain, type Cluster, type ConnectOptions, type Received,
  type RoleNode,
} from '../harness/index.ts';
import { clusterPerFile } from './support.ts';

/** Longer than the sweep period (1 s heartbeat) so a second publication of a will would show. */
const QUIET_AFTER_WILLS_MS = 2500;

describe('cluster: kill -9 of a proxy', { timeout: 120_000 }, () => {
  let cluster: Cluster;
  let A: RoleNode;
  let B: RoleNode;
  let watcher: MqttClient;
  let base: string;
  const expected: string[] = [];
  const notExpected: string[] = [];
  const persistentVictims: ConnectOptions[] = [];

  clusterPerFile('proxy-crash', (c) => {
    cluster = c;
    [A, B] = c.proxies as [RoleNode, RoleNode];
  });

  const withWill = (name: string, opts: ConnectOptions): ConnectOptions => ({
    ...opts,
    will: { topic: `${base}/${name}`, payload: Buffer.from(name), qos: 1, retain: false },
  });

  test('fires the wills of its clients exactly once, and not those of clients that disconnected', async (t) => {
    base = `will/${clientId('w')}`;
    watcher = await connect(B, { protocolVersion: 5 });
    await watcher.subscribeAsync(`${base}/#`, { qos: 1 });

    // Normal disconnects first, so A has long processed them when it dies.
    for (const [name, opts] of [
      ['polite-v4', { protocolVersion: 4 }],
      ['polite-v5', { protocolVersion: 5 }],
      ['polite-v4-persistent', { protocolVersion: 4, clean: false, clientId: clientId('polite') }],
    ] as const) {
      const c = await connect(A, withWill(name, opts));
      await c.endAsync();
      notExpected.push(`${base}/${name}`);
    }
    const victims: [string, ConnectOptions][] = [
      ['crash-v4', { protocolVersion: 4 }],
      ['crash-v5', { protocolVersion: 5 }],
      ['crash-v4-persistent', { protocolVersion: 4, clean: false, clientId: clientId('crash') }],
      ['crash-v5-expiry', { protocolVersion: 5, clean: false, clientId: clientId('crash'), properties: { sessionExpiryInterval: 300 } }],
    ];
    let first: MqttClient | undefined;
    for (const [name, opts] of victims) {
      const c = await connect(A, withWill(name, opts));
      first ??= c;
      expected.push(`${base}/${name}`);
      if (opts.clean === false) persistentVictims.push(opts);
    }
    // The path A → store → B works, so a missing will is not a routing problem.
    await first!.publishAsync(`${base}/alive`, 'alive', { qos: 1 });
    assert.equal((await collect(watcher, 1, 10_000))[0]!.topic, `${base}/alive`);

    const killedAt = Date.now();
    await A.kill9();
    const got = await collectUntil(watcher, (ms) => expected.every((topic) => ms.some((m) => m.topic === topic)), 20_000).catch(
      (err: Error) => {
        throw new Error(`${err.message}; wills expected: ${expected.join(', ')}\nproblems:\n${cluster.problems().join('\n')}`);
      },
    );
    const firedMs = Date.now() - killedAt;
    const later = await drain(watcher, QUIET_AFTER_WILLS_MS);
    const all: Received[] = [...got, ...later];
    t.diagnostic(`all ${expected.length} wills arrived ${firedMs} ms after the kill`);

    for (const topic of expected) {
      const copies = all.filter((m) => m.topic === topic);
      assert.equal(copies.length, 1, `will ${topic} published ${copies.length} times`);
      assert.equal(copies[0]!.payload.toString(), topic.slice(base.length + 1));
      assert.equal(copies[0]!.qos, 1);
    }
    for (const topic of notExpected) {
      assert.equal(all.filter((m) => m.topic === topic).length, 0, `will of a client that sent DISCONNECT was published: ${topic}`);
    }
    assert.deepEqual(all.filter((m) => !expected.includes(m.topic)).map((m) => m.topic), [], 'nothing but the wills');
  });

  test('persistent sessions of the dead proxy resume elsewhere; a restart (same id and port) publishes no will twice', async () => {
    // Without their wills: a reconnect must not set up what the crash already published.
    assert.equal(persistentVictims.length, 2);
    for (const opts of persistentVictims) {
      const c = await connect(B, { ...opts, will: undefined });
      assert.equal(connackOf(c).sessionPresent, true, `session ${String(opts.clientId)} survived its proxy's crash`);
      await c.endAsync();
    }
    await A.start();
    const sub = await connect(A, { protocolVersion: 5 });
    await sub.subscribeAsync(`${base}/after-restart`, { qos: 1 });
    const pub = await connect(B, { protocolVersion: 4 });
    await pub.publishAsync(`${base}/after-restart`, 'hello', { qos: 1 });
    assert.equal((await collect(sub, 1, 10_000))[0]!.payload.toString(), 'hello');
    const resumed = await connect(A, { ...persistentVictims[1]!, will: undefined });
    assert.equal(connackOf(resumed).sessionPresent, true, 'the restarted proxy resumes a session');
    await resumed.endAsync();
    const late = await drain(watcher, QUIET_AFTER_WILLS_MS);
    assert.deepEqual(
      late.map((m) => m.topic).filter((topic) => topic !== `${base}/after-restart`),
      [],
      'no will is published again after the restart',
    );
  });
});
