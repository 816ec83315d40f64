/**
 * kill -9 of the store in the middle of a QoS 1 stream, then a restart on the same data dir and
 * port. Every PUBACKed message was promised durable, so a persistent subscriber on the other
 * proxy must get each one once the store is back (duplicates allowed: at least once).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  allReceived, clientId, connackOf, connect, waitFor, type Cluster, type RoleNode,
} from '../harness/index.ts';
import { clusterPerFile, describeTally, SequencePublisher, StickySubscriber, tally } from './support.ts';

/** Acked messages before the kill, and again after the restart, before the stream stops. */
const BEFORE_KILL = 300;
const AFTER_RESTART = 300;

describe('cluster: kill -9 of the store', { timeout: 120_000 }, () => {
  let cluster: Cluster;
  let A: RoleNode;
  let B: RoleNode;

  clusterPerFile('store-crash', (c) => {
    cluster = c;
    [A, B] = c.proxies as [RoleNode, RoleNode];
  });

  test('then a restart on the same data dir loses no acknowledged QoS 1 message (online and offline persistent subscribers)', async (t) => {
    const id = clientId('durable');
    const topic = `durable/${id}`;
    const sub = new StickySubscriber(A, { protocolVersion: 5, clientId: id, clean: false, properties: { sessionExpiryInterval: 600 } });
    await sub.start(topic, 1);
    // A second persistent session that is offline through the crash and comes back afterwards.
    const offlineOpts = { protocolVersion: 4 as const, clientId: `${id}-offline`, clean: false };
    const offlineFirst = await connect(A, offlineOpts);
    await offlineFirst.subscribeAsync(topic, { qos: 1 });
    await offlineFirst.endAsync();
    const pub = new SequencePublisher(B, topic, { lanes: 8, protocolVersion: 5 });
    await pub.start();
    const state = () => `${describeTally(tally(pub.acked, sub.received()))}; publish failures ${pub.failures} (${pub.lastError}), publisher reconnects ${pub.reconnects}, subscriber reconnects ${sub.reconnects}\nproblems:\n${cluster.problems().join('\n')}`;

    await waitFor(() => pub.acked.size >= BEFORE_KILL, { timeoutMs: 20_000, message: () => `${BEFORE_KILL} acks before the kill: ${state()}` });
    const killedAt = Date.now();
    await cluster.store.kill9();
    const ackedAtKill = pub.acked.size;
    const sentAtKill = pub.next;
    await cluster.store.start();
    const restartedMs = Date.now() - killedAt;
    const ackedAtRestart = pub.acked.size;
    await waitFor(() => pub.acked.size >= ackedAtRestart + AFTER_RESTART, {
      timeoutMs: 30_000,
      message: () => `publishing resumes after the store restart (${AFTER_RESTART} more acks): ${state()}`,
    });
    await pub.stop();

    await waitFor(() => tally(pub.acked, sub.received()).missing.length === 0, {
      timeoutMs: 30_000,
      intervalMs: 100,
      message: () => `every acked message reaches the persistent subscriber: ${state()}`,
    });
    const offline = await connect(A, offlineOpts);
    assert.equal(connackOf(offline).sessionPresent, true, 'the offline session survived the store crash');
    await waitFor(() => tally(pub.acked, allReceived(offline)).missing.length === 0, {
      timeoutMs: 30_000,
      intervalMs: 100,
      message: () => `every acked message reaches the session that was offline: ${describeTally(tally(pub.acked, allReceived(offline)))}`,
    });
    const offlineTally = tally(pub.acked, allReceived(offline));
    const final = tally(pub.acked, sub.received());
    t.diagnostic(
      `store down ${restartedMs} ms; sent ${pub.next} (${sentAtKill} at the kill), acked ${ackedAtKill} at the kill, ` +
        `${ackedAtRestart} at the restart, ${final.acked} in all; publish failures ${pub.failures}, publisher reconnects ${pub.reconnects}, ` +
        `subscriber reconnects ${sub.reconnects}; online subscriber received ${final.received} (${final.duplicates} duplicates, ${final.unackedDelivered} never acked); ` +
        `offline session received ${offlineTally.received} (${offlineTally.duplicates} duplicates, ${offlineTally.unackedDelivered} never acked)`,
    );
    assert.equal(final.missing.length, 0);
    await sub.stop();
  });
});
