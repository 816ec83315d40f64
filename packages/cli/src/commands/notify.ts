/** `wharf notify`: the lookup service. Stores feed it queue-advanced events; proxies subscribe. */
import { NotifyService } from '@wharf/notify';
import { NotifyGrpcServer } from '@wharf/rpc';
import { runRole } from '../role.ts';

export function runNotify(argv: string[]): Promise<number> {
  return runRole('notify', argv, async ({ config, logger, registry }) => {
    const hub = new NotifyService({ coalesceMs: config.notifyCoalesceMs, inlineMaxBytes: config.inlineMaxBytes, logger, registry });
    const server = new NotifyGrpcServer({ notify: hub, inlineMaxBytes: config.inlineMaxBytes, logger: logger.child({ component: 'grpc' }), registry });
    const grpcPort = await server.listen(config.grpcPort, config.host);
    return {
      announce: { grpcPort },
      async drain() {
        await server.close();
        await hub.close();
      },
    };
  });
}
