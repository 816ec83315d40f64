/**
 * A shared pull is in flight when an inline event arrives after a gap (notify was away, then
 * came back): the queue cache restarts at the event's messages, later than the pull's range.
 * The cursors still below the cache must read what the pull returned or pull privately, never
 * jump over it: only the store's first available offset (retention) may skip messages.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { IPublishPacket, ISubackPacket } from 'mqtt-packet';
import { defaultConfig, silentLogger, type NotifyPort, type PullRequest, type PullResult } from '@wharf/core';
import { NotifyService } from '@wharf/notify';
import { Store } from '@wharf/store';
import { LocalSessionPort, MqttProxy } from '../src/index.ts';
import { DelegatingStore } from './support/broker.ts';
import { RawClient, sleep, until } from './support/raw-client.ts';

/** Pulls wait before reading, so whatever is appended meanwhile is in their result. */
class LatePulls extends DelegatingStore {
  delayMs = 0;
  override async pull(request: PullRequest): Promise<PullResult> {
    if (this.delayMs > 0) await sleep(this.delayMs);
    return this.inner.pull(request);
  }
}

test('an inline event that restarts the cache during a shared pull loses nothing', async (t) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'wharf-cache-gap-'));
  const config = defaultConfig({ host: '127.0.0.1', mqttPort: 0, dataDir, fsync: 'never' });
  const raw = await Store.open({ dataDir, config, logger: silentLogger });
  const store = new LatePulls(raw);
  const service = new NotifyService({ coalesceMs: 0, inlineMaxBytes: config.inlineMaxBytes, logger: silentLogger });
  raw.setSink(service);
  const inner = service.connect();
  let notifyUp = false;
  const resyncs: (() => void)[] = [];
  const gated: NotifyPort = {
    addInterest: (ids) => inner.addInterest(ids),
    removeInterest: (ids) => inner.removeInterest(ids),
    onAdvanced: (listener) => inner.onAdvanced((events) => notifyUp && listener(events)),
    onResync: (listener) => resyncs.push(listener),
    close: () => inner.close(),
  };
  const sessions = new LocalSessionPort({ store, logger: silentLogger, offsetFlushMs: config.offsetFlushMs });
  await sessions.start();
  const proxy = new MqttProxy({ config, stores: [store], notify: gated, sessions, logger: silentLogger });
  const { port } = await proxy.listen(0, '127.0.0.1');
  t.after(async () => {
    await proxy.close();
    await sessions.close();
    await service.close();
    await raw.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const { client: sub } = await RawClient.connect(port, { clientId: 'gap-sub', clean: true, keepalive: 0 });
  sub.send({ cmd: 'subscribe', messageId: 1, subscriptions: [{ topic: 'gap/t', qos: 0 }] });
  assert.deepEqual(((await sub.next('suback')) as ISubackPacket).granted, [0]);
  const { client: pub } = await RawClient.connect(port, { clientId: 'gap-pub', clean: true, keepalive: 0 });
  let id = 0;
  const publish = async (n: number): Promise<void> => {
    const first = id;
    for (let i = 0; i < n; i++, id++) pub.send({ cmd: 'publish', topic: 'gap/t', payload: Buffer.from(`m${id}`), qos: 1, messageId: id + 1, dup: false, retain: false });
    for (let i = 0; i < n; i++) await pub.next('puback');
    assert.equal(id - first, n);
  };

  // Notify is away: 100 messages are appended and their events lost.
  await publish(100);
  await sleep(50);
  assert.equal(sub.take('publish').length, 0);
  // The resync finds the queue moved and starts the shared pull (it reads 120 ms from now) …
  store.delayMs = 120;
  resyncs.forEach((l) => l());
  await sleep(20);
  // … notify is back and 10 more messages arrive inline, after the gap, while it waits.
  notifyUp = true;
  await publish(10);
  store.delayMs = 0;

  await until(() => sub.packets.filter((p) => p.cmd === 'publish').length >= 110, 5000, 'all 110 messages');
  const got = (sub.take('publish') as IPublishPacket[]).map((p) => p.payload.toString());
  assert.deepEqual(got, Array.from({ length: 110 }, (_, i) => `m${i}`), 'every message, in order');
  sub.destroy();
  pub.destroy();
});
