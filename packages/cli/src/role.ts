/**
 * What every role process shares: config from flags/env/file, a JSON logger, one Prometheus
 * registry, the ops HTTP server (up first, so /healthz answers while the role boots and /readyz
 * says "starting"), the ready line, the graceful drain on SIGTERM and a reload on SIGHUP.
 */
import { collectDefaultMetrics, Registry } from 'prom-client';
import { createLogger, loadConfig, OpsServer, type Logger, type WharfConfig } from '@wharf/core';
import { announceReady, handleSignals } from './lifecycle.ts';

export interface RoleContext {
  config: WharfConfig;
  logger: Logger;
  registry: Registry;
  /** The role's ops server on --http-port; a role adds its API routes here (the queue REST API). */
  http: OpsServer;
}

export interface RunningRole {
  /** Fields of the ready line (bound ports, ids). */
  announce: Record<string, unknown>;
  /** Stops taking work, finishes what is in flight, releases resources; in dependency order. */
  drain(): Promise<void>;
  /** Re-reads what may change while running (password and ACL files) on SIGHUP. */
  reload?(): void;
}

export async function runRole(role: string, argv: string[], boot: (ctx: RoleContext) => Promise<RunningRole>): Promise<number> {
  const config = loadConfig({ argv });
  const logger = createLogger(config.logLevel, { role });
  const registry = new Registry();
  registry.setDefaultLabels({ role });
  // Gives wharf_process_cpu_seconds_total, wharf_nodejs_eventloop_lag_seconds, …
  collectDefaultMetrics({ register: registry, prefix: 'wharf_' });

  let running: RunningRole | null = null;
  let draining = false;
  const ops = new OpsServer({
    registry,
    logger,
    readiness: () =>
      draining ? { ready: false, reason: 'draining' } : running === null ? { ready: false, reason: 'starting' } : { ready: true },
  });
  const httpPort = await ops.listen(config.httpPort, config.host);
  const lifecycle = handleSignals(logger, async () => {
    draining = true;
    if (running !== null) await running.drain();
    await ops.close();
  });
  running = await boot({ config, logger, registry, http: ops });
  const reload = running.reload?.bind(running);
  if (reload !== undefined) {
    process.on('SIGHUP', () => {
      try {
        reload();
      } catch (err) {
        // A bad file keeps what was loaded before; the message names the option and the line.
        logger.error('reload failed; keeping the previous configuration', { err: err instanceof Error ? err.message : String(err) });
      }
    });
  }
  announceReady({ role, httpPort, host: config.host, pid: process.pid, ...running.announce });
  await lifecycle.stopped;
  return 0;
}
