import assert from 'node:assert/strict';
import { test } from 'node:test';
import { status } from '@grpc/grpc-js';
import { DEFAULT_QUEUES_CONFIG, QueueError, type ConsumerAttach, type QueueDispatch, type QueueInfo, type QueueSpec, type QueuesConfig, type StoredMessage } from '@wharf/core';
import { BadMessageError, pb } from '../src/codec.ts';
import { errorFromServiceError, errorFromStatus, serviceErrorOf, StoreRemoteError, statusOf } from '../src/errors.ts';
import type { ServiceError } from '@grpc/grpc-js';
import {
  attachFromProto,
  attachToProto,
  configFromProto,
  configToProto,
  dispatchFromProto,
  dispatchToProto,
  infoFromProto,
  infoToProto,
  patchFromProto,
  patchToProto,
  specFromProto,
  specToProto,
} from '../src/queue-codec.ts';

const fullSpec: QueueSpec = {
  topicFilter: 'sensors/+/temp',
  name: 'temps',
  isLastValue: true,
  keyExpression: 'message.headers.properties.User-Property.key',
  missingKey: 'fallback',
  fallbackKey: '',
  dispatchStrategy: 'least_inflight',
  dataRetentionPeriodMs: 7 * 86_400_000,
  ackTimeoutMs: 0,
  maxDeliveries: 0,
  maxMessages: 2 ** 40,
  maxBytes: 2 ** 53 - 1,
};

function specTrip(spec: Partial<QueueSpec>): QueueSpec {
  return specFromProto(pb.QueueSpec.decode(pb.QueueSpec.encode(specToProto(spec)).finish()));
}

test('a queue spec round trips every field; falsy values keep their presence, absent ones stay absent', () => {
  assert.deepEqual(specTrip(fullSpec), fullSpec);
  assert.deepEqual(specTrip({ topicFilter: 'a/#' }), { topicFilter: 'a/#' });
  assert.deepEqual(Object.keys(specTrip({ topicFilter: 'a/#', name: undefined })), ['topicFilter'], 'an undefined field is not sent');
  // Values the store must see as given, to refuse them with its own words.
  assert.deepEqual(specTrip({ topicFilter: 'a', maxDeliveries: -1, ackTimeoutMs: 1.5, maxBytes: 2 ** 60 }), { topicFilter: 'a', maxDeliveries: -1, ackTimeoutMs: 1.5, maxBytes: 2 ** 60 });
});

test('a patch never carries a topic filter, and only the fields it sets', () => {
  const trip = (p: object) => patchFromProto(pb.QueueSpec.decode(pb.QueueSpec.encode(patchToProto(p)).finish()));
  assert.deepEqual(trip({ name: '', ackTimeoutMs: 0, isLastValue: false }), { name: '', ackTimeoutMs: 0, isLastValue: false });
  assert.deepEqual(trip({}), {});
  assert.deepEqual(trip({ topicFilter: 'moved/#', maxMessages: 5 }), { maxMessages: 5 });
});

test('queue info and config round trip', () => {
  const info: QueueInfo = {
    ...fullSpec,
    kind: 'dead-letter',
    createdAt: 1_750_000_000_123,
    stats: {
      depth: 10,
      inflight: 3,
      lag: 7,
      consumers: [{ consumerId: 'c#1', clientId: 'c', inflight: 2 }, { consumerId: 'd#4', clientId: 'd', inflight: 1 }],
      dispatched: 100,
      acked: 90,
      redelivered: 4,
      deadLettered: 1,
      dropped: 2 ** 33,
    },
  };
  assert.deepEqual(infoFromProto(pb.QueueInfo.decode(pb.QueueInfo.encode(infoToProto(info)).finish())), info);
  const noName: QueueInfo = { ...info, name: undefined, keyExpression: undefined };
  delete noName.name;
  delete noName.keyExpression;
  assert.deepEqual(infoFromProto(pb.QueueInfo.decode(pb.QueueInfo.encode(infoToProto(noName)).finish())), noName);

  const config: QueuesConfig = { autoCreate: true, defaults: { ...DEFAULT_QUEUES_CONFIG.defaults, keyExpression: 'message.from' }, shareDispatchStrategy: 'random' };
  const trip = (c: QueuesConfig) => configFromProto(pb.QueuesConfig.decode(pb.QueuesConfig.encode(configToProto(c)).finish()));
  assert.deepEqual(trip(config), config);
  assert.deepEqual(trip(DEFAULT_QUEUES_CONFIG), DEFAULT_QUEUES_CONFIG, 'autoCreate false and empty strings survive');
});

test('attach requests round trip for each kind of target', () => {
  const targets: ConsumerAttach['target'][] = [
    { kind: 'queue', filter: 'jobs/#' },
    { kind: 'named', name: 'jobs' },
    { kind: 'named', name: 'jobs', filter: 'jobs/#' },
    { kind: 'share', group: 'g1', filter: 'a/+/b' },
  ];
  for (const target of targets) {
    const a: ConsumerAttach = { consumerId: 'c#7', clientId: 'c', target, maxInflight: 32, qos: 2 };
    const back = attachFromProto(pb.AttachRequest.decode(pb.AttachRequest.encode(attachToProto(9, a)).finish()));
    assert.deepEqual(back, a);
  }
  assert.throws(() => attachFromProto(pb.AttachRequest.decode(pb.AttachRequest.encode({ requestId: 3, consumerId: 'x' }).finish())), /names no target/);
  assert.throws(() => attachFromProto(pb.AttachRequest.decode(pb.AttachRequest.encode({ requestId: 3, consumerId: 'x', queue: { filter: 'a' }, qos: 5 }).finish())), BadMessageError);
});

test('a dispatch is encoded as it is when nothing changes, and its payload is a view of the frame', () => {
  const message: StoredMessage = { topic: 'jobs/1', payload: Buffer.from([0, 1, 0xff]), qos: 1, retain: false, logPosition: 2 ** 40, timestamp: 1_750_000_000_000, expiresAt: 0 };
  const d: QueueDispatch = { consumerId: 'c#1', queue: 7, offset: 2 ** 35, deliveries: 3, qos: 1, message };
  assert.equal(dispatchToProto(d, 7), d, 'no copy on the hot path');
  const moved = dispatchToProto(d, 2 ** 33 + 7);
  assert.notEqual(moved, d);
  const frame = Buffer.from(pb.Dispatch.encode(moved).finish());
  const back = dispatchFromProto(pb.Dispatch.decode(frame));
  assert.deepEqual(back, { ...d, queue: 2 ** 33 + 7 });
  assert.equal(back.message.payload.buffer, frame.buffer, 'payload not copied');
  const withProps: QueueDispatch = { ...d, message: { ...message, from: 'p', properties: { contentType: 'x', userProperties: [['a', '1'], ['b', '2'], ['a', '3']] } } };
  assert.deepEqual(dispatchFromProto(pb.Dispatch.decode(pb.Dispatch.encode(dispatchToProto(withProps, 7)).finish())), withProps);
  assert.throws(() => dispatchFromProto(pb.Dispatch.decode(pb.Dispatch.encode({ consumerId: 'x', queue: 1 }).finish())), /carries no message/);
});

test('an append ack from an older store (no refused list) decodes as none refused', () => {
  const old = pb.AppendAck.decode(pb.AppendAck.encode({ id: 4, logPositions: [1, 2], timestamps: [5, 6], matched: [true, false] }).finish());
  assert.deepEqual(old.refused, []);
  const now = pb.AppendAck.decode(pb.AppendAck.encode({ id: 4, logPositions: [1, 0], timestamps: [5, 6], refused: [{ index: 1, reason: 'no key' }] }).finish());
  assert.deepEqual(now.refused.map((r) => [r.index, r.reason]), [[1, 'no key']]);
});

test('QueueError codes map to gRPC statuses and back, with the field; other errors keep their mapping', () => {
  const cases: [QueueError, status][] = [
    [new QueueError('ALREADY_EXISTS', 'queue a/# exists'), status.ALREADY_EXISTS],
    [new QueueError('NOT_FOUND', 'no queue b/#'), status.NOT_FOUND],
    [new QueueError('BAD_REQUEST', 'bad strategy', 'dispatchStrategy'), status.INVALID_ARGUMENT],
  ];
  for (const [err, code] of cases) {
    const se = serviceErrorOf(err);
    assert.equal(se.code, code);
    const back = errorFromServiceError('h:1', 'CreateQueue', { ...se, name: 'Error', message: se.details!, details: se.details! } as ServiceError);
    assert.ok(back instanceof QueueError, String(back));
    assert.equal(back.code, err.code);
    assert.equal(back.field, err.field);
    assert.equal(back.message, err.message);
  }
  assert.deepEqual(statusOf(new QueueError('BAD_REQUEST', 'x', 'name')), { code: status.INVALID_ARGUMENT, name: 'QueueError', message: 'x', field: 'name' });
  // Unchanged: RangeError, UnknownQueueError, unavailability.
  assert.ok(errorFromStatus('h:1', 'Pull', status.INVALID_ARGUMENT, 'bad', 'RangeError') instanceof RangeError);
  const unknown = errorFromStatus('h:1', 'EndOffset', status.NOT_FOUND, 'no queue 5', 'UnknownQueueError');
  assert.ok(unknown instanceof StoreRemoteError && unknown.name === 'UnknownQueueError');
  assert.equal(errorFromStatus('h:1', 'X', status.UNAVAILABLE, 'down', 'QueueError').name, 'StoreUnavailableError');
  // A QueueError under a status it never uses is reported as what it is, not guessed.
  const odd = errorFromStatus('h:1', 'X', status.INTERNAL, 'odd', 'QueueError');
  assert.ok(odd instanceof StoreRemoteError && odd.name === 'QueueError');
});
