/**
 * Resync: when the notify adapter says events may have been missed, the deliverer re-reads the
 * end of every queue it delivers from and delivers what moved. Here the notify port drops
 * every event, so only the resync can deliver.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import type { IPublishPacket, ISubackPacket } from 'mqtt-packet';
import { defaultConfig, silentLogger, type NotifyPort, type QueueId } from '@wharf/core';
import { NotifyService } from '@wharf/notify';
import { Store } from '@wharf/store';
import { LocalSessionPort, MqttProxy } from '../src/index.ts';
import { DelegatingStore } from './support/broker.ts';
import { RawClient, sleep, until } from './support/raw-client.ts';

/** Counts end-offset reads, single and batched, and makes each take a little while. */
class SlowEnds extends DelegatingStore {
  single = 0;
  batches: number[] = [];
  counting = false;
  override async endOffset(queueId: QueueId): Promise<number> {
    if (this.counting) this.single++;
    return this.inner.endOffset(queueId);
  }
  override async endOffsets(queueIds: readonly QueueId[]): Promise<number[]> {
    if (!this.counting) return this.inner.endOffsets(queueIds);
    this.batches.push(queueIds.length);
    await sleep(5);
    return this.inner.endOffsets(queueIds);
  }
}

interface Rig {
  port: number;
  store: SlowEnds;
  resync(): void;
}

async function rig(t: TestContext): Promise<Rig> {
  const dataDir = await mkdtemp(join(tmpdir(), 'wharf-resync-'));
  const config = defaultConfig({ host: '127.0.0.1', mqttPort: 0, dataDir, fsync: 'never', offsetFlushMs: 20, maxInflight: 64 });
  const raw = await Store.open({ dataDir, config, logger: silentLogger });
  const store = new SlowEnds(raw);
  const service = new NotifyService({ coalesceMs: 0, inlineMaxBytes: 0, logger: silentLogger });
  const inner = service.connect();
  const listeners: (() => void)[] = [];
  const deaf: NotifyPort = {
    addInterest: (ids) => inner.addInterest(ids),
    removeInterest: (ids) => inner.removeInterest(ids),
    onAdvanced: () => {}, // every event is lost
    onResync: (l) => listeners.push(l),
    close: () => inner.close(),
  };
  const sessions = new LocalSessionPort({ store, logger: silentLogger, offsetFlushMs: config.offsetFlushMs, takeoverTimeoutMs: 2000 });
  await sessions.start();
  const proxy = new MqttProxy({ config, stores: [store], notify: deaf, sessions, logger: silentLogger });
  const { port } = await proxy.listen(0, '127.0.0.1');
  t.after(async () => {
    await proxy.close();
    await sessions.close();
    await service.close();
    await raw.close();
    await rm(dataDir, { recursive: true, force: true });
  });
  return { port, store, resync: () => listeners.forEach((l) => l()) };
}

test('a resync delivers what missed events did not, reading every queue end in one batched call', async (t) => {
  const r = await rig(t);
  const { client: sub } = await RawClient.connect(r.port, { clientId: 'resync-sub', clean: true, keepalive: 0 });
  const topics = Array.from({ length: 40 }, (_, i) => `rs/${i}`);
  sub.send({ cmd: 'subscribe', messageId: 1, subscriptions: topics.map((topic) => ({ topic, qos: 1 })) });
  assert.deepEqual(((await sub.next('suback')) as ISubackPacket).granted, topics.map(() => 1));
  const { client: pub } = await RawClient.connect(r.port, { clientId: 'resync-pub', clean: true, keepalive: 0 });
  topics.forEach((topic, i) => pub.send({ cmd: 'publish', topic, payload: Buffer.from(`m${i}`), qos: 1, messageId: i + 1, dup: false, retain: false }));
  for (let i = 0; i < topics.length; i++) await pub.next('puback');
  await sleep(150);
  assert.equal(sub.take('publish').length, 0, 'no events, no delivery');

  r.store.counting = true;
  r.resync();
  await until(() => sub.packets.filter((p) => p.cmd === 'publish').length === topics.length, 5000, 'every message after the resync');
  const got = (sub.take('publish') as IPublishPacket[]).map((p) => p.payload.toString()).sort();
  assert.deepEqual(got, topics.map((_, i) => `m${i}`).sort());
  assert.deepEqual(r.store.batches, [topics.length], 'one EndOffsets call for the 40 queues');
  assert.equal(r.store.single, 0, 'no per-queue reads');

  // A resync with nothing new delivers nothing twice.
  r.resync();
  await sleep(100);
  assert.equal(sub.take('publish').length, 0);
  sub.destroy();
  pub.destroy();
});
