/**
 * Child processes and temp dirs the cluster harness made, reaped when the test process ends for
 * any reason (a failed `after` hook, an uncaught error, Ctrl-C): no role or redis-server outlives
 * the test file that started it.
 */
import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';

const children = new Set<ChildProcess>();
const dirs = new Set<string>();

export function trackChild(child: ChildProcess): void {
  children.add(child);
  child.once('exit', () => children.delete(child));
}

export function trackDir(dir: string): void {
  dirs.add(dir);
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  dirs.delete(dir);
}

function reapNow(): void {
  // SIGCONT first: a paused (SIGSTOP) child still dies on SIGKILL, but be explicit.
  for (const child of children) {
    child.kill('SIGCONT');
    child.kill('SIGKILL');
  }
  children.clear();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs.clear();
}

process.on('exit', reapNow);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    reapNow();
    // Re-raise once no handler of ours is left, so the exit status still names the signal.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  });
}
