/**
 * A real redis-server for the cluster tests: a free port, a temp dir, no persistence (a restart
 * comes back empty, as a crashed cache-only Redis would). The binary is `redis-server` on PATH,
 * or REDIS_SERVER from the environment.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './broker.ts';
import { removeDir, trackChild, trackDir } from './reaper.ts';

const HOST = '127.0.0.1';
const READY_TIMEOUT_MS = 10_000;

export interface RedisProcess {
  readonly port: number;
  /** `redis://127.0.0.1:<port>` */
  readonly url: string;
  alive(): boolean;
  /** SIGKILL, as a crash; resolves when the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM; resolves when the process is gone. */
  stop(): Promise<void>;
  /** Starts again on the same port (empty). */
  start(): Promise<void>;
  /** SIGSTOP: connections stay open but nothing answers (a hung server). */
  pause(): void;
  /** SIGCONT after pause(). */
  resume(): void;
  /** One inline command, the raw reply. */
  command(line: string): Promise<string>;
  /** Stops the server and removes its directory. */
  close(): Promise<void>;
}

/** Sends `line` and resolves with the reply (what came before 20 ms of quiet, or the close). */
export function redisCommand(port: number, line: string, timeoutMs = 1000): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = createConnection({ host: HOST, port });
    let out = '';
    let quiet: NodeJS.Timeout | undefined;
    const finish = (err?: Error): void => {
      clearTimeout(quiet);
      socket.destroy();
      if (err !== undefined && out === '') reject(err);
      else resolve(out);
    };
    socket.setTimeout(timeoutMs, () => finish(new Error(`redis on port ${port}: no reply within ${timeoutMs} ms`)));
    socket.on('error', (err) => finish(err));
    socket.on('data', (d: Buffer) => {
      out += d.toString('utf8');
      clearTimeout(quiet);
      quiet = setTimeout(() => finish(), 20);
    });
    socket.on('close', () => finish());
    socket.on('connect', () => socket.write(line + '\r\n'));
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((res) => child.once('exit', () => res()));
}

export async function startRedis(): Promise<RedisProcess> {
  const binary = process.env['REDIS_SERVER'] ?? 'redis-server';
  const dir = mkdtempSync(join(tmpdir(), 'wharf-cluster-redis-'));
  trackDir(dir);
  let port = await freePort();
  let child: ChildProcess | null = null;
  let output = '';

  const launch = async (): Promise<void> => {
    output = '';
    const args = ['--port', String(port), '--bind', HOST, '--save', '', '--appendonly', 'no', '--dir', dir, '--daemonize', 'no', '--loglevel', 'warning'];
    const c = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child = c;
    trackChild(c);
    const keep = (d: Buffer): void => {
      if (output.length < 8192) output += d.toString('utf8');
    };
    c.stdout?.on('data', keep);
    c.stderr?.on('data', keep);
    const spawnError = new Promise<never>((_, reject) =>
      c.once('error', (err) => reject(new Error(`cannot start ${binary}: ${err.message} (install redis-server or set REDIS_SERVER)`))),
    );
    const ping = async (): Promise<void> => {
      const deadline = Date.now() + READY_TIMEOUT_MS;
      for (;;) {
        if (c.exitCode !== null || c.signalCode !== null) throw new Error(`redis-server on port ${port} exited: ${output.trim()}`);
        const reply = await redisCommand(port, 'PING', 500).catch(() => '');
        if (reply.startsWith('+PONG')) return;
        if (Date.now() > deadline) throw new Error(`redis-server on port ${port} did not answer PING within ${READY_TIMEOUT_MS} ms: ${output.trim()}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    await Promise.race([ping(), spawnError]);
  };

  const signal = async (sig: NodeJS.Signals): Promise<void> => {
    const c = child;
    if (c === null) return;
    child = null;
    if (c.exitCode === null && c.signalCode === null) {
      c.kill('SIGCONT'); // a paused server must run to handle SIGTERM
      c.kill(sig);
    }
    await exited(c);
  };

  // The probed port can be taken before redis binds it; the first start may move.
  for (let attempt = 0; ; attempt++) {
    try {
      await launch();
      break;
    } catch (err) {
      await signal('SIGKILL');
      if (attempt >= 2) {
        removeDir(dir);
        throw err;
      }
      port = await freePort();
    }
  }

  return {
    get port() {
      return port;
    },
    get url() {
      return `redis://${HOST}:${port}`;
    },
    alive: () => {
      const c = child as ChildProcess | null;
      return c !== null && c.exitCode === null && c.signalCode === null;
    },
    kill: () => signal('SIGKILL'),
    stop: () => signal('SIGTERM'),
    async start() {
      if (child !== null) throw new Error('redis-server already running');
      await launch();
    },
    pause: () => void child?.kill('SIGSTOP'),
    resume: () => void child?.kill('SIGCONT'),
    command: (line: string) => redisCommand(port, line),
    async close() {
      await signal('SIGTERM');
      removeDir(dir);
    },
  };
}
