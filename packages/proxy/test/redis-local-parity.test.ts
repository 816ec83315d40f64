/**
 * The will rules of the SessionPort contract, run against both adapters (LocalSessionPort and
 * RedisSessionPort): the proxy's protocol code relies on them behaving the same.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { defaultConfig, silentLogger, type SessionPort, type SessionState, type WillRecord } from '@wharf/core';
import { Store } from '@wharf/store';
import { LocalSessionPort, RedisSessionPort } from '../src/index.ts';
import { sleep } from './support/raw-client.ts';
import { startRedisServer, type RedisServer } from './support/redis-server.ts';

let redis: RedisServer;
let dir: string;
let store: Store;
const opened: { close(): Promise<void> }[] = [];

before(async () => {
  redis = await startRedisServer();
  dir = await mkdtemp(join(tmpdir(), 'wharf-parity-'));
  store = await Store.open({ dataDir: dir, config: defaultConfig({ fsync: 'never' }), logger: silentLogger });
});

after(async () => {
  for (const p of opened) await p.close();
  await store.close();
  await rm(dir, { recursive: true, force: true });
  await redis.close();
});

interface Harness {
  name: string;
  port: SessionPort;
  wills: string[];
}

let run = 0;
async function adapters(takeoverTimeoutMs = 1000): Promise<Harness[]> {
  const local = new LocalSessionPort({ store, logger: silentLogger, takeoverTimeoutMs });
  await local.start();
  const remote = new RedisSessionPort({ redis: redis.url, proxyId: 'P', keyPrefix: `parity${++run}:`, logger: silentLogger, heartbeatMs: 50, livenessTtlMs: 500, takeoverTimeoutMs });
  await remote.start();
  opened.push(local, remote);
  return [local, remote].map((port) => {
    const h: Harness = { name: port.constructor.name, port, wills: [] };
    port.onWill((clientId, w) => h.wills.push(`${clientId}:${w.message.payload.toString()}`));
    return h;
  });
}

/** Runs `scenario` on every adapter at once (the slow ones wait on the clock, not on CPU). */
async function both(scenario: (h: Harness) => Promise<void>, takeoverTimeoutMs?: number): Promise<void> {
  const hs = await adapters(takeoverTimeoutMs);
  await Promise.all(
    hs.map((h) =>
      scenario(h).catch((err: unknown) => {
        throw new Error(`${h.name}: ${err instanceof Error ? err.message : String(err)}`);
      }),
    ),
  );
}

function state(clientId: string, expiryInterval: number): SessionState {
  return { clientId, protocolVersion: 5, expiryInterval, subscriptions: [], offsets: [], inboundQos2: [] };
}

function will(payload: string, delaySeconds = 0): WillRecord {
  return { message: { topic: 'w', payload: Buffer.from(payload), qos: 0, retain: false }, delaySeconds };
}

test('a normal disconnect discards the will', () =>
  both(async ({ port, wills }) => {
    const c = await port.claim('n', false);
    await port.setWill('n', c.epoch, will('x'));
    await port.setWill('n', c.epoch, null);
    await port.release('n', c.epoch, state('n', 60));
    await sleep(200);
    assert.deepEqual(wills, []);
  }));

test('an abrupt end publishes the will once, at once', () =>
  both(async ({ port, wills }) => {
    const c = await port.claim('a', false);
    await port.setWill('a', c.epoch, will('x'));
    await port.release('a', c.epoch, state('a', 0));
    assert.deepEqual(wills, ['a:x']);
    await sleep(200);
    assert.deepEqual(wills, ['a:x']);
  }));

test('a resume within the will delay cancels it; a clean start publishes a pending one', () =>
  both(async ({ port, wills }) => {
    const c = await port.claim('d', false);
    await port.setWill('d', c.epoch, will('cancelled', 1));
    await port.release('d', c.epoch, state('d', 60));
    const again = await port.claim('d', false);
    assert.notEqual(again.state, null);
    await sleep(1300);
    assert.deepEqual(wills, []);
    await port.setWill('d', again.epoch, will('ended', 30));
    await port.release('d', again.epoch, state('d', 60));
    assert.deepEqual(wills, []);
    await port.claim('d', true);
    assert.deepEqual(wills, ['d:ended']);
  }));

test('the will goes out at the session end when that comes before its delay', () =>
  both(async ({ port, wills }) => {
    const c = await port.claim('e', false);
    await port.setWill('e', c.epoch, will('at end', 3600));
    await port.release('e', c.epoch, state('e', 1));
    await sleep(500);
    assert.deepEqual(wills, []);
    const deadline = Date.now() + 2500;
    while (wills.length === 0 && Date.now() < deadline) await sleep(20);
    assert.deepEqual(wills, ['e:at end']);
  }));

test('a holder that never releases: its will is due when the takeover gives up on it', () =>
  both(async ({ port, wills }) => {
    const c = await port.claim('t', false);
    await port.setWill('t', c.epoch, will('dropped'));
    await port.claim('t', false);
    assert.deepEqual(wills, ['t:dropped']);
    await port.release('t', c.epoch, state('t', 60)); // stale
    assert.deepEqual(wills, ['t:dropped']);
  }, 150));
