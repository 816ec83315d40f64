import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { defaultConfig, silentLogger, type SessionState } from '@wharf/core';
import { Store } from '@wharf/store';
import { LocalSessionPort } from '../src/index.ts';

let dir: string;
let store: Store;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wharf-sessions-'));
  store = await Store.open({ dataDir: dir, config: defaultConfig({ fsync: 'never' }), logger: silentLogger });
});

afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

function state(clientId: string, expiryInterval: number, extra: Partial<SessionState> = {}): SessionState {
  return {
    clientId,
    protocolVersion: 4,
    expiryInterval,
    subscriptions: [{ filter: 'a/#', qos: 1, noLocal: false, retainAsPublished: false, retainHandling: 0, queueIds: [7] }],
    offsets: [{ queueId: 7, offset: 42 }],
    inboundQos2: [3],
    ...extra,
  };
}

test('claim → save → release → claim returns the stored state with a newer epoch', async () => {
  const port = new LocalSessionPort({ store, logger: silentLogger });
  await port.start();
  const first = await port.claim('c1', false);
  assert.equal(first.state, null);
  await port.save(state('c1', 60), first.epoch);
  await port.release('c1', first.epoch, { ...state('c1', 60), offsets: [{ queueId: 7, offset: 50 }], disconnectedAt: Date.now() });
  const second = await port.claim('c1', false);
  assert.ok(second.epoch > first.epoch);
  assert.deepEqual(second.state?.offsets, [{ queueId: 7, offset: 50 }]);
  assert.deepEqual(second.state?.inboundQos2, [3]);
  await port.close();
});

test('writes with a stale epoch are ignored', async () => {
  const port = new LocalSessionPort({ store, logger: silentLogger });
  await port.start();
  const a = await port.claim('c2', false);
  await port.save(state('c2', 60), a.epoch);
  await port.release('c2', a.epoch, { ...state('c2', 60), disconnectedAt: Date.now() });
  const b = await port.claim('c2', false);
  await port.saveOffsets([{ clientId: 'c2', epoch: a.epoch, offsets: [{ queueId: 7, offset: 1000 }] }]);
  await port.save({ ...state('c2', 60), subscriptions: [] }, a.epoch);
  assert.deepEqual(await store.loadOffsets('session/c2'), [{ queueId: 7, offset: 42 }]);
  await port.saveOffsets([{ clientId: 'c2', epoch: b.epoch, offsets: [{ queueId: 7, offset: 43 }] }]);
  assert.deepEqual(await store.loadOffsets('session/c2'), [{ queueId: 7, offset: 43 }]);
  await port.close();
});

test('a claim for a held session asks the holder to go and waits for its release', async () => {
  const port = new LocalSessionPort({ store, logger: silentLogger });
  await port.start();
  const a = await port.claim('c3', false);
  const kicked: [string, number][] = [];
  port.onTakeover((clientId, epoch) => {
    kicked.push([clientId, epoch]);
    setTimeout(() => void port.release(clientId, epoch, { ...state(clientId, 60), offsets: [{ queueId: 7, offset: 99 }] }), 20);
  });
  const b = await port.claim('c3', false);
  assert.deepEqual(kicked, [['c3', a.epoch]]);
  assert.deepEqual(b.state?.offsets, [{ queueId: 7, offset: 99 }]);
  await port.close();
});

test('clean start ends the previous session: stored record gone, ended listener told', async () => {
  const port = new LocalSessionPort({ store, logger: silentLogger });
  await port.start();
  const ended: string[] = [];
  port.onEnded((s) => ended.push(s.clientId));
  const a = await port.claim('c4', false);
  await port.save(state('c4', 60), a.epoch);
  await port.release('c4', a.epoch, { ...state('c4', 60), disconnectedAt: Date.now() });
  const b = await port.claim('c4', true);
  assert.equal(b.state, null);
  assert.deepEqual(ended, ['c4']);
  assert.equal(await store.getMeta('session/c4'), null);
  assert.deepEqual(await store.loadOffsets('session/c4'), []);
  await port.close();
});

test('a released session expires after its interval', async () => {
  const port = new LocalSessionPort({ store, logger: silentLogger });
  await port.start();
  const ended: string[] = [];
  port.onEnded((s) => ended.push(s.clientId));
  const a = await port.claim('c5', false);
  await port.save(state('c5', 1), a.epoch);
  await port.release('c5', a.epoch, { ...state('c5', 1), disconnectedAt: Date.now() });
  await new Promise((r) => setTimeout(r, 1300));
  assert.deepEqual(ended, ['c5']);
  assert.equal(await store.getMeta('session/c5'), null);
  await port.close();
});

test('on start, sessions whose expiry passed while down end (held until a listener comes); the others are kept', async () => {
  await store.putMeta([
    { key: 'session/old', value: Buffer.from(JSON.stringify({ ...state('old', 10), offsets: undefined, disconnectedAt: Date.now() - 60_000 })) },
    { key: 'session/young', value: Buffer.from(JSON.stringify({ ...state('young', 3600), offsets: undefined, disconnectedAt: Date.now() - 60_000 })) },
    { key: 'session/clean', value: Buffer.from(JSON.stringify({ ...state('clean', 0), offsets: undefined })) },
  ]);
  const port = new LocalSessionPort({ store, logger: silentLogger });
  await port.start();
  const ended: string[] = [];
  port.onEnded((s) => ended.push(s.clientId));
  assert.deepEqual(ended.sort(), ['clean', 'old']);
  const young = await port.claim('young', false);
  assert.equal(young.state?.clientId, 'young');
  await port.close();
});
