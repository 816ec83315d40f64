/**
 * What a Connection needs from the byte stream under it. A net.Socket (plain TCP) and a
 * tls.TLSSocket satisfy it as they are, so those paths run with no wrapper; WebSocket
 * connections get an adapter (websocket-transport.ts).
 */
export interface Transport {
  readonly remoteAddress?: string | undefined;
  readonly remotePort?: number | undefined;
  /** No more writes go out (closed, or closing on the transport's own terms). */
  readonly destroyed: boolean;
  /** Bytes handed over and not yet taken by the kernel. */
  readonly writableLength: number;
  /** Over the high-water mark: a 'drain' event follows. */
  readonly writableNeedDrain: boolean;
  setNoDelay(noDelay?: boolean): unknown;
  /** Bytes as they arrive; MQTT packets may be cut anywhere. */
  on(event: 'data', listener: (chunk: Buffer) => void): unknown;
  on(event: 'drain' | 'close', listener: () => void): unknown;
  on(event: 'error', listener: (err: Error) => void): unknown;
  pause(): unknown;
  resume(): unknown;
  /** `cb` runs once the bytes were handed to the kernel (or the transport failed). */
  write(chunk: Buffer, cb?: (err?: Error | null) => void): boolean;
  /** Writes between cork() and uncork() leave as one unit. */
  cork(): void;
  uncork(): void;
  /** Closes after what was written; the peer is told the way the transport does it. */
  end(): unknown;
  destroy(): unknown;
}

/** A listener of one kind (tcp, tls, ws): binds, and hands each new transport to the proxy. */
export interface Listener {
  readonly kind: 'tcp' | 'tls' | 'ws';
  listen(port: number, host: string): Promise<number>;
  /** Stops accepting; resolves once every accepted transport has closed. */
  close(): Promise<void>;
}
