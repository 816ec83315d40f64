/**
 * Process lifecycle shared by every role: the ready announcement, readiness state and the
 * graceful drain on SIGTERM/SIGINT (a second signal exits at once).
 */
import type { Logger } from '@wharf/core';

export interface Lifecycle {
  isReady(): boolean;
  /** Resolves when the process was asked to stop and finished draining. */
  readonly stopped: Promise<void>;
}

/**
 * The machine-readable "ready" line. Printed whatever the log level, because tests, scripts and
 * benchmarks wait for it to learn the bound ports.
 */
export function announceReady(fields: Record<string, unknown>): void {
  process.stdout.write(JSON.stringify({ time: new Date().toISOString(), level: 'info', msg: 'ready', ...fields }) + '\n');
}

export function handleSignals(logger: Logger, drain: () => Promise<void>, drainTimeoutMs = 30_000): Lifecycle {
  let ready = true;
  let draining = false;
  let resolveStopped!: () => void;
  const stopped = new Promise<void>((r) => (resolveStopped = r));
  const onSignal = (signal: NodeJS.Signals): void => {
    if (draining) {
      logger.warn('second signal, exiting now', { signal });
      process.exit(1);
    }
    draining = true;
    ready = false;
    logger.info('draining', { signal });
    const timer = setTimeout(() => {
      logger.error('drain timed out, exiting', { drainTimeoutMs });
      process.exit(1);
    }, drainTimeoutMs);
    timer.unref();
    drain().then(
      () => {
        clearTimeout(timer);
        logger.info('stopped');
        resolveStopped();
      },
      (err: unknown) => {
        logger.error('drain failed', { err });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  return { isReady: () => ready, stopped };
}
