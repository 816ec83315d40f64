/**
 * Notify goes away and comes back on the same port while a QoS 1 stream runs from proxy B to a
 * subscriber on proxy A. While it is gone, proxies fall back to polling the store; when it is
 * back, proxies and the store reconnect and proxies resync. Nothing acknowledged is lost.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  allReceived, clientId, connect, scrape, waitFor, type Cluster, type RoleNode,
} from '../harness/index.ts';
import { clusterPerFile, describeTally, SequencePublisher, StickySubscriber, tally } from './support.ts';

/** Each lane pauses this long after a publish: a steady ~200 msg/s, not a flood. */
const PACE_MS = 10;
const FLOWING = 50;
const AFTER_RESTART = 100;

describe('cluster: notify restart', { timeout: 120_000 }, () => {
  let cluster: Cluster;
  let A: RoleNode;
  let B: RoleNode;

  clusterPerFile('notify-restart', (c) => {
    cluster = c;
    [A, B] = c.proxies as [RoleNode, RoleNode];
  });

  for (const how of ['kill -9', 'SIGTERM'] as const) {
    test(`${how} of notify, then a restart on the same port: delivery goes on (fallback poll, resync) and loses nothing`, async (t) => {
      const id = clientId('notify');
      const topic = `notify/${how === 'kill -9' ? 'kill' : 'term'}/${id}`;
      const sub = new StickySubscriber(A, { protocolVersion: 5, clientId: id, clean: false, properties: { sessionExpiryInterval: 600 } });
      await sub.start(topic, 1);
      const pub = new SequencePublisher(B, topic, { lanes: 2, paceMs: PACE_MS, protocolVersion: 5 });
      await pub.start();
      // Where the stream was (next sequence number) at each step, to place what goes missing.
      const marks: string[] = [];
      const mark = (what: string) => marks.push(`${what} @#${pub.next} (+${Date.now() - t0} ms)`);
      const t0 = Date.now();
      const state = () =>
        `${describeTally(tally(pub.acked, sub.received()))}; publish failures ${pub.failures} (${pub.lastError}), ` +
        `subscriber reconnects ${sub.reconnects}; stream marks: ${marks.join(', ')}\nproblems:\n${cluster.problems().join('\n')}`;
      await waitFor(() => tally(pub.acked, sub.received()).distinct >= FLOWING, { timeoutMs: 15_000, message: () => `stream flowing: ${state()}` });

      mark('flowing');
      const downAt = Date.now();
      if (how === 'kill -9') await cluster.notify.kill9();
      else assert.deepEqual(await cluster.notify.sigterm(), { code: 0, signal: null }, 'notify drains and exits 0 on SIGTERM');
      mark('notify down');
      const sentAtDown = pub.next;
      // The fallback poll: what is published while notify is gone still reaches A's subscriber.
      await waitFor(() => sub.received().some((m) => Number(m.payload.toString()) >= sentAtDown + 10), {
        timeoutMs: 10_000,
        message: () => `delivery while notify is down (messages from #${sentAtDown + 10}): ${state()}`,
      });
      const pollMs = Date.now() - downAt;
      mark('delivered by poll');
      // A subscription made while notify is down is served too, before and after the restart.
      const late = await connect(B, { protocolVersion: 4 });
      await late.subscribeAsync(topic, { qos: 1 });
      const lateFrom = pub.next;
      mark('late subscribed');

      await cluster.notify.start();
      mark('notify restarted');
      const downMs = Date.now() - downAt;
      // Both proxies streamed in again, and notify forwards events (its counters restarted at 0).
      await waitFor(async () => (await scrape(cluster.notify, 'wharf_notify_subscribers')) === 2, {
        timeoutMs: 15_000,
        intervalMs: 200,
        message: () => `both proxies reconnect to the restarted notify: ${state()}`,
      });
      mark('proxies reconnected');
      await waitFor(async () => ((await scrape(cluster.notify, 'wharf_notify_events_out_total')) ?? 0) > 0, {
        timeoutMs: 15_000,
        intervalMs: 200,
        message: () => `the store's feed reconnects and notify forwards events again: ${state()}`,
      });
      mark('events flow');
      const ackedAtRestart = pub.acked.size;
      await waitFor(() => pub.acked.size >= ackedAtRestart + AFTER_RESTART, { timeoutMs: 15_000, message: () => `stream after the restart: ${state()}` });
      await pub.stop();
      mark('stream stopped');

      // Both subscribers are checked before either verdict, so a failure reports the whole picture.
      const complete = () =>
        tally(pub.acked, sub.received()).missing.length === 0 && tally(pub.acked, allReceived(late), lateFrom).missing.length === 0;
      const settled = await waitFor(complete, { timeoutMs: 20_000, intervalMs: 100 }).then(() => true, () => false);
      const main = tally(pub.acked, sub.received());
      const lateTally = tally(pub.acked, allReceived(late), lateFrom);
      if (!settled) {
        const dropped = await Promise.all([A, B].map(async (p) => `${p.name} ${await scrape(p, 'wharf_proxy_deliveries_dropped_total')}`));
        assert.fail(
          `acked messages missing 20 s after the stream stopped.\n` +
            `subscriber on A (subscribed before): ${describeTally(main)}\n` +
            `subscriber on B (subscribed while notify was down, from #${lateFrom}): ${describeTally(lateTally)}\n` +
            `wharf_proxy_deliveries_dropped_total: ${dropped.join(', ')}\n` +
            `stream marks: ${marks.join(', ')}\nproblems:\n${cluster.problems().join('\n')}`,
        );
      }
      t.diagnostic(
        `first message via fallback poll after ${pollMs} ms; notify down ${downMs} ms; acked ${main.acked}, publish failures ${pub.failures}; ` +
          `subscriber on A: ${main.received} received (${main.duplicates} duplicates), ${sub.reconnects} reconnects; ` +
          `late subscriber on B: ${lateTally.received} received`,
      );
      await sub.stop();
    });
  }
});
