import { readFileSync } from 'node:fs';
import type { Socket } from 'node:net';
import { createSecureContext, createServer, type Server, type TLSSocket } from 'node:tls';
import { ConfigError, type Logger, type WharfConfig } from '@wharf/core';
import { bindServer, closeServer } from './tcp.ts';
import type { Listener } from './transport.ts';

export interface TlsCredentials {
  cert: Buffer;
  key: Buffer;
  /** CAs that sign client certificates; null: clients are not asked for one. */
  ca: Buffer | null;
  requireClientCert: boolean;
}

export type TlsFiles = Pick<WharfConfig, 'tlsCert' | 'tlsKey' | 'tlsCa' | 'tlsRequireClientCert'>;

function readPem(path: string, flag: string): Buffer {
  if (path === '') throw new ConfigError(`${flag} is required when the TLS listener is on (--tls-port ≥ 0)`);
  try {
    return readFileSync(path);
  } catch (err) {
    throw new ConfigError(`${flag}: cannot read ${path}: ${(err as Error).message}`);
  }
}

/** Reads and checks the PEM files; every failure is a ConfigError naming the option. */
export function loadTlsCredentials(files: TlsFiles): TlsCredentials {
  const cert = readPem(files.tlsCert, '--tls-cert');
  const key = readPem(files.tlsKey, '--tls-key');
  const requireClientCert = files.tlsRequireClientCert === 'true';
  if (requireClientCert && files.tlsCa === '') {
    throw new ConfigError('--tls-require-client-cert true needs --tls-ca (the CA that signs client certificates)');
  }
  const ca = files.tlsCa === '' ? null : readPem(files.tlsCa, '--tls-ca');
  try {
    // Parses certificate, key and CA now, so a wrong file fails at start rather than per handshake.
    createSecureContext(ca === null ? { cert, key } : { cert, key, ca });
  } catch (err) {
    throw new ConfigError(`--tls-cert ${files.tlsCert} / --tls-key ${files.tlsKey}${ca === null ? '' : ` / --tls-ca ${files.tlsCa}`}: ${(err as Error).message}`);
  }
  return { cert, key, ca, requireClientCert };
}

export interface TlsListenerOptions {
  credentials: TlsCredentials;
  /** A handshake that takes longer is dropped (it holds a socket and no connection yet). */
  handshakeTimeoutMs: number;
  /** Sockets this listener holds at most, handshakes included. */
  maxSockets: number;
  logger: Logger;
}

/** MQTT over TLS: the same Connection on a TLSSocket, handed over once the handshake is done. */
export class TlsListener implements Listener {
  readonly kind = 'tls';
  private readonly server: Server;
  /** Raw sockets whose handshake has not finished, by remote address (dropped on close()). */
  private readonly handshaking = new Map<string, Socket>();

  constructor(options: TlsListenerOptions, onSocket: (socket: TLSSocket) => void) {
    const { credentials, logger } = options;
    const requestCert = credentials.ca !== null;
    this.server = createServer(
      {
        cert: credentials.cert,
        key: credentials.key,
        ...(credentials.ca !== null ? { ca: credentials.ca } : {}),
        requestCert,
        rejectUnauthorized: requestCert && credentials.requireClientCert,
        handshakeTimeout: options.handshakeTimeoutMs,
        noDelay: true,
      },
      (socket) => {
        this.handshaking.delete(remoteKey(socket));
        onSocket(socket);
      },
    );
    this.server.maxConnections = options.maxSockets;
    this.server.on('connection', (raw: Socket) => {
      const key = remoteKey(raw);
      this.handshaking.set(key, raw);
      raw.once('close', () => this.handshaking.get(key) === raw && this.handshaking.delete(key));
    });
    // Port scanners, plain-MQTT clients on the TLS port, expired certificates: common, not errors.
    this.server.on('tlsClientError', (err: Error, socket: TLSSocket) => {
      if (logger.isEnabled('debug')) logger.debug('TLS handshake failed', { remote: remoteKey(socket), err: err.message });
    });
  }

  listen(port: number, host: string): Promise<number> {
    return bindServer(this.server, port, host);
  }

  close(): Promise<void> {
    const closed = closeServer(this.server);
    for (const raw of this.handshaking.values()) raw.destroy();
    this.handshaking.clear();
    return closed;
  }
}

function remoteKey(socket: Socket): string {
  return `${socket.remoteAddress ?? '?'}:${socket.remotePort ?? '?'}`;
}
