/**
 * Redis dies: sessions cannot be claimed, but nothing on the publish/deliver path needs Redis.
 * Connected clients keep exchanging messages between the proxies; a new CONNECT is refused at
 * once with "server unavailable" (MQTT 5 0x88, 3.1.1 return code 3) instead of hanging. Once
 * Redis is back (empty, as a restarted cache-only Redis is), new CONNECTs succeed again.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { MqttClient } from 'mqtt';
import {
  clientId, closeAllClients, collect, connect, RawClient, waitFor, within, type Cluster, type RoleNode,
} from '../harness/index.ts';
import { clusterPerFile } from './support.ts';

/** "Quickly": a refusal must not wait out a client's typical connect timeout. */
const REFUSAL_BOUND_MS = 3000;
const ACK_BOUND_MS = 5000;

describe('cluster: Redis down', { timeout: 120_000 }, () => {
  let cluster: Cluster;
  let A: RoleNode;
  let B: RoleNode;
  let base: string;
  let subA: MqttClient;
  let subB: MqttClient;
  let pubA: MqttClient;
  let pubB: MqttClient;

  clusterPerFile('redis-down', (c) => {
    cluster = c;
    [A, B] = c.proxies as [RoleNode, RoleNode];
  });

  /** B → A and A → B at every QoS, through the connected clients. */
  async function exchange(tag: string): Promise<void> {
    for (const qos of [0, 1, 2] as const) {
      await within(pubB.publishAsync(`${base}/to-a`, `${tag}-b${qos}`, { qos }), ACK_BOUND_MS, `${tag}: QoS ${qos} publish on B acknowledged`);
      await within(pubA.publishAsync(`${base}/to-b`, `${tag}-a${qos}`, { qos }), ACK_BOUND_MS, `${tag}: QoS ${qos} publish on A acknowledged`);
    }
    const gotA = await collect(subA, 3, 10_000);
    const gotB = await collect(subB, 3, 10_000);
    // Sorted: MQTT orders messages per QoS level, not across them.
    assert.deepEqual(gotA.map((m) => m.payload.toString()).sort(), [`${tag}-b0`, `${tag}-b1`, `${tag}-b2`], `${tag}: B → A`);
    assert.deepEqual(gotB.map((m) => m.payload.toString()).sort(), [`${tag}-a0`, `${tag}-a1`, `${tag}-a2`], `${tag}: A → B`);
  }

  test('connected clients keep exchanging messages across proxies while Redis is down', async () => {
    base = `redis-down/${clientId('r')}`;
    subA = await connect(A, { protocolVersion: 5 });
    await subA.subscribeAsync(`${base}/to-a`, { qos: 2 });
    subB = await connect(B, { protocolVersion: 4, clean: false, clientId: clientId('subB') });
    await subB.subscribeAsync(`${base}/to-b`, { qos: 2 });
    pubA = await connect(A, { protocolVersion: 4 });
    pubB = await connect(B, { protocolVersion: 5 });
    await exchange('before');

    await cluster.redis.kill();
    await exchange('down');
    // New subscriptions need only the store and notify, not Redis.
    await subA.subscribeAsync(`${base}/to-a-too`, { qos: 1 });
    await pubB.publishAsync(`${base}/to-a-too`, 'new-filter', { qos: 1 });
    assert.equal((await collect(subA, 1, 10_000))[0]!.payload.toString(), 'new-filter');
  });

  for (const [version, persistent] of [[5, false], [5, true], [4, false], [4, true]] as const) {
    test(`a new ${version === 5 ? 'MQTT 5' : 'MQTT 3.1.1'} CONNECT (${persistent ? 'persistent' : 'clean'}) is refused with server unavailable, quickly`, async (t) => {
      assert.equal(cluster.redis.alive(), false);
      for (const proxy of [A, B]) {
        const raw = await RawClient.open(proxy, version);
        const started = Date.now();
        const connack = await raw.connect(
          version === 5 && persistent
            ? { clean: false, properties: { sessionExpiryInterval: 300 } }
            : { clean: !persistent },
          REFUSAL_BOUND_MS,
        );
        const ms = Date.now() - started;
        if (version === 5) assert.equal(connack.reasonCode, 0x88, `${proxy.name}: CONNACK reason`);
        else assert.equal(connack.returnCode, 3, `${proxy.name}: CONNACK return code`);
        assert.equal(connack.sessionPresent, false);
        await raw.waitClosed(2000);
        t.diagnostic(`${proxy.name}: refused in ${ms} ms`);
      }
    });
  }

  test('the connected clients still work after the refusals', async () => {
    await exchange('still-down');
  });

  test('after Redis is back, new CONNECTs succeed on both proxies and their clients exchange messages', async (t) => {
    await cluster.redis.start();
    const backAt = Date.now();
    const connectWhenReady = async (proxy: RoleNode, opts: Parameters<typeof connect>[1]): Promise<MqttClient> => {
      let client: MqttClient | undefined;
      let lastError = '';
      await waitFor(
        async () => {
          try {
            client = await connect(proxy, { connectTimeout: 3000, ...opts });
            return true;
          } catch (err) {
            lastError = (err as Error).message;
            return false;
          }
        },
        { timeoutMs: 15_000, intervalMs: 200, message: () => `CONNECT to ${proxy.name} after Redis came back: ${lastError}\n${cluster.problems().join('\n')}` },
      );
      return client!;
    };
    const sub = await connectWhenReady(A, { protocolVersion: 5, clean: false, clientId: clientId('back'), properties: { sessionExpiryInterval: 300 } });
    t.diagnostic(`first CONNECT accepted ${Date.now() - backAt} ms after Redis restarted`);
    await sub.subscribeAsync(`${base}/back`, { qos: 1 });
    const pub = await connectWhenReady(B, { protocolVersion: 4 });
    await pub.publishAsync(`${base}/back`, 'back', { qos: 1 });
    assert.equal((await collect(sub, 1, 10_000))[0]!.payload.toString(), 'back');
  });

  test('a hung Redis (SIGSTOP): a new CONNECT is refused within the command timeout; connected clients keep working', async (t) => {
    // Fresh clients: a Redis that came back empty had declared the proxies dead, so they closed
    // the connections of the sessions it released (0x8E) for their clients to claim them again.
    await closeAllClients();
    subA = await connect(A, { protocolVersion: 5 });
    await subA.subscribeAsync(`${base}/to-a`, { qos: 2 });
    subB = await connect(B, { protocolVersion: 4 });
    await subB.subscribeAsync(`${base}/to-b`, { qos: 2 });
    pubA = await connect(A, { protocolVersion: 4 });
    pubB = await connect(B, { protocolVersion: 5 });
    await exchange('before-hang');

    cluster.redis.pause();
    try {
      const raw = await RawClient.open(A, 5);
      const started = Date.now();
      const connack = await raw.connect({}, REFUSAL_BOUND_MS);
      t.diagnostic(`refused in ${Date.now() - started} ms`);
      assert.equal(connack.reasonCode, 0x88);
      await exchange('hung');
    } finally {
      cluster.redis.resume();
    }
    let lastError = '';
    await waitFor(
      async () => {
        try {
          await (await connect(B, { protocolVersion: 5, connectTimeout: 3000 })).endAsync();
          return true;
        } catch (err) {
          lastError = (err as Error).message;
          return false;
        }
      },
      { timeoutMs: 15_000, intervalMs: 200, message: () => `CONNECT after Redis resumed: ${lastError}` },
    );
  });
});
