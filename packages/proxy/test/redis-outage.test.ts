/**
 * RedisSessionPort when Redis hangs, dies and comes back: claims fail fast with
 * SessionStoreUnavailableError, nothing is left behind, the adapter recovers by itself.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { SessionStoreUnavailableError, silentLogger, type SessionState } from '@wharf/core';
import { RedisSessionPort, type RedisSessionPortOptions } from '../src/index.ts';
import { sleep } from './support/raw-client.ts';
import { startRedisServer, type RedisServer } from './support/redis-server.ts';

let redis: RedisServer;
const ports: RedisSessionPort[] = [];

before(async () => {
  redis = await startRedisServer();
});

after(async () => {
  redis.resume();
  for (const p of ports) await p.close();
  await redis.close();
});

async function proxy(prefix: string, proxyId: string, extra: Partial<RedisSessionPortOptions> = {}): Promise<RedisSessionPort> {
  const port = new RedisSessionPort({
    redis: redis.url,
    proxyId,
    logger: silentLogger,
    keyPrefix: prefix,
    commandTimeoutMs: 300,
    reconnectMaxDelayMs: 100,
    takeoverPollMs: 50,
    ...extra,
  });
  await port.start();
  ports.push(port);
  return port;
}

function state(clientId: string, expiryInterval = 60): SessionState {
  return {
    clientId,
    protocolVersion: 4,
    expiryInterval,
    subscriptions: [{ filter: 'x/#', qos: 1, noLocal: false, retainAsPublished: false, retainHandling: 0, queueIds: [3] }],
    offsets: [{ queueId: 3, offset: 10 }],
    inboundQos2: [],
  };
}

const isUnavailable = (err: unknown): boolean => err instanceof SessionStoreUnavailableError;

async function claimEventually(port: RedisSessionPort, clientId: string, ms: number): Promise<number> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return (await port.claim(clientId, false)).epoch;
    } catch (err) {
      if (!isUnavailable(err) || Date.now() > deadline) throw err;
      await sleep(50);
    }
  }
}

test('start fails with a clear error when Redis is not there', async () => {
  const port = new RedisSessionPort({ redis: 'redis://127.0.0.1:1', proxyId: 'nobody', logger: silentLogger, connectTimeoutMs: 300 });
  const t0 = Date.now();
  await assert.rejects(port.start(), (err: unknown) => isUnavailable(err) && /cannot reach Redis at redis:\/\/127\.0\.0\.1:1/.test((err as Error).message));
  assert.ok(Date.now() - t0 < 2000);
  await port.close();
});

test('Redis hung: a claim rejects within the command timeout; one that ran anyway leaves no ghost', async () => {
  const p = 'hung:';
  // Heartbeats far apart, so the pause does not make anyone look dead.
  const opts = { heartbeatMs: 1000, livenessTtlMs: 10_000, takeoverTimeoutMs: 4000 };
  const a = await proxy(p, 'A', opts);
  const b = await proxy(p, 'B', opts);
  redis.pause();
  try {
    for (const id of ['h1', 'h2']) {
      const t0 = Date.now();
      await assert.rejects(a.claim(id, false), isUnavailable);
      const elapsed = Date.now() - t0;
      assert.ok(elapsed < 1000, `claim failed after ${elapsed} ms; the command timeout is 300 ms`);
    }
  } finally {
    redis.resume();
  }
  // Both claims reached Redis and ran when it woke up: the sessions are recorded as A's.
  await sleep(100);
  // Another proxy's claim is not stuck until the takeover timeout: A disowns the ghost.
  const t1 = Date.now();
  await b.claim('h1', false);
  assert.ok(Date.now() - t1 < 2500, `claim waited ${Date.now() - t1} ms for a ghost`);
  // A claim on A itself recognises its own ghost at once.
  const t2 = Date.now();
  await a.claim('h2', false);
  assert.ok(Date.now() - t2 < 500, `claim waited ${Date.now() - t2} ms for its own ghost`);
});

test('Redis down: claims and writes fail fast, releases wait; after a restart the adapter recovers', async () => {
  const p = 'down:';
  const a = await proxy(p, 'A', { heartbeatMs: 50, livenessTtlMs: 200 });
  const kicked: string[] = [];
  a.onTakeover((clientId) => kicked.push(clientId));
  const before = await a.claim('k1', false);
  const other = await a.claim('k2', false);
  await redis.kill();
  await sleep(50);
  const t0 = Date.now();
  await assert.rejects(a.claim('k3', false), isUnavailable);
  assert.ok(Date.now() - t0 < 500, `claim failed after ${Date.now() - t0} ms`);
  await assert.rejects(a.saveOffsets([{ clientId: 'k1', epoch: before.epoch, offsets: [{ queueId: 3, offset: 11 }] }]), isUnavailable);
  await assert.rejects(a.save(state('k1'), before.epoch), isUnavailable);
  // A release does not fail its caller: it waits for Redis.
  await a.release('k2', other.epoch, state('k2'));
  assert.ok(a.stats.redisErrors >= 3);

  await redis.restart(); // empty: nothing was persisted
  const epoch = await claimEventually(a, 'k4', 5000);
  // Epochs never go back, even though Redis lost the counter.
  assert.ok(epoch > other.epoch, `epoch ${epoch} after ${other.epoch}`);
  // The session held before the restart is gone from Redis: its connection is told to go.
  assert.deepEqual(kicked, ['k1']);
  // The adapter works: save, offsets, release, expiry.
  await a.save(state('k4'), epoch);
  await a.saveOffsets([{ clientId: 'k4', epoch, offsets: [{ queueId: 3, offset: 12 }] }]);
  await a.release('k4', epoch, { ...state('k4'), offsets: [{ queueId: 3, offset: 13 }] });
  assert.deepEqual((await a.claim('k4', false)).state?.offsets, [{ queueId: 3, offset: 13 }]);
});

test('a release that timed out while Redis hung still lands', async () => {
  const p = 'hung-release:';
  const a = await proxy(p, 'HA', { heartbeatMs: 1000, livenessTtlMs: 10_000 });
  const b = await proxy(p, 'HB', { heartbeatMs: 1000, livenessTtlMs: 10_000, takeoverTimeoutMs: 4000 });
  const c = await a.claim('q1', false);
  await a.save(state('q1'), c.epoch);
  redis.pause();
  try {
    await a.release('q1', c.epoch, { ...state('q1'), offsets: [{ queueId: 3, offset: 77 }] });
  } finally {
    redis.resume();
  }
  const t0 = Date.now();
  const taken = await b.claim('q1', false);
  assert.ok(Date.now() - t0 < 2000, 'no takeover wait');
  assert.deepEqual(taken.state?.offsets, [{ queueId: 3, offset: 77 }]);
});

test('a release that could not be sent (connection down) is retried when Redis is back', async () => {
  const p = 'retry:';
  const a = await proxy(p, 'R1', { heartbeatMs: 50, livenessTtlMs: 5000 });
  const c = await a.claim('q2', false);
  await a.save(state('q2'), c.epoch);
  const list = await redis.command('CLIENT LIST');
  const id = /id=(\d+) [^\n]*name=wharf-sessions-R1 /.exec(list)?.[1];
  assert.ok(id !== undefined, 'the adapter names its connection');
  await redis.command(`CLIENT KILL ID ${id}`);
  await sleep(5);
  const errors = a.stats.redisErrors;
  await a.release('q2', c.epoch, { ...state('q2'), offsets: [{ queueId: 3, offset: 88 }] });
  assert.ok(a.stats.redisErrors > errors, 'the first attempt failed');
  const owner = async (): Promise<string> => (await redis.command(`HGET ${p}s:q2 owner`)).split('\r\n')[1] ?? '?';
  const deadline = Date.now() + 3000;
  while ((await owner()) !== '') {
    assert.ok(Date.now() < deadline, 'the release was never retried');
    await sleep(20);
  }
  assert.equal((await redis.command(`HGET ${p}so:q2 3`)).split('\r\n')[1], '88');
});
