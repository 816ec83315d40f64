/**
 * The brokers under test: Wharf, the peers (aedes, mosquitto) that the benchmark installs and
 * starts itself, and any external broker at host:port. Local brokers run as child processes on
 * loopback, one at a time, started fresh for each run and always killed afterwards.
 */
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrokerSample } from './load.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PEERS_DIR = join(REPO_ROOT, 'benchmarks', '.peers');
const AEDES_VERSION = '1.2.0';
const AEDES_SERVER = join(REPO_ROOT, 'benchmarks', 'src', 'peers', 'aedes-server.mjs');
const WHARF_MAIN = join(REPO_ROOT, 'packages', 'cli', 'src', 'main.ts');

const READY_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 5_000;
const INSTALL_TIMEOUT_MS = 300_000;
const STDERR_TAIL_LINES = 20;

export interface BrokerHandle {
  /** Where subscribers connect (and publishers, unless publishTo says otherwise). */
  host: string;
  port: number;
  /** Where publishers connect when it is another node than host:port (wharf-cluster: proxy B). */
  publishTo?: { host: string; port: number };
  /** Null for an external broker. */
  pid: number | null;
  sample(): BrokerSample | null;
  stop(): Promise<void>;
}

export interface BrokerTarget {
  /** Column name in the report. */
  name: string;
  /** Installs what the broker needs; runs once before any measurement. */
  prepare(): Promise<void>;
  start(): Promise<BrokerHandle>;
}

export interface TargetOptions {
  /** Pin the broker to this CPU with taskset; null leaves placement to the kernel. */
  pinCpu: number | null;
  /** Extra arguments for `wharf start`, and for every role of wharf-cluster. */
  wharfArgs: string[];
  /**
   * Set TCP_NODELAY in the peers. Off by default: they ship with Nagle on, and on this machine
   * Nagle makes mosquitto's QoS 1 ~2× faster (its PUBACKs coalesce) at the cost of ~1 ms PUBACK
   * latency; the reference numbers were taken as shipped.
   */
  peerNoDelay: boolean;
}

/** Every child and temp dir we made, so an interrupt or a crash can still clean them up. */
const children = new Set<ChildProcess>();
const tempDirs = new Set<string>();

export function killAllBrokers(): void {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  children.clear();
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
}

function makeTempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.add(dir);
  return {
    dir,
    remove: () => {
      rmSync(dir, { recursive: true, force: true });
      tempDirs.delete(dir);
    },
  };
}

let clockTicks: number | null = null;

function ticksPerSecond(): number {
  if (clockTicks === null) {
    try {
      clockTicks = Number.parseInt(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim(), 10) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

/** CPU time of all the process's threads and its resident set, from /proc. */
export function sampleProcess(pid: number): BrokerSample | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may itself hold spaces: state is [0], utime [11], stime [12].
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cpuMs = ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond();
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rss = /VmRSS:\s+(\d+)\s+kB/.exec(status);
    return { cpuMs, rssBytes: rss === null ? 0 : Number(rss[1]) * 1024 };
  } catch {
    return null;
  }
}

function findOnPath(command: string): string | null {
  const dirs = (process.env.PATH ?? '').split(delimiter).concat(['/usr/sbin', '/usr/local/sbin', '/sbin']);
  for (const dir of dirs) {
    if (dir === '') continue;
    const candidate = join(dir, command);
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

function run(command: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    execFile(command, args, { timeout: timeoutMs, maxBuffer: 16 << 20 }, (err, _stdout, stderr) => {
      if (err) reject(new Error(`${command} ${args.join(' ')} failed: ${err.message}\n${stderr}`));
      else resolvePromise();
    });
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolvePromise(port));
    });
  });
}

async function waitForPort(host: string, port: number, child: ChildProcess, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`exited with ${child.exitCode ?? child.signalCode} before listening`);
    const ok = await new Promise<boolean>((resolvePromise) => {
      const socket = net.connect(port, host);
      socket.once('connect', () => {
        socket.destroy();
        resolvePromise(true);
      });
      socket.once('error', () => resolvePromise(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`not listening on ${host}:${port} after ${timeoutMs} ms`);
}

interface Spawned {
  child: ChildProcess;
  stderrTail: string[];
  /** Resolves with the first stdout line for which `pick` returns a value. */
  waitForLine<T>(pick: (line: string) => T | null, timeoutMs: number): Promise<T>;
}

function spawnBroker(name: string, command: string, args: string[], pinCpu: number | null, cwd: string): Spawned {
  const [cmd, argv] = pinCpu === null ? [command, args] : ['taskset', ['-c', String(pinCpu), command, ...args]];
  const child = spawn(cmd, argv, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'production' } });
  children.add(child);
  child.once('exit', () => children.delete(child));
  const stderrTail: string[] = [];
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (text: string) => {
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      stderrTail.push(line);
      if (stderrTail.length > STDERR_TAIL_LINES) stderrTail.shift();
    }
  });
  const listeners: Array<(line: string) => void> = [];
  let pending = '';
  child.stdout?.setEncoding('utf8');
  child.stdout?.on('data', (text: string) => {
    pending += text;
    let nl: number;
    while ((nl = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, nl);
      pending = pending.slice(nl + 1);
      for (const listener of listeners) listener(line);
    }
    // Stdout is only read for the ready line; the rest must not pile up.
    if (pending.length > 1 << 16) pending = '';
  });
  return {
    child,
    stderrTail,
    waitForLine<T>(pick: (line: string) => T | null, timeoutMs: number): Promise<T> {
      return new Promise<T>((resolvePromise, reject) => {
        const timer = setTimeout(() => done(new Error(`${name}: no ready line within ${timeoutMs} ms`)), timeoutMs);
        // 'close' rather than 'exit': it comes after stderr is fully read, so the tail is complete.
        const onExit = (code: number | null, signal: string | null): void =>
          done(new Error(`${name}: exited with ${code ?? signal} before ready\n${stderrTail.join('\n')}`));
        const listener = (line: string): void => {
          const value = pick(line);
          if (value !== null) done(null, value);
        };
        const done = (err: Error | null, value?: T): void => {
          clearTimeout(timer);
          child.off('close', onExit);
          const i = listeners.indexOf(listener);
          if (i >= 0) listeners.splice(i, 1);
          if (err !== null) reject(err);
          else resolvePromise(value as T);
        };
        listeners.push(listener);
        child.once('close', onExit);
      });
    },
  };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolvePromise();
    });
    child.kill('SIGTERM');
  });
}

function handleFor(spawned: Spawned, host: string, port: number, cleanup: () => void): BrokerHandle {
  const pid = spawned.child.pid ?? null;
  return {
    host,
    port,
    pid,
    sample: () => (pid === null ? null : sampleProcess(pid)),
    stop: async () => {
      await stopChild(spawned.child);
      cleanup();
    },
  };
}

/** Parses the JSON ready line Wharf (every role) and our aedes wrapper print; returns `field`. */
function readyField(line: string, field: 'mqttPort' | 'grpcPort'): number | null {
  if (!line.startsWith('{')) return null;
  try {
    const parsed = JSON.parse(line) as Record<string, unknown>;
    const port = parsed[field];
    return parsed.msg === 'ready' && typeof port === 'number' ? port : null;
  } catch {
    return null;
  }
}

function readyPort(line: string): number | null {
  return readyField(line, 'mqttPort');
}

async function startOrKill(spawned: Spawned, ready: () => Promise<number>, cleanup: () => void): Promise<BrokerHandle> {
  try {
    const port = await ready();
    return handleFor(spawned, '127.0.0.1', port, cleanup);
  } catch (err) {
    await stopChild(spawned.child);
    cleanup();
    throw err;
  }
}

export function wharfTarget(options: TargetOptions): BrokerTarget {
  return {
    name: 'wharf',
    prepare: async () => {
      if (!existsSync(WHARF_MAIN)) throw new Error(`wharf: ${WHARF_MAIN} does not exist yet`);
    },
    start: async () => {
      const { dir: dataDir, remove } = makeTempDir('wharf-bench-');
      const args = ['--import', 'tsx', WHARF_MAIN, 'start', '--mqtt-port', '0', '--http-port', '0', '--data-dir', dataDir, '--log-level', 'warn', ...options.wharfArgs];
      const spawned = spawnBroker('wharf', process.execPath, args, options.pinCpu, REPO_ROOT);
      return startOrKill(
        spawned,
        () => spawned.waitForLine(readyPort, READY_TIMEOUT_MS),
        remove,
      );
    },
  };
}

const LOOPBACK = '127.0.0.1';

/** redis-server for the cluster's sessions: no persistence, its own temp dir, on `port`. */
function spawnRedis(binary: string, port: number, dir: string, pinCpu: number | null): Spawned {
  const args = ['--port', String(port), '--bind', LOOPBACK, '--save', '', '--appendonly', 'no', '--dir', dir, '--daemonize', 'no', '--loglevel', 'warning'];
  return spawnBroker('redis-server', binary, args, pinCpu, dir);
}

/**
 * Distributed Wharf: redis-server, one notify, one store and two proxies, each its own process on
 * loopback. Subscribers connect to proxy A and publishers to proxy B, so every message crosses
 * proxy → store → notify → the other proxy. Broker CPU and RSS are summed over all five processes.
 */
export function wharfClusterTarget(options: TargetOptions): BrokerTarget {
  let redisBinary: string | null = null;
  return {
    name: 'wharf-cluster',
    prepare: async () => {
      if (!existsSync(WHARF_MAIN)) throw new Error(`wharf-cluster: ${WHARF_MAIN} does not exist yet`);
      redisBinary = findOnPath('redis-server');
      if (redisBinary === null) throw new Error('wharf-cluster: redis-server is not on PATH (apt-get install -y redis-server)');
    },
    start: async () => {
      if (redisBinary === null) throw new Error('wharf-cluster: prepare() was not run');
      const started: Spawned[] = [];
      const dirs: Array<() => void> = [];
      const cleanup = async (): Promise<void> => {
        // Dependents first: proxies, then the store, notify and Redis they talk to.
        for (const spawned of [...started].reverse()) await stopChild(spawned.child);
        for (const remove of dirs) remove();
      };
      const role = (name: string, args: string[]): Spawned => {
        const all = ['--import', 'tsx', WHARF_MAIN, ...args, '--host', LOOPBACK, '--http-port', '0', '--log-level', 'warn', ...options.wharfArgs];
        const spawned = spawnBroker(name, process.execPath, all, options.pinCpu, REPO_ROOT);
        started.push(spawned);
        return spawned;
      };
      const ready = async (spawned: Spawned, field: 'mqttPort' | 'grpcPort'): Promise<number> =>
        spawned.waitForLine((line) => readyField(line, field), READY_TIMEOUT_MS);
      try {
        // redis-server cannot report a port it picked, so we pick one; a lost race is retried.
        let redisPort = 0;
        for (let attempt = 0; redisPort === 0; attempt++) {
          const port = await freePort();
          const { dir, remove } = makeTempDir('wharf-bench-redis-');
          dirs.push(remove);
          const redis = spawnRedis(redisBinary, port, dir, options.pinCpu);
          started.push(redis);
          try {
            await waitForPort(LOOPBACK, port, redis.child, READY_TIMEOUT_MS);
            redisPort = port;
          } catch (err) {
            if (attempt >= 2) throw new Error(`redis-server: ${(err as Error).message}\n${redis.stderrTail.join('\n')}`);
          }
        }
        const notifyPort = await ready(role('notify', ['notify', '--grpc-port', '0']), 'grpcPort');
        const notify = `${LOOPBACK}:${notifyPort}`;
        const { dir: dataDir, remove } = makeTempDir('wharf-bench-store-');
        dirs.push(remove);
        const storePort = await ready(role('store', ['store', '--grpc-port', '0', '--data-dir', dataDir, '--notify', notify]), 'grpcPort');
        const proxy = (id: string): Spawned =>
          role(`proxy-${id}`, ['proxy', '--mqtt-port', '0', '--proxy-id', `bench-${id}`, '--stores', `${LOOPBACK}:${storePort}`, '--notify', notify, '--redis', `redis://${LOOPBACK}:${redisPort}`]);
        const [portA, portB] = await Promise.all([ready(proxy('a'), 'mqttPort'), ready(proxy('b'), 'mqttPort')]);
        const pids = started.map((s) => s.child.pid).filter((pid): pid is number => pid !== undefined);
        return {
          host: LOOPBACK,
          port: portA,
          publishTo: { host: LOOPBACK, port: portB },
          pid: started[started.length - 1].child.pid ?? null,
          sample: () => {
            let cpuMs = 0;
            let rssBytes = 0;
            for (const pid of pids) {
              // A role that died mid-run would make the sum meaningless.
              const one = sampleProcess(pid);
              if (one === null) return null;
              cpuMs += one.cpuMs;
              rssBytes += one.rssBytes;
            }
            return { cpuMs, rssBytes };
          },
          stop: cleanup,
        };
      } catch (err) {
        await cleanup();
        throw err;
      }
    },
  };
}

export function aedesTarget(options: TargetOptions): BrokerTarget {
  return {
    name: 'aedes',
    prepare: async () => {
      const manifest = join(PEERS_DIR, 'node_modules', 'aedes', 'package.json');
      if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version === AEDES_VERSION) return;
      process.stderr.write(`installing aedes@${AEDES_VERSION} into ${PEERS_DIR}\n`);
      await run('npm', ['install', '--prefix', PEERS_DIR, '--no-audit', '--no-fund', `aedes@${AEDES_VERSION}`], INSTALL_TIMEOUT_MS);
    },
    start: async () => {
      const spawned = spawnBroker('aedes', process.execPath, [AEDES_SERVER, PEERS_DIR, '0', options.peerNoDelay ? 'nodelay' : 'nagle'], options.pinCpu, REPO_ROOT);
      return startOrKill(spawned, () => spawned.waitForLine(readyPort, READY_TIMEOUT_MS), () => {});
    },
  };
}

function mosquittoConfig(port: number, nagle: boolean): string {
  return [
    `listener ${port} 127.0.0.1`,
    'allow_anonymous true',
    'persistence false',
    `set_tcp_nodelay ${nagle ? 'false' : 'true'}`,
    // The same outbound window our publishers use and Wharf defaults to.
    'max_inflight_messages 32',
    // Fan-in keeps thousands of messages queued for one subscriber; 0 means no limit.
    'max_queued_messages 0',
    'max_queued_bytes 0',
    'log_dest stderr',
    'log_type error',
    'log_type warning',
    '',
  ].join('\n');
}

export function mosquittoTarget(options: TargetOptions): BrokerTarget {
  let binary: string | null = null;
  return {
    name: 'mosquitto',
    prepare: async () => {
      binary = findOnPath('mosquitto');
      if (binary !== null) return;
      process.stderr.write('installing mosquitto with apt-get\n');
      try {
        await run('apt-get', ['install', '-y', 'mosquitto'], INSTALL_TIMEOUT_MS);
      } catch {
        await run('apt-get', ['update'], INSTALL_TIMEOUT_MS);
        await run('apt-get', ['install', '-y', 'mosquitto'], INSTALL_TIMEOUT_MS);
      }
      binary = findOnPath('mosquitto');
      if (binary === null) throw new Error('mosquitto: installed but not found on PATH');
    },
    start: async () => {
      if (binary === null) throw new Error('mosquitto: prepare() was not run');
      // mosquitto cannot report a port it picked, so we pick one; a lost race is retried.
      let lastError: unknown = null;
      for (let attempt = 0; attempt < 3; attempt++) {
        const port = await freePort();
        const { dir, remove: cleanup } = makeTempDir('mosquitto-bench-');
        const conf = join(dir, 'mosquitto.conf');
        writeFileSync(conf, mosquittoConfig(port, !options.peerNoDelay));
        const spawned = spawnBroker('mosquitto', binary, ['-c', conf], options.pinCpu, dir);
        try {
          return await startOrKill(
            spawned,
            async () => {
              await waitForPort('127.0.0.1', port, spawned.child, READY_TIMEOUT_MS);
              return port;
            },
            cleanup,
          );
        } catch (err) {
          lastError = new Error(`mosquitto: ${(err as Error).message}\n${spawned.stderrTail.join('\n')}`);
        }
      }
      throw lastError;
    },
  };
}

export function externalTarget(address: string): BrokerTarget {
  const match = /^(.+):(\d+)$/.exec(address);
  if (match === null) throw new Error(`target "${address}" is not wharf, wharf-cluster, aedes, mosquitto or host:port`);
  const host = match[1].replace(/^\[(.*)\]$/, '$1');
  const port = Number(match[2]);
  if (port < 1 || port > 65535) throw new Error(`target "${address}": port out of range`);
  return {
    name: address,
    prepare: async () => {},
    start: async () => ({ host, port, pid: null, sample: () => null, stop: async () => {} }),
  };
}

export function parseTargets(values: string[], options: TargetOptions): BrokerTarget[] {
  const names = [...new Set(values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== ''))];
  return names.map((name) => {
    switch (name) {
      case 'wharf':
        return wharfTarget(options);
      case 'wharf-cluster':
        return wharfClusterTarget(options);
      case 'aedes':
        return aedesTarget(options);
      case 'mosquitto':
        return mosquittoTarget(options);
      default:
        return externalTarget(name);
    }
  });
}
