/**
 * Two stores, topics partitioned by first level (DESIGN §4): every message lands on the store
 * that owns its partition and only there; a filter starting with a wildcard is collected on both
 * stores and read from each; a persistent session spanning both moves between proxies; one
 * store down leaves the other's partitions working and loses nothing acknowledged.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
// The proxies' own partition function, so the test knows which store owns a topic.
import { PartitionMap } from '../../packages/core/src/partition.ts';
import {
  clientId, collect, collectUntil, connect, drain, scrape, waitFor, type Cluster, type RoleNode,
} from '../harness/index.ts';
import { clusterPerFile, describeTally, SequencePublisher, StickySubscriber, tally } from './support.ts';

const PARTITIONS = 8;
const map = new PartitionMap(PARTITIONS, 2);

/** A first level (with `tag` in it) whose partition belongs to `store`. */
function levelOn(store: number, tag: string): string {
  for (let i = 0; ; i++) {
    const level = `${tag}-${i}`;
    if (map.storeOf(level) === store) return level;
  }
}

const appended = async (store: RoleNode): Promise<number> => (await scrape(store, 'wharf_store_appends_total')) ?? 0;

describe('cluster: two stores, partitions by first level', { timeout: 180_000 }, () => {
  let cluster: Cluster;
  let A: RoleNode;
  let B: RoleNode;
  let S0: RoleNode;
  let S1: RoleNode;

  clusterPerFile(
    'partitions',
    (c) => {
      cluster = c;
      [A, B] = c.proxies as [RoleNode, RoleNode];
      [S0, S1] = c.stores as [RoleNode, RoleNode];
    },
    { stores: 2, args: { proxy: ['--partitions', String(PARTITIONS)] } },
  );

  test('each message is appended on the owner of its partition only; exact and wildcard-first filters get what they match, in order', async () => {
    assert.equal(cluster.stores.length, 2);
    const id = clientId('route');
    const on0 = levelOn(0, id);
    const on1 = levelOn(1, id);
    const sub = await connect(A, { protocolVersion: 5 });
    await sub.subscribeAsync({ [`${on0}/#`]: { qos: 1 }, [`${on1}/+`]: { qos: 1 } });
    const wild = await connect(A, { protocolVersion: 4 });
    await wild.subscribeAsync({ [`+/${id}/w`]: { qos: 1 } });
    const all = await connect(B, { protocolVersion: 5 });
    await all.subscribeAsync('#', { qos: 1 });

    const before = [await appended(S0), await appended(S1)];
    const pub = await connect(B, { protocolVersion: 5 });
    const N = 20;
    for (let i = 0; i < N; i++) {
      await pub.publishAsync(`${on0}/t`, `a${i}`, { qos: 1 });
      await pub.publishAsync(`${on1}/t`, `b${i}`, { qos: 1 });
    }
    await pub.publishAsync(`${on0}/${id}/w`, 'w0', { qos: 1 });
    await pub.publishAsync(`${on1}/${id}/w`, 'w1', { qos: 1 });

    const got = await collect(sub, 2 * N, 10_000);
    const payloadsOf = (topic: string, from: readonly { topic: string; payload: Buffer }[]) => from.filter((m) => m.topic === topic).map((m) => m.payload.toString());
    const seq = (p: string) => Array.from({ length: N }, (_, i) => `${p}${i}`);
    assert.deepEqual(payloadsOf(`${on0}/t`, got), seq('a'), 'store 0 topic, in order');
    assert.deepEqual(payloadsOf(`${on1}/t`, got), seq('b'), 'store 1 topic, in order');
    assert.deepEqual((await drain(sub)).map((m) => m.topic), [`${on0}/${id}/w`], `${on0}/# also matches the deeper topic; ${on1}/+ does not`);

    const w = await collect(wild, 2, 10_000);
    assert.deepEqual(w.map((m) => m.payload.toString()).sort(), ['w0', 'w1'], '+/<id>/w is read from both stores');

    const everything = await collectUntil(all, (g) => g.filter((m) => m.topic.includes(id)).length >= 2 * N + 2, 10_000);
    const mine = everything.filter((m) => m.topic.startsWith(on0) || m.topic.startsWith(on1));
    assert.equal(mine.length, 2 * N + 2, '# on the other proxy gets every message once');
    assert.deepEqual(payloadsOf(`${on0}/t`, mine), seq('a'));
    assert.deepEqual(payloadsOf(`${on1}/t`, mine), seq('b'));

    const after = [await appended(S0), await appended(S1)];
    assert.equal(after[0]! - before[0]!, N + 1, 'store 0 appended exactly its partitions\' messages');
    assert.equal(after[1]! - before[1]!, N + 1, 'store 1 appended exactly its partitions\' messages');
  });

  test('retained messages live on their owner; a wildcard-first subscription gets them from both stores', async () => {
    const id = clientId('ret');
    const on0 = levelOn(0, id);
    const on1 = levelOn(1, id);
    const pub = await connect(B, { protocolVersion: 5 });
    await pub.publishAsync(`${on0}/r`, 'r0', { qos: 1, retain: true });
    await pub.publishAsync(`${on1}/r`, 'r1', { qos: 1, retain: true });

    const wild = await connect(A, { protocolVersion: 5 });
    await wild.subscribeAsync(`+/r`, { qos: 1 });
    const got = await collectUntil(wild, (g) => g.filter((m) => m.topic.includes(id)).length >= 2, 10_000);
    const mine = got.filter((m) => m.topic.includes(id));
    assert.deepEqual(mine.map((m) => m.payload.toString()).sort(), ['r0', 'r1']);
    assert.ok(mine.every((m) => m.retain), 'sent as retained');

    const one = await connect(A, { protocolVersion: 4 });
    await one.subscribeAsync(`${on1}/#`, { qos: 1 });
    const [m] = await collect(one, 1, 10_000);
    assert.equal(m!.payload.toString(), 'r1');
    assert.deepEqual(await drain(one), []);

    await pub.publishAsync(`${on0}/r`, '', { qos: 1, retain: true });
    await pub.publishAsync(`${on1}/r`, '', { qos: 1, retain: true });
  });

  test('a persistent session subscribed to # on both stores gets its offline messages from both on the other proxy', async () => {
    const id = clientId('roam');
    const on0 = levelOn(0, id);
    const on1 = levelOn(1, id);
    const opts = { protocolVersion: 5 as const, clientId: id, clean: false, properties: { sessionExpiryInterval: 300 } };
    const first = await connect(A, opts);
    await first.subscribeAsync('#', { qos: 1 });
    const pub = await connect(B, { protocolVersion: 5 });
    await pub.publishAsync(`${on0}/x`, 'online-0', { qos: 1 });
    await pub.publishAsync(`${on1}/x`, 'online-1', { qos: 1 });
    await collectUntil(first, (g) => g.filter((m) => m.topic.includes(id)).length >= 2, 10_000);
    await first.endAsync();

    for (let i = 0; i < 10; i++) {
      await pub.publishAsync(`${on0}/x`, `off-0-${i}`, { qos: 1 });
      await pub.publishAsync(`${on1}/x`, `off-1-${i}`, { qos: 1 });
    }
    const second = await connect(B, { ...opts, clean: false });
    const got = await collectUntil(second, (g) => g.filter((m) => m.topic.includes(id)).length >= 20, 10_000);
    const mine = got.filter((m) => m.topic.includes(id)).map((m) => m.payload.toString());
    assert.deepEqual(mine.filter((p) => p.startsWith('off-0')), Array.from({ length: 10 }, (_, i) => `off-0-${i}`));
    assert.deepEqual(mine.filter((p) => p.startsWith('off-1')), Array.from({ length: 10 }, (_, i) => `off-1-${i}`));
    assert.ok(!mine.some((p) => p.startsWith('online')), 'acknowledged messages are not sent again');
    await second.endAsync();
    // End the session so its # stops collecting on both stores.
    await (await connect(A, { protocolVersion: 5, clientId: id, clean: true })).endAsync();
  });

  test('kill -9 of one store: the other store\'s partitions keep flowing; after the restart no acknowledged message is lost', async (t) => {
    const id = clientId('half');
    const on0 = levelOn(0, id);
    const on1 = levelOn(1, id);
    const subOpts = (tag: string) => ({ protocolVersion: 5 as const, clientId: `${id}-${tag}`, clean: false, properties: { sessionExpiryInterval: 600 } });
    const sub0 = new StickySubscriber(A, subOpts('s0'));
    const sub1 = new StickySubscriber(A, subOpts('s1'));
    await sub0.start(`${on0}/seq`, 1);
    await sub1.start(`${on1}/seq`, 1);
    const pub0 = new SequencePublisher(B, `${on0}/seq`);
    const pub1 = new SequencePublisher(B, `${on1}/seq`);
    await pub0.start();
    await pub1.start();
    await waitFor(() => pub0.acked.size >= 100 && pub1.acked.size >= 100, { timeoutMs: 20_000, message: 'both streams flowing' });

    await S1.kill9();
    const down0 = pub0.acked.size;
    await waitFor(() => pub0.acked.size >= down0 + 200, { timeoutMs: 20_000, message: 'store 0 partitions flow while store 1 is down' });
    const stalled = pub1.acked.size;
    await S1.start();
    await waitFor(() => pub1.acked.size >= stalled + 100, { timeoutMs: 30_000, message: 'store 1 partitions flow again after its restart' });
    await pub0.stop();
    await pub1.stop();
    assert.equal(pub0.failures, 0, 'no publish to store 0\'s partitions was refused while store 1 was down');

    for (const [name, pub, sub] of [['store 0', pub0, sub0], ['store 1', pub1, sub1]] as const) {
      await waitFor(() => tally(pub.acked, sub.received()).missing.length === 0, { timeoutMs: 30_000, message: `${name}: every acked message delivered` }).catch(() => undefined);
      const r = tally(pub.acked, sub.received());
      t.diagnostic(`${name}: ${describeTally(r)}`);
      assert.deepEqual(r.missing, [], `${name}: acknowledged and never delivered`);
    }
    await sub0.stop();
    await sub1.stop();
  });
});
