/**
 * One client connection: packet I/O (framing, parsing, batched writes), the keepalive and
 * connect timers, read pausing, and the close sequence. Protocol decisions live in
 * ../protocol; this file only routes packets to them.
 */
import type { ClientIdentity } from '../auth/identity.ts';
import { generate, parser as createParser, type IAuthPacket, type Packet, type Parser } from 'mqtt-packet';
import type { Message } from '@wharf/core';
import type { ProxyContext } from '../context.ts';
import type { AppendOwner } from '../delivery/append-batcher.ts';
import type { Transport } from '../listener/transport.ts';
import type { ProtocolErrorReason } from '../metrics.ts';
import { handleAuth } from '../protocol/auth-exchange.ts';
import { decodeAck, decodePublish, PUBACK, PUBCOMP, PUBLISH, PUBREC, PUBREL, type InboundAck } from '../protocol/hot-packets.ts';
import { handleAck, handlePublish, onAppended } from '../protocol/publish-in.ts';
import { OutboundTopicAliases } from '../protocol/topic-alias-out.ts';
import { handleSubscribe, handleUnsubscribe } from '../protocol/subscribe.ts';
import { Reason } from '../reason-codes.ts';
import type { Session } from '../session/session.ts';
import { handleConnect, handleConnectFrame } from './connect.ts';
import { Framer } from './framer.ts';

const CONNECT = 1;
const DISCONNECT = 14;
const AUTH = 15;
/** setTimeout's longest delay; a credential expiring later is checked again then. */
const MAX_TIMER_MS = 2 ** 31 - 1;
const PINGRESP = Buffer.from([0xd0, 0x00]);

/** Writes up to this many bytes per flush are joined into one buffer (one syscall, tiny copy). */
const JOIN_MAX_BYTES = 64 * 1024;

/** Reading pauses while this many publishes of the connection await durability... */
export const INBOUND_PENDING_MESSAGES = 1024;
/** ...or this many payload bytes. Reading resumes at half of each. */
export const INBOUND_PENDING_BYTES = 8 * 1024 * 1024;

const PAUSE_CONNECTING = 1;
const PAUSE_APPENDS = 2;

export type ConnectionState = 'awaiting-connect' | 'connecting' | 'connected' | 'closed';

export interface CloseOptions {
  reason: string;
  /** MQTT 5 reason code sent in a DISCONNECT first (only once CONNECT was accepted). */
  code?: number;
  publishWill: boolean;
  /** Counts the close as a protocol error and logs a warn line. */
  error?: ProtocolErrorReason;
  /** MQTT 5 Reason String for the DISCONNECT (left out when the client asked for no problem information). */
  reasonString?: string;
}

/** What waiting for the client's next AUTH ends with. */
export type AuthReply = IAuthPacket | 'closed' | 'timeout';

/** Connections with writes queued in this turn; flushed together at the end of it. */
let flushList: Connection[] = [];
let flushScheduled = false;

function flushAll(): void {
  flushScheduled = false;
  const list = flushList;
  flushList = [];
  for (let i = 0; i < list.length; i++) list[i]!.flush();
}

export class Connection implements AppendOwner {
  state: ConnectionState = 'awaiting-connect';
  protocolVersion: 3 | 4 | 5 = 4;
  clientId = '';
  session: Session | null = null;
  will: Message | null = null;
  /** Who the client is once CONNECT authenticated it; every authorization check gets this object. */
  identity: ClientIdentity | null = null;
  /** The Authentication Method CONNECT named (MQTT 5 enhanced authentication); null: AUTH is a protocol error. */
  authMethod: string | null = null;
  /** A re-authentication is under way (another AUTH 0x19 meanwhile is a protocol error). */
  reauthenticating = false;
  /** MQTT 5 Request Problem Information: false means no Reason Strings to this client (§3.1.2.11.7). */
  problemInfo = true;
  willDelay = 0;
  /** The client's MQTT 5 Maximum Packet Size; 0: no limit. */
  clientMaxPacketSize = 0;
  /** Inbound MQTT 5 topic aliases. */
  topicAliases: Map<number, string> | null = null;
  /** Topic aliases this proxy assigns on its PUBLISHes (MQTT 5, client's Topic Alias Maximum > 0); null: none. */
  outboundAliases: OutboundTopicAliases | null = null;
  /** The last topic name that passed validation (publishers repeat their topics). */
  lastTopic: string | null = null;
  /** Publishes handed to the store, not yet durable. */
  pendingAppends = 0;
  pendingAppendBytes = 0;
  /** QoS 1 publishes not yet acknowledged (MQTT 5 Receive Maximum). */
  qos1Pending = 0;
  /** Delivery to this connection waits for its socket to drain. */
  blocked = false;
  readonly remoteAddress: string;
  lastActivity = Date.now();

  private keepaliveMs = 0;
  private timer: NodeJS.Timeout | null = null;
  private pauseReasons = 0;
  private out: Buffer[] = [];
  private outBytes = 0;
  private flushQueued = false;
  private readonly framer: Framer;
  private readonly parser: Parser;
  /** Frames received while CONNECT is being processed, replayed after CONNACK. */
  private held: { frame: Buffer; headerLen: number }[] | null = null;
  private appendWaiters: (() => void)[] = [];
  /** Takes the client's next AUTH during an enhanced-authentication exchange. */
  private authWaiter: ((reply: AuthReply) => void) | null = null;
  private authTimer: NodeJS.Timeout | null = null;
  /** Closes the connection when its credentials (a JWT's exp) run out. */
  private expiryTimer: NodeJS.Timeout | null = null;

  constructor(
    /** A net.Socket or TLSSocket as it is (no wrapper on the TCP path), or a WebSocket adapter. */
    readonly socket: Transport,
    readonly ctx: ProxyContext,
  ) {
    this.remoteAddress = `${socket.remoteAddress ?? '?'}:${socket.remotePort ?? '?'}`;
    socket.setNoDelay(true);
    this.framer = new Framer(ctx.config.maxPacketSize, this);
    this.parser = createParser({ protocolVersion: 4 });
    this.parser.on('packet', this.onPacket);
    this.parser.on('error', this.onParseError);
    socket.on('data', this.onData);
    socket.on('drain', this.onFlushed);
    socket.on('error', (err: Error) => {
      if (ctx.logger.isEnabled('debug')) ctx.logger.debug('socket error', { clientId: this.clientId, remote: this.remoteAddress, err });
    });
    socket.on('close', () => this.close({ reason: 'socket closed', publishWill: true }));
    this.timer = setTimeout(this.onConnectTimeout, ctx.config.connectTimeoutMs);
  }

  // ---- input ----

  private readonly onData = (chunk: Buffer): void => {
    this.lastActivity = Date.now();
    this.ctx.stats.bytesIn += chunk.length;
    try {
      this.framer.push(chunk);
      this.afterRead();
    } catch (err) {
      this.ctx.logger.error('connection handler failed', { clientId: this.clientId, remote: this.remoteAddress, err });
      this.close({ reason: 'internal error', code: Reason.implementationSpecificError, publishWill: true });
    }
  };

  /** Acknowledgements in this read freed window slots: deliver once for all of them. */
  private afterRead(): void {
    const s = this.session;
    if (s !== null && s.windowOpened && this.state === 'connected') {
      s.windowOpened = false;
      this.ctx.queues.pumpSession(s);
    }
  }

  /** FrameSink */
  frame(frame: Buffer, headerLen: number): void {
    if (this.state === 'closed') return;
    const type = frame[0]! >> 4;
    if (this.state === 'awaiting-connect') {
      if (type !== CONNECT) {
        this.close({ reason: 'first packet is not CONNECT', publishWill: false, error: 'first-not-connect' });
        return;
      }
      this.state = 'connecting';
      this.pause(PAUSE_CONNECTING);
      if (!handleConnectFrame(this, frame, headerLen)) return;
      this.parser.parse(frame);
      return;
    }
    if (this.state === 'connecting') {
      if (this.authMethod !== null) this.frameWhileAuthenticating(frame, type);
      else (this.held ??= []).push({ frame, headerLen });
      return;
    }
    this.dispatch(frame, headerLen, type);
  }

  /**
   * Before CONNACK, a client that named an Authentication Method may send only AUTH (when the
   * server asked for it) or DISCONNECT (MQTT-3.1.2-30); anything else ends it with CONNACK 0x82.
   */
  private frameWhileAuthenticating(frame: Buffer, type: number): void {
    if (type === AUTH && this.authWaiter !== null) {
      this.parser.parse(frame);
      return;
    }
    if (type === DISCONNECT) {
      this.close({ reason: 'client disconnected during authentication', publishWill: false });
      return;
    }
    this.refuse(Reason.protocolError, `packet type ${type} during enhanced authentication`, 'protocol-error', 'only AUTH may be sent before CONNACK when an Authentication Method is used');
  }

  private dispatch(frame: Buffer, headerLen: number, type: number): void {
    if (type === PUBLISH) {
      // Every PUBLISH, MQTT 5 properties included: mqtt-packet would lose the order of user properties.
      const p = decodePublish(frame, headerLen, this.protocolVersion);
      if ('malformed' in p) this.malformed(p.malformed);
      else handlePublish(this, p);
      return;
    }
    if (type >= PUBACK && type <= PUBCOMP) {
      const a = decodeAck(frame, headerLen, this.protocolVersion);
      if (a === null) this.parser.parse(frame);
      else if ('malformed' in a) this.malformed(a.malformed);
      else handleAck(this, a);
      return;
    }
    if (type === CONNECT) {
      this.close({ reason: 'second CONNECT', code: Reason.protocolError, publishWill: true, error: 'second-connect' });
      return;
    }
    this.parser.parse(frame);
  }

  /** FrameSink */
  tooLarge(size: number, type: number, head: Buffer, headerLen: number): void {
    if (this.state === 'awaiting-connect' && type === CONNECT) {
      // MQTT 5 has a CONNACK code for this; the level byte is early enough to have arrived.
      const nameLen = head.length >= headerLen + 2 ? (head[headerLen]! << 8) | head[headerLen + 1]! : -1;
      const level = nameLen >= 0 && head.length > headerLen + 2 + nameLen ? head[headerLen + 2 + nameLen]! & 0x7f : 0;
      if (level === 5) {
        this.protocolVersion = 5;
        this.refuse(Reason.packetTooLarge, `CONNECT of ${size} bytes over the limit of ${this.ctx.config.maxPacketSize}`, 'packet-too-large');
        return;
      }
    }
    this.close({
      reason: `packet of ${size} bytes (type ${type}) over the limit of ${this.ctx.config.maxPacketSize}`,
      code: Reason.packetTooLarge,
      publishWill: true,
      error: 'packet-too-large',
    });
  }

  /** FrameSink */
  malformed(reason: string): void {
    this.close({ reason: `malformed packet: ${reason}`, code: Reason.malformedPacket, publishWill: true, error: 'malformed' });
  }

  private readonly onParseError = (err: Error): void => {
    if (this.state === 'connecting' && this.session === null) {
      // A CONNECT the parser rejected after the protocol check passed.
      if (this.protocolVersion === 5) this.writePacket({ cmd: 'connack', reasonCode: Reason.malformedPacket, sessionPresent: false });
      this.close({ reason: `malformed CONNECT: ${err.message}`, publishWill: false, error: 'malformed' });
      return;
    }
    this.malformed(err.message);
  };

  private readonly onPacket = (packet: Packet): void => {
    if (this.state === 'closed') return;
    switch (packet.cmd) {
      case 'connect':
        if (this.state !== 'connecting' || this.session !== null) {
          this.close({ reason: 'second CONNECT', code: Reason.protocolError, publishWill: true, error: 'second-connect' });
          return;
        }
        this.allowOutboundAliases(packet.properties?.topicAliasMaximum);
        handleConnect(this, packet).catch((err: unknown) => {
          this.ctx.logger.error('CONNECT handling failed', { clientId: this.clientId, remote: this.remoteAddress, err });
          this.close({ reason: 'CONNECT handling failed', publishWill: false });
        });
        return;
      case 'puback':
      case 'pubrec':
      case 'pubrel':
      case 'pubcomp': {
        const type = packet.cmd === 'puback' ? PUBACK : packet.cmd === 'pubrec' ? PUBREC : packet.cmd === 'pubrel' ? PUBREL : PUBCOMP;
        const ack: InboundAck = { type, messageId: packet.messageId ?? 0, reasonCode: packet.reasonCode ?? 0 };
        handleAck(this, ack);
        return;
      }
      case 'subscribe':
        handleSubscribe(this, packet);
        return;
      case 'unsubscribe':
        handleUnsubscribe(this, packet);
        return;
      case 'pingreq':
        this.write(PINGRESP);
        return;
      case 'disconnect':
        this.onDisconnect(packet.reasonCode ?? 0, packet.properties?.sessionExpiryInterval);
        return;
      case 'auth': {
        const waiter = this.takeAuthWaiter();
        if (waiter !== null) waiter(packet);
        else handleAuth(this, packet);
        return;
      }
      default:
        this.close({ reason: `unexpected ${packet.cmd} packet from a client`, code: Reason.protocolError, publishWill: true, error: 'protocol-error' });
    }
  };

  /** MQTT-3.1.2-26/27: aliases up to the client's Topic Alias Maximum and the operator's bound; none if it set none. */
  private allowOutboundAliases(clientMax: number | undefined): void {
    const max = Math.min(clientMax ?? 0, this.ctx.config.maxOutboundTopicAliases);
    if (this.protocolVersion === 5 && max > 0) this.outboundAliases = new OutboundTopicAliases(max);
  }

  private onDisconnect(reasonCode: number, sessionExpiry: number | undefined): void {
    const s = this.session;
    if (sessionExpiry !== undefined && s !== null) {
      if (s.expiryInterval === 0 && sessionExpiry > 0) {
        // MQTT 5 §3.14.2.2.2: a session that was to end with the connection cannot be extended.
        this.close({ reason: 'DISCONNECT sets a session expiry after CONNECT had 0', code: Reason.protocolError, publishWill: true, error: 'protocol-error' });
        return;
      }
      s.expiryInterval = Math.min(sessionExpiry, this.ctx.config.maxSessionExpiry);
    }
    this.close({ reason: 'client disconnected', publishWill: this.protocolVersion === 5 && reasonCode === Reason.disconnectWithWill });
  }

  /** CONNECT accepted: replay what arrived meanwhile and start reading again. */
  connected(keepaliveSeconds: number): void {
    this.state = 'connected';
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.keepaliveMs = keepaliveSeconds * 1500;
    if (this.keepaliveMs > 0) this.timer = setTimeout(this.onKeepalive, this.keepaliveMs);
    const held = this.held;
    this.held = null;
    if (held !== null) {
      for (const h of held) {
        if (this.state !== 'connected') return;
        this.dispatch(h.frame, h.headerLen, h.frame[0]! >> 4);
      }
      this.afterRead();
    }
    this.resume(PAUSE_CONNECTING);
  }

  // ---- enhanced authentication ----

  /**
   * The client's next AUTH packet; 'timeout' after `timeoutMs` (0: no limit of its own; the
   * connect timeout bounds CONNECT), 'closed' when the connection ends first. One at a time.
   */
  nextAuth(timeoutMs: number): Promise<AuthReply> {
    if (this.authWaiter !== null) throw new Error('nextAuth while an AUTH is already awaited');
    if (this.state === 'closed') return Promise.resolve('closed');
    return new Promise<AuthReply>((resolve) => {
      this.authWaiter = resolve;
      if (timeoutMs > 0) {
        this.authTimer = setTimeout(() => {
          this.authTimer = null;
          this.takeAuthWaiter()?.('timeout');
        }, timeoutMs);
      }
      // CONNECT paused reading; the reply has to get in.
      if (this.state === 'connecting') this.resume(PAUSE_CONNECTING);
    });
  }

  private takeAuthWaiter(): ((reply: AuthReply) => void) | null {
    const waiter = this.authWaiter;
    if (waiter === null) return null;
    this.authWaiter = null;
    if (this.authTimer !== null) clearTimeout(this.authTimer);
    this.authTimer = null;
    if (this.state === 'connecting') this.pause(PAUSE_CONNECTING);
    return waiter;
  }

  /**
   * (Re)starts the credential expiry timer from `identity.expiresAt` (a JWT's exp, plus the
   * clock skew the token was accepted with); stops it for credentials that do not expire.
   */
  armCredentialExpiry(): void {
    if (this.expiryTimer !== null) clearTimeout(this.expiryTimer);
    this.expiryTimer = null;
    const at = this.identity?.expiresAt;
    if (at === undefined || this.state === 'closed') return;
    const deadline = at + this.ctx.config.jwtClockSkewSeconds * 1000;
    const check = (): void => {
      this.expiryTimer = null;
      const left = deadline - Date.now();
      if (left > 0) {
        this.expiryTimer = setTimeout(check, Math.min(left, MAX_TIMER_MS));
        return;
      }
      // 0xA0 Maximum connect time: the time the credentials authorized is over; a client reconnects with a fresh token.
      this.close({ reason: 'credentials expired', code: Reason.maximumConnectTime, publishWill: true, reasonString: 'the credentials (JWT exp) expired' });
    };
    check();
  }

  // ---- timers ----

  private readonly onConnectTimeout = (): void => {
    this.timer = null;
    if (this.state === 'awaiting-connect' || this.state === 'connecting') {
      this.close({ reason: 'no CONNECT within the connect timeout', publishWill: false, error: 'connect-timeout' });
    }
  };

  private readonly onKeepalive = (): void => {
    this.timer = null;
    if (this.state !== 'connected') return;
    const idle = Date.now() - this.lastActivity;
    if (idle >= this.keepaliveMs) {
      this.close({ reason: 'keepalive timeout', code: Reason.keepAliveTimeout, publishWill: true, error: 'keepalive-timeout' });
      return;
    }
    this.timer = setTimeout(this.onKeepalive, this.keepaliveMs - idle);
  };

  // ---- inbound flow control ----

  private pause(reason: number): void {
    if (this.pauseReasons === 0) this.socket.pause();
    this.pauseReasons |= reason;
  }

  private resume(reason: number): void {
    if ((this.pauseReasons & reason) === 0) return;
    this.pauseReasons &= ~reason;
    if (this.pauseReasons === 0 && this.state !== 'closed') this.socket.resume();
  }

  get readPaused(): boolean {
    return this.pauseReasons !== 0;
  }

  /** A publish went to the append batcher. */
  appending(bytes: number): void {
    this.pendingAppends++;
    this.pendingAppendBytes += bytes;
    if (this.pendingAppends >= INBOUND_PENDING_MESSAGES || this.pendingAppendBytes >= INBOUND_PENDING_BYTES) this.pause(PAUSE_APPENDS);
  }

  /** AppendOwner */
  appended(qos: number, packetId: number, bytes: number, error: Error | null, matched: boolean, refused?: string): void {
    this.pendingAppends--;
    this.pendingAppendBytes -= bytes;
    onAppended(this, qos, packetId, error, matched, refused);
    if (
      (this.pauseReasons & PAUSE_APPENDS) !== 0 &&
      this.pendingAppends <= INBOUND_PENDING_MESSAGES / 2 &&
      this.pendingAppendBytes <= INBOUND_PENDING_BYTES / 2
    ) {
      this.resume(PAUSE_APPENDS);
    }
    if (this.pendingAppends === 0 && this.appendWaiters.length > 0) {
      const waiters = this.appendWaiters;
      this.appendWaiters = [];
      for (const w of waiters) w();
    }
  }

  /** Resolves once every publish of this connection is durable or failed. */
  appendsSettled(): Promise<void> {
    if (this.pendingAppends === 0) return Promise.resolve();
    return new Promise((resolve) => this.appendWaiters.push(resolve));
  }

  // ---- output ----

  /** Bytes written but not yet taken by the kernel. */
  get backlog(): number {
    return this.socket.writableLength + this.outBytes;
  }

  write(buf: Buffer): void {
    if (this.state === 'closed') return;
    this.out.push(buf);
    this.outBytes += buf.length;
    if (!this.flushQueued) {
      this.flushQueued = true;
      flushList.push(this);
      if (!flushScheduled) {
        flushScheduled = true;
        process.nextTick(flushAll);
      }
    }
  }

  writePacket(packet: Packet): void {
    this.write(generate(packet, { protocolVersion: this.protocolVersion }));
  }

  /** Hands everything written in this turn to the socket in one write (or one writev). */
  flush(): void {
    this.flushQueued = false;
    const out = this.out;
    const n = out.length;
    if (n === 0 || this.socket.destroyed) {
      this.out = [];
      this.outBytes = 0;
      return;
    }
    const bytes = this.outBytes;
    this.out = [];
    this.outBytes = 0;
    this.ctx.stats.bytesOut += bytes;
    const cb = this.blocked ? this.onFlushed : undefined;
    if (n === 1) {
      this.socket.write(out[0]!, cb);
    } else if (bytes <= JOIN_MAX_BYTES) {
      this.socket.write(Buffer.concat(out, bytes), cb);
    } else {
      this.socket.cork();
      for (let i = 0; i < n - 1; i++) this.socket.write(out[i]!);
      this.socket.write(out[n - 1]!, cb);
      this.socket.uncork();
    }
  }

  /** Delivery stops until the socket takes its backlog. */
  block(): void {
    if (this.blocked) return;
    this.blocked = true;
    // Nothing left to flush here and no 'drain' coming (backlog under Node's own mark): poll.
    if (!this.flushQueued && !this.socket.writableNeedDrain) setImmediate(this.onFlushed);
  }

  private readonly onFlushed = (): void => {
    if (!this.blocked || this.state === 'closed') return;
    const waiting = this.socket.writableLength;
    if (waiting > this.ctx.config.socketHighWater / 2) {
      if (!this.socket.writableNeedDrain && !this.flushQueued) setTimeout(this.onFlushed, 1).unref();
      return;
    }
    this.blocked = false;
    const s = this.session;
    if (s !== null) this.ctx.queues.pumpSession(s);
  };

  // ---- close ----

  close(options: CloseOptions): void {
    if (this.state === 'closed') return;
    const wasConnected = this.state === 'connected';
    if (options.error !== undefined) {
      this.ctx.metrics.protocolError(options.error);
      this.ctx.logger.warn(`closing connection: ${options.reason}`, { clientId: this.clientId, remote: this.remoteAddress });
    } else if (this.ctx.logger.isEnabled('debug')) {
      this.ctx.logger.debug(`closing connection: ${options.reason}`, { clientId: this.clientId, remote: this.remoteAddress });
    }
    if (wasConnected && this.protocolVersion === 5 && options.code !== undefined && !this.socket.destroyed) {
      const reasonString = this.reasonString(options.reasonString);
      this.writePacket(reasonString === undefined ? { cmd: 'disconnect', reasonCode: options.code } : { cmd: 'disconnect', reasonCode: options.code, properties: { reasonString } });
    }
    this.flush();
    const waiter = this.takeAuthWaiter();
    this.state = 'closed';
    this.framer.stop();
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.expiryTimer !== null) clearTimeout(this.expiryTimer);
    this.expiryTimer = null;
    waiter?.('closed');
    this.held = null;
    if (!this.socket.destroyed) {
      this.socket.end();
      // A peer that never reads must not hold the socket open.
      setTimeout(() => this.socket.destroy(), 1000).unref();
    }
    this.ctx.connectionClosed(this, options.publishWill);
  }

  /**
   * CONNECT refused: CONNACK with `code`, then close. `reasonString` is what an MQTT 5 client is
   * told (`reason` goes to the log only: it may say more than a client should learn).
   */
  refuse(code: number, reason: string, error?: ProtocolErrorReason, reasonString?: string): void {
    if (this.protocolVersion === 5) {
      const said = this.reasonString(reasonString);
      this.writePacket(said === undefined ? { cmd: 'connack', reasonCode: code, sessionPresent: false } : { cmd: 'connack', reasonCode: code, sessionPresent: false, properties: { reasonString: said } });
    } else {
      this.writePacket({ cmd: 'connack', returnCode: code, sessionPresent: false });
    }
    const options: CloseOptions = { reason: `CONNECT refused (0x${code.toString(16)}): ${reason}`, publishWill: false };
    if (error !== undefined) options.error = error;
    this.close(options);
  }

  /**
   * The Reason String to send, or undefined: none asked, the client wants no problem information,
   * or it would push a small packet past the client's Maximum Packet Size (MQTT-3.2.2-19).
   */
  private reasonString(text: string | undefined): string | undefined {
    // CONNACK and DISCONNECT without it stay under 32 bytes.
    return this.problemText(text, 32);
  }

  /**
   * A Reason String for a packet of at most `packetBytes` bytes without it, or undefined: none
   * given, the client wants no problem information, or it would push the packet past the
   * client's Maximum Packet Size (the string adds 3 bytes and its length).
   */
  problemText(text: string | undefined, packetBytes: number): string | undefined {
    if (text === undefined || !this.problemInfo) return undefined;
    const max = this.clientMaxPacketSize;
    if (max > 0 && packetBytes + 3 + Buffer.byteLength(text) > max) return undefined;
    return text;
  }
}
