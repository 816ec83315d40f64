/**
 * Store metrics (prom-client, `wharf_store_` prefix). Updated once per write batch, fsync or
 * pull, never per message: counters take the batch's totals.
 */
import { Counter, Gauge, Histogram, Registry } from 'prom-client';

const LATENCY_BUCKETS = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1];
const BATCH_SIZE_BUCKETS = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 4096];

export interface StoreGauges {
  queues(): number;
  activeQueues(): number;
  logBytes(): number;
  segments(): number;
  pendingAppendBytes(): number;
}

export class StoreMetrics {
  readonly appends: Counter;
  readonly appendBytes: Counter;
  readonly appendLatency: Histogram;
  readonly writeBatches: Counter;
  readonly batchMessages: Histogram;
  readonly fsyncs: Counter;
  readonly fsyncLatency: Histogram;
  readonly indexLatency: Histogram;
  readonly indexEntries: Counter;
  readonly pulls: Counter;
  readonly pulledMessages: Counter;
  readonly retentionDeletedSegments: Counter;

  constructor(registry: Registry, gauges: StoreGauges) {
    const registers = [registry];
    this.appends = new Counter({ name: 'wharf_store_appends_total', help: 'Messages appended to the commit log', registers });
    this.appendBytes = new Counter({ name: 'wharf_store_append_bytes_total', help: 'Record bytes appended to the commit log', registers });
    this.appendLatency = new Histogram({
      name: 'wharf_store_append_latency_seconds',
      help: 'Per write batch: time from its oldest append call to acknowledgement',
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.writeBatches = new Counter({ name: 'wharf_store_write_batches_total', help: 'Commit-log writes (group-committed batches)', registers });
    this.batchMessages = new Histogram({
      name: 'wharf_store_batch_messages',
      help: 'Messages per commit-log write',
      buckets: BATCH_SIZE_BUCKETS,
      registers,
    });
    this.fsyncs = new Counter({ name: 'wharf_store_fsyncs_total', help: 'Commit-log fsyncs; write_batches_total / fsyncs_total = batches per fsync', registers });
    this.fsyncLatency = new Histogram({ name: 'wharf_store_fsync_latency_seconds', help: 'Commit-log fdatasync latency', buckets: LATENCY_BUCKETS, registers });
    this.indexLatency = new Histogram({
      name: 'wharf_store_index_batch_latency_seconds',
      help: 'RocksDB index WriteBatch latency for one write batch',
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.indexEntries = new Counter({ name: 'wharf_store_index_entries_total', help: 'Consume-queue entries written', registers });
    this.pulls = new Counter({ name: 'wharf_store_pulls_total', help: 'Pull requests served', registers });
    this.pulledMessages = new Counter({ name: 'wharf_store_pulled_messages_total', help: 'Messages returned by pulls', registers });
    this.retentionDeletedSegments = new Counter({
      name: 'wharf_store_retention_deleted_segments_total',
      help: 'Commit-log segments deleted by retention',
      registers,
    });
    new Gauge({
      name: 'wharf_store_queues',
      help: 'Consume queues held (active and dormant)',
      registers,
      collect() {
        this.set(gauges.queues());
      },
    });
    new Gauge({
      name: 'wharf_store_active_queues',
      help: 'Consume queues with at least one registered reference',
      registers,
      collect() {
        this.set(gauges.activeQueues());
      },
    });
    new Gauge({
      name: 'wharf_store_log_bytes',
      help: 'Bytes held in commit-log segments',
      registers,
      collect() {
        this.set(gauges.logBytes());
      },
    });
    new Gauge({
      name: 'wharf_store_log_segments',
      help: 'Commit-log segment files',
      registers,
      collect() {
        this.set(gauges.segments());
      },
    });
    new Gauge({
      name: 'wharf_store_pending_append_bytes',
      help: 'Record bytes of appends waiting for a commit-log write',
      registers,
      collect() {
        this.set(gauges.pendingAppendBytes());
      },
    });
  }
}
