/**
 * Message-queue types (core ports/queues.ts) ↔ protobuf shapes (queues.proto). The generated
 * encoders read fields by name and skip absent ones, and the core names are the proto's, so
 * specs, configs, targets and most dispatches are handed to the encoder as they are. Decoders
 * copy only the fields that were present: a spec or patch arrives with exactly the fields its
 * sender set.
 */
import type {
  ConsumerAttach,
  ConsumerAttached,
  ConsumerTarget,
  DispatchStrategy,
  MissingKeyPolicy,
  QueueDispatch,
  QueueInfo,
  QueueKind,
  QueuePatch,
  QueueSpec,
  QueuesConfig,
  QueueStats,
} from '@wharf/core';
import { BadMessageError, checkQos, messageToProto, storedFromProto } from './codec.ts';
import type { wharf } from './generated/wharf.js';

type ProtoSpec = wharf.v1.QueueSpec.$Properties;

/** The fields of a spec, patch or config defaults that were set. */
function specFields(p: ProtoSpec | null | undefined): Partial<QueueSpec> {
  const out: Partial<QueueSpec> = {};
  if (p == null) return out;
  if (p.topicFilter != null) out.topicFilter = p.topicFilter;
  if (p.name != null) out.name = p.name;
  if (p.isLastValue != null) out.isLastValue = p.isLastValue;
  if (p.keyExpression != null) out.keyExpression = p.keyExpression;
  // Strings the store checks against its enums (a bad one is its BAD_REQUEST, as locally).
  if (p.missingKey != null) out.missingKey = p.missingKey as MissingKeyPolicy;
  if (p.fallbackKey != null) out.fallbackKey = p.fallbackKey;
  if (p.dispatchStrategy != null) out.dispatchStrategy = p.dispatchStrategy as DispatchStrategy;
  if (p.dataRetentionPeriodMs != null) out.dataRetentionPeriodMs = p.dataRetentionPeriodMs;
  if (p.ackTimeoutMs != null) out.ackTimeoutMs = p.ackTimeoutMs;
  if (p.maxDeliveries != null) out.maxDeliveries = p.maxDeliveries;
  if (p.maxMessages != null) out.maxMessages = p.maxMessages;
  if (p.maxBytes != null) out.maxBytes = p.maxBytes;
  return out;
}

/** A spec, a patch, or a QueueInfo (its spec fields are read, the rest ignored). */
export function specToProto(spec: Partial<QueueSpec>): ProtoSpec {
  // Field names match and `undefined` fields are skipped by the encoder.
  return spec as ProtoSpec;
}

/** A create request's spec: whatever the caller set (the store fills in or refuses the rest). */
export function specFromProto(p: ProtoSpec | null | undefined): QueueSpec {
  return specFields(p) as QueueSpec;
}

export function patchToProto(patch: QueuePatch): ProtoSpec {
  if (!('topicFilter' in patch)) return patch as ProtoSpec;
  // A patch cannot move a queue; the filter goes in the request, never in the patch.
  const { topicFilter: _ignored, ...rest } = patch as QueuePatch & { topicFilter?: string };
  return rest as ProtoSpec;
}

export function patchFromProto(p: ProtoSpec | null | undefined): QueuePatch {
  const out = specFields(p);
  delete out.topicFilter;
  return out;
}

export function infoToProto(info: QueueInfo): wharf.v1.QueueInfo.$Properties {
  return { spec: specToProto(info), kind: info.kind, createdAt: info.createdAt, stats: info.stats as wharf.v1.QueueStats.$Properties };
}

export function infoFromProto(p: wharf.v1.QueueInfo.$Properties): QueueInfo {
  return { ...(specFields(p.spec) as QueueSpec), kind: (p.kind ?? 'queue') as QueueKind, createdAt: p.createdAt ?? 0, stats: statsFromProto(p.stats) };
}

function statsFromProto(p: wharf.v1.QueueStats.$Properties | null | undefined): QueueStats {
  const consumers = (p?.consumers ?? []).map((c) => ({ consumerId: c.consumerId ?? '', clientId: c.clientId ?? '', inflight: c.inflight ?? 0 }));
  return {
    depth: p?.depth ?? 0,
    inflight: p?.inflight ?? 0,
    lag: p?.lag ?? 0,
    consumers,
    dispatched: p?.dispatched ?? 0,
    acked: p?.acked ?? 0,
    redelivered: p?.redelivered ?? 0,
    deadLettered: p?.deadLettered ?? 0,
    dropped: p?.dropped ?? 0,
  };
}

export function configToProto(config: QueuesConfig): wharf.v1.QueuesConfig.$Properties {
  return config as wharf.v1.QueuesConfig.$Properties;
}

/** Fields left out by the sender stay out (a partial config is the store's to refuse). */
export function configFromProto(p: wharf.v1.QueuesConfig.$Properties): QueuesConfig {
  const out: Partial<QueuesConfig> = {};
  if (p.autoCreate != null) out.autoCreate = p.autoCreate;
  if (p.defaults != null) {
    const d = specFields(p.defaults);
    delete d.topicFilter;
    delete d.name;
    out.defaults = d as QueuesConfig['defaults'];
  }
  if (p.shareDispatchStrategy != null) out.shareDispatchStrategy = p.shareDispatchStrategy as DispatchStrategy;
  return out as QueuesConfig;
}

// ------------------------------------------------------------------ Consume stream

export function attachToProto(requestId: number, a: ConsumerAttach): wharf.v1.AttachRequest.$Properties {
  const out: wharf.v1.AttachRequest.$Properties = { requestId, consumerId: a.consumerId, clientId: a.clientId, maxInflight: a.maxInflight, qos: a.qos };
  // The target objects carry the proto's field names (`kind` is ignored by the encoder).
  const t = a.target;
  if (t.kind === 'queue') out.queue = t;
  else if (t.kind === 'named') out.named = t;
  else out.share = t;
  return out;
}

export function attachFromProto(p: wharf.v1.AttachRequest): ConsumerAttach {
  let target: ConsumerTarget;
  if (p.target === 'queue') target = { kind: 'queue', filter: p.queue!.filter ?? '' };
  else if (p.target === 'named') {
    target = { kind: 'named', name: p.named!.name ?? '' };
    if (p.named!.filter != null) target.filter = p.named!.filter;
  } else if (p.target === 'share') target = { kind: 'share', group: p.share!.group ?? '', filter: p.share!.filter ?? '' };
  else throw new RangeError(`attach request ${p.requestId} for consumer ${p.consumerId} names no target`);
  return { consumerId: p.consumerId, clientId: p.clientId, target, maxInflight: p.maxInflight, qos: checkQos(p.qos) };
}

export function attachedFromProto(p: wharf.v1.AttachResult.$Properties): ConsumerAttached {
  return { queue: p.queue ?? 0, filter: p.filter ?? '', created: p.created === true };
}

/**
 * A dispatch as the encoder reads it. `queue` is the id the receiver sees (global); when it is
 * the store's own id and the message has no properties, the dispatch object itself is encoded.
 */
export function dispatchToProto(d: QueueDispatch, queue: number): wharf.v1.Dispatch.$Properties {
  const message = messageToProto(d.message);
  if (queue === d.queue && message === (d.message as unknown)) return d as unknown as wharf.v1.Dispatch.$Properties;
  return { consumerId: d.consumerId, queue, offset: d.offset, deliveries: d.deliveries, qos: d.qos, message };
}

export function dispatchFromProto(p: wharf.v1.Dispatch.$Properties): QueueDispatch {
  if (p.message == null) throw new BadMessageError(`dispatch of queue ${p.queue} offset ${p.offset} carries no message`);
  return {
    consumerId: p.consumerId ?? '',
    queue: p.queue ?? 0,
    offset: p.offset ?? 0,
    deliveries: p.deliveries ?? 0,
    qos: checkQos(p.qos ?? 0),
    message: storedFromProto(p.message),
  };
}

/** Payload and topic bytes of a dispatch: what buffering it costs. */
export function dispatchBytes(d: QueueDispatch): number {
  return d.message.payload.length + d.message.topic.length;
}
