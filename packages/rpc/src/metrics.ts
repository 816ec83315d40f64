/**
 * gRPC layer metrics. Every client and server of one process shares the registry, so the
 * collectors are created once per registry and labelled by method or stream.
 */
import { Counter, Gauge, Histogram, Registry } from 'prom-client';

export interface RpcMetrics {
  /** Failed calls and broken streams, by method and gRPC status name. */
  errors: Counter<'method' | 'code'>;
  /** Streams opened again after a failure, by stream (append, feed, subscribe). */
  reconnects: Counter<'stream'>;
  appendBatches: Counter<'side'>;
  appendMessages: Counter<'side'>;
  /** Append batches sent and not yet acknowledged (all clients of the process). */
  appendInflight: Gauge;
  /** Time from sending an append batch to its ack. */
  appendAckSeconds: Histogram;
  /** Unary call latency by method, client side. */
  callSeconds: Histogram<'method'>;
  /** Queue-advanced events by stream (feed, subscribe) and direction (in, out). */
  notifyEvents: Counter<'stream' | 'direction'>;
  /** Events not sent because the peer was down or too slow (its proxies resync). */
  notifyDropped: Counter<'stream'>;
  /** Queue messages on Consume streams, sent (server) or received (client). */
  queueDispatches: Counter<'side'>;
  /** Queue acknowledgements on Consume streams, sent (client) or received (server). */
  queueSettles: Counter<'side'>;
  /** Requests that carried them: settles per request is the batching factor. */
  queueSettleBatches: Counter<'side'>;
  /** Settles a client dropped because its stream was down (the store had redispatched them). */
  queueSettlesDropped: Counter;
}

const byRegistry = new WeakMap<Registry, RpcMetrics>();

export function rpcMetrics(registry: Registry = new Registry()): RpcMetrics {
  let m = byRegistry.get(registry);
  if (m !== undefined) return m;
  const registers = [registry];
  m = {
    errors: new Counter({ name: 'wharf_grpc_errors_total', help: 'gRPC calls and streams that failed, by method and status', labelNames: ['method', 'code'], registers }),
    reconnects: new Counter({ name: 'wharf_grpc_stream_reconnects_total', help: 'gRPC streams reopened after a failure', labelNames: ['stream'], registers }),
    appendBatches: new Counter({ name: 'wharf_grpc_append_batches_total', help: 'append batches sent (client) or received (server)', labelNames: ['side'], registers }),
    appendMessages: new Counter({ name: 'wharf_grpc_append_messages_total', help: 'messages in append batches sent (client) or received (server)', labelNames: ['side'], registers }),
    appendInflight: new Gauge({ name: 'wharf_grpc_append_inflight_batches', help: 'append batches sent and not yet acknowledged', registers }),
    appendAckSeconds: new Histogram({
      name: 'wharf_grpc_append_ack_seconds',
      help: 'time from sending an append batch to its durable ack',
      buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 5],
      registers,
    }),
    callSeconds: new Histogram({
      name: 'wharf_grpc_call_seconds',
      help: 'unary gRPC call latency, client side',
      labelNames: ['method'],
      buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 5],
      registers,
    }),
    notifyEvents: new Counter({ name: 'wharf_grpc_notify_events_total', help: 'queue-advanced events on notify streams', labelNames: ['stream', 'direction'], registers }),
    notifyDropped: new Counter({ name: 'wharf_grpc_notify_events_dropped_total', help: 'queue-advanced events dropped for a down or slow peer', labelNames: ['stream'], registers }),
    queueDispatches: new Counter({ name: 'wharf_grpc_queue_dispatches_total', help: 'queue messages dispatched over Consume streams, by side', labelNames: ['side'], registers }),
    queueSettles: new Counter({ name: 'wharf_grpc_queue_settles_total', help: 'queue acknowledgements over Consume streams, by side', labelNames: ['side'], registers }),
    queueSettleBatches: new Counter({ name: 'wharf_grpc_queue_settle_batches_total', help: 'Consume requests carrying acknowledgements, by side', labelNames: ['side'], registers }),
    queueSettlesDropped: new Counter({ name: 'wharf_grpc_queue_settles_dropped_total', help: 'queue acknowledgements dropped while the Consume stream was down', registers }),
  };
  byRegistry.set(registry, m);
  return m;
}
