/**
 * A distributed wharf as real processes: redis-server, one notify, one store and N proxies
 * (`wharf notify|store|proxy`), wired over TCP on 127.0.0.1.
 *
 * Every role's main port (gRPC for notify and store, MQTT for a proxy) is probed free once and
 * then passed explicitly, so a restarted node comes back on the same address and its peers
 * reconnect to it; the HTTP ops port is chosen by the OS on each start. A proxy is a `Broker`,
 * so the e2e client helpers (`connect`, `RawClient.open`, ...) take it as is.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, REPO_ROOT, type Broker } from './broker.ts';
import { removeDir, trackChild, trackDir } from './reaper.ts';
import { startRedis, type RedisProcess } from './redis.ts';

export type Role = 'notify' | 'store' | 'proxy';

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** One parsed JSON log line of a role. */
export type LogRecord = Record<string, unknown> & { msg?: string; level?: string };

const READY_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 15_000;
const HOST = '127.0.0.1';

/** Flags and environment a role process gets; WHARF_* variables of the test run do not leak in. */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('WHARF_')) env[k] = v;
  return env;
}

function splitLines(sink: string[], also?: (line: string) => void): (chunk: Buffer) => void {
  let rest = '';
  return (chunk) => {
    rest += chunk.toString('utf8');
    const lines = rest.split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      if (line.length === 0) continue;
      sink.push(line);
      also?.(line);
    }
  };
}

function parseRecord(line: string): LogRecord | undefined {
  if (!line.startsWith('{')) return undefined;
  try {
    const rec: unknown = JSON.parse(line);
    return typeof rec === 'object' && rec !== null ? (rec as LogRecord) : undefined;
  } catch {
    return undefined;
  }
}

export interface NodeSpec {
  role: Role;
  /** Shown in errors and log dumps: `notify`, `store`, `proxy-a`, ... */
  name: string;
  /** Role flags besides --host, the main port and --http-port (may read peers' addresses). */
  flags: () => string[];
  dataDir?: string;
}

/** One role process, restartable on the same main port (and data dir). */
export class RoleNode implements Broker {
  readonly target = 'wharf' as const;
  readonly role: Role;
  readonly name: string;
  readonly dataDir: string;
  private readonly flags: () => string[];
  private readonly stdoutLines: string[] = [];
  private readonly stderrLines: string[] = [];
  private child: ChildProcess | null = null;
  private exitStatus: Promise<ExitStatus> | null = null;
  private last: ExitStatus | undefined;
  private mainPort = 0;
  private http = 0;
  private readyLine: LogRecord | undefined;

  constructor(spec: NodeSpec) {
    this.role = spec.role;
    this.name = spec.name;
    this.flags = spec.flags;
    this.dataDir = spec.dataDir ?? '';
  }

  /** MQTT port of a proxy, gRPC port of notify and store. */
  get port(): number {
    return this.mainPort;
  }
  get httpPort(): number {
    return this.http;
  }
  /** `host:port` of the main listener, as peers' flags name it. */
  get address(): string {
    return `${HOST}:${this.mainPort}`;
  }
  /** `mqtt://…` for a proxy; the gRPC `host:port` otherwise. */
  get url(): string {
    return this.role === 'proxy' ? `mqtt://${HOST}:${this.mainPort}` : this.address;
  }
  get httpUrl(): string {
    return `http://${HOST}:${this.http}`;
  }
  /** The ready line of the current (or last) process. */
  get ready(): LogRecord | undefined {
    return this.readyLine;
  }
  /** Every stdout line (JSON logs), across restarts. */
  logs(): string[] {
    return this.stdoutLines;
  }
  stderr(): string[] {
    return this.stderrLines;
  }
  /** Parsed log records from index `from` of logs(). */
  records(from = 0): LogRecord[] {
    const out: LogRecord[] = [];
    for (let i = from; i < this.stdoutLines.length; i++) {
      const r = parseRecord(this.stdoutLines[i]!);
      if (r !== undefined) out.push(r);
    }
    return out;
  }
  alive(): boolean {
    const c = this.child;
    return c !== null && c.exitCode === null && c.signalCode === null;
  }
  pid(): number | undefined {
    return this.child?.pid;
  }
  /** How the last process ended (undefined while none has). */
  lastExit(): ExitStatus | undefined {
    return this.last;
  }
  /** Resolves when the current process exits (at once if none runs). */
  exited(): Promise<ExitStatus | undefined> {
    return this.exitStatus ?? Promise.resolve(this.last);
  }

  /**
   * Starts on the node's port (the first start probes one; `movable` lets it probe again if the
   * port was taken meanwhile: only before any peer was told the address).
   */
  async start(movable = false): Promise<void> {
    if (this.child !== null) throw new Error(`${this.name} is already running`);
    if (this.mainPort === 0) this.mainPort = await freePort();
    for (let attempt = 0; ; attempt++) {
      const from = this.stdoutLines.length;
      try {
        await this.launch();
        return;
      } catch (err) {
        const taken = [...this.stdoutLines.slice(from), ...this.stderrLines].some((l) => l.includes('EADDRINUSE'));
        if (!movable || !taken || attempt >= 2) throw err;
        this.mainPort = await freePort();
      }
    }
  }

  /** SIGTERM (graceful drain), wait for the exit (SIGKILL after a timeout). */
  async stop(): Promise<void> {
    await this.signal('SIGTERM');
  }

  /** As stop(), resolving with how the process ended (undefined if none was running). */
  async sigterm(): Promise<ExitStatus | undefined> {
    return this.signal('SIGTERM');
  }

  /** SIGKILL, as a crash; the data dir and port stay for `start`. */
  async kill9(): Promise<void> {
    await this.signal('SIGKILL');
  }

  /** Graceful stop if running, then start again on the same port and data dir. */
  async restart(): Promise<void> {
    await this.signal('SIGTERM');
    await this.start();
  }

  /** Sends a signal without waiting (e.g. SIGTERM, then watch the drain). */
  send(signal: NodeJS.Signals): void {
    this.child?.kill(signal);
  }

  /** Resolves with the first record from index `from` of logs() that `match` accepts. */
  async waitForLog(match: (rec: LogRecord) => boolean, timeoutMs = 10_000, from = 0): Promise<LogRecord> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      for (const rec of this.records(from)) if (match(rec)) return rec;
      from = this.stdoutLines.length;
      if (Date.now() > deadline) throw new Error(`${this.name}: no matching log line within ${timeoutMs} ms; last lines:\n${this.tail(15)}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** The last `n` stdout and stderr lines, for error messages. */
  tail(n = 20): string {
    return [...this.stdoutLines.slice(-n), ...this.stderrLines.slice(-n).map((l) => `[stderr] ${l}`)].join('\n');
  }

  private async signal(sig: NodeJS.Signals): Promise<ExitStatus | undefined> {
    const c = this.child;
    const status = this.exitStatus;
    if (c === null || status === null) return this.last;
    if (c.exitCode === null && c.signalCode === null) c.kill(sig);
    const timer = setTimeout(() => c.kill('SIGKILL'), STOP_TIMEOUT_MS);
    const result = await status;
    clearTimeout(timer);
    return result;
  }

  private async launch(): Promise<void> {
    const portFlag = this.role === 'proxy' ? '--mqtt-port' : '--grpc-port';
    const argv = [
      '--import', 'tsx', 'packages/cli/src/main.ts', this.role,
      '--host', HOST, portFlag, String(this.mainPort), '--http-port', '0', ...this.flags(),
    ];
    const child = spawn(process.execPath, argv, { cwd: REPO_ROOT, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    trackChild(child);
    this.child = child;
    this.readyLine = undefined;
    let ready: ((rec: LogRecord) => void) | undefined;
    const readyP = new Promise<LogRecord>((res) => (ready = res));
    child.stdout?.on('data', splitLines(this.stdoutLines, (line) => {
      const rec = parseRecord(line);
      if (rec?.msg === 'ready') ready?.(rec);
    }));
    child.stderr?.on('data', splitLines(this.stderrLines));
    this.exitStatus = new Promise<ExitStatus>((res) => {
      child.once('exit', (code, signal) => {
        this.last = { code, signal };
        if (this.child === child) {
          this.child = null;
          this.exitStatus = null;
        }
        res({ code, signal });
      });
    });
    const exitedEarly = this.exitStatus.then((s) => {
      throw new Error(`${this.name} exited (code ${s.code}, signal ${s.signal}) before it was ready; output:\n${this.tail()}`);
    });
    // Rejects on every later exit too; only the race below cares.
    exitedEarly.catch(() => undefined);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`${this.name} was not ready within ${READY_TIMEOUT_MS} ms; output:\n${this.tail()}`));
      }, READY_TIMEOUT_MS);
    });
    try {
      const rec = await Promise.race([readyP, exitedEarly, timeout]);
      const bound = this.role === 'proxy' ? rec['mqttPort'] : rec['grpcPort'];
      if (typeof rec['httpPort'] !== 'number' || bound !== this.mainPort) {
        throw new Error(`${this.name}: ready line does not report the ports asked for (${portFlag} ${this.mainPort}): ${JSON.stringify(rec)}`);
      }
      this.http = rec['httpPort'];
      this.readyLine = rec;
    } catch (err) {
      // Wait for the exit so a retry does not race the dying process for the port.
      if (this.child === child) {
        child.kill('SIGKILL');
        await this.exitStatus;
      }
      throw err;
    } finally {
      clearTimeout(timer);
    }
  }
}

export interface ClusterOptions {
  /** Number of proxies (default 2), named proxy-a, proxy-b, ... */
  proxies?: number;
  /** Number of stores (default 1): `store`, or store-0, store-1, ... each with --store-index i. */
  stores?: number;
  /** Extra flags per role. */
  args?: { notify?: string[]; store?: string[]; proxy?: string[] };
  logLevel?: 'debug' | 'info' | 'warn' | 'error';
  /** Names the log dump directory (WHARF_CLUSTER_LOGS) of this cluster. */
  name?: string;
}

export interface Cluster {
  readonly redis: RedisProcess;
  readonly notify: RoleNode;
  /** The first store (the only one unless `stores` asked for more). */
  readonly store: RoleNode;
  /** Every store, in the proxies' --stores order. */
  readonly stores: RoleNode[];
  readonly proxies: RoleNode[];
  nodes(): RoleNode[];
  /** warn/error log lines of every node (the last `n` of each), for assertion messages. */
  problems(n?: number): string[];
  /** For `afterEach`: a failed test makes stopAll() keep every node's log (path on stderr). */
  recordResult(t: { readonly name: string; readonly passed?: boolean }): void;
  /** Stops everything (proxies, store, notify, redis) and removes the temp dirs. */
  stopAll(): Promise<void>;
}

export async function startCluster(opts: ClusterOptions = {}): Promise<Cluster> {
  const proxyCount = opts.proxies ?? 2;
  const logLevel = opts.logLevel ?? 'info';
  const root = mkdtempSync(join(tmpdir(), 'wharf-cluster-'));
  trackDir(root);
  const storeCount = opts.stores ?? 1;

  let redis: RedisProcess | undefined;
  const notify = new RoleNode({ role: 'notify', name: 'notify', flags: () => ['--log-level', logLevel, ...(opts.args?.notify ?? [])] });
  const stores: RoleNode[] = [];
  for (let i = 0; i < storeCount; i++) {
    const name = storeCount === 1 ? 'store' : `store-${i}`;
    const storeDir = join(root, name);
    mkdirSync(storeDir);
    stores.push(new RoleNode({
      role: 'store',
      name,
      dataDir: storeDir,
      flags: () => ['--data-dir', storeDir, '--notify', notify.address, '--store-index', String(i), '--log-level', logLevel, ...(opts.args?.store ?? [])],
    }));
  }
  const store = stores[0]!;
  const proxies: RoleNode[] = [];
  for (let i = 0; i < proxyCount; i++) {
    const name = `proxy-${String.fromCharCode(97 + i)}`;
    proxies.push(new RoleNode({
      role: 'proxy',
      name,
      flags: () => [
        '--stores', stores.map((s) => s.address).join(','), '--notify', notify.address, '--redis', redis!.url,
        '--proxy-id', name, '--log-level', logLevel, ...(opts.args?.proxy ?? []),
      ],
    }));
  }
  const nodes = (): RoleNode[] => [...proxies, ...stores, notify];
  const failed: string[] = [];

  const stopAll = async (): Promise<void> => {
    await Promise.all(proxies.map((p) => p.stop()));
    await Promise.all(stores.map((s) => s.stop()));
    await notify.stop();
    await redis?.close();
    const dumpRoot = process.env['WHARF_CLUSTER_LOGS'];
    if ((dumpRoot !== undefined && dumpRoot !== '') || failed.length > 0) {
      const label = `${opts.name ?? 'cluster'}-${process.pid}`;
      const dir = dumpRoot !== undefined && dumpRoot !== '' ? join(dumpRoot, label) : mkdtempSync(join(tmpdir(), `wharf-cluster-logs-${label}-`));
      mkdirSync(dir, { recursive: true });
      for (const n of nodes()) writeFileSync(join(dir, `${n.name}.log`), [...n.logs(), ...n.stderr().map((l) => `[stderr] ${l}`)].join('\n') + '\n');
      if (failed.length > 0) process.stderr.write(`cluster logs kept for failed tests (${failed.join('; ')}): ${dir}\n`);
    }
    removeDir(root);
  };

  try {
    // Peers only ever learn a node's address after it started, so first starts may move ports.
    [redis] = await Promise.all([startRedis(), notify.start(true)]);
    await Promise.all(stores.map((s) => s.start(true)));
    await Promise.all(proxies.map((p) => p.start(true)));
  } catch (err) {
    await stopAll();
    throw err;
  }

  return {
    redis: redis,
    notify,
    store,
    stores,
    proxies,
    nodes,
    recordResult(t) {
      if (t.passed === false) failed.push(t.name);
    },
    problems(n = 10) {
      const out: string[] = [];
      for (const node of nodes()) {
        const lines = node.logs().filter((l) => {
          const rec = parseRecord(l);
          return rec !== undefined && (rec.level === 'warn' || rec.level === 'error');
        });
        for (const l of lines.slice(-n)) out.push(`${node.name}: ${l}`);
        for (const l of node.stderr().slice(-n)) out.push(`${node.name} [stderr]: ${l}`);
      }
      return out;
    },
    stopAll,
  };
}

export interface RunResult extends ExitStatus {
  stdout: string;
  stderr: string;
}

/** Runs `wharf <args>` to its exit (SIGKILL after `timeoutMs`): for commands that must refuse to start. */
export function runWharf(args: string[], timeoutMs = 20_000): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'packages/cli/src/main.ts', ...args], {
      cwd: REPO_ROOT,
      env: childEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    trackChild(child);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    // 'close', not 'exit': the output is complete only once the pipes closed.
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** GET on a node's ops port. */
export async function httpGet(node: RoleNode, path: string): Promise<{ status: number; body: string }> {
  const res = await fetch(`${node.httpUrl}${path}`, { signal: AbortSignal.timeout(5000) });
  return { status: res.status, body: await res.text() };
}

/**
 * Sum of every series of metric `name` in a Prometheus text exposition (labels ignored);
 * undefined when the metric has no sample at all.
 */
export function metricSum(text: string, name: string): number | undefined {
  let sum: number | undefined;
  for (const line of text.split('\n')) {
    if (!line.startsWith(name)) continue;
    const rest = line.slice(name.length);
    if (rest[0] !== ' ' && rest[0] !== '{') continue;
    const value = Number(line.slice(line.lastIndexOf(' ') + 1));
    if (Number.isFinite(value)) sum = (sum ?? 0) + value;
  }
  return sum;
}

/** The node's /metrics, parsed down to one metric's sum (undefined if absent or unreachable). */
export async function scrape(node: RoleNode, name: string): Promise<number | undefined> {
  try {
    const { status, body } = await httpGet(node, '/metrics');
    return status === 200 ? metricSum(body, name) : undefined;
  } catch {
    return undefined;
  }
}
