/**
 * Operations of every role: /healthz, /readyz and /metrics on the HTTP port, the graceful drain
 * on SIGTERM, and a clear refusal of what this version cannot run (several stores).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  clientId, closed, collect, connect, httpGet, metricSum, runWharf, within, type Cluster, type Role, type RoleNode,
} from '../harness/index.ts';
import { clusterPerFile } from './support.ts';

/** Metrics each role must expose (a `# TYPE` line), beyond the process defaults. */
const ROLE_METRICS: Record<Role, string[]> = {
  proxy: [
    'wharf_proxy_connections', 'wharf_proxy_messages_in_total', 'wharf_proxy_messages_out_total', 'wharf_proxy_bytes_in_total',
    'wharf_proxy_bytes_out_total', 'wharf_proxy_cache_hits_total', 'wharf_proxy_cache_misses_total',
    'wharf_session_redis_errors_total', 'wharf_grpc_errors_total',
  ],
  store: ['wharf_store_appends_total', 'wharf_store_append_latency_seconds', 'wharf_store_fsync_latency_seconds', 'wharf_grpc_errors_total'],
  notify: ['wharf_notify_events_in_total', 'wharf_notify_events_out_total', 'wharf_notify_subscribers', 'wharf_grpc_errors_total'],
};

describe('cluster: operations', { timeout: 120_000 }, () => {
  let cluster: Cluster;
  let A: RoleNode;
  let B: RoleNode;

  clusterPerFile('ops', (c) => {
    cluster = c;
    [A, B] = c.proxies as [RoleNode, RoleNode];
  });

  test('every role answers /healthz and /readyz with 200 and serves its wharf_ metrics', async (t) => {
    // Some traffic first, so the counters have something to count.
    const topic = `ops/${clientId('m')}`;
    const sub = await connect(A, { protocolVersion: 5 });
    await sub.subscribeAsync(topic, { qos: 1 });
    const pub = await connect(B, { protocolVersion: 4 });
    await pub.publishAsync(topic, 'counted', { qos: 1 });
    await collect(sub, 1, 10_000);

    const metrics = new Map<string, string>();
    for (const node of cluster.nodes()) {
      for (const path of ['/healthz', '/readyz']) {
        const res = await httpGet(node, path);
        assert.equal(res.status, 200, `${node.name} ${path}: ${res.body}`);
      }
      const res = await httpGet(node, '/metrics');
      assert.equal(res.status, 200, `${node.name} /metrics`);
      assert.ok(/^# TYPE wharf_process_\w+ /m.test(res.body), `${node.name} /metrics has the wharf_process_ defaults`);
      for (const name of ROLE_METRICS[node.role]) {
        assert.ok(new RegExp(`^# TYPE ${name} `, 'm').test(res.body), `${node.name} /metrics has ${name}`);
      }
      metrics.set(node.name, res.body);
    }
    const value = (node: string, name: string) => metricSum(metrics.get(node)!, name) ?? 0;
    assert.ok(value('proxy-b', 'wharf_proxy_messages_in_total') >= 1, 'B counted the publish');
    assert.ok(value('proxy-a', 'wharf_proxy_messages_out_total') >= 1, 'A counted the delivery');
    assert.ok(value('proxy-a', 'wharf_proxy_connections') >= 1, 'A counts its connection');
    assert.ok(value('store', 'wharf_store_appends_total') >= 1, 'the store counted the append');
    assert.ok(value('store', 'wharf_store_append_latency_seconds_count') >= 1, 'the store timed the append');
    assert.equal(value('notify', 'wharf_notify_subscribers'), 2, 'notify counts both proxies');
    t.diagnostic(
      `proxy-b messages in ${value('proxy-b', 'wharf_proxy_messages_in_total')}, store appends ${value('store', 'wharf_store_appends_total')}, ` +
        `notify events out ${value('notify', 'wharf_notify_events_out_total')}`,
    );
  });

  test('SIGTERM drains every role: MQTT 5 clients get DISCONNECT 0x8B, each process exits 0', async (t) => {
    const reasons: number[] = [];
    const v5 = await connect(B, { protocolVersion: 5 }, (c) => c.on('disconnect', (p) => reasons.push(p.reasonCode ?? 0)));
    const v4 = await connect(B, { protocolVersion: 4 });
    const bGone = Promise.all([closed(v5), closed(v4)]);
    const started = Date.now();
    assert.deepEqual(await B.sigterm(), { code: 0, signal: null }, `proxy-b exit; output:\n${B.tail(10)}`);
    await within(bGone, 5000, 'proxy-b closes its client connections');
    assert.deepEqual(reasons, [0x8b], 'MQTT 5 client: one DISCONNECT, Server shutting down');
    t.diagnostic(`proxy-b drained in ${Date.now() - started} ms`);

    // The proxy that is left still works on its own until it drains too.
    const sub = await connect(A, { protocolVersion: 5 });
    await sub.subscribeAsync('ops/last', { qos: 1 });
    await (await connect(A, { protocolVersion: 4 })).publishAsync('ops/last', 'last', { qos: 1 });
    assert.equal((await collect(sub, 1, 10_000))[0]!.payload.toString(), 'last');

    for (const node of [A, cluster.store, cluster.notify]) {
      const t0 = Date.now();
      assert.deepEqual(await node.sigterm(), { code: 0, signal: null }, `${node.name} exit; output:\n${node.tail(10)}`);
      assert.ok(node.records().some((r) => r.msg === 'stopped'), `${node.name} logs "stopped" after draining`);
      t.diagnostic(`${node.name} drained in ${Date.now() - t0} ms`);
    }
  });

  test('a proxy whose partition map names a store --stores does not list refuses to start, naming --partition-map', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wharf-pmap-'));
    try {
      const file = join(dir, 'map.json');
      writeFileSync(file, JSON.stringify({ 3: 5 }));
      const r = await runWharf([
        'proxy', '--host', '127.0.0.1', '--mqtt-port', '0', '--http-port', '0', '--stores', 'a:1,b:2', '--partitions', '8',
        '--partition-map', file, '--notify', '127.0.0.1:1', '--redis', 'redis://127.0.0.1:1',
      ]);
      assert.notEqual(r.code, 0, `exit code; stdout:\n${r.stdout}\nstderr:\n${r.stderr}`);
      assert.equal(r.signal, null, 'it exits by itself, it is not killed by the timeout');
      assert.match(r.stderr, /--partition-map .*map\.json: partition 3 → 5 is not a store index in 0\.\.1/, `stderr: ${r.stderr}`);
      assert.doesNotMatch(r.stdout, /"msg":"ready"/, 'no ready line');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
