/**
 * `wharf start`: store, notify and proxy in one process, wired with the in-process adapters of
 * the three ports. The same role code runs in the distributed mode behind gRPC and Redis.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { createLogger, loadConfig, OpsServer } from '@wharf/core';
import { Store } from '@wharf/store';
import { NotifyService } from '@wharf/notify';
import { LocalSessionPort, MqttProxy } from '@wharf/proxy';
import { announceReady, handleSignals } from '../lifecycle.ts';

export async function runStart(argv: string[]): Promise<number> {
  const config = loadConfig({ argv });
  const logger = createLogger(config.logLevel, { role: 'all-in-one' });
  const dataDir = resolve(config.dataDir);
  mkdirSync(dataDir, { recursive: true });

  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'wharf_process_' });

  const notify = new NotifyService({
    coalesceMs: config.notifyCoalesceMs,
    inlineMaxBytes: config.inlineMaxBytes,
    logger: logger.child({ component: 'notify' }),
    registry,
  });
  const store = await Store.open({ dataDir, config, logger: logger.child({ component: 'store' }), registry, sink: notify });
  const sessions = new LocalSessionPort({ store, logger: logger.child({ component: 'sessions' }), offsetFlushMs: config.offsetFlushMs });
  await sessions.start();
  const proxy = new MqttProxy({ config, store, notify: notify.connect(), sessions, logger: logger.child({ component: 'proxy' }), registry });

  let accepting = false;
  const ops = new OpsServer({
    registry,
    logger,
    readiness: () => (accepting && lifecycle.isReady() ? { ready: true } : { ready: false, reason: accepting ? 'draining' : 'starting' }),
  });
  const lifecycle = handleSignals(logger, async () => {
    accepting = false;
    await proxy.close();
    await sessions.close();
    await notify.close();
    await store.close();
    await ops.close();
  });

  const httpPort = await ops.listen(config.httpPort, config.host);
  const { port: mqttPort } = await proxy.listen(config.mqttPort, config.host);
  accepting = true;
  announceReady({ role: 'all-in-one', mqttPort, httpPort, host: config.host, dataDir, pid: process.pid });
  await lifecycle.stopped;
  return 0;
}
