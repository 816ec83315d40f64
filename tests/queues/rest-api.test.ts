/**
 * The message-queue REST API of `wharf start` (EMQX 6 compatible, `/api/v5/message_queues`),
 * against a real broker process with an API-key file: every endpoint, every error answer,
 * pagination, URL-encoded filters, the config surviving a restart, and live queue figures.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { connect, publishMany, RawClient, runWharf, shutdown, startBroker, waitFor, wharfOnly, type Broker } from '../harness/index.ts';
import { ADMIN_KEY, apiKeysFile, CONFIG, QUEUES, queuePath, rest, VIEWER_KEY, type RestAnswer } from './rest-support.ts';

type Json = Record<string, unknown>;
const obj = (a: RestAnswer): Json => a.body as Json;

function assertError(a: RestAnswer, status: number, code: string, mentions?: string): void {
  assert.equal(a.status, status, `expected ${status} ${code}, got ${a.status} ${a.text}`);
  assert.equal(obj(a)['code'], code, a.text);
  assert.equal(typeof obj(a)['message'], 'string');
  if (mentions !== undefined) assert.ok(String(obj(a)['message']).includes(mentions), `"${String(obj(a)['message'])}" does not mention ${mentions}`);
}

describe('message-queue REST API', { skip: wharfOnly('the REST API is wharf’s') }, () => {
  let broker: Broker;
  let keys: { file: string; remove: () => void };
  const api = (method: string, path: string, body?: unknown, opts?: Parameters<typeof rest>[4]) => rest(broker.httpPort, method, path, body, opts);

  before(async () => {
    keys = apiKeysFile();
    broker = await startBroker({ args: ['--api-keys-file', keys.file] });
  });
  after(async () => {
    await shutdown(broker);
    keys.remove();
  });

  test('401 without credentials, with an unknown key and with a wrong secret; WWW-Authenticate says Basic', async () => {
    for (const auth of [null, 'nobody:s3cret-admin', 'admin:wrong', 'admin']) {
      for (const [method, path] of [['GET', QUEUES], ['POST', QUEUES], ['GET', queuePath('a/b')], ['DELETE', queuePath('a/b')], ['GET', CONFIG], ['PUT', CONFIG]] as const) {
        const a = await api(method, path, method === 'GET' || method === 'DELETE' ? undefined : {}, { auth });
        assertError(a, 401, 'BAD_API_KEY_OR_SECRET');
        assert.match(a.headers.get('www-authenticate') ?? '', /^Basic realm=/);
      }
    }
    // The ops endpoints stay open for scrapers and probes.
    assert.equal((await fetch(`http://127.0.0.1:${broker.httpPort}/healthz`)).status, 200);
  });

  test('a viewer key may read but not change (403)', async () => {
    assert.equal((await api('GET', QUEUES, undefined, { auth: VIEWER_KEY })).status, 200);
    assert.equal((await api('GET', CONFIG, undefined, { auth: VIEWER_KEY })).status, 200);
    assertError(await api('POST', QUEUES, { topic_filter: 'viewer/x' }, { auth: VIEWER_KEY }), 403, 'FORBIDDEN');
  });

  test('POST creates with EMQX defaults (last-value keyed on message.from, random, 7d) and answers 200 with the queue and its stats', async () => {
    const a = await api('POST', QUEUES, { topic_filter: 'rest/lv' });
    assert.equal(a.status, 200, a.text);
    const q = obj(a);
    assert.equal(q['topic_filter'], 'rest/lv');
    assert.equal(q['is_lastvalue'], true);
    assert.equal(q['key_expression'], 'message.from');
    assert.equal(q['dispatch_strategy'], 'random');
    assert.equal(q['data_retention_period'], 604_800_000);
    assert.equal(q['kind'], 'queue');
    assert.equal(typeof q['created_at'], 'number');
    for (const f of ['ack_timeout', 'max_deliveries', 'max_messages', 'max_bytes']) assert.equal(typeof q[f], 'number', f);
    assert.deepEqual(q['stats'], { depth: 0, inflight: 0, lag: 0, consumers: 0, dispatched: 0, acked: 0, redelivered: 0, dead_lettered: 0, dropped: 0 });
    assert.deepEqual(q['consumers'], []);

    const regular = await api('POST', QUEUES, { topic_filter: 'rest/jobs', is_lastvalue: false, dispatch_strategy: 'least_inflight', data_retention_period: '1h', ack_timeout: '5s', max_deliveries: 3, max_messages: 100, max_bytes: 65536, name: 'rest-jobs' });
    assert.equal(regular.status, 200, regular.text);
    assert.deepEqual(
      { ...obj(regular), created_at: 0, stats: null },
      {
        topic_filter: 'rest/jobs', name: 'rest-jobs', is_lastvalue: false, dispatch_strategy: 'least_inflight', data_retention_period: 3_600_000,
        ack_timeout: 5000, max_deliveries: 3, max_messages: 100, max_bytes: 65536, kind: 'queue', created_at: 0, stats: null, consumers: [],
      },
    );
  });

  test('400 ALREADY_EXISTS for a filter that has a queue, and for a name that is taken', async () => {
    await api('POST', QUEUES, { topic_filter: 'rest/dup', is_lastvalue: false, name: 'rest-dup' });
    assertError(await api('POST', QUEUES, { topic_filter: 'rest/dup', is_lastvalue: false }), 400, 'ALREADY_EXISTS');
    assertError(await api('POST', QUEUES, { topic_filter: 'rest/dup2', is_lastvalue: false, name: 'rest-dup' }), 400, 'ALREADY_EXISTS', 'rest-dup');
  });

  test('404 NOT_FOUND on GET, PUT and DELETE of a filter without a queue', async () => {
    assertError(await api('GET', queuePath('rest/none')), 404, 'NOT_FOUND', 'rest/none');
    assertError(await api('PUT', queuePath('rest/none'), { dispatch_strategy: 'random' }), 404, 'NOT_FOUND');
    assertError(await api('DELETE', queuePath('rest/none')), 404, 'NOT_FOUND');
  });

  test('400 BAD_REQUEST naming the field, for each invalid field of a create', async () => {
    const cases: [Json, string][] = [
      [{}, 'topic_filter'],
      [{ topic_filter: 7 }, 'topic_filter'],
      [{ topic_filter: 'a/#/b' }, 'topic_filter'],
      [{ topic_filter: '$q/a' }, 'topic_filter'],
      [{ topic_filter: 'bad/n', name: 'no/slash' }, 'name'],
      [{ topic_filter: 'bad/lv', is_lastvalue: 'true' }, 'is_lastvalue'],
      [{ topic_filter: 'bad/k', is_lastvalue: false, key_expression: 'message.from' }, 'key_expression'],
      [{ topic_filter: 'bad/k2', key_expression: 'message.qos' }, 'key_expression'],
      [{ topic_filter: 'bad/m', missing_key: 'drop' }, 'missing_key'],
      [{ topic_filter: 'bad/f', fallback_key: 3 }, 'fallback_key'],
      [{ topic_filter: 'bad/d', dispatch_strategy: 'sticky' }, 'dispatch_strategy'],
      [{ topic_filter: 'bad/r', data_retention_period: '7 days' }, 'data_retention_period'],
      [{ topic_filter: 'bad/r2', data_retention_period: 0 }, 'data_retention_period'],
      [{ topic_filter: 'bad/a', ack_timeout: -1 }, 'ack_timeout'],
      [{ topic_filter: 'bad/md', max_deliveries: 1.5 }, 'max_deliveries'],
      [{ topic_filter: 'bad/mm', max_messages: -1 }, 'max_messages'],
      [{ topic_filter: 'bad/mb', max_bytes: '1MB' }, 'max_bytes'],
      [{ topic_filter: 'bad/u', color: 'red' }, 'color'],
    ];
    for (const [body, field] of cases) assertError(await api('POST', QUEUES, body), 400, 'BAD_REQUEST', field);
    assertError(await api('POST', QUEUES, undefined, { raw: '{"topic_filter":' }), 400, 'BAD_REQUEST', 'JSON');
    assertError(await api('POST', QUEUES, undefined, { raw: '' }), 400, 'BAD_REQUEST', 'body');
    assertError(await api('POST', QUEUES, [1, 2]), 400, 'BAD_REQUEST', 'body');
    // None of them created anything.
    for (const [body] of cases) {
      if (typeof body['topic_filter'] === 'string' && !body['topic_filter'].startsWith('$')) assert.equal((await api('GET', queuePath(body['topic_filter']))).status, 404);
    }
  });

  test('PUT changes fields (200 with the queue); is_lastvalue cannot change (400); bad fields are named', async () => {
    await api('POST', QUEUES, { topic_filter: 'rest/upd', is_lastvalue: false });
    const a = await api('PUT', queuePath('rest/upd'), { dispatch_strategy: 'round_robin', ack_timeout: '2m', max_messages: 10 });
    assert.equal(a.status, 200, a.text);
    assert.equal(obj(a)['dispatch_strategy'], 'round_robin');
    assert.equal(obj(a)['ack_timeout'], 120_000);
    assert.equal(obj(a)['max_messages'], 10);
    const read = obj(await api('GET', queuePath('rest/upd')));
    assert.equal(read['dispatch_strategy'], 'round_robin');
    assert.equal(read['ack_timeout'], 120_000);

    assertError(await api('PUT', queuePath('rest/upd'), { is_lastvalue: true }), 400, 'BAD_REQUEST', 'is_lastvalue');
    assertError(await api('PUT', queuePath('rest/lv'), { is_lastvalue: false }), 400, 'BAD_REQUEST', 'is_lastvalue');
    assertError(await api('PUT', queuePath('rest/upd'), { key_expression: 'message.topic' }), 400, 'BAD_REQUEST', 'key_expression');
    assertError(await api('PUT', queuePath('rest/upd'), { dispatch_strategy: 'x' }), 400, 'BAD_REQUEST', 'dispatch_strategy');
    assertError(await api('PUT', queuePath('rest/upd'), { topic_filter: 'rest/other' }), 400, 'BAD_REQUEST', 'topic_filter');
    assertError(await api('PUT', queuePath('rest/upd'), { nope: 1 }), 400, 'BAD_REQUEST', 'nope');
    // A GET body sent back unchanged is a valid PUT.
    assert.equal((await api('PUT', queuePath('rest/upd'), read)).status, 200);
    // The last-value queue's key may change.
    const lv = await api('PUT', queuePath('rest/lv'), { key_expression: 'message.payload.device' });
    assert.equal(lv.status, 200, lv.text);
    assert.equal(obj(lv)['key_expression'], 'message.payload.device');
  });

  test('DELETE answers 204 with no body; the queue is gone', async () => {
    await api('POST', QUEUES, { topic_filter: 'rest/del', is_lastvalue: false });
    const a = await api('DELETE', queuePath('rest/del'));
    assert.equal(a.status, 204);
    assert.equal(a.text, '');
    assertError(await api('GET', queuePath('rest/del')), 404, 'NOT_FOUND');
    // And it can be created again.
    assert.equal((await api('POST', QUEUES, { topic_filter: 'rest/del', is_lastvalue: false })).status, 200);
  });

  test('filters with +, # and / are addressed URL-encoded (and with literal slashes); a name works too', async () => {
    const filter = 'enc/+/x/#';
    assert.equal((await api('POST', QUEUES, { topic_filter: filter, is_lastvalue: false, name: 'enc-q' })).status, 200);
    assert.equal(queuePath(filter), '/api/v5/message_queues/queues/enc%2F%2B%2Fx%2F%23');
    assert.equal(obj(await api('GET', queuePath(filter)))['topic_filter'], filter);
    assert.equal(obj(await api('GET', `${QUEUES}/enc/%2B/x/%23`))['topic_filter'], filter);
    assert.equal(obj(await api('GET', `${QUEUES}/enc-q`))['topic_filter'], filter, 'EMQX 6.1 addresses queues by name');
    assertError(await api('GET', `${QUEUES}/%E0%A4%A`), 400, 'BAD_REQUEST', 'topic_filter');
    assert.equal((await api('DELETE', queuePath(filter))).status, 204);
  });

  test('list pages with cursor and limit: {"data":[...],"meta":{"hasnext","cursor"}}, every queue once, in order', async () => {
    const mine = Array.from({ length: 7 }, (_, i) => `page/${i}`);
    for (const f of mine) assert.equal((await api('POST', QUEUES, { topic_filter: f, is_lastvalue: false })).status, 200);
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    for (;;) {
      const a = await api('GET', `${QUEUES}?limit=3${cursor === undefined ? '' : `&cursor=${encodeURIComponent(cursor)}`}`);
      assert.equal(a.status, 200, a.text);
      const { data, meta } = obj(a) as { data: Json[]; meta: { hasnext: boolean; cursor?: string } };
      pages++;
      assert.ok(data.length <= 3);
      for (const q of data) {
        assert.equal(typeof q['stats'], 'object');
        seen.push(String(q['topic_filter']));
      }
      if (!meta.hasnext) {
        assert.equal(meta.cursor, undefined, 'the last page has no cursor');
        break;
      }
      assert.equal(meta.cursor, data[data.length - 1]!['topic_filter']);
      cursor = meta.cursor;
    }
    assert.ok(pages >= 3, `${pages} pages of 3`);
    assert.deepEqual(seen, [...seen].sort(), 'in filter order');
    assert.equal(new Set(seen).size, seen.length, 'no queue twice');
    for (const f of mine) assert.ok(seen.includes(f), f);
    const all = obj(await api('GET', QUEUES)) as { data: Json[]; meta: { hasnext: boolean } };
    assert.equal(all.data.length, seen.length, 'the default limit covers them all');
    assert.equal(all.meta.hasnext, false);
    assertError(await api('GET', `${QUEUES}?limit=0`), 400, 'BAD_REQUEST', 'limit');
    assertError(await api('GET', `${QUEUES}?limit=x`), 400, 'BAD_REQUEST', 'limit');
  });

  test('unknown endpoints are 404, wrong methods 405, oversized bodies 413', async () => {
    assertError(await api('GET', '/api/v5/message_queues/nope'), 404, 'NOT_FOUND');
    const m = await api('PATCH', QUEUES, {});
    assertError(m, 405, 'METHOD_NOT_ALLOWED');
    assert.equal(m.headers.get('allow'), 'GET, POST');
    assertError(await api('POST', QUEUES, undefined, { raw: JSON.stringify({ topic_filter: 'big', fallback_key: 'x'.repeat(70_000) }) }), 413, 'PAYLOAD_TOO_LARGE');
  });

  test('queue figures: depth and lag while nobody consumes; consumers and their in-flight once one attaches', async () => {
    const filter = 'rest/stats';
    assert.equal((await api('POST', QUEUES, { topic_filter: filter, is_lastvalue: false })).status, 200);
    const pub = await connect(broker);
    await publishMany(pub, filter, ['a', 'b', 'c', 'd', 'e'], { qos: 1 });
    await waitFor(async () => (obj(await api('GET', queuePath(filter)))['stats'] as Json)['depth'] === 5, { message: 'depth 5' });
    const idle = obj(await api('GET', queuePath(filter)));
    assert.deepEqual({ ...(idle['stats'] as Json), dropped: 0 }, { depth: 5, inflight: 0, lag: 5, consumers: 0, dispatched: 0, acked: 0, redelivered: 0, dead_lettered: 0, dropped: 0 });

    // A consumer that never acknowledges: what it got stays in flight.
    const consumer = await RawClient.open(broker);
    await consumer.connect({ clientId: 'rest-stats-consumer' });
    consumer.send({ cmd: 'subscribe', messageId: 1, subscriptions: [{ topic: `$q/${filter}`, qos: 1 }] });
    let last: Json = {};
    await waitFor(
      async () => {
        last = obj(await api('GET', queuePath(filter)));
        return (last['stats'] as Json)['inflight'] === 5;
      },
      { message: () => `inflight 5; last ${JSON.stringify(last)}` },
    );
    const stats = last['stats'] as Json;
    assert.equal(stats['consumers'], 1);
    assert.equal(stats['depth'], 5);
    assert.equal(stats['lag'], 0);
    assert.equal(stats['dispatched'], 5);
    const consumers = last['consumers'] as Json[];
    assert.equal(consumers.length, 1);
    assert.equal(consumers[0]!['clientid'], 'rest-stats-consumer');
    assert.equal(consumers[0]!['inflight'], 5);
    assert.equal(typeof consumers[0]!['consumer_id'], 'string');
    consumer.destroy();
    await pub.endAsync();
  });

  test('config: GET, partial PUT (204) merged, used as the defaults of new queues, and kept across a restart', async () => {
    const before = obj(await api('GET', CONFIG));
    assert.deepEqual(Object.keys(before).sort(), ['auto_create', 'defaults', 'share_dispatch_strategy']);
    assert.equal(before['auto_create'], false);
    const put = await api('PUT', CONFIG, { auto_create: true, defaults: { dispatch_strategy: 'round_robin', ack_timeout: '10s', max_deliveries: 7 } });
    assert.equal(put.status, 204, put.text);
    const expected = { ...before, auto_create: true, defaults: { ...(before['defaults'] as Json), dispatch_strategy: 'round_robin', ack_timeout: 10_000, max_deliveries: 7 } };
    assert.deepEqual(obj(await api('GET', CONFIG)), expected);

    const q = obj(await api('POST', QUEUES, { topic_filter: 'rest/defaults', is_lastvalue: false }));
    assert.equal(q['dispatch_strategy'], 'round_robin');
    assert.equal(q['ack_timeout'], 10_000);
    assert.equal(q['max_deliveries'], 7);

    assertError(await api('PUT', CONFIG, { auto_create: 'yes' }), 400, 'BAD_REQUEST', 'auto_create');
    assertError(await api('PUT', CONFIG, { defaults: { max_deliveries: -1 } }), 400, 'BAD_REQUEST', 'defaults.max_deliveries');
    assertError(await api('PUT', CONFIG, { gc_interval: '1h' }), 400, 'BAD_REQUEST', 'gc_interval');
    assert.deepEqual(obj(await api('GET', CONFIG)), expected, 'a refused PUT changes nothing');

    await broker.restart();
    assert.deepEqual(obj(await api('GET', CONFIG)), expected, 'the config survives a restart');
    const kept = await api('GET', queuePath('rest/jobs'));
    assert.equal(kept.status, 200, 'queues survive a restart');
    assert.equal(obj(kept)['name'], 'rest-jobs');
    assert.equal(obj(kept)['ack_timeout'], 5000);
    // Back to the defaults for the tests after this one.
    assert.equal((await api('PUT', CONFIG, before)).status, 204);
  });
});

describe('REST API key setup', { skip: wharfOnly('the REST API is wharf’s') }, () => {
  test('without --api-keys-file every request is 401 with a message naming the option', async () => {
    const broker = await startBroker();
    try {
      const a = await rest(broker.httpPort, 'GET', QUEUES, undefined, { auth: ADMIN_KEY });
      assertError(a, 401, 'BAD_API_KEY_OR_SECRET', '--api-keys-file is not set');
    } finally {
      await shutdown(broker);
    }
  });

  test('a bad key file fails the start, naming --api-keys-file and the line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wharf-bad-keys-'));
    try {
      const file = join(dir, 'keys');
      writeFileSync(file, '# keys\nok:secret\nbroken-line\n');
      const r = await runWharf(['start', '--host', '127.0.0.1', '--mqtt-port', '0', '--http-port', '0', '--data-dir', join(dir, 'data'), '--api-keys-file', file]);
      assert.notEqual(r.code, 0);
      assert.match(r.stderr, /configuration error: --api-keys-file .* line 3: expected key:secret/);
      const missing = await runWharf(['start', '--host', '127.0.0.1', '--mqtt-port', '0', '--http-port', '0', '--data-dir', join(dir, 'data'), '--api-keys-file', join(dir, 'none')]);
      assert.notEqual(missing.code, 0);
      assert.match(missing.stderr, /--api-keys-file .*cannot read/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
