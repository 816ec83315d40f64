/**
 * Message queues in distributed mode (redis, notify, one store, two proxies as processes): the
 * store's dispatcher serves consumers on both proxies, a proxy killed with unacknowledged
 * messages hands them to the consumer on the other one, and a store killed with a backlog
 * loses nothing of it.
 */
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import type { MqttClient } from 'mqtt';
import { allReceived, collect, connect, drain, publishMany, QUIET_MS, sleep, waitFor, type Cluster } from '../harness/index.ts';
import { clusterPerFile } from '../cluster/support.ts';
import { apiKeysFile, createQueue, level, payloads, publishAck, queueBody, RawConsumer } from './support.ts';

const seq = (n: number): string[] => Array.from({ length: n }, (_, i) => String(i));

/**
 * QoS 1 publishes in order, each retried until acknowledged: right after a store restart a
 * proxy's append stream may still be reconnecting, and those publishes are refused (0x80).
 */
async function publishAcked(client: MqttClient, topic: string, list: readonly string[]): Promise<void> {
  for (const p of list) {
    let last = 0;
    await waitFor(async () => (last = (await publishAck(client, topic, p, { qos: 1 })).code) < 0x80, {
      timeoutMs: 15_000,
      intervalMs: 200,
      message: () => `publish of ${p} to ${topic} refused (0x${last.toString(16)})`,
    });
  }
}

describe('message queues across proxies', () => {
  const keys = apiKeysFile();
  let cluster: Cluster;
  clusterPerFile('queues', (c) => (cluster = c), { args: { proxy: ['--api-keys-file', keys.file] } });
  after(() => keys.remove());

  const proxyA = () => cluster.proxies[0]!;
  const proxyB = () => cluster.proxies[1]!;

  async function consumer(on: 0 | 1, filter: string): Promise<MqttClient> {
    const c = await connect(cluster.proxies[on]!, { protocolVersion: 5 });
    const [g] = await c.subscribeAsync(filter, { qos: 1 });
    assert.equal(g!.qos, 1, `SUBACK for ${filter}`);
    return c;
  }

  test('consumers on two proxies share one queue: each message goes to exactly one of them', async () => {
    const topic = level('xproxy');
    await createQueue(proxyA().httpPort, queueBody(topic, { dispatch_strategy: 'round_robin' }));
    const a = await consumer(0, `$q/${topic}`);
    const b = await consumer(1, `$q/${topic}`);
    const sent = seq(40);
    await publishMany(await connect(proxyA(), { protocolVersion: 5 }), topic, sent, { qos: 1 });
    await waitFor(() => allReceived(a).length + allReceived(b).length >= sent.length, {
      message: () => `a ${allReceived(a).length}, b ${allReceived(b).length}; ${cluster.problems().join('\n')}`,
    });
    await sleep(QUIET_MS);
    assert.deepEqual([...payloads(allReceived(a)), ...payloads(allReceived(b))].sort(), [...sent].sort());
    assert.equal(allReceived(a).length, 20, 'round robin across proxies');
  });

  test('a store killed (-9) with a backlog loses none of it; a consumer attached before the kill is served after the restart', async () => {
    const topic = level('storecrash');
    await createQueue(proxyA().httpPort, queueBody(topic));
    const live = level('storecrash-live');
    await createQueue(proxyA().httpPort, queueBody(live));
    const attached = await consumer(1, `$q/${live}`);
    const pub = await connect(proxyA(), { protocolVersion: 5 });
    const sent = seq(30);
    await publishMany(pub, topic, sent, { qos: 1 });
    await cluster.store.kill9();
    await cluster.store.start();
    // Until the proxy's connection to the store is back, a $q/ SUBSCRIBE is refused (0x80): retried.
    const late = await connect(proxyA(), { protocolVersion: 5 });
    await waitFor(async () => (await late.subscribeAsync(`$q/${topic}`, { qos: 1 }).then(([g]) => g!.qos === 1, () => false)), {
      timeoutMs: 15_000,
      intervalMs: 200,
      message: () => `no successful SUBSCRIBE after the store restart; ${cluster.problems().join('\n')}`,
    });
    assert.deepEqual(payloads(await collect(late, sent.length, 15_000)).sort(), [...sent].sort());
    assert.deepEqual(await drain(late), [], 'no duplicates of acknowledged messages');
    // The proxy re-attached its consumer on the restarted store by itself.
    await publishAcked(await connect(proxyA(), { protocolVersion: 5 }), live, ['after restart']);
    assert.deepEqual(payloads(await collect(attached, 1, 15_000)), ['after restart']);
  });

  test('a proxy killed (-9) with unacknowledged messages: the consumer on the other proxy gets them', async () => {
    const topic = level('proxycrash');
    await createQueue(proxyB().httpPort, queueBody(topic));
    const doomed = await RawConsumer.open(proxyA());
    assert.deepEqual((await doomed.subscribe(`$q/${topic}`)).granted, [1]);
    const sent = seq(5);
    await publishAcked(await connect(proxyB(), { protocolVersion: 5 }), topic, sent);
    assert.deepEqual(payloads(await doomed.take(5)), sent);
    const survivor = await consumer(1, `$q/${topic}`);
    await sleep(100);
    assert.deepEqual(allReceived(survivor), [], 'nothing while they are in flight on proxy A');
    await proxyA().kill9();
    try {
      assert.deepEqual(payloads(await collect(survivor, 5, 15_000)).sort(), [...sent].sort());
    } finally {
      await proxyA().start();
    }
  });
});
