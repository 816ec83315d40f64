/**
 * The broker under test as a real child process. The default target is `wharf start`; with
 * WHARF_TEST_TARGET=mosquitto the same suite runs against a reference broker, which proves each
 * protocol test right before it judges wharf. Ports are always chosen by the OS.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `cluster`: wharf in distributed mode, two proxies behind a balancer (harness/cluster-target.ts). */
export type Target = 'wharf' | 'mosquitto' | 'cluster';

const targetEnv = process.env['WHARF_TEST_TARGET'] ?? 'wharf';
if (targetEnv !== 'wharf' && targetEnv !== 'mosquitto' && targetEnv !== 'cluster') {
  throw new Error(`WHARF_TEST_TARGET must be "wharf", "cluster" or "mosquitto", not "${targetEnv}"`);
}
export const TARGET: Target = targetEnv;
export const isWharf = TARGET !== 'mosquitto';
export const isMosquitto = TARGET === 'mosquitto';
/** For `test(name, { skip: wharfOnly('why') })`: a reason string against mosquitto, false against wharf. */
export const wharfOnly = (why: string): string | false => (isMosquitto ? `wharf only: ${why}` : false);

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const READY_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;

export interface StartOptions {
  /** Reuse a directory (it is then not removed); default: a fresh temp dir. */
  dataDir?: string;
  /** Extra wharf flags, e.g. ['--max-inflight', '8']. Known limits are translated for mosquitto. */
  args?: string[];
}

export interface Broker {
  readonly target: 'wharf' | 'mosquitto';
  readonly port: number;
  readonly httpPort: number;
  readonly dataDir: string;
  readonly url: string;
  /** Every stdout line captured so far, across restarts. */
  logs(): string[];
  /** Every stderr line captured so far, across restarts. */
  stderr(): string[];
  alive(): boolean;
  pid(): number | undefined;
  /** SIGTERM, wait for exit (SIGKILL after a timeout), remove the temp dirs the harness made. */
  stop(): Promise<void>;
  /** SIGKILL and wait for exit; the data dir stays for `restart`. */
  kill9(): Promise<void>;
  /** Graceful stop if running, then start again on the same data dir (a new port). */
  restart(): Promise<void>;
}

const live = new Set<ChildProcess>();
const ownedDirs = new Set<string>();

// Last resort when a test file dies mid-way or is interrupted: no broker outlives its test process.
function killAllNow(): void {
  for (const child of live) child.kill('SIGKILL');
  live.clear();
  for (const dir of ownedDirs) rmSync(dir, { recursive: true, force: true });
  ownedDirs.clear();
}
process.on('exit', killAllNow);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    killAllNow();
    // Re-raise so the exit status still says which signal ended us.
    process.kill(process.pid, signal);
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      if (addr === null || typeof addr === 'string') return reject(new Error('no port'));
      srv.close(() => resolvePort(addr.port));
    });
  });
}

interface Spawned {
  child: ChildProcess;
  port: number;
  httpPort: number;
}

class BrokerProcess implements Broker {
  readonly target = TARGET === 'mosquitto' ? 'mosquitto' : 'wharf';
  readonly dataDir: string;
  private readonly ownsDataDir: boolean;
  private readonly args: string[];
  private readonly stdoutLines: string[] = [];
  private readonly stderrLines: string[] = [];
  private current: Spawned | undefined;
  private lastPort = 0;
  private lastHttpPort = 0;
  private confDir: string | undefined;

  constructor(opts: StartOptions) {
    this.args = opts.args ?? [];
    if (opts.dataDir !== undefined) {
      this.dataDir = opts.dataDir;
      this.ownsDataDir = false;
    } else {
      this.dataDir = mkdtempSync(join(tmpdir(), 'wharf-e2e-'));
      this.ownsDataDir = true;
      ownedDirs.add(this.dataDir);
    }
  }

  get port(): number {
    return this.lastPort;
  }
  get httpPort(): number {
    return this.lastHttpPort;
  }
  get url(): string {
    return `mqtt://127.0.0.1:${this.lastPort}`;
  }
  logs(): string[] {
    return this.stdoutLines;
  }
  stderr(): string[] {
    return this.stderrLines;
  }
  alive(): boolean {
    const c = this.current?.child;
    return c !== undefined && c.exitCode === null && c.signalCode === null;
  }
  pid(): number | undefined {
    return this.current?.child.pid;
  }

  async start(): Promise<void> {
    if (this.current !== undefined) throw new Error('broker already running');
    const spawned = TARGET === 'mosquitto' ? await this.spawnMosquitto() : await this.spawnWharf();
    this.current = spawned;
    this.lastPort = spawned.port;
    this.lastHttpPort = spawned.httpPort;
  }

  async stop(): Promise<void> {
    await this.terminate('SIGTERM');
    if (this.ownsDataDir) {
      rmSync(this.dataDir, { recursive: true, force: true });
      ownedDirs.delete(this.dataDir);
    }
    if (this.confDir !== undefined) {
      rmSync(this.confDir, { recursive: true, force: true });
      ownedDirs.delete(this.confDir);
    }
  }

  async kill9(): Promise<void> {
    await this.terminate('SIGKILL');
  }

  async restart(): Promise<void> {
    await this.terminate('SIGTERM');
    await this.start();
  }

  private async terminate(signal: NodeJS.Signals): Promise<void> {
    const spawned = this.current;
    if (spawned === undefined) return;
    this.current = undefined;
    const { child } = spawned;
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((res) => child.once('exit', () => res()));
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    }
    live.delete(child);
  }

  /** `merge`: stderr lines also go to logs() (mosquitto logs to stderr, which it does not buffer). */
  private capture(child: ChildProcess, merge = false): void {
    const split = (sink: string[]) => {
      let rest = '';
      return (chunk: Buffer) => {
        rest += chunk.toString('utf8');
        const lines = rest.split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) if (line.length > 0) sink.push(line);
      };
    };
    child.stdout?.on('data', split(this.stdoutLines));
    child.stderr?.on('data', split(this.stderrLines));
    if (merge) child.stderr?.on('data', split(this.stdoutLines));
  }

  /** Resolves with the first captured stdout line (from index `from`) that `match` accepts. */
  private awaitLine<T>(child: ChildProcess, from: number, match: (line: string) => T | undefined, what: string): Promise<T> {
    return new Promise((res, rej) => {
      let done = false;
      const finish = (err: Error | undefined, value?: T) => {
        if (done) return;
        done = true;
        clearInterval(poll);
        clearTimeout(timer);
        child.off('exit', onExit);
        if (err !== undefined) rej(err);
        else res(value as T);
      };
      const scan = () => {
        for (let i = from; i < this.stdoutLines.length; i++) {
          const v = match(this.stdoutLines[i]!);
          if (v !== undefined) return finish(undefined, v);
        }
        from = this.stdoutLines.length;
      };
      const tail = () => [...this.stdoutLines.slice(-20), ...this.stderrLines.slice(-20)].join('\n');
      const onExit = (code: number | null, sig: string | null) => {
        scan();
        finish(new Error(`${TARGET} exited (code ${code}, signal ${sig}) before ${what}; output:\n${tail()}`));
      };
      const poll = setInterval(scan, 20);
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        finish(new Error(`${TARGET} did not report ${what} within ${READY_TIMEOUT_MS} ms; output:\n${tail()}`));
      }, READY_TIMEOUT_MS);
      child.once('exit', onExit);
      scan();
    });
  }

  private async spawnWharf(): Promise<Spawned> {
    const argv = [
      '--import', 'tsx', 'packages/cli/src/main.ts', 'start',
      '--host', '127.0.0.1', '--mqtt-port', '0', '--http-port', '0',
      '--data-dir', this.dataDir, '--log-level', 'info', ...this.args,
    ];
    const child = spawn(process.execPath, argv, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    live.add(child);
    const from = this.stdoutLines.length;
    this.capture(child);
    const ports = await this.awaitLine(child, from, (line) => {
      if (!line.startsWith('{')) return undefined;
      try {
        const rec = JSON.parse(line) as { msg?: unknown; mqttPort?: unknown; httpPort?: unknown };
        if (rec.msg === 'ready' && typeof rec.mqttPort === 'number' && typeof rec.httpPort === 'number') {
          return { port: rec.mqttPort, httpPort: rec.httpPort };
        }
      } catch {
        // Not every stdout line has to be ours to parse.
      }
      return undefined;
    }, 'the "ready" line');
    return { child, ...ports };
  }

  /** Wharf flags with a mosquitto equivalent; the rest have none and their tests skip on mosquitto. */
  private mosquittoLimits(): string[] {
    const lines: string[] = [];
    const map: Record<string, string> = {
      '--max-packet-size': 'max_packet_size',
      '--max-inflight': 'max_inflight_messages',
      // mosquitto announces max_inflight_messages as its MQTT 5 Receive Maximum and enforces it inbound.
      '--receive-maximum': 'max_inflight_messages',
      '--max-keepalive': 'max_keepalive',
    };
    for (let i = 0; i < this.args.length; i++) {
      const a = this.args[i]!;
      const eq = a.indexOf('=');
      const flag = eq === -1 ? a : a.slice(0, eq);
      const value = eq === -1 ? this.args[++i] : a.slice(eq + 1);
      const key = map[flag];
      if (key !== undefined && value !== undefined) lines.push(`${key} ${value}`);
    }
    return lines;
  }

  private async spawnMosquitto(): Promise<Spawned> {
    if (this.confDir === undefined) {
      this.confDir = mkdtempSync(join(tmpdir(), 'wharf-e2e-mosq-'));
      ownedDirs.add(this.confDir);
    }
    // The free port can be taken between our probe and mosquitto's bind; try again then.
    for (let attempt = 0; ; attempt++) {
      const port = await freePort();
      const conf = join(this.confDir, 'mosquitto.conf');
      writeFileSync(conf, [
        `listener ${port} 127.0.0.1`,
        'allow_anonymous true',
        // Persistence on (saved at SIGTERM) so graceful-restart tests also run against the reference.
        'persistence true',
        `persistence_location ${this.dataDir}/`,
        'autosave_interval 0',
        'user root',
        'log_dest stderr',
        'log_type all',
        'log_timestamp false',
        'connection_messages true',
        'sys_interval 0',
        'max_queued_messages 100000',
        ...this.mosquittoLimits(),
        '',
      ].join('\n'));
      const child = spawn('mosquitto', ['-c', conf], { stdio: ['ignore', 'pipe', 'pipe'] });
      live.add(child);
      const from = this.stdoutLines.length;
      this.capture(child, true);
      try {
        await this.awaitLine(child, from, (line) => (line.includes(' running') ? true : undefined), 'running');
        return { child, port, httpPort: 0 };
      } catch (err) {
        live.delete(child);
        if (attempt >= 2) throw err;
      }
    }
  }
}

export async function startBroker(opts: StartOptions = {}): Promise<Broker> {
  if (TARGET === 'cluster') {
    // Loaded on demand: cluster.ts builds on this module.
    const { startClusterBroker } = await import('./cluster-target.ts');
    return startClusterBroker(opts);
  }
  const broker = new BrokerProcess(opts);
  try {
    await broker.start();
  } catch (err) {
    await broker.stop();
    throw err;
  }
  return broker;
}

/** Log lines appended after `mark` (a previous `logs().length`). */
export function logsSince(broker: Broker, mark: number): string[] {
  return broker.logs().slice(mark);
}
