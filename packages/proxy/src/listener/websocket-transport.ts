import type { Socket } from 'node:net';
import { WebSocket, type RawData } from 'ws';
import type { Transport } from './transport.ts';

const SEND_OPTIONS = { binary: true } as const;
/** RFC 6455 §7.4.1: the endpoint got a data type it cannot accept. */
const UNSUPPORTED_DATA = 1003;
const NORMAL_CLOSURE = 1000;

type WriteCallback = (err?: Error | null) => void;

/**
 * An MQTT byte stream over one WebSocket (MQTT 5 §6, 3.1.1 §6). Every binary message is a
 * chunk of the stream, cut anywhere; what the connection writes between cork() and uncork()
 * leaves as one message. Flow control is the underlying socket's: pausing stops reading it,
 * `writableLength` is ws's bufferedAmount, 'drain' is the socket's.
 */
export class WebSocketTransport implements Transport {
  readonly remoteAddress: string | undefined;
  readonly remotePort: number | undefined;
  private corked = 0;
  private held: Buffer[] = [];
  private heldBytes = 0;
  private heldCallback: WriteCallback | undefined = undefined;
  /** A text frame arrived: the stream is void, nothing more is read from it. */
  private refused = false;

  constructor(
    private readonly ws: WebSocket,
    private readonly socket: Socket,
  ) {
    this.remoteAddress = socket.remoteAddress;
    this.remotePort = socket.remotePort;
  }

  get destroyed(): boolean {
    return this.ws.readyState !== WebSocket.OPEN;
  }

  get writableLength(): number {
    return this.ws.bufferedAmount + this.heldBytes;
  }

  get writableNeedDrain(): boolean {
    return this.socket.writableNeedDrain;
  }

  /** The WebSocket subprotocol agreed on in the handshake ('' when the client asked for none). */
  get protocol(): string {
    return this.ws.protocol;
  }

  setNoDelay(noDelay = true): this {
    this.socket.setNoDelay(noDelay);
    return this;
  }

  on(event: 'data', listener: (chunk: Buffer) => void): this;
  on(event: 'drain' | 'close', listener: () => void): this;
  on(event: 'error', listener: (err: Error) => void): this;
  on(event: 'data' | 'drain' | 'close' | 'error', listener: ((chunk: Buffer) => void) | ((err: Error) => void) | (() => void)): this {
    switch (event) {
      case 'data': {
        const onChunk = listener as (chunk: Buffer) => void;
        this.ws.on('message', (data: RawData, isBinary: boolean) => {
          if (this.refused) return;
          if (!isBinary) {
            // MQTT 5 §6.0.0-1: a text frame closes the network connection.
            this.refused = true;
            this.ws.close(UNSUPPORTED_DATA, 'MQTT needs binary frames');
            return;
          }
          // binaryType 'nodebuffer' (the default): one Buffer per message, fragments joined.
          if (!Buffer.isBuffer(data)) throw new Error('ws delivered a message that is not a Buffer');
          onChunk(data);
        });
        break;
      }
      case 'drain':
        this.socket.on('drain', listener as () => void);
        break;
      case 'close': {
        const onClose = listener as () => void;
        this.ws.on('close', () => onClose());
        break;
      }
      case 'error':
        this.ws.on('error', listener as (err: Error) => void);
        break;
    }
    return this;
  }

  pause(): void {
    this.ws.pause();
  }

  resume(): void {
    this.ws.resume();
  }

  write(chunk: Buffer, cb?: WriteCallback): boolean {
    if (this.corked > 0) {
      this.held.push(chunk);
      this.heldBytes += chunk.length;
      if (cb !== undefined) {
        const prev = this.heldCallback;
        this.heldCallback = prev === undefined ? cb : (err) => (prev(err), cb(err));
      }
      return true;
    }
    this.ws.send(chunk, SEND_OPTIONS, cb);
    return !this.socket.writableNeedDrain;
  }

  cork(): void {
    this.corked++;
  }

  /** Sends what was written while corked as one message. */
  uncork(): void {
    if (this.corked === 0 || --this.corked > 0) return;
    const held = this.held;
    if (held.length === 0) return;
    const data = held.length === 1 ? held[0]! : Buffer.concat(held, this.heldBytes);
    const cb = this.heldCallback;
    this.held = [];
    this.heldBytes = 0;
    this.heldCallback = undefined;
    this.ws.send(data, SEND_OPTIONS, cb);
  }

  /** Closing handshake after what was sent (the caller bounds how long it may take). */
  end(): void {
    this.ws.close(NORMAL_CLOSURE);
  }

  destroy(): void {
    this.ws.terminate();
  }
}
