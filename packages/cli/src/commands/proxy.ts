/**
 * `wharf proxy`: the stateless MQTT front end. Messages go to the store over gRPC, queue events
 * come from notify, sessions live in Redis; the protocol code is the all-in-one's.
 */
import { hostname } from 'node:os';
import { ConfigError } from '@wharf/core';
import { MqttProxy, RedisSessionPort } from '@wharf/proxy';
import { GrpcNotifyClient, GrpcStoreClient } from '@wharf/rpc';
import { runRole } from '../role.ts';

export function runProxy(argv: string[]): Promise<number> {
  return runRole('proxy', argv, async ({ config, logger, registry }) => {
    if (config.stores.length !== 1) {
      // Partition routing across several stores is not built yet; refuse rather than misroute.
      throw new ConfigError(`--stores lists ${config.stores.length} stores; this version runs exactly one store per cluster`);
    }
    if (config.notify.length === 0) throw new ConfigError('--notify needs at least one host:port');
    const proxyId = config.proxyId !== '' ? config.proxyId : `${hostname()}-${process.pid}`;
    const store = new GrpcStoreClient({ address: config.stores[0]!, deadlineMs: config.rpcDeadlineMs, logger: logger.child({ component: 'store-client' }), registry });
    const notify = new GrpcNotifyClient({ address: config.notify[0]!, logger: logger.child({ component: 'notify-client' }), registry });
    const sessions = new RedisSessionPort({ redis: config.redis, proxyId, logger: logger.child({ component: 'sessions' }), registry });
    await sessions.start();
    const proxy = new MqttProxy({ config, store, notify, sessions, logger: logger.child({ component: 'proxy' }), registry });
    const { port: mqttPort } = await proxy.listen(config.mqttPort, config.host);
    return {
      announce: { mqttPort, proxyId, stores: config.stores, notify: config.notify },
      async drain() {
        // Clients first (MQTT 5 0x8B, offsets saved), then the connections behind them.
        await proxy.close();
        await sessions.close();
        await notify.close();
        await store.close();
      },
    };
  });
}
