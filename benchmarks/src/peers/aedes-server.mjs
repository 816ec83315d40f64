// Starts aedes (installed under benchmarks/.peers) on 127.0.0.1 and prints the same JSON ready
// line Wharf prints, so the benchmark reads the bound port the same way for both.
// usage: node aedes-server.mjs <peers dir> [port, 0 for any] [nodelay|nagle]
import net from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [peersDir, portArg = '0', delayArg = 'nagle'] = process.argv.slice(2);
if (peersDir === undefined) {
  process.stderr.write('usage: aedes-server.mjs <peers dir> [port]\n');
  process.exit(2);
}

const { Aedes } = await import(pathToFileURL(join(peersDir, 'node_modules', 'aedes', 'aedes.js')).href);
const broker = await Aedes.createBroker();
const server = net.createServer({ noDelay: delayArg === 'nodelay' }, broker.handle);

server.listen(Number(portArg), '127.0.0.1', () => {
  const { port } = server.address();
  process.stdout.write(`${JSON.stringify({ level: 'info', msg: 'ready', mqttPort: port, pid: process.pid })}\n`);
});

function shutdown() {
  server.close();
  broker.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
