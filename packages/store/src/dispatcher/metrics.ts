/**
 * Per-queue metrics (issue 5): label `queue` is the topic filter (`$share/<group>/<filter>`
 * for share groups, `$dlq/<filter>` for dead-letter queues), `kind` the queue kind. Collected
 * lazily at scrape time from the dispatchers' own counters — nothing is touched per message —
 * and each scrape rebuilds the label sets, so a deleted queue's disappear.
 */
import { Counter, Gauge, type Registry } from 'prom-client';
import type { QueueKind, QueueStats } from '@wharf/core';

export interface QueueFigures {
  label: string;
  kind: QueueKind;
  stats: QueueStats;
}

/** Stats computed once per scrape are reused by every metric of that scrape. */
const SNAPSHOT_TTL_MS = 250;

export class QueueMetrics {
  private cached: QueueFigures[] = [];
  private cachedAt = -Infinity;

  constructor(registry: Registry, figures: () => QueueFigures[]) {
    const registers = [registry];
    const labelNames = ['queue', 'kind'] as const;
    const snapshot = (): QueueFigures[] => {
      const now = performance.now();
      if (now - this.cachedAt > SNAPSHOT_TTL_MS) {
        this.cached = figures();
        this.cachedAt = now;
      }
      return this.cached;
    };
    const gauge = (name: string, help: string, value: (s: QueueStats) => number): void => {
      new Gauge({
        name,
        help,
        labelNames,
        registers,
        collect() {
          this.reset();
          for (const q of snapshot()) this.set({ queue: q.label, kind: q.kind }, value(q.stats));
        },
      });
    };
    const counter = (name: string, help: string, value: (s: QueueStats) => number): void => {
      new Counter({
        name,
        help,
        labelNames,
        registers,
        collect() {
          // Totals since the store started; a deleted queue's series ends with it.
          this.reset();
          for (const q of snapshot()) this.inc({ queue: q.label, kind: q.kind }, value(q.stats));
        },
      });
    };
    gauge('wharf_queue_depth', 'Messages not yet acknowledged (waiting plus in flight; last-value queues: one per key among the waiting)', (s) => s.depth);
    gauge('wharf_queue_inflight', 'Messages dispatched and not yet acknowledged', (s) => s.inflight);
    gauge('wharf_queue_consumers', 'Consumers attached on this store', (s) => s.consumers.length);
    gauge('wharf_queue_lag', 'Messages waiting for dispatch (consumer lag)', (s) => s.lag);
    counter('wharf_queue_dispatched_total', 'Deliveries to consumers (first deliveries and redeliveries)', (s) => s.dispatched);
    counter('wharf_queue_acked_total', 'Messages acknowledged (QoS 0 shared deliveries count when sent)', (s) => s.acked);
    counter('wharf_queue_redelivered_total', 'Deliveries of a message delivered before', (s) => s.redelivered);
    counter('wharf_queue_dead_lettered_total', 'Messages moved to the dead-letter queue after max_deliveries', (s) => s.deadLettered);
    counter('wharf_queue_dropped_total', 'Messages dropped by retention, limits, expiry, or superseded by a newer value', (s) => s.dropped);
  }
}
