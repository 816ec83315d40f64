import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_QUEUES_CONFIG, QueueError, type QueueInfo, type QueueSpec, type QueuesConfig } from '../src/ports/queues.ts';
import {
  checkPatch,
  checkQueueFilter,
  parseListQuery,
  parseQueueCreate,
  parseQueuePatch,
  parseQueuesConfig,
  queuesConfigToJson,
  queueToJson,
} from '../src/queue-spec.ts';

const defaults = DEFAULT_QUEUES_CONFIG.defaults;

/** Asserts `fn` throws QueueError BAD_REQUEST naming `field` (as `field`, and in the message). */
function rejects(fn: () => unknown, field: string, pattern?: RegExp): QueueError {
  let caught: unknown;
  try {
    fn();
  } catch (err) {
    caught = err;
  }
  assert.ok(caught instanceof QueueError, `expected a QueueError for ${field}, got ${String(caught)}`);
  assert.equal(caught.code, 'BAD_REQUEST');
  assert.equal(caught.field, field);
  assert.ok(caught.message.includes(field), `message "${caught.message}" does not name ${field}`);
  if (pattern !== undefined) assert.match(caught.message, pattern);
  return caught;
}

test('create: only topic_filter given → a last-value queue keyed on message.from, the rest from defaults (EMQX defaults)', () => {
  const spec = parseQueueCreate({ topic_filter: 't/1' }, defaults);
  assert.deepEqual(spec, {
    topicFilter: 't/1',
    isLastValue: true,
    keyExpression: 'message.from',
    missingKey: defaults.missingKey,
    fallbackKey: defaults.fallbackKey,
    dispatchStrategy: 'random',
    dataRetentionPeriodMs: 7 * 86_400_000,
    ackTimeoutMs: defaults.ackTimeoutMs,
    maxDeliveries: defaults.maxDeliveries,
    maxMessages: 0,
    maxBytes: 0,
  });
});

test('create: a regular queue has no key expression; configured defaults fill what is omitted', () => {
  const custom: QueuesConfig['defaults'] = { ...defaults, dispatchStrategy: 'least_inflight', ackTimeoutMs: 5000, maxDeliveries: 3, maxMessages: 10 };
  const spec = parseQueueCreate({ topic_filter: 'jobs/#', is_lastvalue: false }, custom);
  assert.equal(spec.isLastValue, false);
  assert.equal(spec.keyExpression, undefined);
  assert.equal(spec.dispatchStrategy, 'least_inflight');
  assert.equal(spec.ackTimeoutMs, 5000);
  assert.equal(spec.maxDeliveries, 3);
  assert.equal(spec.maxMessages, 10);
});

test('create: every field given, durations as strings or ms', () => {
  const spec = parseQueueCreate(
    {
      topic_filter: 'dev/+/cmd',
      name: 'cmds.v1',
      is_lastvalue: true,
      key_expression: 'message.payload.device',
      missing_key: 'fallback',
      fallback_key: 'none',
      dispatch_strategy: 'round_robin',
      data_retention_period: '1h',
      ack_timeout: 2500,
      max_deliveries: 0,
      max_messages: 1000,
      max_bytes: 1 << 20,
    },
    defaults,
  );
  assert.deepEqual(spec, {
    topicFilter: 'dev/+/cmd',
    name: 'cmds.v1',
    isLastValue: true,
    keyExpression: 'message.payload.device',
    missingKey: 'fallback',
    fallbackKey: 'none',
    dispatchStrategy: 'round_robin',
    dataRetentionPeriodMs: 3_600_000,
    ackTimeoutMs: 2500,
    maxDeliveries: 0,
    maxMessages: 1000,
    maxBytes: 1 << 20,
  });
  assert.equal(parseQueueCreate({ topic_filter: 'a', is_lastvalue: false, data_retention_period: '7d' }, defaults).dataRetentionPeriodMs, 604_800_000);
  assert.equal(parseQueueCreate({ topic_filter: 'a', is_lastvalue: false, ack_timeout: '0' }, defaults).ackTimeoutMs, 0);
});

test('create: read-only fields of a GET body are ignored', () => {
  const spec = parseQueueCreate({ topic_filter: 'a', is_lastvalue: false, kind: 'queue', created_at: 1, stats: {}, consumers: [] }, defaults);
  assert.equal(spec.topicFilter, 'a');
});

test('create: each bad field is named', () => {
  const base = { topic_filter: 'ok/t', is_lastvalue: false };
  rejects(() => parseQueueCreate('nope', defaults), 'body');
  rejects(() => parseQueueCreate([], defaults), 'body');
  rejects(() => parseQueueCreate(null, defaults), 'body');
  rejects(() => parseQueueCreate({}, defaults), 'topic_filter', /required/);
  rejects(() => parseQueueCreate({ topic_filter: 5 }, defaults), 'topic_filter', /string/);
  rejects(() => parseQueueCreate({ topic_filter: '' }, defaults), 'topic_filter');
  rejects(() => parseQueueCreate({ topic_filter: 'a/#/b' }, defaults), 'topic_filter', /not a valid topic filter/);
  rejects(() => parseQueueCreate({ topic_filter: 'a+' }, defaults), 'topic_filter');
  for (const reserved of ['$q/a', '$queue/a', '$share/g/a', '$dlq/a']) {
    rejects(() => parseQueueCreate({ topic_filter: reserved }, defaults), 'topic_filter', /reserved prefix/);
  }
  rejects(() => parseQueueCreate({ ...base, name: 'a/b' }, defaults), 'name');
  rejects(() => parseQueueCreate({ ...base, name: '' }, defaults), 'name');
  rejects(() => parseQueueCreate({ ...base, name: 'x'.repeat(256) }, defaults), 'name');
  rejects(() => parseQueueCreate({ ...base, is_lastvalue: 'yes' }, defaults), 'is_lastvalue', /true or false/);
  rejects(() => parseQueueCreate({ ...base, key_expression: 'message.from' }, defaults), 'key_expression', /last-value queues only/);
  rejects(() => parseQueueCreate({ ...base, missing_key: 'reject' }, defaults), 'missing_key', /last-value queues only/);
  rejects(() => parseQueueCreate({ ...base, fallback_key: 'k' }, defaults), 'fallback_key', /last-value queues only/);
  rejects(() => parseQueueCreate({ topic_filter: 'a', key_expression: '' }, defaults), 'key_expression', /empty/);
  rejects(() => parseQueueCreate({ topic_filter: 'a', key_expression: 7 }, defaults), 'key_expression');
  rejects(() => parseQueueCreate({ topic_filter: 'a', key_expression: 'message.qos' }, defaults), 'key_expression', /unsupported key expression/);
  rejects(() => parseQueueCreate({ topic_filter: 'a', key_expression: 'message.payload.' }, defaults), 'key_expression', /empty path segment/);
  rejects(() => parseQueueCreate({ topic_filter: 'a', key_expression: 'x'.repeat(1025) }, defaults), 'key_expression');
  rejects(() => parseQueueCreate({ topic_filter: 'a', missing_key: 'drop' }, defaults), 'missing_key', /fallback, reject/);
  rejects(() => parseQueueCreate({ topic_filter: 'a', fallback_key: 1 }, defaults), 'fallback_key');
  rejects(() => parseQueueCreate({ ...base, dispatch_strategy: 'fastest' }, defaults), 'dispatch_strategy', /random, round_robin, least_inflight/);
  rejects(() => parseQueueCreate({ ...base, data_retention_period: '7 days' }, defaults), 'data_retention_period', /duration/);
  rejects(() => parseQueueCreate({ ...base, data_retention_period: 0 }, defaults), 'data_retention_period', /between/);
  rejects(() => parseQueueCreate({ ...base, data_retention_period: -5 }, defaults), 'data_retention_period');
  rejects(() => parseQueueCreate({ ...base, data_retention_period: 1.5 }, defaults), 'data_retention_period');
  rejects(() => parseQueueCreate({ ...base, data_retention_period: '100000d' }, defaults), 'data_retention_period', /between/);
  rejects(() => parseQueueCreate({ ...base, ack_timeout: 'soon' }, defaults), 'ack_timeout');
  rejects(() => parseQueueCreate({ ...base, ack_timeout: '30d' }, defaults), 'ack_timeout', /between/);
  rejects(() => parseQueueCreate({ ...base, max_deliveries: -1 }, defaults), 'max_deliveries', /integer/);
  rejects(() => parseQueueCreate({ ...base, max_deliveries: 2_000_000 }, defaults), 'max_deliveries');
  rejects(() => parseQueueCreate({ ...base, max_deliveries: '3' }, defaults), 'max_deliveries');
  rejects(() => parseQueueCreate({ ...base, max_messages: 1.5 }, defaults), 'max_messages');
  rejects(() => parseQueueCreate({ ...base, max_bytes: -1 }, defaults), 'max_bytes');
  rejects(() => parseQueueCreate({ ...base, max_bytes: 2 ** 53 }, defaults), 'max_bytes');
  rejects(() => parseQueueCreate({ ...base, colour: 'red' }, defaults), 'colour', /unknown field/);
});

test('create: several problems in one body are all reported, the first one is the field', () => {
  const err = rejects(() => parseQueueCreate({ topic_filter: 'a', dispatch_strategy: 'x', max_bytes: 'y', extra: 1 }, defaults), 'extra');
  assert.match(err.message, /dispatch_strategy/);
  assert.match(err.message, /max_bytes/);
});

test('patch: fields to change only; an unchanged topic_filter and read-only fields pass', () => {
  assert.deepEqual(parseQueuePatch({}, 'a'), {});
  assert.deepEqual(parseQueuePatch({ dispatch_strategy: 'least_inflight', ack_timeout: '10s', topic_filter: 'a', stats: {} }, 'a'), {
    dispatchStrategy: 'least_inflight',
    ackTimeoutMs: 10_000,
  });
  assert.deepEqual(parseQueuePatch({ is_lastvalue: true, key_expression: 'message.topic' }, 'a'), { isLastValue: true, keyExpression: 'message.topic' });
  rejects(() => parseQueuePatch({ topic_filter: 'b' }, 'a'), 'topic_filter', /cannot change/);
  rejects(() => parseQueuePatch({ dispatch_strategy: 1 }, 'a'), 'dispatch_strategy');
  rejects(() => parseQueuePatch({ max_messages: -1 }, 'a'), 'max_messages');
  rejects(() => parseQueuePatch({ nope: 1 }, 'a'), 'nope', /unknown field/);
  rejects(() => parseQueuePatch('x', 'a'), 'body');
});

const regular: QueueSpec = parseQueueCreate({ topic_filter: 'r', is_lastvalue: false }, defaults);
const lastValue: QueueSpec = parseQueueCreate({ topic_filter: 'l', name: 'lv' }, defaults);

test('checkPatch: is_lastvalue cannot change, last-value fields need a last-value queue, a name stays', () => {
  checkPatch(regular, { isLastValue: false, dispatchStrategy: 'round_robin' });
  checkPatch(lastValue, { isLastValue: true, keyExpression: 'message.topic', missingKey: 'fallback', fallbackKey: 'x' });
  checkPatch(regular, { name: 'new-name' });
  rejects(() => checkPatch(regular, { isLastValue: true }), 'is_lastvalue', /cannot be changed/);
  rejects(() => checkPatch(lastValue, { isLastValue: false }), 'is_lastvalue');
  rejects(() => checkPatch(regular, { keyExpression: 'message.from' }), 'key_expression', /last-value queues only/);
  rejects(() => checkPatch(regular, { missingKey: 'reject' }), 'missing_key');
  rejects(() => checkPatch(regular, { fallbackKey: '' }), 'fallback_key');
  rejects(() => checkPatch(lastValue, { name: 'other' }), 'name', /cannot be changed/);
});

test('config: partial put merges over the current config, defaults field by field', () => {
  const next = parseQueuesConfig({ auto_create: true, defaults: { dispatch_strategy: 'round_robin', ack_timeout: '1m' } }, DEFAULT_QUEUES_CONFIG);
  assert.equal(next.autoCreate, true);
  assert.equal(next.shareDispatchStrategy, DEFAULT_QUEUES_CONFIG.shareDispatchStrategy);
  assert.deepEqual(next.defaults, { ...DEFAULT_QUEUES_CONFIG.defaults, dispatchStrategy: 'round_robin', ackTimeoutMs: 60_000 });
  assert.deepEqual(parseQueuesConfig({}, next), next);
  const json = queuesConfigToJson(next);
  assert.deepEqual(parseQueuesConfig(json, DEFAULT_QUEUES_CONFIG), next, 'GET output is valid PUT input');
  assert.equal(parseQueuesConfig({ share_dispatch_strategy: 'random' }, next).shareDispatchStrategy, 'random');
  assert.equal(parseQueuesConfig({ defaults: { key_expression: 'message.topic' } }, next).defaults.keyExpression, 'message.topic');
});

test('config: each bad field is named, nested ones with their path', () => {
  rejects(() => parseQueuesConfig({ auto_create: 'on' }, DEFAULT_QUEUES_CONFIG), 'auto_create');
  rejects(() => parseQueuesConfig({ share_dispatch_strategy: 'x' }, DEFAULT_QUEUES_CONFIG), 'share_dispatch_strategy');
  rejects(() => parseQueuesConfig({ defaults: 3 }, DEFAULT_QUEUES_CONFIG), 'defaults');
  rejects(() => parseQueuesConfig({ defaults: { max_deliveries: -1 } }, DEFAULT_QUEUES_CONFIG), 'defaults.max_deliveries');
  rejects(() => parseQueuesConfig({ defaults: { topic_filter: 'a' } }, DEFAULT_QUEUES_CONFIG), 'defaults.topic_filter', /unknown field/);
  rejects(() => parseQueuesConfig({ gc_interval: '1h' }, DEFAULT_QUEUES_CONFIG), 'gc_interval', /unknown field/);
  rejects(() => parseQueuesConfig([], DEFAULT_QUEUES_CONFIG), 'body');
});

test('list query: cursor and limit, bounded', () => {
  assert.deepEqual(parseListQuery(new URLSearchParams('')), { after: '', limit: 100 });
  assert.deepEqual(parseListQuery(new URLSearchParams('cursor=a%2F%23&limit=5')), { after: 'a/#', limit: 5 });
  rejects(() => parseListQuery(new URLSearchParams('limit=0')), 'limit');
  rejects(() => parseListQuery(new URLSearchParams('limit=1001')), 'limit');
  rejects(() => parseListQuery(new URLSearchParams('limit=ten')), 'limit');
  rejects(() => parseListQuery(new URLSearchParams('page=2')), 'page', /unknown query parameter/);
});

test('checkQueueFilter accepts wildcards and $SYS, refuses consumer prefixes', () => {
  assert.equal(checkQueueFilter('#'), null);
  assert.equal(checkQueueFilter('+/x/#'), null);
  assert.equal(checkQueueFilter('$SYS/#'), null);
  assert.notEqual(checkQueueFilter('$q/x'), null);
});

test('queueToJson: EMQX field names, ms durations, stats and consumers; last-value fields only for last-value queues', () => {
  const info: QueueInfo = {
    ...lastValue,
    kind: 'queue',
    createdAt: 1234,
    stats: {
      depth: 5,
      inflight: 2,
      lag: 3,
      consumers: [{ consumerId: 'c1#1', clientId: 'c1', inflight: 2 }],
      dispatched: 10,
      acked: 8,
      redelivered: 1,
      deadLettered: 0,
      dropped: 4,
    },
  };
  assert.deepEqual(queueToJson(info), {
    topic_filter: 'l',
    name: 'lv',
    is_lastvalue: true,
    key_expression: 'message.from',
    missing_key: defaults.missingKey,
    fallback_key: defaults.fallbackKey,
    dispatch_strategy: 'random',
    data_retention_period: 604_800_000,
    ack_timeout: defaults.ackTimeoutMs,
    max_deliveries: defaults.maxDeliveries,
    max_messages: 0,
    max_bytes: 0,
    kind: 'queue',
    created_at: 1234,
    stats: { depth: 5, inflight: 2, lag: 3, consumers: 1, dispatched: 10, acked: 8, redelivered: 1, dead_lettered: 0, dropped: 4 },
    consumers: [{ clientid: 'c1', consumer_id: 'c1#1', inflight: 2 }],
  });
  const { name: _name, keyExpression: _key, ...unnamed } = info;
  const plain = queueToJson({ ...unnamed, ...regular });
  assert.equal('key_expression' in plain, false);
  assert.equal('missing_key' in plain, false);
  assert.equal('name' in plain, false);
  // A GET body is valid input for create and update.
  assert.deepEqual(parseQueueCreate(queueToJson(info), defaults), lastValue);
  parseQueuePatch(plain, 'r');
});
