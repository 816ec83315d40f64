export { Store } from './store.ts';
export type { StoreOptions } from './store.ts';
export { StoreClosedError, StoreFailedError, StoreOverloadedError, UnknownQueueError } from './errors.ts';
export { MAX_PENDING_APPEND_BYTES } from './append/pipeline.ts';
export { MAX_PULL_MESSAGES } from './reads.ts';
export type { StoreRecoveryReport } from './recovery.ts';
export { CommitLog, CommitLogFailedError } from './commit-log/commit-log.ts';
export type { CommitLogOptions, RecoveryReport, RetentionResult, ScannedRecord } from './commit-log/commit-log.ts';
export { Segment, segmentFileName, parseSegmentFileName } from './commit-log/segment.ts';
export {
  checkRecord,
  CorruptRecordError,
  decodeRecord,
  encodeRecord,
  encodeRecordBuffer,
  expiryDeadline,
  readRecord,
  RecordError,
  recordSize,
  RECORD_HEADER_BYTES,
  RECORD_VERSION,
  MAX_RECORD_BODY_BYTES,
} from './commit-log/record.ts';
export type { RecordFault } from './commit-log/record.ts';
export { crc32c, crc32cBytewise } from './commit-log/crc32c.ts';
export { FilterTrie } from './filter-trie.ts';
export { IndexDb } from './index/index-db.ts';
export { QueueRegistry } from './index/queues.ts';
export * as keys from './index/keys.ts';
export { StoreMetrics } from './metrics.ts';
export { MessageQueues, MAX_CONSUMERS_PER_QUEUE, MAX_CONSUMER_INFLIGHT } from './dispatcher/message-queues.ts';
export type { MessageQueuesOptions, QueueHost } from './dispatcher/message-queues.ts';
export { ChannelClosedError, LocalQueueChannel } from './dispatcher/consumer-channel.ts';
export { LastValueIndex, MAX_LAST_VALUE_KEY_BYTES } from './dispatcher/last-value.ts';
export { QueueDispatcher, QueueConsumer, PAGE_MESSAGES, PAGE_BYTES } from './dispatcher/queue-dispatcher.ts';
