/**
 * RedisSessionPort against a real redis-server: claims and fencing, takeover between two
 * proxies, batched offset saves, expiry and wills exactly once across proxies, proxy death.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Redis } from 'ioredis';
import { silentLogger, type SessionState, type WillRecord } from '@wharf/core';
import { RedisSessionPort, type RedisSessionPortOptions } from '../src/index.ts';
import { sleep, until } from './support/raw-client.ts';
import { startRedisServer, type RedisServer } from './support/redis-server.ts';

let redis: RedisServer;
let admin: Redis;
const ports: RedisSessionPort[] = [];

before(async () => {
  redis = await startRedisServer();
  admin = new Redis(redis.url);
});

after(async () => {
  for (const p of ports) await p.close();
  admin.disconnect();
  await redis.close();
});

let run = 0;
/** Each test gets its own key prefix: the proxies of one test share it, tests never meet. */
function cluster(): string {
  return `t${++run}:`;
}

async function proxy(prefix: string, proxyId: string, extra: Partial<RedisSessionPortOptions> = {}): Promise<RedisSessionPort> {
  const port = new RedisSessionPort({
    redis: redis.url,
    proxyId,
    logger: silentLogger,
    keyPrefix: prefix,
    heartbeatMs: 50,
    livenessTtlMs: 200,
    takeoverTimeoutMs: 1000,
    takeoverPollMs: 50,
    commandTimeoutMs: 500,
    ...extra,
  });
  await port.start();
  ports.push(port);
  return port;
}

function state(clientId: string, expiryInterval: number, extra: Partial<SessionState> = {}): SessionState {
  return {
    clientId,
    protocolVersion: 5,
    expiryInterval,
    subscriptions: [{ filter: 'a/#', qos: 1, noLocal: false, retainAsPublished: false, retainHandling: 0, queueIds: [7] }],
    offsets: [{ queueId: 7, offset: 42 }],
    inboundQos2: [3],
    ...extra,
  };
}

function will(payload: string, delaySeconds = 0): WillRecord {
  return {
    message: {
      topic: 'will/t',
      payload: Buffer.from(payload),
      qos: 1,
      retain: true,
      from: 'x',
      properties: { contentType: 'text/plain', correlationData: Buffer.from([1, 2, 3]), userProperties: [['k', 'v'], ['j', 'w'], ['k', 'x']] },
    },
    delaySeconds,
  };
}

/** Collects the wills and ended sessions every given port raises. */
function watch(...list: RedisSessionPort[]): { wills: [string, WillRecord][]; ended: string[] } {
  const seen = { wills: [] as [string, WillRecord][], ended: [] as string[] };
  for (const p of list) {
    p.onWill((clientId, w) => seen.wills.push([clientId, w]));
    p.onEnded((s) => seen.ended.push(s.clientId));
  }
  return seen;
}

test('claim, save, release, claim on another proxy: newer epoch, full state back', async () => {
  const p = cluster();
  const a = await proxy(p, 'A');
  const b = await proxy(p, 'B');
  const first = await a.claim('c1', false);
  assert.equal(first.state, null);
  await a.save(state('c1', 60), first.epoch);
  const final = state('c1', 60, {
    offsets: [{ queueId: 7, offset: 50 }, { queueId: 9, offset: 3 }],
    inflight: [{ packetId: 4, queueId: 7, offset: 48, qos: 1, released: false }],
    disconnectedAt: Date.now(),
  });
  await a.release('c1', first.epoch, final);
  const second = await b.claim('c1', false);
  assert.ok(second.epoch > first.epoch);
  assert.deepEqual(second.state?.offsets, [{ queueId: 7, offset: 50 }, { queueId: 9, offset: 3 }]);
  assert.deepEqual(second.state?.inboundQos2, [3]);
  assert.deepEqual(second.state?.inflight, final.inflight);
  assert.deepEqual(second.state?.subscriptions, final.subscriptions);
  assert.equal(await admin.hget(`${p}s:c1`, 'owner'), 'B');
  assert.equal(await admin.zscore(`${p}held:B`, 'c1'), String(second.epoch));
  assert.equal(await admin.zscore(`${p}held:A`, 'c1'), null);
});

test('clean start ends the stored session once: ended listener, records gone', async () => {
  const p = cluster();
  const a = await proxy(p, 'A');
  const seen = watch(a);
  const first = await a.claim('c2', false);
  await a.save(state('c2', 60), first.epoch);
  await a.release('c2', first.epoch, { ...state('c2', 60), disconnectedAt: Date.now() });
  const second = await a.claim('c2', true);
  assert.equal(second.state, null);
  assert.deepEqual(seen.ended, ['c2']);
  assert.equal(await admin.exists(`${p}so:c2`), 0);
  assert.equal(await admin.hget(`${p}s:c2`, 'state'), null);
  assert.equal(await admin.zscore(`${p}expiry`, 'c2'), null);
});

test('a takeover asks the holder on the other proxy to go and hands its final state over', async () => {
  const p = cluster();
  const a = await proxy(p, 'A');
  const b = await proxy(p, 'B');
  const held = await a.claim('c3', false);
  await a.save(state('c3', 60), held.epoch);
  const kicked: [string, number][] = [];
  a.onTakeover((clientId, epoch) => {
    kicked.push([clientId, epoch]);
    setTimeout(() => void a.release(clientId, epoch, state(clientId, 60, { offsets: [{ queueId: 7, offset: 99 }], disconnectedAt: Date.now() })), 20);
  });
  const t0 = Date.now();
  const taken = await b.claim('c3', false);
  assert.deepEqual(kicked, [['c3', held.epoch]]);
  assert.deepEqual(taken.state?.offsets, [{ queueId: 7, offset: 99 }]);
  assert.ok(Date.now() - t0 < 900, 'the release message ended the wait, not the takeover timeout');
  assert.equal(b.stats.takeovers, 1);
});

test('a takeover on the same proxy tells its own listener', async () => {
  const p = cluster();
  const a = await proxy(p, 'A');
  const held = await a.claim('c4', false);
  a.onTakeover((clientId, epoch) => void a.release(clientId, epoch, state(clientId, 60, { offsets: [{ queueId: 7, offset: 5 }] })));
  const again = await a.claim('c4', false);
  assert.ok(again.epoch > held.epoch);
  assert.deepEqual(again.state?.offsets, [{ queueId: 7, offset: 5 }]);
});

test('fencing: a holder that was taken over by force cannot write any more', async () => {
  const p = cluster();
  const a = await proxy(p, 'A');
  const b = await proxy(p, 'B', { takeoverTimeoutMs: 200 });
  const old = await a.claim('c5', false);
  await a.save(state('c5', 60), old.epoch);
  // A never answers the takeover: B takes the session after its timeout.
  const t0 = Date.now();
  const taken = await b.claim('c5', false);
  assert.ok(Date.now() - t0 >= 200);
  assert.ok(taken.epoch > old.epoch);
  assert.deepEqual(taken.state?.offsets, [{ queueId: 7, offset: 42 }]);
  // A still thinks it holds (old.epoch): every write reaches Redis and must be refused there.
  await a.saveOffsets([{ clientId: 'c5', epoch: old.epoch, offsets: [{ queueId: 7, offset: 1000 }] }]);
  await a.save(state('c5', 60, { offsets: [{ queueId: 7, offset: 2000 }], subscriptions: [] }), old.epoch);
  await a.setWill('c5', old.epoch, will('stale'));
  await a.release('c5', old.epoch, state('c5', 0));
  assert.equal(await admin.hget(`${p}so:c5`, '7'), '42');
  assert.equal(await admin.hget(`${p}s:c5`, 'owner'), 'B');
  assert.equal(await admin.hget(`${p}s:c5`, 'will'), null);
  await b.saveOffsets([{ clientId: 'c5', epoch: taken.epoch, offsets: [{ queueId: 7, offset: 43 }] }]);
  assert.equal(await admin.hget(`${p}so:c5`, '7'), '43');
});

test('saveOffsets: hundreds of sessions go to Redis in one script call', async () => {
  const p = cluster();
  const a = await proxy(p, 'A');
  const n = 500;
  const batch = [];
  for (let i = 0; i < n; i++) {
    const c = await a.claim(`o${i}`, false);
    batch.push({ clientId: `o${i}`, epoch: c.epoch, offsets: [{ queueId: 1, offset: i }, { queueId: 2, offset: 2 * i }] });
  }
  // Every command of this proxy longer than a heartbeat or registration is an offset flush call.
  const counts: string[][] = [];
  const mon2 = await redis.monitor((args) => {
    if (args[3] === p && args[4] === 'A' && args.length > 7) counts.push(args);
  });
  await sleep(50);
  await a.saveOffsets(batch);
  await sleep(100);
  mon2.close();
  assert.equal(counts.length, 1, 'one script call carried all 500 sessions');
  assert.equal(counts[0]!.length, 6 + n * 7);
  assert.equal(await admin.hget(`${p}so:o499`, '2'), '998');
  assert.equal(await admin.hget(`${p}so:o0`, '1'), '0');
});

test('saveOffsets splits a big flush into several calls of one pipeline', async () => {
  const p = cluster();
  const a = await proxy(p, 'A', { offsetBatchSessions: 100 });
  const batch = [];
  for (let i = 0; i < 250; i++) {
    const c = await a.claim(`s${i}`, false);
    batch.push({ clientId: `s${i}`, epoch: c.epoch, offsets: [{ queueId: 1, offset: i + 1 }] });
  }
  const sizes: number[] = [];
  const mon = await redis.monitor((args) => {
    if (args[3] === p && args[4] === 'A' && args.length > 7) sizes.push(Number(args[5]));
  });
  await sleep(50);
  await a.saveOffsets(batch);
  await sleep(100);
  mon.close();
  assert.deepEqual(sizes, [100, 100, 50]);
  assert.equal(await admin.hget(`${p}so:s249`, '1'), '250');
});

test('a released session expires once across two proxies, and a claim after its expiry starts fresh', async () => {
  const p = cluster();
  const a = await proxy(p, 'A');
  const b = await proxy(p, 'B');
  const seen = watch(a, b);
  const ids = Array.from({ length: 20 }, (_, i) => `e${i}`);
  for (const id of ids) {
    const c = await a.claim(id, false);
    await a.save(state(id, 1), c.epoch);
    await a.release(id, c.epoch, { ...state(id, 1), disconnectedAt: Date.now() });
  }
  await sleep(400);
  assert.deepEqual(seen.ended, [], 'nothing ends before the expiry interval');
  await until(() => seen.ended.length === ids.length, 3000, 'all sessions expired');
  await sleep(300);
  assert.deepEqual([...seen.ended].sort(), [...ids].sort(), 'each session ended exactly once');
  assert.equal(a.stats.sessionsExpired + b.stats.sessionsExpired, ids.length);
  assert.equal(await admin.exists(`${p}s:e0`), 0);
  assert.equal((await b.claim('e0', false)).state, null);
});

test('a session with expiry 0 ends on release; a never-expiring one is kept', async () => {
  const p = cluster();
  const a = await proxy(p, 'A');
  const seen = watch(a);
  const c = await a.claim('z0', false);
  await a.save(state('z0', 0), c.epoch);
  await a.release('z0', c.epoch, state('z0', 0));
  assert.deepEqual(seen.ended, ['z0']);
  assert.equal(await admin.exists(`${p}s:z0`), 0);
  const n = await a.claim('never', false);
  await a.release('never', n.epoch, state('never', 0xffffffff));
  assert.equal(await admin.zscore(`${p}expiry`, 'never'), null);
  assert.equal((await a.claim('never', false)).state?.clientId, 'never');
});

test('wills: a normal disconnect discards the will', async () => {
  const p = cluster();
  const a = await proxy(p, 'A');
  const b = await proxy(p, 'B');
  const seen = watch(a, b);
  const c = await a.claim('w1', false);
  await a.setWill('w1', c.epoch, will('no'));
  await a.setWill('w1', c.epoch, null);
  await a.release('w1', c.epoch, state('w1', 60));
  await sleep(300);
  assert.deepEqual(seen.wills, []);
});

test('wills: a connection that dies without DISCONNECT publishes its will once, intact', async () => {
  const p = cluster();
  const a = await proxy(p, 'A');
  const b = await proxy(p, 'B');
  const seen = watch(a, b);
  const c = await a.claim('w2', false);
  const w = will('bye');
  await a.setWill('w2', c.epoch, w);
  await a.release('w2', c.epoch, state('w2', 60));
  assert.equal(seen.wills.length, 1, 'published by the releasing proxy at once');
  await sleep(300);
  assert.equal(seen.wills.length, 1);
  assert.deepEqual(seen.wills[0], ['w2', w]);
  assert.equal(a.stats.willsPublished, 1);
});

test('wills: the delay runs on Redis time; any proxy publishes it once', async () => {
  const p = cluster();
  const a = await proxy(p, 'A');
  const b = await proxy(p, 'B');
  const seen = watch(a, b);
  const c = await a.claim('w3', false);
  await a.setWill('w3', c.epoch, will('late', 1));
  await a.release('w3', c.epoch, state('w3', 60));
  await sleep(600);
  assert.equal(seen.wills.length, 0, 'not before its delay');
  await until(() => seen.wills.length === 1, 2000, 'the delayed will');
  await sleep(300);
  assert.equal(seen.wills.length, 1);
});

test('wills: a session expiring before the will delay publishes the will at its end', async () => {
  const p = cluster();
  const a = await proxy(p, 'A');
  const seen = watch(a);
  const c = await a.claim('w4', false);
  await a.setWill('w4', c.epoch, will('at end', 3600));
  await a.release('w4', c.epoch, state('w4', 1));
  await until(() => seen.wills.length === 1 && seen.ended.length === 1, 2500, 'will and end');
});

test('wills: a reconnect within the delay cancels the will; a clean start publishes it', async () => {
  const p = cluster();
  const a = await proxy(p, 'A');
  const b = await proxy(p, 'B');
  const seen = watch(a, b);
  const c = await a.claim('w5', false);
  await a.setWill('w5', c.epoch, will('cancelled', 1));
  await a.release('w5', c.epoch, state('w5', 60));
  const resumed = await b.claim('w5', false);
  assert.notEqual(resumed.state, null);
  await sleep(1300);
  assert.deepEqual(seen.wills, []);

  await b.setWill('w5', resumed.epoch, will('ended', 5));
  await b.release('w5', resumed.epoch, state('w5', 60));
  await a.claim('w5', true);
  const published: [string, WillRecord][] = seen.wills;
  assert.deepEqual(published.map(([id, w]) => [id, w.message.payload.toString()]), [['w5', 'ended']]);
});

test('wills: a holder taken over by force has its will published (delay 0)', async () => {
  const p = cluster();
  const a = await proxy(p, 'A');
  const b = await proxy(p, 'B', { takeoverTimeoutMs: 150 });
  const seen = watch(a, b);
  const c = await a.claim('w6', false);
  await a.setWill('w6', c.epoch, will('forced'));
  await b.claim('w6', false);
  assert.equal(seen.wills.length, 1);
  await a.release('w6', c.epoch, state('w6', 60)); // stale: nothing more
  await sleep(200);
  assert.equal(seen.wills.length, 1);
});

test('proxy death: survivors publish its clients\u2019 wills exactly once and release its sessions', async () => {
  const p = cluster();
  const dead = await proxy(p, 'dead');
  const b = await proxy(p, 'B');
  const c = await proxy(p, 'C');
  const seen = watch(b, c);
  const persistent = await dead.claim('d1', false);
  await dead.save(state('d1', 60, { offsets: [{ queueId: 7, offset: 77 }] }), persistent.epoch);
  await dead.setWill('d1', persistent.epoch, will('d1 gone'));
  const clean = await dead.claim('d2', false);
  await dead.save(state('d2', 0), clean.epoch);
  await dead.setWill('d2', clean.epoch, will('d2 gone'));
  const delayed = await dead.claim('d3', false);
  await dead.save(state('d3', 60), delayed.epoch);
  await dead.setWill('d3', delayed.epoch, will('d3 later', 1));
  // Stops like a crash: no releases; the liveness key runs out.
  await dead.close();
  await until(() => seen.wills.length === 2, 2000, 'immediate wills of the dead proxy');
  assert.deepEqual(seen.wills.map(([id]) => id).sort(), ['d1', 'd2']);
  assert.deepEqual(seen.ended, ['d2'], 'the clean session ended (its filters are given back)');
  await until(() => seen.wills.length === 3, 2500, 'the delayed will');
  await sleep(300);
  assert.deepEqual(seen.wills.map(([id]) => id).sort(), ['d1', 'd2', 'd3'], 'each will exactly once');
  assert.equal(b.stats.sessionsReaped + c.stats.sessionsReaped, 3);
  assert.equal(await admin.sismember(`${p}proxies`, 'dead'), 0);
  // The persistent session is released with its last saved state and resumes anywhere at once.
  const t0 = Date.now();
  const resumed = await b.claim('d1', false);
  assert.ok(Date.now() - t0 < 200);
  assert.deepEqual(resumed.state?.offsets, [{ queueId: 7, offset: 77 }]);
});

test('a claim for a session held by a dead proxy does not wait for the reaper', async () => {
  const p = cluster();
  const dead = await proxy(p, 'dead2', { heartbeatMs: 50, livenessTtlMs: 150 });
  const b = await proxy(p, 'B', { heartbeatMs: 5000, livenessTtlMs: 15000 });
  const seen = watch(b);
  const c = await dead.claim('x1', false);
  await dead.save(state('x1', 60), c.epoch);
  await dead.setWill('x1', c.epoch, will('x1', 0));
  await dead.close();
  await sleep(250); // liveness expired; B's sweep has not run
  const t0 = Date.now();
  const taken = await b.claim('x1', false);
  assert.ok(Date.now() - t0 < 300, 'no takeover wait for a dead holder');
  assert.notEqual(taken.state, null);
  assert.equal(seen.wills.length, 1, 'its will is due: the connection died with its proxy');
});

test('a restarted proxy with the same id releases what its earlier process held', async () => {
  const p = cluster();
  const first = await proxy(p, 'R', { livenessTtlMs: 5000, heartbeatMs: 1000 });
  const c = await first.claim('r1', false);
  await first.save(state('r1', 60), c.epoch);
  await first.setWill('r1', c.epoch, will('r1'));
  await first.close(); // liveness still valid for seconds
  const second = await proxy(p, 'R', { livenessTtlMs: 5000, heartbeatMs: 1000 });
  const seen = watch(second);
  assert.equal(seen.wills.length, 1);
  const t0 = Date.now();
  const again = await second.claim('r1', false);
  assert.ok(Date.now() - t0 < 300);
  assert.notEqual(again.state, null);
});

test('a graceful close after every release leaves the cluster at once', async () => {
  const p = cluster();
  const a = await proxy(p, 'G');
  const c = await a.claim('g1', false);
  await a.release('g1', c.epoch, state('g1', 60));
  await a.close();
  assert.equal(await admin.sismember(`${p}proxies`, 'G'), 0);
  assert.equal(await admin.exists(`${p}proxy:G`), 0);
});

test('a proxy declared dead while alive (a long pause) rejoins and closes only the sessions it lost', async () => {
  const p = cluster();
  const a = await proxy(p, 'A', { heartbeatMs: 10_000, livenessTtlMs: 20_000 });
  const b = await proxy(p, 'B');
  const seen = watch(b);
  const kicked: [string, number][] = [];
  a.onTakeover((clientId, epoch) => kicked.push([clientId, epoch]));
  const lost = await a.claim('f1', false);
  await a.save(state('f1', 60), lost.epoch);
  await a.setWill('f1', lost.epoch, will('f1'));
  // As if A had not refreshed its liveness key in time: B's sweep declares it dead.
  await admin.del(`${p}proxy:A`);
  await until(() => seen.wills.length === 1, 2000, 'B publishes the will of the dead proxy');
  assert.equal(await admin.sismember(`${p}proxies`, 'A'), 0);
  // A's next claim finds it was declared dead: it rejoins first and closes what it lost.
  const kept = await a.claim('f2', false);
  assert.deepEqual(kicked, [['f1', lost.epoch]]);
  assert.equal(a.stats.fenced, 1);
  assert.equal(await admin.sismember(`${p}proxies`, 'A'), 1);
  assert.equal(await admin.zscore(`${p}held:A`, 'f2'), String(kept.epoch));
  // Its writes for the lost session are fenced; the session resumes anywhere.
  await a.release('f1', lost.epoch, state('f1', 60, { offsets: [{ queueId: 7, offset: 999 }] }));
  assert.deepEqual((await b.claim('f1', false)).state?.offsets, [{ queueId: 7, offset: 42 }]);
});
