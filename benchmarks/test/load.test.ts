import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { test } from 'node:test';
import { aedesTarget, REPO_ROOT, wharfClusterTarget } from '../src/brokers.ts';
import { runLoad } from '../src/load.ts';
import { DEFAULT_LOAD_OPTIONS, SCENARIOS, type LoadOptions } from '../src/scenarios.ts';

const redisInstalled = (process.env.PATH ?? '').split(':').concat(['/usr/bin', '/usr/local/bin']).some((d) => d !== '' && existsSync(join(d, 'redis-server')));
const aedesInstalled = existsSync(join(REPO_ROOT, 'benchmarks', '.peers', 'node_modules', 'aedes', 'package.json'));
const short: LoadOptions = { ...DEFAULT_LOAD_OPTIONS, warmupSec: 0.2, measureSec: 0.5, drainSec: 2, pairs: 3, fanout: 5, fanin: 5, rate: 1000 };

test('every scenario runs against a real aedes with nothing lost, duplicated or misrouted', { skip: !aedesInstalled && 'aedes not installed (pnpm bench installs it)' }, async () => {
  const target = aedesTarget({ pinCpu: null, wharfArgs: [], peerNoDelay: false });
  for (const scenario of Object.values(SCENARIOS)) {
    const broker = await target.start();
    try {
      const result = await runLoad({ host: broker.host, port: broker.port, sample: () => broker.sample() }, scenario, short);
      assert.deepEqual(result.errors, [], scenario.name);
      assert.ok(result.deliveredPerSec > 0, `${scenario.name}: nothing delivered`);
      assert.equal(result.lost, 0, `${scenario.name}: lost`);
      assert.equal(result.duplicates, 0, `${scenario.name}: duplicates`);
      assert.equal(result.misrouted, 0, `${scenario.name}: misrouted`);
      assert.equal(result.unacked, 0, `${scenario.name}: unacked`);
      assert.ok(result.latencyUs.count > 0 && result.latencyUs.p50 <= result.latencyUs.p99, `${scenario.name}: latency`);
      assert.ok(result.brokerCpuPct !== null && result.brokerCpuPct > 0, `${scenario.name}: broker CPU not sampled`);
      if (scenario.name === 'fanout-qos0') {
        // Every published message reaches all subscribers.
        assert.equal(result.delivered, result.sent * short.fanout);
      }
      if (scenario.name === 'latency-qos1') {
        assert.ok(result.publishedPerSec < short.rate * 1.5, `paced at ${short.rate}/s, got ${result.publishedPerSec}`);
      }
    } finally {
      await broker.stop();
    }
  }
});

test('a broker that is not there fails the run with a clear error', async () => {
  // Nothing listens on port 1 of loopback.
  await assert.rejects(runLoad({ host: '127.0.0.1', port: 1 }, SCENARIOS['p2p-qos0'], short), /ECONNREFUSED/);
});

/** A loopback TCP relay to `port` that counts the connections it carried. */
async function countingRelay(port: number): Promise<{ port: number; connections: () => number; close: () => Promise<void> }> {
  let connections = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((inbound) => {
    connections++;
    const outbound = net.connect(port, '127.0.0.1');
    for (const s of [inbound, outbound]) {
      sockets.add(s);
      s.on('error', () => {});
      s.on('close', () => {
        sockets.delete(s);
        inbound.destroy();
        outbound.destroy();
      });
    }
    inbound.pipe(outbound).pipe(inbound);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address() as net.AddressInfo;
  return {
    port: address.port,
    connections: () => connections,
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise((r) => server.close(() => r()));
    },
  };
}

test('wharf-cluster: publishers on proxy B reach subscribers on proxy A, nothing lost', { skip: !redisInstalled && 'redis-server not installed' }, async () => {
  const target = wharfClusterTarget({ pinCpu: null, wharfArgs: [], peerNoDelay: false });
  await target.prepare();
  const broker = await target.start();
  try {
    assert.ok(broker.publishTo !== undefined && broker.publishTo.port !== broker.port, 'publishers need a proxy of their own');
    // Publishers go through the relay, so it shows they, and only they, used publishTo.
    const relay = await countingRelay(broker.publishTo.port);
    try {
      const options = { ...short, pairs: 2 };
      const result = await runLoad({ host: broker.host, port: broker.port, publishTo: { host: '127.0.0.1', port: relay.port }, sample: () => broker.sample() }, SCENARIOS['p2p-qos1'], options);
      assert.deepEqual(result.errors, []);
      assert.equal(relay.connections(), options.pairs);
      assert.ok(result.deliveredPerSec > 0, 'nothing delivered');
      assert.equal(result.lost, 0);
      assert.equal(result.duplicates, 0);
      assert.equal(result.misrouted, 0);
      assert.equal(result.unacked, 0);
      assert.ok(result.brokerCpuPct !== null && result.brokerCpuPct > 0, 'cluster CPU not sampled');
    } finally {
      await relay.close();
    }
  } finally {
    await broker.stop();
  }
});
