/**
 * The operations endpoint every role serves (DESIGN §6): Prometheus `/metrics`, liveness
 * `/healthz` and readiness `/readyz`. Extra routes (the REST API later) plug in as handlers.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import type { Logger } from './log.ts';

export type Readiness = () => { ready: boolean; reason?: string };

/** Returns true when it handled the request. */
export type HttpRoute = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

export interface OpsServerOptions {
  registry: Registry;
  readiness: Readiness;
  logger: Logger;
  routes?: HttpRoute[];
}

export class OpsServer {
  private readonly server: Server;
  private readonly routes: HttpRoute[];

  constructor(private readonly options: OpsServerOptions) {
    this.routes = [...(options.routes ?? [])];
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        options.logger.error('http handler failed', { url: req.url, err });
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('internal error\n');
      });
    });
    // Scrapers keep connections alive; close() must not wait on them.
    this.server.keepAliveTimeout = 5_000;
  }

  addRoute(route: HttpRoute): void {
    this.routes.push(route);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && path === '/metrics') {
      const body = await this.options.registry.metrics();
      res.writeHead(200, { 'content-type': this.options.registry.contentType });
      res.end(body);
      return;
    }
    if (req.method === 'GET' && path === '/healthz') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"status":"ok"}\n');
      return;
    }
    if (req.method === 'GET' && path === '/readyz') {
      const { ready, reason } = this.options.readiness();
      res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json' });
      res.end(JSON.stringify(ready ? { status: 'ready' } : { status: 'not ready', reason }) + '\n');
      return;
    }
    for (const route of this.routes) if (await route(req, res)) return;
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found\n');
  }

  listen(port: number, host: string): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        this.server.off('error', reject);
        resolve((this.server.address() as AddressInfo).port);
      });
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}
