import { Counter, Gauge, type Registry } from 'prom-client';
import { scrapedCounter } from '@wharf/core';

/**
 * Hot-path counters are plain numbers bumped by batch; prom-client reads them only when
 * scraped, so a delivery loop never pays for a metric call per message.
 */
export class ProxyStats {
  connections = 0;
  connectsTotal = 0;
  messagesIn = 0;
  messagesOut = 0;
  bytesIn = 0;
  bytesOut = 0;
  deliveriesDropped = 0;
  deliveriesExpired = 0;
  cacheHits = 0;
  cacheMisses = 0;
  pulls = 0;
  appendBatches = 0;
  /** Message-queue and shared-subscription dispatches sent to clients as PUBLISH. */
  queueDeliveries = 0;
  /** Settles sent to the stores: acknowledged (PUBACK/PUBREC < 0x80, or not deliverable here)... */
  queueSettlesOk = 0;
  /** ...and rejected (an error reason code, or a dispatch for a consumer gone meanwhile). */
  queueSettlesRejected = 0;
  /** Consumers of this proxy attached to at least one store's dispatcher. */
  queueConsumers = 0;
  /** Publishes a store refused (a last-value queue could not compute the key). */
  publishesRefused = 0;
}

export type ProtocolErrorReason =
  | 'malformed'
  | 'packet-too-large'
  | 'bad-protocol'
  | 'first-not-connect'
  | 'second-connect'
  | 'connect-timeout'
  | 'client-id-rejected'
  | 'topic-invalid'
  | 'topic-alias-invalid'
  | 'receive-maximum-exceeded'
  | 'keepalive-timeout'
  | 'protocol-error';

export interface ProxyMetrics {
  readonly stats: ProxyStats;
  protocolError(reason: ProtocolErrorReason): void;
  /** A CONNECT refused by authentication (bad-credentials, not-authorized, busy, bad-method). */
  authFailure(reason: string): void;
  /** A publish, subscription or will refused by the ACLs. */
  denied(action: 'publish' | 'subscribe' | 'will'): void;
}

export function createProxyMetrics(registry: Registry): ProxyMetrics {
  const stats = new ProxyStats();
  const counter = (name: string, help: string, read: () => number): void => scrapedCounter(registry, name, help, read);
  new Gauge({
    name: 'wharf_proxy_connections',
    help: 'MQTT connections that completed CONNECT and are open',
    registers: [registry],
    collect() {
      this.set(stats.connections);
    },
  });
  counter('wharf_proxy_connects_total', 'CONNECT packets accepted', () => stats.connectsTotal);
  counter('wharf_proxy_messages_in_total', 'PUBLISH packets received from clients', () => stats.messagesIn);
  counter('wharf_proxy_messages_out_total', 'PUBLISH packets sent to clients', () => stats.messagesOut);
  counter('wharf_proxy_bytes_in_total', 'bytes read from client sockets', () => stats.bytesIn);
  counter('wharf_proxy_bytes_out_total', 'bytes written to client sockets', () => stats.bytesOut);
  counter('wharf_proxy_deliveries_dropped_total', 'deliveries skipped (too large for the client, or lost to retention)', () => stats.deliveriesDropped);
  counter('wharf_proxy_deliveries_expired_total', 'deliveries skipped because the message expired', () => stats.deliveriesExpired);
  counter('wharf_proxy_cache_hits_total', 'messages served from the per-queue cache', () => stats.cacheHits);
  counter('wharf_proxy_cache_misses_total', 'cursor reads that needed a pull from the store', () => stats.cacheMisses);
  counter('wharf_proxy_pulls_total', 'pull requests sent to the store', () => stats.pulls);
  counter('wharf_proxy_append_batches_total', 'append calls sent to the store', () => stats.appendBatches);
  counter('wharf_proxy_queue_deliveries_total', 'message-queue and shared-subscription dispatches sent to clients', () => stats.queueDeliveries);
  counter('wharf_proxy_queue_settles_ok_total', 'queue dispatches acknowledged to the stores', () => stats.queueSettlesOk);
  counter('wharf_proxy_queue_settles_rejected_total', 'queue dispatches rejected to the stores (error reason code, or consumer gone): they go to another consumer', () => stats.queueSettlesRejected);
  counter('wharf_proxy_publishes_refused_total', 'publishes a store refused (last-value key could not be computed)', () => stats.publishesRefused);
  new Gauge({
    name: 'wharf_proxy_queue_consumers',
    help: 'message-queue and shared-subscription consumers attached from this proxy',
    registers: [registry],
    collect() {
      this.set(stats.queueConsumers);
    },
  });
  const protocolErrors = new Counter({
    name: 'wharf_proxy_protocol_errors_total',
    help: 'connections closed for a protocol error, by reason',
    labelNames: ['reason'],
    registers: [registry],
  });
  const authFailures = new Counter({
    name: 'wharf_proxy_auth_failures_total',
    help: 'CONNECTs refused by authentication, by reason',
    labelNames: ['reason'],
    registers: [registry],
  });
  const denials = new Counter({
    name: 'wharf_proxy_authorization_denied_total',
    help: 'publishes, subscriptions and wills refused by the ACLs',
    labelNames: ['action'],
    registers: [registry],
  });
  return {
    stats,
    protocolError(reason) {
      protocolErrors.inc({ reason });
    },
    authFailure(reason) {
      authFailures.inc({ reason });
    },
    denied(action) {
      denials.inc({ action });
    },
  };
}
