/**
 * Store benchmark: append throughput and latency through the real Store (commit log +
 * RocksDB index + filter trie), then pull throughput.
 *
 *   npx tsx benchmarks/src/store-bench.ts [--seconds 5] [--concurrency 64] [--payload 64]
 *
 * Appenders each keep one single-message append in flight (like QoS 1 publishers behind a
 * proxy); 1000 filters are registered (exact, per-device `+`, and a few broad wildcards), so
 * each message lands in ~3 queues. Runs fsync=batch at --concurrency and 4× it, then
 * fsync=never, each in a fresh temp dir that is removed afterwards, then pulls.
 *
 * "cpu" is process CPU (all threads: JS, RocksDB, fs) per append: steadier than throughput on
 * a shared machine.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { defaultConfig, type FsyncPolicy, type Message, type QueueAdvanced } from '@wharf/core';
import { crc32c, crc32cBytewise, Store } from '@wharf/store';

interface Args {
  seconds: number;
  concurrency: number;
  payload: number;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { seconds: 5, concurrency: 64, payload: 64 };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i]!.replace(/^--/, '') as keyof Args;
    const value = Number(argv[i + 1]);
    if (!(key in args) || !Number.isFinite(value) || value <= 0) throw new Error(`bad argument ${argv[i]} ${argv[i + 1]}`);
    args[key] = value;
  }
  if (args.seconds > 60) throw new Error('--seconds is capped at 60');
  return args;
}

const DEVICES = 900;

/** 900 exact device topics, 90 per-device `+` filters, 10 broad wildcards: 1000 filters. */
function filters(): string[] {
  const out: string[] = [];
  for (let i = 0; i < DEVICES; i++) out.push(`bench/d${i}/data`);
  for (let i = 0; i < 90; i++) out.push(`bench/d${i * 10}/+`);
  out.push('bench/#', 'bench/+/data', '+/d1/#', '+/d2/#', 'bench/d3/#', 'other/#', '+/+/status', 'bench/+/status', '$SYS/#', 'x/+/y');
  return out;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

interface AppendRun {
  fsync: FsyncPolicy;
  concurrency: number;
  cpuUs: number;
  appends: number;
  seconds: number;
  writeBatches: number;
  fsyncs: number;
  entries: number;
  events: number;
  p50us: number;
  p99us: number;
  fsyncMeanUs: number;
  indexMeanUs: number;
}

/** Mean of a prom-client histogram, µs. */
async function histogramMeanUs(h: { get(): Promise<{ values: { metricName?: string; value: number }[] }> }): Promise<number> {
  const { values } = await h.get();
  const sum = values.find((v) => v.metricName?.endsWith('_sum'))?.value ?? 0;
  const count = values.find((v) => v.metricName?.endsWith('_count'))?.value ?? 0;
  return count === 0 ? NaN : (sum / count) * 1e6;
}

async function appendRun(fsync: FsyncPolicy, args: Args, dir: string): Promise<{ store: Store; run: AppendRun; hashQueue: number }> {
  let events = 0;
  const store = await Store.open({
    dataDir: dir,
    config: defaultConfig({ fsync }),
    sink: {
      advanced(e: readonly QueueAdvanced[]) {
        events += e.length;
      },
    },
  });
  let hashQueue = -1;
  for (const f of filters()) {
    const r = await store.registerFilter(f);
    if (f === 'bench/#') hashQueue = r.queueId;
  }
  const payload = Buffer.alloc(args.payload, 0x61);
  const topics = Array.from({ length: DEVICES }, (_, i) => `bench/d${i}/data`);
  const maxSamples = 2_000_000;
  const latencies = new Float64Array(maxSamples);
  let samples = 0;
  let appends = 0;
  const before = store.commitStats;
  const entriesBefore = (await store.metrics.indexEntries.get()).values[0]?.value ?? 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const deadline = t0 + args.seconds * 1000;
  const appender = async (id: number): Promise<void> => {
    let k = id;
    while (performance.now() < deadline) {
      const m: Message = { topic: topics[k % DEVICES]!, payload, qos: 1, retain: false, from: `c${id}` };
      k += args.concurrency;
      const start = performance.now();
      await store.append([m]);
      if (samples < maxSamples) latencies[samples++] = performance.now() - start;
      appends++;
    }
  };
  await Promise.all(Array.from({ length: args.concurrency }, (_, i) => appender(i)));
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const after = store.commitStats;
  const entriesAfter = (await store.metrics.indexEntries.get()).values[0]?.value ?? 0;
  const sorted = latencies.subarray(0, samples).sort();
  return {
    store,
    hashQueue,
    run: {
      fsync,
      concurrency: args.concurrency,
      cpuUs: (cpu.user + cpu.system) / Math.max(1, appends),
      appends,
      seconds,
      writeBatches: after.writeBatches - before.writeBatches,
      fsyncs: after.fsyncs - before.fsyncs,
      entries: entriesAfter - entriesBefore,
      events,
      p50us: percentile(sorted, 0.5) * 1000,
      p99us: percentile(sorted, 0.99) * 1000,
      fsyncMeanUs: await histogramMeanUs(store.metrics.fsyncLatency),
      indexMeanUs: await histogramMeanUs(store.metrics.indexLatency),
    },
  };
}

function report(run: AppendRun, recordBytes: number): void {
  const rate = run.appends / run.seconds;
  console.log(
    [
      `fsync=${run.fsync} in-flight=${run.concurrency}`,
      `${Math.round(rate).toLocaleString('en-US')} appends/s`,
      `${((rate * recordBytes) / 1e6).toFixed(1)} MB/s of records`,
      `${Math.round(run.writeBatches / run.seconds).toLocaleString('en-US')} write batches/s`,
      `${Math.round(run.fsyncs / run.seconds).toLocaleString('en-US')} fsyncs/s`,
      `${(run.appends / Math.max(1, run.writeBatches)).toFixed(1)} appends/batch`,
      run.fsyncs > 0 ? `${(run.appends / run.fsyncs).toFixed(1)} appends/fsync` : 'no fsyncs',
      `${(run.entries / Math.max(1, run.appends)).toFixed(2)} index entries/append`,
      `p50 ${run.p50us.toFixed(0)} µs`,
      `p99 ${run.p99us.toFixed(0)} µs`,
      `cpu ${run.cpuUs.toFixed(1)} µs/append`,
      `fsync mean ${run.fsyncMeanUs.toFixed(0)} µs`,
      `index batch mean ${run.indexMeanUs.toFixed(0)} µs`,
    ].join(' | '),
  );
}

async function pullRun(store: Store, queueId: number, batch: number, seconds: number): Promise<void> {
  const end = await store.endOffset(queueId);
  let offset = 0;
  let messages = 0;
  let bytes = 0;
  const t0 = performance.now();
  const deadline = t0 + seconds * 1000;
  while (offset < end && performance.now() < deadline) {
    const r = await store.pull({ queueId, fromOffset: offset, maxMessages: batch, maxBytes: 1 << 20 });
    messages += r.messages.length;
    for (const m of r.messages) bytes += m.payload.length;
    offset = r.firstOffset + r.messages.length;
  }
  const s = (performance.now() - t0) / 1000;
  console.log(
    `pull maxMessages=${batch}: ${Math.round(messages / s).toLocaleString('en-US')} msgs/s, ${((bytes / s) / 1e6).toFixed(1)} MB/s payload (${messages.toLocaleString('en-US')} messages in ${s.toFixed(2)} s)`,
  );
}

function crcBench(): void {
  const buf = Buffer.alloc(4096, 7);
  for (const [name, f] of [
    ['slice-by-8', crc32c],
    ['bytewise', crc32cBytewise],
  ] as const) {
    let x = 0;
    const iters = 20_000;
    const t0 = performance.now();
    for (let i = 0; i < iters; i++) x ^= f(buf);
    const ms = performance.now() - t0;
    console.log(`crc32c ${name}: ${((iters * buf.length) / ms / 1e3).toFixed(0)} MB/s (${x & 1})`);
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  console.log(`store bench: ${args.concurrency} appenders, ${args.payload} B payloads, ${args.seconds} s per run, ${filters().length} filters, node ${process.version}`);
  crcBench();
  const recordBytes = 8 + 1 + 1 + 16 + 2 + 'bench/d000/data'.length + 2 + 3 + 1 + args.payload;
  const runs: { fsync: FsyncPolicy; concurrency: number; pull: boolean }[] = [
    { fsync: 'batch', concurrency: args.concurrency, pull: true },
    { fsync: 'batch', concurrency: args.concurrency * 4, pull: false },
    { fsync: 'never', concurrency: args.concurrency, pull: false },
  ];
  for (const { fsync, concurrency, pull } of runs) {
    const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'wharf-store-bench-'));
    try {
      const { store, run, hashQueue } = await appendRun(fsync, { ...args, concurrency }, dir);
      report(run, recordBytes);
      if (pull) {
        await pullRun(store, hashQueue, 32, Math.min(3, args.seconds));
        await pullRun(store, hashQueue, 1000, Math.min(3, args.seconds));
      }
      await store.close();
    } finally {
      await fs.promises.rm(dir, { recursive: true, force: true });
    }
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
