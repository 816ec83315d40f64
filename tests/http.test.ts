/** The operations endpoint of `wharf start` (DESIGN §6): health, readiness, Prometheus metrics. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { clientId, connect, publishMany, shutdown, startBroker, wharfOnly, type Broker } from './harness/index.ts';

/** `name{labels}` → value, for every sample line of a Prometheus text exposition. */
function samples(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line.length === 0 || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*(?:\{[^}]*\})?)\s+(\S+)/.exec(line);
    if (m !== null) out.set(m[1]!, Number(m[2]));
  }
  return out;
}

describe('http', { skip: wharfOnly('the ops endpoint is wharf’s') }, () => {
  let broker: Broker;
  before(async () => {
    broker = await startBroker();
  });
  after(() => shutdown(broker));

  const get = (path: string) => fetch(`http://127.0.0.1:${broker.httpPort}${path}`);

  test('GET /healthz → 200', async () => {
    const res = await get('/healthz');
    assert.equal(res.status, 200);
    await res.text();
  });

  test('GET /readyz → 200 once ready', async () => {
    const res = await get('/readyz');
    assert.equal(res.status, 200);
    await res.text();
  });

  test('an unknown path → 404', async () => {
    const res = await get('/no-such-thing');
    assert.equal(res.status, 404);
    await res.text();
  });

  test('GET /metrics → Prometheus text with wharf_ metrics that count traffic', async () => {
    const res = await get('/metrics');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/plain/);
    const text = await res.text();
    assert.match(text, /^# HELP wharf_\w+ /m);
    assert.match(text, /^# TYPE wharf_\w+ (counter|gauge|histogram|summary)$/m);
    const counters = new Set([...text.matchAll(/^# TYPE (wharf_\w+) counter$/gm)].map((m) => m[1]!));
    assert.ok(counters.size > 0, 'no wharf_ counters');
    const before = samples(text);

    const topic = `http/${clientId('t')}`;
    const sub = await connect(broker);
    await sub.subscribeAsync(topic, { qos: 1 });
    const pub = await connect(broker);
    const n = 25;
    await publishMany(pub, topic, Array.from({ length: n }, (_, i) => `m${i}`), { qos: 1 });

    const after = samples(await (await get('/metrics')).text());
    // Some counter (messages in, appends, ...) must have moved by at least one per message.
    const moved = [...after]
      .filter(([k]) => counters.has(k.replace(/\{.*$/, '').replace(/_total$/, '')) || counters.has(k.replace(/\{.*$/, '')))
      .filter(([k, val]) => val - (before.get(k) ?? 0) >= n)
      .map(([k]) => k);
    assert.ok(moved.length > 0, `no wharf_ counter rose by ≥ ${n} after ${n} publishes`);
  });
});
