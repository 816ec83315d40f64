import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { ConfigError, type Logger } from '@wharf/core';
import { bindServer, closeServer } from './tcp.ts';
import type { Listener } from './transport.ts';
import { WebSocketTransport } from './websocket-transport.ts';

/** Subprotocols MQTT clients ask for, in order of preference: MQTT 3.1.1/5 name it `mqtt`, old 3.1 clients `mqttv3.1`. */
const SUBPROTOCOLS = ['mqtt', 'mqttv3.1'] as const;

/**
 * Bytes a WebSocket message may carry beyond one packet of the largest size: clients that batch
 * put small packets beside a big one. A bigger message closes the connection with 1009.
 */
const MESSAGE_SLACK = 64 * 1024;

/** How often Node checks the header/request timeouts of HTTP requests still being read. */
const REQUEST_CHECK_MS = 1000;

export interface WebSocketListenerOptions {
  /** The one HTTP path that upgrades, e.g. `/mqtt`. */
  path: string;
  /** The proxy's --max-packet-size: a WebSocket message may hold one such packet and a few small ones. */
  maxPacketSize: number;
  /** An HTTP request (the upgrade included) that takes longer to arrive is dropped. */
  requestTimeoutMs: number;
  /** Sockets this listener holds at most, upgraded or not. */
  maxSockets: number;
  logger: Logger;
}

/**
 * MQTT over WebSocket: an HTTP server that upgrades requests for one path and hands each
 * WebSocket to the proxy as a Transport. Other requests get a plain HTTP answer (404 for
 * another path, 426 for the MQTT path without an upgrade).
 */
export class WebSocketListener implements Listener {
  readonly kind = 'ws';
  private readonly http: Server;
  private readonly wss: WebSocketServer;
  /** Sockets not upgraded yet (dropped on close()). */
  private readonly pending = new Set<Socket>();
  private closing = false;

  constructor(
    private readonly options: WebSocketListenerOptions,
    onTransport: (transport: WebSocketTransport) => void,
  ) {
    if (!options.path.startsWith('/')) throw new ConfigError(`--ws-path must start with "/", not "${options.path}"`);
    this.wss = new WebSocketServer({
      noServer: true,
      clientTracking: false,
      // Compression would cost a zlib context per connection and a copy per message.
      perMessageDeflate: false,
      maxPayload: options.maxPacketSize + MESSAGE_SLACK,
      handleProtocols: (offered) => SUBPROTOCOLS.find((p) => offered.has(p)) ?? false,
    });
    this.http = createServer(
      {
        noDelay: true,
        requestTimeout: options.requestTimeoutMs,
        headersTimeout: options.requestTimeoutMs,
        connectionsCheckingInterval: Math.min(REQUEST_CHECK_MS, options.requestTimeoutMs),
      },
      (req, res) => this.onRequest(req, res),
    );
    this.http.maxConnections = options.maxSockets;
    this.http.on('connection', (socket: Socket) => {
      this.pending.add(socket);
      socket.once('close', () => this.pending.delete(socket));
    });
    this.http.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      if (!(socket instanceof Socket)) throw new Error('HTTP upgrade on a stream that is not a socket');
      this.onUpgrade(req, socket, head, onTransport);
    });
  }

  private onRequest(req: IncomingMessage, res: ServerResponse): void {
    const onPath = pathOf(req.url) === this.options.path;
    const status = onPath ? 426 : 404;
    const body = onPath ? `MQTT over WebSocket: upgrade to a WebSocket (subprotocol "mqtt") at ${this.options.path}\n` : 'not found\n';
    res.writeHead(status, {
      'content-type': 'text/plain; charset=utf-8',
      'content-length': Buffer.byteLength(body),
      connection: 'close',
      ...(onPath ? { upgrade: 'websocket' } : {}),
    });
    res.end(body);
  }

  private onUpgrade(req: IncomingMessage, socket: Socket, head: Buffer, onTransport: (t: WebSocketTransport) => void): void {
    if (pathOf(req.url) !== this.options.path) {
      refuse(socket, 404);
      return;
    }
    if (this.closing) {
      refuse(socket, 503);
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      this.pending.delete(socket);
      if (this.options.logger.isEnabled('debug')) {
        this.options.logger.debug('websocket upgraded', { remote: `${socket.remoteAddress}:${socket.remotePort}`, subprotocol: ws.protocol });
      }
      onTransport(new WebSocketTransport(ws, socket));
    });
  }

  listen(port: number, host: string): Promise<number> {
    return bindServer(this.http, port, host);
  }

  close(): Promise<void> {
    this.closing = true;
    const closed = closeServer(this.http);
    for (const socket of this.pending) socket.destroy();
    this.pending.clear();
    return closed;
  }
}

function pathOf(url: string | undefined): string {
  if (url === undefined) return '';
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}

/** An HTTP answer on a socket that asked for an upgrade, then close. */
function refuse(socket: Socket, status: number): void {
  const text = STATUS_CODES[status] ?? 'Error';
  socket.once('finish', () => socket.destroy());
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${text.length + 1}\r\n\r\n${text}\n`);
}
