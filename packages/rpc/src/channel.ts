/** Channel and server options shared by every client and server of the package. */
import { ServerCredentials, type ChannelOptions, type Server } from '@grpc/grpc-js';
import type { BackoffOptions } from './backoff.ts';
import { DEFAULT_BACKOFF } from './backoff.ts';

/**
 * Largest gRPC message either way. One MQTT packet is at most 256 MiB (MQTT §2.2.3) and an
 * append batch or pull adds its bounded batch on top; gRPC's own 4 MiB default is too small.
 */
export const DEFAULT_MAX_MESSAGE_BYTES = 512 * 1024 * 1024;
/** Keepalive pings find a dead peer (host gone, no RST) on an idle stream. */
export const DEFAULT_KEEPALIVE_MS = 10_000;
const KEEPALIVE_TIMEOUT_MS = 5_000;

export interface ChannelTuning {
  maxMessageBytes?: number;
  keepaliveMs?: number;
  backoff?: BackoffOptions;
}

export function channelOptions(t: ChannelTuning): ChannelOptions {
  const max = t.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  return {
    'grpc.max_send_message_length': max,
    'grpc.max_receive_message_length': max,
    'grpc.keepalive_time_ms': t.keepaliveMs ?? DEFAULT_KEEPALIVE_MS,
    'grpc.keepalive_timeout_ms': KEEPALIVE_TIMEOUT_MS,
    'grpc.keepalive_permit_without_calls': 1,
    // The channel's own reconnect timer must not lag ours (its default max is 120 s).
    'grpc.initial_reconnect_backoff_ms': t.backoff?.initialMs ?? DEFAULT_BACKOFF.initialMs,
    'grpc.max_reconnect_backoff_ms': t.backoff?.maxMs ?? DEFAULT_BACKOFF.maxMs,
    // Every client gets its own connection: a proxy's store and notify streams do not share one.
    'grpc.use_local_subchannel_pool': 1,
  };
}

export function serverOptions(t: Omit<ChannelTuning, 'backoff'>): ChannelOptions {
  const max = t.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  return {
    'grpc.max_send_message_length': max,
    'grpc.max_receive_message_length': max,
    // The server pings too, so a proxy that vanished without a FIN loses its interest.
    'grpc.keepalive_time_ms': (t.keepaliveMs ?? DEFAULT_KEEPALIVE_MS) * 2,
    'grpc.keepalive_timeout_ms': KEEPALIVE_TIMEOUT_MS,
  };
}

/**
 * Binds a gRPC server and starts serving; resolves with the bound port (the point of port 0).
 * The error names the role and the address, which is what an operator needs at start.
 */
export function bindServer(server: Server, role: string, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const target = host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
    server.bindAsync(target, ServerCredentials.createInsecure(), (err, bound) => {
      if (err !== null) reject(new Error(`${role} gRPC server cannot listen on ${target}: ${err.message}`));
      else resolve(bound);
    });
  });
}

/**
 * Graceful stop of a gRPC server: no new calls, and the promise resolves once the open ones end
 * (callers end their streams right after calling this). Whatever is still open after
 * `timeoutMs` is cut, after `onForce` has said so.
 */
export function shutdownServer(server: Server, timeoutMs: number, onForce: () => void = () => {}): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      onForce();
      server.forceShutdown();
      resolve();
    }, timeoutMs);
    timer.unref();
    server.tryShutdown(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
