/**
 * WHARF_TEST_TARGET=cluster: the broker under test is a distributed cluster (Redis, notify, one
 * store, two proxies) behind a round-robin TCP balancer. Each new client connection goes to the
 * next proxy, so a publisher and its subscriber usually sit on different proxies and a
 * reconnecting session usually moves: the suites written against one broker check the
 * distributed paths unchanged (issue 4: "in all-in-one and in distributed mode alike").
 */
import { createServer, connect as tcpConnect, type Server, type Socket } from 'node:net';
import type { Broker, StartOptions } from './broker.ts';
import { startCluster, type Cluster } from './cluster.ts';

const HOST = '127.0.0.1';

/** Alternates connections between the proxies; a connection whose proxy is down goes to the next. */
class Balancer {
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private next = 0;
  port = 0;

  constructor(private readonly ports: () => number[]) {
    this.server = createServer((client) => this.route(client, 0));
  }

  listen(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, HOST, () => {
        const addr = this.server.address();
        if (addr === null || typeof addr === 'string') return reject(new Error('balancer has no port'));
        this.port = addr.port;
        resolve();
      });
    });
  }

  private route(client: Socket, attempt: number): void {
    const ports = this.ports();
    const port = ports[this.next++ % ports.length]!;
    client.pause();
    const upstream = tcpConnect({ host: HOST, port });
    // Client and proxy see each other's byte stream unchanged, small packets included.
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    let connected = false;
    upstream.once('connect', () => {
      connected = true;
      this.sockets.add(client);
      this.sockets.add(upstream);
      client.pipe(upstream);
      upstream.pipe(client);
      client.resume();
    });
    const drop = (): void => {
      this.sockets.delete(client);
      this.sockets.delete(upstream);
      client.destroy();
      upstream.destroy();
    };
    upstream.once('error', () => {
      if (!connected && attempt + 1 < ports.length) this.route(client, attempt + 1);
      else drop();
    });
    upstream.once('close', () => {
      if (connected) drop();
    });
    client.once('error', drop);
    client.once('close', drop);
  }

  close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

class ClusterBroker implements Broker {
  readonly target = 'wharf' as const;
  constructor(
    private readonly cluster: Cluster,
    private readonly balancer: Balancer,
  ) {}

  get port(): number {
    return this.balancer.port;
  }
  get httpPort(): number {
    return this.cluster.proxies[0]!.httpPort;
  }
  get dataDir(): string {
    return this.cluster.store.dataDir;
  }
  get url(): string {
    return `mqtt://${HOST}:${this.balancer.port}`;
  }
  logs(): string[] {
    return this.cluster.nodes().flatMap((n) => n.logs());
  }
  stderr(): string[] {
    return this.cluster.nodes().flatMap((n) => n.stderr());
  }
  alive(): boolean {
    return this.cluster.proxies.some((p) => p.alive());
  }
  pid(): number | undefined {
    return this.cluster.proxies[0]!.pid();
  }
  async stop(): Promise<void> {
    // Proxies first: their DISCONNECT 0x8B must still pass the balancer on its way to the clients.
    await this.cluster.stopAll();
    await this.balancer.close();
  }
  /** Every role process dies at once, as a power loss would take a small cluster. */
  async kill9(): Promise<void> {
    await Promise.all([...this.cluster.proxies, ...this.cluster.stores, this.cluster.notify].map((n) => n.kill9()));
  }
  async restart(): Promise<void> {
    for (const p of this.cluster.proxies) if (p.alive()) await p.stop();
    for (const s of this.cluster.stores) if (s.alive()) await s.stop();
    if (!this.cluster.notify.alive()) await this.cluster.notify.start();
    for (const s of this.cluster.stores) await s.start();
    for (const p of this.cluster.proxies) await p.start();
  }
}

export async function startClusterBroker(opts: StartOptions): Promise<Broker> {
  if (opts.dataDir !== undefined) throw new Error('WHARF_TEST_TARGET=cluster cannot reuse a data dir');
  // Every flag a suite passes is a proxy limit (receive maximum, packet size, keepalive, ...).
  const cluster = await startCluster({ proxies: 2, args: { proxy: opts.args ?? [] }, name: 'conformance' });
  const balancer = new Balancer(() => cluster.proxies.map((p) => p.port));
  try {
    await balancer.listen();
  } catch (err) {
    await cluster.stopAll();
    throw err;
  }
  return new ClusterBroker(cluster, balancer);
}
