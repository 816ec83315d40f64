/**
 * `wharf proxy`: the stateless MQTT front end. Messages go to the store over gRPC, queue events
 * come from notify, sessions live in Redis; the protocol code is the all-in-one's.
 */
import { hostname } from 'node:os';
import { ConfigError, loadPartitionMap } from '@wharf/core';
import { loadSecurity, loadTlsCredentials, MqttProxy, RedisSessionPort } from '@wharf/proxy';
import { GrpcNotifyClient, GrpcStoreClient } from '@wharf/rpc';
import { loadApiKeys, mountQueuesApi, reloadAll } from '../queues-api.ts';
import { runRole } from '../role.ts';

export function runProxy(argv: string[]): Promise<number> {
  return runRole('proxy', argv, async ({ config, logger, registry, http }) => {
    if (config.stores.length === 0) throw new ConfigError('--stores needs at least one host:port');
    const partitions = loadPartitionMap({ partitions: config.partitions, stores: config.stores.length, partitionMap: config.partitionMap });
    if (config.notify.length === 0) throw new ConfigError('--notify needs at least one host:port');
    const proxyId = config.proxyId !== '' ? config.proxyId : `${hostname()}-${process.pid}`;
    // Password, ACL, JWT and TLS files before any connection: a bad one fails the start at once.
    const proxyLogger = logger.child({ component: 'proxy' });
    const security = loadSecurity(config, proxyLogger);
    const tlsCredentials = config.tlsPort < 0 ? undefined : loadTlsCredentials(config);
    const restLogger = logger.child({ component: 'rest' });
    const apiKeys = loadApiKeys(config, restLogger);
    const stores = config.stores.map(
      (address) => new GrpcStoreClient({ address, deadlineMs: config.rpcDeadlineMs, logger: logger.child({ component: 'store-client', store: address }), registry }),
    );
    const notify = new GrpcNotifyClient({ address: config.notify[0]!, logger: logger.child({ component: 'notify-client' }), registry });
    const sessions = new RedisSessionPort({ redis: config.redis, proxyId, logger: logger.child({ component: 'sessions' }), registry });
    await sessions.start();
    const proxy = new MqttProxy({
      config,
      stores,
      partitions,
      notify,
      sessions,
      security,
      ...(tlsCredentials !== undefined ? { tlsCredentials } : {}),
      sysNode: proxyId,
      logger: proxyLogger,
      registry,
    });
    mountQueuesApi(http, { stores, partitions, apiKeys, logger: restLogger });
    // mqttPort, and tlsPort / wsPort when those listeners are on.
    const ports = await proxy.listenAll();
    return {
      announce: { ...ports, proxyId, stores: config.stores, partitions: partitions.partitions, notify: config.notify },
      reload: () => reloadAll(() => proxy.reloadSecurity(), () => restLogger.info('REST API keys reloaded', { keys: apiKeys.reload() })),
      async drain() {
        // Clients first (MQTT 5 0x8B, offsets saved), then the connections behind them.
        await proxy.close();
        await sessions.close();
        await notify.close();
        await Promise.all(stores.map((s) => s.close()));
      },
    };
  });
}
