/** Shared fixtures of the rpc tests: a real Store in a temp dir, polling helpers, metrics. */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { defaultConfig, type AdvanceSink, type Message } from '@wharf/core';
import { Store } from '@wharf/store';
import type { Registry } from 'prom-client';

export async function openStore(t: TestContext, sink?: AdvanceSink): Promise<Store> {
  const dir = await mkdtemp(join(tmpdir(), 'wharf-rpc-'));
  const store = await Store.open({ dataDir: dir, config: defaultConfig({ fsync: 'never' }), ...(sink !== undefined ? { sink } : {}) });
  t.after(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });
  return store;
}

export function msg(topic: string, payload: string | Buffer, extra: Partial<Message> = {}): Message {
  return { topic, payload: typeof payload === 'string' ? Buffer.from(payload) : payload, qos: 1, retain: false, ...extra };
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls `check` until it holds; fails with `what` after `timeoutMs`. */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

/** A port nothing listens on (bound then released). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

export async function metricValue(registry: Registry, name: string, labels: Record<string, string> = {}): Promise<number> {
  const metric = registry.getSingleMetric(name);
  if (metric === undefined) return 0;
  const data = await metric.get();
  let sum = 0;
  for (const v of data.values) {
    if (Object.entries(labels).every(([k, x]) => v.labels[k] === x)) sum += v.value;
  }
  return sum;
}
