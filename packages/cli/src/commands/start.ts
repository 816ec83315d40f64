/**
 * `wharf start`: store, notify and proxy in one process, wired with the in-process adapters of
 * the three ports. The same role code runs in the distributed mode behind gRPC and Redis.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Store } from '@wharf/store';
import { NotifyService } from '@wharf/notify';
import { PartitionMap } from '@wharf/core';
import { loadSecurity, loadTlsCredentials, LocalSessionPort, MqttProxy } from '@wharf/proxy';
import { loadApiKeys, mountQueuesApi, reloadAll } from '../queues-api.ts';
import { runRole } from '../role.ts';

export function runStart(argv: string[]): Promise<number> {
  return runRole('all-in-one', argv, async ({ config, logger, registry, http }) => {
    // Password, ACL, JWT and TLS files first: a bad one fails the start before any data is touched.
    const proxyLogger = logger.child({ component: 'proxy' });
    const security = loadSecurity(config, proxyLogger);
    const tlsCredentials = config.tlsPort < 0 ? undefined : loadTlsCredentials(config);
    const restLogger = logger.child({ component: 'rest' });
    const apiKeys = loadApiKeys(config, restLogger);
    const dataDir = resolve(config.dataDir);
    mkdirSync(dataDir, { recursive: true });
    const notify = new NotifyService({
      coalesceMs: config.notifyCoalesceMs,
      inlineMaxBytes: config.inlineMaxBytes,
      logger: logger.child({ component: 'notify' }),
      registry,
    });
    const store = await Store.open({ dataDir, config, logger: logger.child({ component: 'store' }), registry, sink: notify });
    const sessions = new LocalSessionPort({ store, logger: logger.child({ component: 'sessions' }), offsetFlushMs: config.offsetFlushMs });
    await sessions.start();
    const proxy = new MqttProxy({
      config,
      stores: [store],
      notify: notify.connect(),
      sessions,
      security,
      ...(tlsCredentials !== undefined ? { tlsCredentials } : {}),
      logger: proxyLogger,
      registry,
    });
    mountQueuesApi(http, { stores: [store], partitions: new PartitionMap(config.partitions, 1), apiKeys, logger: restLogger });
    // mqttPort, and tlsPort / wsPort when those listeners are on.
    const ports = await proxy.listenAll();
    return {
      announce: { ...ports, dataDir },
      reload: () => reloadAll(() => proxy.reloadSecurity(), () => restLogger.info('REST API keys reloaded', { keys: apiKeys.reload() })),
      async drain() {
        await proxy.close();
        await sessions.close();
        await notify.close();
        await store.close();
      },
    };
  });
}
