/**
 * `wharf store`: the commit log and RocksDB index behind a gRPC server. Queue-advanced events
 * stream to every notify replica.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Store } from '@wharf/store';
import { GrpcAdvanceSink, StoreGrpcServer } from '@wharf/rpc';
import { runRole } from '../role.ts';

export function runStore(argv: string[]): Promise<number> {
  return runRole('store', argv, async ({ config, logger, registry }) => {
    const dataDir = resolve(config.dataDir);
    mkdirSync(dataDir, { recursive: true });
    const sink = new GrpcAdvanceSink({
      targets: config.notify,
      storeIndex: config.storeIndex,
      coalesceMs: config.notifyCoalesceMs,
      inlineMaxBytes: config.inlineMaxBytes,
      logger: logger.child({ component: 'feed' }),
      registry,
    });
    const store = await Store.open({ dataDir, config, logger: logger.child({ component: 'store' }), registry, sink });
    const server = new StoreGrpcServer({ store, storeIndex: config.storeIndex, logger: logger.child({ component: 'grpc' }), registry });
    const grpcPort = await server.listen(config.grpcPort, config.host);
    return {
      announce: { grpcPort, dataDir, storeIndex: config.storeIndex, notify: config.notify },
      async drain() {
        // Stop taking appends, let accepted ones become durable, then stop feeding notify.
        await server.close();
        await store.close();
        await sink.close();
      },
    };
  });
}
