import { createServer, type Server, type Socket } from 'node:net';
import type { Listener } from './transport.ts';

/** The plain TCP listener. TLS and WebSocket listeners hand their transports to the same callback. */
export class TcpListener implements Listener {
  readonly kind = 'tcp';
  private readonly server: Server;

  constructor(onSocket: (socket: Socket) => void) {
    this.server = createServer({ noDelay: true }, onSocket);
  }

  listen(port: number, host: string): Promise<number> {
    return bindServer(this.server, port, host);
  }

  /** Stops accepting; resolves once every accepted socket has closed. */
  close(): Promise<void> {
    return closeServer(this.server);
  }
}

/** Resolves with the bound port (the OS's choice for port 0). */
export function bindServer(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error): void => reject(err);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      const address = server.address();
      resolve(typeof address === 'object' && address !== null ? address.port : port);
    });
  });
}

/** Stops accepting; resolves once every connection the server accepted has closed. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) {
      resolve();
      return;
    }
    server.close(() => resolve());
  });
}
