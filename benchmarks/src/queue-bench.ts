/**
 * Message-queue benchmark (issue 5): a fresh `wharf start` (temp data dir, OS-chosen ports,
 * fsync=batch as shipped), a queue created over the REST API, and raw MQTT clients from this
 * process (benchmarks/src/client.ts: acks batched per read).
 *
 *   pnpm bench:queues [--quick] [--seconds 10] [--backlog 100000] [--consumers 4] [--publishers 2]
 *                     [--window 64] [--payload 64] [--wharf-args "--queue-consumer-inflight 64"]
 *
 * (a) throughput: `--consumers` consumers on `$q/bench/tp` at QoS 1 (each PUBACK is the ack)
 *     while `--publishers` publishers keep `--window` QoS 1 publishes unacknowledged each; the
 *     messages published but not yet consumed are capped (closed loop), so the figure is the
 *     queue's dispatch rate, not a backlog growing. Reports msgs/s dispatched (received by
 *     consumers) and acked (the store's counter), and publish → consumer latency p50/p99.
 * (b) backlog drain: `--backlog` messages published to `bench/drain` with nobody consuming;
 *     once the store holds them all, the consumers attach; reports the time until every one
 *     was received and the store counted it acked.
 * Both check that each message arrived exactly once (a duplicate is possible only after a
 * redelivery, and none is expected here). DESIGN §5: performance is measured here, not asserted.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { QueueStatsJson } from '@wharf/core';
import { REPO_ROOT, sampleProcess } from './brokers.ts';
import { BenchClient } from './client.ts';
import { LatencyHistogram } from './histogram.ts';
import { SEQ_OFFSET, STAMP_OFFSET, STREAM_OFFSET } from './payload.ts';
import { PublishEncoder } from './publish-encoder.ts';

const USAGE = `usage: pnpm bench:queues [options]

  --quick             short run: 3 s of throughput, a 20,000-message backlog
  --seconds <s>       measured throughput window (default 10, quick 3)
  --backlog <n>       messages in the drain scenario (default 100000, quick 20000)
  --consumers <n>     queue consumers (default 4)
  --publishers <n>    publishers (default 2)
  --window <n>        QoS 1 publishes unacknowledged per publisher (default 64)
  --payload <bytes>   payload size, at least 16 (default 64)
  --wharf-args <s>    extra flags for wharf start, e.g. "--queue-consumer-inflight 64"
`;

const API_KEY = 'bench:queue-bench-secret';
const READY_TIMEOUT_MS = 30_000;
/** Messages published but not yet consumed, at most, in the throughput scenario. */
const BACKLOG_CAP_PER_CONSUMER = 1000;
/** QoS 1 publishes per write. */
const PUBLISH_BATCH = 32;
/** A drain that delivers nothing for this long has stalled: reported as lost, not waited for. */
const STALL_MS = 10_000;

interface Args {
  seconds: number;
  backlog: number;
  consumers: number;
  publishers: number;
  window: number;
  payload: number;
  wharfArgs: string[];
  quick: boolean;
}

function readArgs(argv: string[]): Args {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      seconds: { type: 'string' },
      backlog: { type: 'string' },
      consumers: { type: 'string', default: '4' },
      publishers: { type: 'string', default: '2' },
      window: { type: 'string', default: '64' },
      payload: { type: 'string', default: '64' },
      'wharf-args': { type: 'string', default: '' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  const int = (name: string, raw: string, min: number, max: number): number => {
    const n = Number(raw);
    if (!Number.isSafeInteger(n) || n < min || n > max) throw new Error(`--${name} must be an integer in ${min}..${max}, got "${raw}"`);
    return n;
  };
  const quick = values.quick === true;
  return {
    quick,
    seconds: int('seconds', values.seconds ?? (quick ? '3' : '10'), 1, 300),
    backlog: int('backlog', values.backlog ?? (quick ? '20000' : '100000'), 1, 10_000_000),
    consumers: int('consumers', values.consumers!, 1, 1000),
    publishers: int('publishers', values.publishers!, 1, 100),
    window: int('window', values.window!, 1, 65_535),
    payload: int('payload', values.payload!, 16, 1 << 20),
    wharfArgs: values['wharf-args']!.split(/\s+/).filter((s) => s.length > 0),
  };
}

// ------------------------------------------------------------------ the broker

interface Wharf {
  mqttPort: number;
  httpPort: number;
  pid: number;
  stop(): Promise<void>;
}

async function startWharf(extra: string[]): Promise<Wharf> {
  const dir = mkdtempSync(join(os.tmpdir(), 'wharf-queue-bench-'));
  const keys = join(dir, 'api-keys');
  writeFileSync(keys, `${API_KEY}\n`);
  const args = [
    '--import', 'tsx', join(REPO_ROOT, 'packages', 'cli', 'src', 'main.ts'), 'start',
    '--host', '127.0.0.1', '--mqtt-port', '0', '--http-port', '0', '--data-dir', join(dir, 'data'),
    '--log-level', 'warn', '--api-keys-file', keys, ...extra,
  ];
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'production' } });
  const cleanup = (): void => rmSync(dir, { recursive: true, force: true });
  const stderr: string[] = [];
  child.stderr!.setEncoding('utf8').on('data', (t: string) => {
    stderr.push(t);
    if (stderr.length > 50) stderr.shift();
  });
  const stop = (): Promise<void> => stopChild(child).then(cleanup);
  process.once('exit', () => {
    child.kill('SIGKILL');
    cleanup();
  });
  try {
    const ports = await new Promise<{ mqttPort: number; httpPort: number }>((resolve, reject) => {
      let pending = '';
      const timer = setTimeout(() => reject(new Error(`wharf: no ready line within ${READY_TIMEOUT_MS} ms\n${stderr.join('')}`)), READY_TIMEOUT_MS);
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`wharf exited (${code ?? signal}) before ready\n${stderr.join('')}`));
      });
      child.stdout!.setEncoding('utf8').on('data', (t: string) => {
        pending += t;
        let nl: number;
        while ((nl = pending.indexOf('\n')) >= 0) {
          const line = pending.slice(0, nl);
          pending = pending.slice(nl + 1);
          if (!line.startsWith('{')) continue;
          try {
            const rec = JSON.parse(line) as { msg?: string; mqttPort?: number; httpPort?: number };
            if (rec.msg === 'ready' && typeof rec.mqttPort === 'number' && typeof rec.httpPort === 'number') {
              clearTimeout(timer);
              resolve({ mqttPort: rec.mqttPort, httpPort: rec.httpPort });
            }
          } catch {
            // not a log line of ours
          }
        }
        if (pending.length > 1 << 16) pending = '';
      });
    });
    return { ...ports, pid: child.pid!, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

class Api {
  constructor(private readonly httpPort: number) {}

  async call(method: string, path: string, body?: unknown): Promise<unknown> {
    const res = await fetch(`http://127.0.0.1:${this.httpPort}/api/v5/message_queues${path}`, {
      method,
      headers: { authorization: `Basic ${Buffer.from(API_KEY).toString('base64')}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return text.length > 0 ? (JSON.parse(text) as unknown) : null;
  }

  createQueue(topicFilter: string): Promise<unknown> {
    return this.call('POST', '/queues', { topic_filter: topicFilter, is_lastvalue: false, dispatch_strategy: 'random' });
  }

  async stats(topicFilter: string): Promise<QueueStatsJson> {
    const q = (await this.call('GET', `/queues/${encodeURIComponent(topicFilter)}`)) as { stats: QueueStatsJson };
    return q.stats;
  }
}

// ------------------------------------------------------------------ clients

/** What consumers saw: per publisher stream, which sequence numbers arrived. */
class Tally {
  received = 0;
  duplicates = 0;
  readonly latency = new LatencyHistogram();
  measuring = false;
  private readonly seen: Uint8Array[];

  constructor(streams: number, perStream: number) {
    this.seen = Array.from({ length: streams }, () => new Uint8Array(perStream));
  }

  grow(stream: number, seq: number): void {
    const cur = this.seen[stream]!;
    if (seq < cur.length) return;
    const next = new Uint8Array(Math.max(seq + 1, cur.length * 2));
    next.set(cur);
    this.seen[stream] = next;
  }

  record(frame: Buffer, start: number, now: number): void {
    const stream = frame.readUInt32LE(start + STREAM_OFFSET);
    const seq = frame.readUInt32LE(start + SEQ_OFFSET);
    this.grow(stream, seq);
    const seen = this.seen[stream]!;
    if (seen[seq] !== 0) this.duplicates++;
    else {
      seen[seq] = 1;
      this.received++;
    }
    if (this.measuring) this.latency.recordMs(now - frame.readDoubleLE(start + STAMP_OFFSET));
  }
}

async function consumers(port: number, count: number, filter: string, tally: Tally, tag: string): Promise<BenchClient[]> {
  const out: BenchClient[] = [];
  for (let i = 0; i < count; i++) {
    const c = await BenchClient.connect({ host: '127.0.0.1', port, clientId: `${tag}-consumer-${i}` });
    c.onPublish = (frame, start, _end, now) => tally.record(frame, start, now);
    await c.subscribe(`$q/${filter}`, 1);
    out.push(c);
  }
  return out;
}

/** A QoS 1 publisher with a window of unacknowledged publishes. */
class Publisher {
  published = 0;
  acked = 0;
  private seq = 0;
  private nextId = 1;
  private readonly ids = new Uint16Array(PUBLISH_BATCH);
  private readonly encoder: PublishEncoder;

  private constructor(
    readonly client: BenchClient,
    topic: string,
    payload: number,
    stream: number,
    private readonly window: number,
  ) {
    this.encoder = new PublishEncoder(topic, 1, payload, stream);
  }

  static async open(port: number, topic: string, payload: number, stream: number, window: number, tag: string): Promise<Publisher> {
    const c = await BenchClient.connect({ host: '127.0.0.1', port, clientId: `${tag}-publisher-${stream}` });
    return new Publisher(c, topic, payload, stream, window);
  }

  get outstanding(): number {
    return this.published - this.acked;
  }

  /** Publishes up to `limit` more (and at most the window allows); returns how many. */
  send(limit: number): number {
    const n = Math.min(limit, this.window - this.outstanding, PUBLISH_BATCH);
    if (n <= 0 || this.client.needsDrain) return 0;
    for (let i = 0; i < n; i++) {
      this.ids[i] = this.nextId;
      this.nextId = this.nextId === 0xffff ? 1 : this.nextId + 1;
    }
    this.client.write(this.encoder.encode(n, this.seq, performance.now(), this.ids.subarray(0, n)));
    this.seq += n;
    this.published += n;
    return n;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function until(cond: () => boolean | Promise<boolean>, timeoutMs: number, intervalMs = 20): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await cond()) return true;
    if (Date.now() >= deadline) return false;
    await sleep(intervalMs);
  }
}

function cpuPercent(pid: number, fromMs: number, fromCpu: number): number {
  const s = sampleProcess(pid);
  if (s === null) return NaN;
  return ((s.cpuMs - fromCpu) / (performance.now() - fromMs)) * 100;
}

// ------------------------------------------------------------------ scenarios

interface ThroughputResult {
  seconds: number;
  dispatchedPerSec: number;
  ackedPerSec: number;
  publishedPerSec: number;
  p50us: number;
  p99us: number;
  lost: number;
  duplicates: number;
  redelivered: number;
  cpu: number;
}

async function throughput(w: Wharf, api: Api, args: Args): Promise<ThroughputResult> {
  const filter = 'bench/tp';
  await api.createQueue(filter);
  const tally = new Tally(args.publishers, 1 << 16);
  const subs = await consumers(w.mqttPort, args.consumers, filter, tally, 'tp');
  const pubs: Publisher[] = [];
  for (let s = 0; s < args.publishers; s++) pubs.push(await Publisher.open(w.mqttPort, filter, args.payload, s, args.window, 'tp'));
  const cap = BACKLOG_CAP_PER_CONSUMER * args.consumers;
  let running = true;
  const published = (): number => pubs.reduce((n, p) => n + p.published, 0);
  const pump = (): void => {
    if (!running) return;
    for (const p of pubs) p.send(cap - (published() - tally.received));
  };
  for (const p of pubs) {
    p.client.onPuback = () => {
      p.acked++;
      pump();
    };
    p.client.onDrain = pump;
  }
  for (const c of subs) {
    const inner = c.onPublish;
    c.onPublish = (frame, start, end, now) => {
      inner(frame, start, end, now);
      pump();
    };
  }
  // Consumers' acks do not free publisher slots; a timer keeps the loop going when they are what waits.
  const kick = setInterval(pump, 1);
  pump();
  await sleep(1000); // warm up
  const before = await api.stats(filter);
  const r0 = tally.received;
  const p0 = published();
  const t0 = performance.now();
  const cpu0 = sampleProcess(w.pid)?.cpuMs ?? NaN;
  tally.measuring = true;
  await sleep(args.seconds * 1000);
  tally.measuring = false;
  const seconds = (performance.now() - t0) / 1000;
  const r1 = tally.received;
  const p1 = published();
  const cpu = cpuPercent(w.pid, t0, cpu0);
  const after = await api.stats(filter);
  running = false;
  clearInterval(kick);
  // Everything published must arrive once.
  await until(() => pubs.every((p) => p.outstanding === 0) && tally.received >= published(), 30_000);
  const final = await api.stats(filter);
  await Promise.all([...subs, ...pubs.map((p) => p.client)].map((c) => c.close()));
  return {
    seconds,
    dispatchedPerSec: (r1 - r0) / seconds,
    ackedPerSec: (after.acked - before.acked) / seconds,
    publishedPerSec: (p1 - p0) / seconds,
    p50us: tally.latency.percentile(50),
    p99us: tally.latency.percentile(99),
    lost: published() - tally.received,
    duplicates: tally.duplicates,
    redelivered: final.redelivered,
    cpu,
  };
}

interface DrainResult {
  messages: number;
  fillSeconds: number;
  fillPerSec: number;
  firstMessageMs: number;
  drainSeconds: number;
  drainPerSec: number;
  ackedSeconds: number;
  lost: number;
  duplicates: number;
  cpu: number;
}

async function drain(w: Wharf, api: Api, args: Args): Promise<DrainResult> {
  const filter = 'bench/drain';
  await api.createQueue(filter);
  const total = args.backlog;
  const perPublisher = Math.ceil(total / args.publishers);
  const pubs: Publisher[] = [];
  for (let s = 0; s < args.publishers; s++) pubs.push(await Publisher.open(w.mqttPort, filter, args.payload, s, args.window, 'drain'));
  const quota = pubs.map((_, s) => Math.min(perPublisher, total - s * perPublisher));
  const t0 = performance.now();
  await new Promise<void>((resolve) => {
    const pump = (): void => {
      let done = true;
      pubs.forEach((p, s) => {
        p.send(quota[s]! - p.published);
        if (p.acked < quota[s]!) done = false;
      });
      if (done) resolve();
    };
    for (const p of pubs) {
      p.client.onPuback = () => {
        p.acked++;
        pump();
      };
      p.client.onDrain = pump;
    }
    pump();
  });
  const fillSeconds = (performance.now() - t0) / 1000;
  await Promise.all(pubs.map((p) => p.client.close()));
  if (!(await until(async () => (await api.stats(filter)).depth >= total, 60_000, 100))) {
    throw new Error(`the store holds ${(await api.stats(filter)).depth} of ${total} messages a minute after they were acknowledged`);
  }

  const tally = new Tally(args.publishers, perPublisher);
  let first = 0;
  let last = 0;
  const start = performance.now();
  const cpu0 = sampleProcess(w.pid)?.cpuMs ?? NaN;
  const subs: BenchClient[] = [];
  // Attached together: the backlog is theirs to share from the first message on.
  await Promise.all(
    Array.from({ length: args.consumers }, async (_, i) => {
      const c = await BenchClient.connect({ host: '127.0.0.1', port: w.mqttPort, clientId: `drain-consumer-${i}` });
      c.onPublish = (frame, s, _e, now) => {
        if (first === 0) first = now;
        tally.record(frame, s, now);
        if (tally.received === total) last = now;
      };
      subs.push(c);
      await c.subscribe(`$q/${filter}`, 1);
    }),
  );
  // Waits while messages keep coming; a drain that makes no progress for STALL_MS has stalled.
  let seen = -1;
  let progressAt = performance.now();
  await until(() => {
    if (tally.received !== seen) {
      seen = tally.received;
      progressAt = performance.now();
    }
    return tally.received >= total || performance.now() - progressAt > STALL_MS;
  }, Number.MAX_SAFE_INTEGER, 5);
  const stalled = tally.received < total;
  const cpu = cpuPercent(w.pid, start, cpu0);
  if (!stalled) await until(async () => (await api.stats(filter)).depth === 0, STALL_MS, 20);
  const ackedSeconds = stalled ? NaN : (performance.now() - start) / 1000;
  await Promise.all(subs.map((c) => c.close()));
  const drainSeconds = stalled ? NaN : (last - start) / 1000;
  return {
    messages: total,
    fillSeconds,
    fillPerSec: total / fillSeconds,
    firstMessageMs: first === 0 ? NaN : first - start,
    drainSeconds,
    drainPerSec: stalled ? NaN : tally.received / drainSeconds,
    ackedSeconds,
    lost: total - tally.received,
    duplicates: tally.duplicates,
    cpu,
  };
}

// ------------------------------------------------------------------ report

const n0 = (n: number): string => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '-');
const n2 = (n: number): string => (Number.isFinite(n) ? n.toFixed(2) : '-');

function table(rows: [string, string, string][]): string {
  const head: [string, string, string] = ['scenario', 'metric', 'value'];
  const all = [head, ...rows];
  const w = [0, 1, 2].map((i) => Math.max(...all.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r[0]!.padEnd(w[0]!)} | ${r[1]!.padEnd(w[1]!)} | ${r[2]!.padStart(w[2]!)} |`;
  return [line(head), `|${'-'.repeat(w[0]! + 2)}|${'-'.repeat(w[1]! + 2)}|${'-'.repeat(w[2]! + 1)}:|`, ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const args = readArgs(process.argv.slice(2));
  const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
  process.stdout.write(
    `queue benchmark: ${args.consumers} consumers, ${args.publishers} publishers (window ${args.window}), ${args.payload} B payloads, ` +
      `${args.seconds} s throughput, ${n0(args.backlog)}-message backlog; ${os.cpus().length} CPUs, load ${load}\n`,
  );
  const w = await startWharf(args.wharfArgs);
  try {
    const api = new Api(w.httpPort);
    const tp = await throughput(w, api, args);
    const dr = await drain(w, api, args);
    const a = `(a) ${args.consumers} consumers, QoS 1`;
    const b = `(b) backlog ${n0(dr.messages)}`;
    process.stdout.write(
      '\n' +
        table([
          [a, 'dispatched msg/s (received by consumers)', n0(tp.dispatchedPerSec)],
          [a, 'acked msg/s (store counter)', n0(tp.ackedPerSec)],
          [a, 'published msg/s', n0(tp.publishedPerSec)],
          [a, 'publish → consumer p50 / p99 µs', `${n0(tp.p50us)} / ${n0(tp.p99us)}`],
          [a, 'lost / duplicated / redelivered', `${tp.lost} / ${tp.duplicates} / ${tp.redelivered}`],
          [a, 'broker CPU %', n0(tp.cpu)],
          [b, 'fill: publish time s (msg/s)', `${n2(dr.fillSeconds)} (${n0(dr.fillPerSec)})`],
          [b, 'first message after attach ms', n0(dr.firstMessageMs)],
          [b, 'drain time s (all received)', n2(dr.drainSeconds)],
          [b, 'drain msg/s', n0(dr.drainPerSec)],
          [b, 'all acked (depth 0) after s', n2(dr.ackedSeconds)],
          [b, 'lost / duplicated', `${dr.lost} / ${dr.duplicates}${dr.lost > 0 ? ` (stalled: nothing for ${STALL_MS / 1000} s)` : ''}`],
          [b, 'broker CPU % while draining', n0(dr.cpu)],
        ]) +
        '\n',
    );
    if (tp.lost !== 0 || dr.lost !== 0) process.exitCode = 1;
  } finally {
    await w.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`queue-bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
