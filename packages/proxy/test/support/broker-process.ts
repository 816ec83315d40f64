/**
 * The broker as a separate process, for crash tests: `node --import tsx broker-process.ts <dataDir>`
 * prints `{"port":N}` on stdout once listening and runs until killed.
 */
import { startBroker } from './broker.ts';

const dataDir = process.argv[2];
if (dataDir === undefined) throw new Error('usage: broker-process.ts <dataDir>');
const broker = await startBroker({ dataDir, config: { fsync: 'batch', offsetFlushMs: 20 } });
process.stdout.write(JSON.stringify({ port: broker.port }) + '\n');
process.on('SIGTERM', () => {
  void broker.stop().then(() => process.exit(0));
});
