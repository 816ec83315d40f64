#!/usr/bin/env node
/** The `wharf` command. Each subcommand lives in its own file under commands/. */
import { ConfigError, configHelp } from '@wharf/core';

const USAGE = `usage: wharf <command> [options]

commands:
  start      run every role in one process (embedded RocksDB, in-process sessions)
  store      run a store node: commit log + RocksDB index behind gRPC (--grpc-port, --data-dir, --notify)
  notify     run a notify node: queue → proxy lookup over gRPC (--grpc-port)
  proxy      run an MQTT proxy node (--mqtt-port, --stores, --notify, --redis)
  queues     create, list, show, update or delete message queues over the REST API (wharf queues --help)
  passwd     add, update or delete a user in a password file (wharf passwd --help)
  help       show this text
  version    print the version

options (each also an environment variable, or a key in the --config JSON file):
${configHelp()}
`;

const VERSION = '0.1.0';

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'start':
      // Loaded on demand so `help` works even where a role's native parts cannot load.
      return (await import('./commands/start.ts')).runStart(rest);
    case 'store':
      return (await import('./commands/store.ts')).runStore(rest);
    case 'notify':
      return (await import('./commands/notify.ts')).runNotify(rest);
    case 'proxy':
      return (await import('./commands/proxy.ts')).runProxy(rest);
    case 'queues':
      return (await import('./commands/queues.ts')).runQueues(rest);
    case 'passwd':
      return (await import('./commands/passwd.ts')).runPasswd(rest);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE);
      return command === undefined ? 1 : 0;
    case 'version':
    case '--version':
      process.stdout.write(`wharf ${VERSION}\n`);
      return 0;
    default:
      process.stderr.write(`wharf: unknown command "${command}"\n\n${USAGE}`);
      return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== 0) process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof ConfigError) process.stderr.write(`wharf: configuration error: ${err.message}\n`);
    else process.stderr.write(`wharf: fatal: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
