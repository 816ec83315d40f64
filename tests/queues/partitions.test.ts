/**
 * Queues and shared subscriptions over two stores (`--partitions 8`): a filter whose first
 * level is a wildcard is dispatched by every store, so its consumers attach on each and get the
 * messages of every partition, each message once.
 */
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import type { MqttClient } from 'mqtt';
import { allReceived, connect, publishMany, QUIET_MS, sleep, waitFor, type Cluster } from '../harness/index.ts';
import { clusterPerFile } from '../cluster/support.ts';
import { apiKeysFile, createQueue, level, payloads, queueBody } from './support.ts';

describe('message queues over two stores', () => {
  const keys = apiKeysFile();
  let cluster: Cluster;
  clusterPerFile('queue-partitions', (c) => (cluster = c), {
    proxies: 2,
    stores: 2,
    args: { proxy: ['--partitions', '8', '--api-keys-file', keys.file] },
  });
  after(() => keys.remove());

  /** First levels until both stores own some (partition = FNV-1a of the first level mod 8, owner = partition mod 2). */
  const firsts = Array.from({ length: 8 }, (_, i) => `${level('p')}${i}`);

  async function member(on: 0 | 1, filter: string): Promise<MqttClient> {
    const c = await connect(cluster.proxies[on]!, { protocolVersion: 5 });
    const [g] = await c.subscribeAsync(filter, { qos: 1 });
    assert.equal(g!.qos, 1, `SUBACK for ${filter}`);
    return c;
  }

  async function publishEverywhere(suffix: string): Promise<string[]> {
    const pub = await connect(cluster.proxies[0]!, { protocolVersion: 5 });
    const sent: string[] = [];
    for (const first of firsts) {
      const payload = `${first}/${suffix}`;
      await publishMany(pub, payload, [payload], { qos: 1 });
      sent.push(payload);
    }
    return sent;
  }

  async function exactlyOnce(members: MqttClient[], sent: string[]): Promise<void> {
    const count = (): number => members.reduce((n, m) => n + allReceived(m).length, 0);
    await waitFor(() => count() >= sent.length, { timeoutMs: 10_000, message: () => `got ${count()} of ${sent.length}; ${cluster.problems().join('\n')}` });
    await sleep(QUIET_MS);
    assert.deepEqual(members.flatMap((m) => payloads(allReceived(m))).sort(), [...sent].sort());
  }

  test('a $q/+/… queue is consumed from both stores, each message once', async () => {
    const suffix = level('jobs');
    await createQueue(cluster.proxies[0]!.httpPort, queueBody(`+/${suffix}`));
    const a = await member(0, `$q/+/${suffix}`);
    const b = await member(1, `$q/+/${suffix}`);
    await exactlyOnce([a, b], await publishEverywhere(suffix));
  });

  test('a $share/g/+/… group spans both stores, each message to one member', async () => {
    const suffix = level('shared');
    const a = await member(0, `$share/g/+/${suffix}`);
    const b = await member(1, `$share/g/+/${suffix}`);
    await exactlyOnce([a, b], await publishEverywhere(suffix));
  });
});
