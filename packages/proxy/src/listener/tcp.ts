import { createServer, type Server, type Socket } from 'node:net';

/** The plain TCP listener. TLS and WebSocket listeners hand sockets to the same callback. */
export class TcpListener {
  private readonly server: Server;

  constructor(onSocket: (socket: Socket) => void) {
    this.server = createServer({ noDelay: true }, onSocket);
  }

  listen(port: number, host: string): Promise<number> {
    return new Promise((resolve, reject) => {
      const onError = (err: Error): void => reject(err);
      this.server.once('error', onError);
      this.server.listen(port, host, () => {
        this.server.off('error', onError);
        const address = this.server.address();
        resolve(typeof address === 'object' && address !== null ? address.port : port);
      });
    });
  }

  /** Stops accepting; resolves once every accepted socket has closed. */
  close(): Promise<void> {
    return new Promise((resolve) => {
      if (!this.server.listening) {
        resolve();
        return;
      }
      this.server.close(() => resolve());
    });
  }
}
