/**
 * The message-queue REST API of `wharf proxy` in distributed mode, with two stores and topics
 * partitioned by first level: any proxy answers for any queue; a queue whose filter starts with
 * a wildcard lives on both stores and reads merge their figures; a store that does not answer
 * is 503 (never "not found"), and a create it misses is undone on the other store.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { PartitionMap } from '../../packages/core/src/partition.ts';
import { closeAllClients, connect, publishMany, startCluster, waitFor, type Cluster, type RoleNode } from '../harness/index.ts';
import { apiKeysFile, QUEUES, queuePath, rest, type RestAnswer } from './rest-support.ts';

const PARTITIONS = 8;
const map = new PartitionMap(PARTITIONS, 2);

function levelOn(store: number, tag: string): string {
  for (let i = 0; ; i++) if (map.storeOf(`${tag}${i}`) === store) return `${tag}${i}`;
}

type Json = Record<string, unknown>;
const obj = (a: RestAnswer): Json => a.body as Json;
const stats = (a: RestAnswer): Json => obj(a)['stats'] as Json;

describe('message-queue REST API on proxies over two stores', { timeout: 180_000 }, () => {
  let cluster: Cluster;
  let keys: { file: string; remove: () => void };
  let A: RoleNode;
  let B: RoleNode;
  const on0 = levelOn(0, 'rc');
  const on1 = levelOn(1, 'rc');

  before(async () => {
    keys = apiKeysFile();
    cluster = await startCluster({ name: 'rest-cluster', stores: 2, args: { proxy: ['--partitions', String(PARTITIONS), '--api-keys-file', keys.file] } });
    [A, B] = cluster.proxies as [RoleNode, RoleNode];
  });
  after(async () => {
    await closeAllClients();
    await cluster?.stopAll();
    keys.remove();
  });

  test('a wildcard-first queue is created on both stores; any proxy reads it with the figures of both summed', async () => {
    const created = await rest(A.httpPort, 'POST', QUEUES, { topic_filter: '+/rc', is_lastvalue: false });
    assert.equal(created.status, 200, created.text);
    const pub = await connect(B);
    await publishMany(pub, `${on0}/rc`, ['a', 'b', 'c'], { qos: 1 });
    await publishMany(pub, `${on1}/rc`, ['d', 'e'], { qos: 1 });
    let last: RestAnswer | undefined;
    await waitFor(async () => {
      last = await rest(B.httpPort, 'GET', queuePath('+/rc'));
      return stats(last)['depth'] === 5;
    }, { message: () => `depth 5 summed over both stores; last ${last?.text}` });
    const q = obj(await rest(B.httpPort, 'GET', queuePath('+/rc')));
    assert.equal((q['stats'] as Json)['lag'], 5);
    await pub.endAsync();
  });

  test('queues on one store each are listed together, in order, paging across stores', async () => {
    for (const f of [`${on0}/q`, `${on1}/q`]) assert.equal((await rest(A.httpPort, 'POST', QUEUES, { topic_filter: f, is_lastvalue: false })).status, 200);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = obj(await rest(B.httpPort, 'GET', `${QUEUES}?limit=1${cursor === undefined ? '' : `&cursor=${encodeURIComponent(cursor)}`}`)) as {
        data: Json[];
        meta: { hasnext: boolean; cursor?: string };
      };
      seen.push(...page.data.map((q) => String(q['topic_filter'])));
      if (!page.meta.hasnext) break;
      cursor = page.meta.cursor;
    }
    assert.deepEqual(seen, ['+/rc', `${on0}/q`, `${on1}/q`].sort());
  });

  test('a store down: its queues are 503 SERVICE_UNAVAILABLE, the other store\'s still answer, and a create it misses leaves nothing behind', async () => {
    const S1 = cluster.stores[1]!;
    await S1.kill9();
    try {
      const spanning = await rest(A.httpPort, 'GET', queuePath('+/rc'));
      assert.equal(spanning.status, 503, spanning.text);
      assert.equal(obj(spanning)['code'], 'SERVICE_UNAVAILABLE');
      assert.equal((await rest(A.httpPort, 'GET', queuePath(`${on0}/q`))).status, 200);
      assert.equal((await rest(A.httpPort, 'GET', queuePath(`${on1}/q`))).status, 503);
      assert.equal((await rest(A.httpPort, 'GET', QUEUES)).status, 503);
      const create = await rest(A.httpPort, 'POST', QUEUES, { topic_filter: '+/late', is_lastvalue: false });
      assert.equal(create.status, 503, create.text);
    } finally {
      await S1.start();
    }
    // Each proxy reconnects to the restarted store on its own backoff: wait for both.
    for (const proxy of [A, B]) {
      await waitFor(async () => (await rest(proxy.httpPort, 'GET', queuePath(`${on1}/q`))).status === 200, { timeoutMs: 20_000, message: 'store 1 back' });
    }
    const late = await rest(A.httpPort, 'GET', queuePath('+/late'));
    assert.equal(late.status, 404, `the half-created queue was undone: ${late.text}`);
    assert.equal((await rest(A.httpPort, 'POST', QUEUES, { topic_filter: '+/late', is_lastvalue: false })).status, 200);
    assert.equal((await rest(B.httpPort, 'DELETE', queuePath('+/late'))).status, 204);
  });
});
