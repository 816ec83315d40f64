/**
 * A real redis-server for tests: a free port, a temporary directory, no persistence. No
 * dependencies beyond Node, so any package's tests (and the cluster tests) can use it.
 *
 *   const redis = await startRedisServer();
 *   ... new RedisSessionPort({ redis: redis.url, ... }) ...
 *   await redis.close();
 *
 * The binary is `redis-server` on PATH, or `REDIS_SERVER` from the environment.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RedisServerOptions {
  /** Default: a free port picked by binding port 0. */
  port?: number;
  /** Extra redis-server arguments, e.g. ['--maxmemory', '64mb']. */
  args?: string[];
  /** How long to wait for PING to answer (default 5000 ms). */
  readyTimeoutMs?: number;
}

export interface RedisServer {
  readonly host: string;
  readonly port: number;
  /** `redis://127.0.0.1:<port>` */
  readonly url: string;
  readonly dir: string;
  /** Pid of the running server (changes on restart); 0 when stopped. */
  readonly pid: number;
  /** Graceful stop (SIGTERM); resolves when the process exited. */
  stop(): Promise<void>;
  /** SIGKILL, as a crash. */
  kill(): Promise<void>;
  /** Starts the server again on the same port (empty: nothing is persisted). */
  restart(): Promise<void>;
  /** SIGSTOP: the socket stays open but nothing answers (a hung server). */
  pause(): void;
  /** SIGCONT after pause(). */
  resume(): void;
  /** Sends one command (inline form) and resolves with the raw reply line(s). */
  command(line: string): Promise<string>;
  /** MONITOR on its own connection: `onCommand` gets each command's arguments (name first). */
  monitor(onCommand: (args: string[]) => void): Promise<Monitor>;
  /** Stops the server and removes its directory. */
  close(): Promise<void>;
}

export interface Monitor {
  close(): void;
}

const HOST = '127.0.0.1';

/** A port that was free a moment ago (bind 0, read it, close). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, HOST, () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr !== null ? addr.port : 0;
      srv.close(() => (port > 0 ? resolve(port) : reject(new Error('no port bound'))));
    });
  });
}

/** Sends `line` to host:port and resolves with what came back before `ms` of silence or the close. */
export function redisCommand(port: number, line: string, ms = 1000, host = HOST): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = createConnection({ host, port });
    let out = '';
    let timer: NodeJS.Timeout | undefined;
    const finish = (err?: Error): void => {
      clearTimeout(timer);
      socket.destroy();
      if (err !== undefined && out === '') reject(err);
      else resolve(out);
    };
    socket.setTimeout(ms, () => finish(new Error(`no reply from ${host}:${port} within ${ms} ms`)));
    socket.on('error', (err) => finish(err));
    socket.on('data', (d: Buffer) => {
      out += d.toString('utf8');
      // Replies to one inline command end with CRLF; give a multi-part reply a moment to finish.
      clearTimeout(timer);
      timer = setTimeout(() => finish(), 20);
    });
    socket.on('connect', () => socket.write(line + '\r\n'));
  });
}

/** Opens a MONITOR connection; resolves once Redis confirmed it (+OK). */
export function redisMonitor(port: number, onCommand: (args: string[]) => void, host = HOST): Promise<Monitor> {
  return new Promise((resolve, reject) => {
    const socket = createConnection({ host, port });
    let buffered = '';
    let ready = false;
    socket.on('error', (err) => {
      if (!ready) reject(err);
    });
    socket.on('connect', () => socket.write('MONITOR\r\n'));
    socket.on('data', (d: Buffer) => {
      buffered += d.toString('utf8');
      let nl: number;
      while ((nl = buffered.indexOf('\r\n')) !== -1) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 2);
        if (!ready) {
          ready = line === '+OK';
          if (ready) resolve({ close: () => socket.destroy() });
          else reject(new Error(`MONITOR refused: ${line}`));
          continue;
        }
        // +<time> [<db> <client>] "cmd" "arg" ... with C-style escapes inside the quotes.
        const args: string[] = [];
        for (const m of line.matchAll(/"((?:[^"\\]|\\.)*)"/g)) args.push(m[1]!.replace(/\\(.)/g, '$1'));
        if (args.length > 0) onCommand(args);
      }
    });
  });
}

async function waitForPing(port: number, timeoutMs: number, proc: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (proc.exitCode !== null || proc.signalCode !== null) throw new Error(`redis-server exited early (${proc.exitCode ?? proc.signalCode}): ${log()}`);
    try {
      if ((await redisCommand(port, 'PING', 500)).startsWith('+PONG')) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`redis-server on port ${port} did not answer PING within ${timeoutMs} ms: ${log()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function exited(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => proc.once('exit', () => resolve()));
}

export async function startRedisServer(options: RedisServerOptions = {}): Promise<RedisServer> {
  const binary = process.env['REDIS_SERVER'] ?? 'redis-server';
  const port = options.port ?? (await freePort());
  const dir = await mkdtemp(join(tmpdir(), 'wharf-redis-'));
  const readyTimeoutMs = options.readyTimeoutMs ?? 5000;
  let proc: ChildProcess | null = null;
  let output = '';
  // A test run that dies must not leave servers behind.
  const onExit = (): void => {
    proc?.kill('SIGKILL');
  };
  process.once('exit', onExit);

  const launch = async (): Promise<void> => {
    output = '';
    const args = ['--port', String(port), '--bind', HOST, '--save', '', '--appendonly', 'no', '--dir', dir, '--daemonize', 'no', '--loglevel', 'warning', ...(options.args ?? [])];
    const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    proc = child;
    const collect = (d: Buffer): void => {
      if (output.length < 8192) output += d.toString('utf8');
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    const spawnFailed = new Promise<never>((_, reject) =>
      child.once('error', (err) => reject(new Error(`cannot start ${binary}: ${err.message} (install redis-server or set REDIS_SERVER)`))),
    );
    await Promise.race([waitForPing(port, readyTimeoutMs, child, () => output.trim()), spawnFailed]);
  };

  const signal = async (sig: NodeJS.Signals): Promise<void> => {
    const p = proc;
    if (p === null) return;
    proc = null;
    if (p.exitCode === null && p.signalCode === null) {
      if (sig === 'SIGTERM' || sig === 'SIGKILL') p.kill('SIGCONT'); // a paused server must run to exit
      p.kill(sig);
    }
    await exited(p);
  };

  await launch();
  return {
    host: HOST,
    port,
    url: `redis://${HOST}:${port}`,
    dir,
    get pid() {
      return proc?.pid ?? 0;
    },
    stop: () => signal('SIGTERM'),
    kill: () => signal('SIGKILL'),
    async restart() {
      await signal('SIGTERM');
      await launch();
    },
    pause() {
      proc?.kill('SIGSTOP');
    },
    resume() {
      proc?.kill('SIGCONT');
    },
    command: (line: string) => redisCommand(port, line),
    monitor: (onCommand: (args: string[]) => void) => redisMonitor(port, onCommand),
    async close() {
      await signal('SIGTERM');
      process.removeListener('exit', onExit);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
