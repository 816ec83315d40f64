/**
 * Serving the message-queue REST API from a role (`wharf start`, `wharf proxy`): API keys read
 * at start (a bad file fails the start, naming --api-keys-file and the line), the route on the
 * role's --http-port, and a reload of the keys on SIGHUP.
 */
import type { Logger, OpsServer, PartitionMap, StorePort, WharfConfig } from '@wharf/core';
import { ApiKeys, QueueAdmin, queuesRestRoute } from '@wharf/proxy';

export function loadApiKeys(config: WharfConfig, logger: Logger): ApiKeys {
  const keys = ApiKeys.load(config.apiKeysFile);
  if (keys.configured) logger.info('REST API keys loaded', { file: config.apiKeysFile, keys: keys.size });
  else logger.info('no --api-keys-file: the message-queue REST API refuses every request');
  return keys;
}

export function mountQueuesApi(http: OpsServer, options: { stores: readonly StorePort[]; partitions: PartitionMap; apiKeys: ApiKeys; logger: Logger }): void {
  const admin = new QueueAdmin(options.stores, options.partitions);
  http.addRoute(queuesRestRoute({ admin, apiKeys: options.apiKeys, logger: options.logger }));
}

/** Runs every reload, each even when another failed; throws the first failure afterwards. */
export function reloadAll(...steps: (() => void)[]): void {
  let first: unknown;
  for (const step of steps) {
    try {
      step();
    } catch (err) {
      first ??= err;
    }
  }
  if (first !== undefined) throw first;
}
