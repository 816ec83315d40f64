/**
 * gRPC append benchmark: GrpcStoreClient → StoreGrpcServer → Store, the proxy → store hot path
 * of distributed mode (DESIGN §5: batches on a long-lived stream, never a call per message).
 *
 *   npx tsx benchmarks/src/rpc-bench.ts [--seconds 5] [--concurrency 256,2048] [--payload 64] [--batch 4096]
 *
 * The store and its gRPC server run in a child process (their own event loop, like the store
 * role); this process runs the client. Appenders each keep one single-message append in
 * flight, so the client's batching is what is measured. Each fsync policy (never, batch) gets
 * a fresh temp dir, removed afterwards; 100 topics, each message lands in 2 queues.
 * "direct" rows run the same load on a Store in this process, without gRPC, for comparison.
 */
import { fork, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultConfig, type FsyncPolicy, type Message, type StorePort } from '@wharf/core';
import { GrpcStoreClient, StoreGrpcServer } from '@wharf/rpc';
import { Store } from '@wharf/store';
import { Registry } from 'prom-client';

const TOPICS = 100;
const SELF = fileURLToPath(import.meta.url);
const ROOT = path.resolve(path.dirname(SELF), '../..');

interface Args {
  seconds: number;
  concurrency: number[];
  payload: number;
  /** The client's maxBatchMessages. */
  batch: number;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { seconds: 5, concurrency: [256, 2048], payload: 64, batch: 4096 };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i]!.replace(/^--/, '');
    const raw = argv[i + 1] ?? '';
    const values = raw.split(',').map(Number);
    if (values.some((v) => !Number.isSafeInteger(v) || v <= 0)) throw new Error(`bad argument ${argv[i]} ${raw}`);
    if (key === 'seconds') args.seconds = Math.min(values[0]!, 60);
    else if (key === 'payload') args.payload = values[0]!;
    else if (key === 'batch') args.batch = values[0]!;
    else if (key === 'concurrency') args.concurrency = values;
    else throw new Error(`unknown argument ${argv[i]} (--seconds, --concurrency a,b, --payload, --batch)`);
  }
  return args;
}

async function openStore(fsync: FsyncPolicy): Promise<{ store: Store; dir: string }> {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'wharf-rpc-bench-'));
  const store = await Store.open({ dataDir: dir, config: defaultConfig({ fsync }) });
  for (let i = 0; i < TOPICS; i++) await store.registerFilter(`bench/t${i}`);
  await store.registerFilter('bench/#');
  return { store, dir };
}

// ------------------------------------------------------------------ child: the store role

interface ServeReply {
  port?: number;
  cpuUs?: number;
  writeBatches?: number;
}

async function serve(fsync: FsyncPolicy): Promise<void> {
  const { store, dir } = await openStore(fsync);
  const server = new StoreGrpcServer({ store });
  const port = await server.listen(0, '127.0.0.1');
  let cpu0 = process.cpuUsage();
  let batches0 = store.commitStats.writeBatches;
  process.on('message', (m: string) => {
    if (m === 'mark') {
      cpu0 = process.cpuUsage();
      batches0 = store.commitStats.writeBatches;
      process.send!({});
    } else if (m === 'stats') {
      const c = process.cpuUsage(cpu0);
      process.send!({ cpuUs: c.user + c.system, writeBatches: store.commitStats.writeBatches - batches0 } satisfies ServeReply);
    } else if (m === 'stop') {
      void (async () => {
        await server.close();
        await store.close();
        await fs.promises.rm(dir, { recursive: true, force: true });
        process.exit(0);
      })();
    }
  });
  process.send!({ port } satisfies ServeReply);
}

// ------------------------------------------------------------------ parent: the load

function ask(child: ChildProcess, m: string): Promise<ServeReply> {
  return new Promise((resolve) => {
    child.once('message', (r: ServeReply) => resolve(r));
    child.send(m);
  });
}

interface Run {
  appends: number;
  seconds: number;
  p50ms: number;
  p99ms: number;
  cpuUs: number;
}

async function load(port: StorePort, args: Args, concurrency: number): Promise<Run> {
  const payload = Buffer.alloc(args.payload, 0x61);
  const topics = Array.from({ length: TOPICS }, (_, i) => `bench/t${i}`);
  const latencies = new Float64Array(4_000_000);
  let samples = 0;
  let appends = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const deadline = t0 + args.seconds * 1000;
  const appender = async (id: number): Promise<void> => {
    let k = id;
    while (performance.now() < deadline) {
      const m: Message = { topic: topics[k++ % TOPICS]!, payload, qos: 1, retain: false, from: `c${id}` };
      const start = performance.now();
      await port.append([m]);
      if (samples < latencies.length) latencies[samples++] = performance.now() - start;
      appends++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, i) => appender(i)));
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const sorted = latencies.subarray(0, samples).sort();
  const pct = (p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
  return { appends, seconds, p50ms: pct(0.5), p99ms: pct(0.99), cpuUs: cpu.user + cpu.system };
}

async function counter(registry: Registry, name: string): Promise<number> {
  const m = registry.getSingleMetric(name);
  if (m === undefined) return 0;
  return (await m.get()).values.filter((v) => v.labels['side'] === 'client').reduce((a, v) => a + v.value, 0);
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

async function grpcRun(fsync: FsyncPolicy, args: Args): Promise<void> {
  const child = fork(SELF, ['--serve', fsync], { cwd: ROOT, execArgv: ['--import', 'tsx', ...(process.env.RPC_BENCH_PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : [])], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  try {
    const { port } = await new Promise<ServeReply>((resolve, reject) => {
      child.once('message', (r: ServeReply) => resolve(r));
      child.once('exit', (code) => reject(new Error(`store process exited with ${code}`)));
    });
    const registry = new Registry();
    const client = new GrpcStoreClient({ address: `127.0.0.1:${port}`, registry, maxBatchMessages: args.batch });
    await client.waitForReady(5000);
    for (const concurrency of args.concurrency) {
      await load(client, { ...args, seconds: 0.5 }, concurrency); // warm-up
      const batches0 = await counter(registry, 'wharf_grpc_append_batches_total');
      await ask(child, 'mark');
      const run = await load(client, args, concurrency);
      const server = await ask(child, 'stats');
      const batches = (await counter(registry, 'wharf_grpc_append_batches_total')) - batches0;
      console.log(
        [
          `grpc   fsync=${fsync} in-flight=${concurrency}`,
          `${fmt(run.appends / run.seconds)} msgs/s`,
          `${fmt(batches / run.seconds)} batches/s`,
          `${(run.appends / Math.max(1, batches)).toFixed(1)} msgs/batch`,
          `${fmt(server.writeBatches! / run.seconds)} store write batches/s`,
          `p50 ${run.p50ms.toFixed(2)} ms`,
          `p99 ${run.p99ms.toFixed(2)} ms`,
          `cpu client ${(run.cpuUs / run.appends).toFixed(1)} µs/msg, store ${(server.cpuUs! / run.appends).toFixed(1)} µs/msg`,
        ].join(' | '),
      );
    }
    await client.close();
  } finally {
    child.send('stop');
    await new Promise((r) => child.once('exit', r));
  }
}

async function directRun(fsync: FsyncPolicy, args: Args): Promise<void> {
  const { store, dir } = await openStore(fsync);
  try {
    for (const concurrency of args.concurrency) {
      await load(store, { ...args, seconds: 0.5 }, concurrency);
      const run = await load(store, args, concurrency);
      console.log(
        [
          `direct fsync=${fsync} in-flight=${concurrency}`,
          `${fmt(run.appends / run.seconds)} msgs/s`,
          `p50 ${run.p50ms.toFixed(2)} ms`,
          `p99 ${run.p99ms.toFixed(2)} ms`,
          `cpu ${(run.cpuUs / run.appends).toFixed(1)} µs/msg`,
        ].join(' | '),
      );
    }
  } finally {
    await store.close();
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === '--serve') {
    await serve(argv[1] as FsyncPolicy);
    return;
  }
  const args = parseArgs(argv);
  console.log(`rpc append benchmark: ${args.payload} B payloads, ${args.seconds} s per run, ${os.cpus().length} cores, node ${process.version}`);
  for (const fsync of ['never', 'batch'] as const) {
    await grpcRun(fsync, args);
    await directRun(fsync, args);
  }
}

await main();
