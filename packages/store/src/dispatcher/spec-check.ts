/**
 * The store's own check of queue definitions and the queues config. Callers (REST, gRPC)
 * fill in omitted fields; whatever arrives here is checked whole, at run time (a remote caller
 * may send anything), and refused with QueueError BAD_REQUEST naming the REST field.
 */
import {
  checkFallbackKey,
  checkKeyExpression,
  checkQueueFilter,
  checkQueueName,
  DISPATCH_STRATEGIES,
  MAX_ACK_TIMEOUT_MS,
  MAX_DELIVERIES_LIMIT,
  MAX_RETENTION_MS,
  QueueError,
  type DispatchStrategy,
  type MissingKeyPolicy,
  type QueuePatch,
  type QueueSpec,
  type QueuesConfig,
} from '@wharf/core';

function bad(field: string, message: string): never {
  throw new QueueError('BAD_REQUEST', `${field}: ${message}`, field);
}

function show(v: unknown): string {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function int(v: unknown, field: string, max: number): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0 || v > max) bad(field, `must be an integer in 0..${max}, got ${show(v)}`);
  return v;
}

function bool(v: unknown, field: string): boolean {
  if (typeof v !== 'boolean') bad(field, `must be true or false, got ${show(v)}`);
  return v;
}

function strategy(v: unknown, field: string): DispatchStrategy {
  if (typeof v !== 'string' || !(DISPATCH_STRATEGIES as readonly string[]).includes(v)) {
    bad(field, `must be one of ${DISPATCH_STRATEGIES.join(', ')}, got ${show(v)}`);
  }
  return v as DispatchStrategy;
}

// The rules of each field are core's (queue-spec.ts), shared with the REST layer.
function checkNameField(v: unknown): string {
  if (typeof v !== 'string') bad('name', `must be a string, got ${show(v)}`);
  const why = checkQueueName(v);
  if (why !== null) bad('name', why);
  return v;
}

function checkFilterField(v: unknown): string {
  if (typeof v !== 'string') bad('topic_filter', `must be a string, got ${show(v)}`);
  const why = checkQueueFilter(v);
  if (why !== null) bad('topic_filter', why);
  return v;
}

/** Every field but the filter and the name, `prefix` naming nested objects (`defaults.`). */
function checkFields(s: Partial<Record<keyof QueueSpec, unknown>>, prefix: string): Omit<QueueSpec, 'topicFilter' | 'name'> {
  const f = (name: string): string => prefix + name;
  const isLastValue = bool(s.isLastValue, f('is_lastvalue'));
  let keyExpression: string | undefined;
  if (s.keyExpression !== undefined) {
    if (!isLastValue) bad(f('key_expression'), 'applies to last-value queues only (is_lastvalue: true)');
    if (typeof s.keyExpression !== 'string') bad(f('key_expression'), `must be a string, got ${show(s.keyExpression)}`);
    const why = checkKeyExpression(s.keyExpression);
    if (why !== null) bad(f('key_expression'), why);
    keyExpression = s.keyExpression;
  }
  if (s.missingKey !== 'fallback' && s.missingKey !== 'reject') bad(f('missing_key'), `must be fallback or reject, got ${show(s.missingKey)}`);
  const missingKey: MissingKeyPolicy = s.missingKey;
  if (typeof s.fallbackKey !== 'string') bad(f('fallback_key'), `must be a string, got ${show(s.fallbackKey)}`);
  const fallbackProblem = checkFallbackKey(s.fallbackKey);
  if (fallbackProblem !== null) bad(f('fallback_key'), fallbackProblem);
  const out: Omit<QueueSpec, 'topicFilter' | 'name'> = {
    isLastValue,
    missingKey,
    fallbackKey: s.fallbackKey,
    dispatchStrategy: strategy(s.dispatchStrategy, f('dispatch_strategy')),
    dataRetentionPeriodMs: int(s.dataRetentionPeriodMs, f('data_retention_period'), MAX_RETENTION_MS),
    ackTimeoutMs: int(s.ackTimeoutMs, f('ack_timeout'), MAX_ACK_TIMEOUT_MS),
    maxDeliveries: int(s.maxDeliveries, f('max_deliveries'), MAX_DELIVERIES_LIMIT),
    maxMessages: int(s.maxMessages, f('max_messages'), Number.MAX_SAFE_INTEGER),
    maxBytes: int(s.maxBytes, f('max_bytes'), Number.MAX_SAFE_INTEGER),
  };
  if (keyExpression !== undefined) out.keyExpression = keyExpression;
  return out;
}

/**
 * A complete, checked copy of `spec` (unknown properties dropped). `existingFilter`: the filter
 * is an existing queue's (a dead-letter queue's `$dlq/…` is not one a caller may choose).
 */
export function checkSpec(spec: unknown, existingFilter = false): QueueSpec {
  if (typeof spec !== 'object' || spec === null) bad('body', 'must be an object');
  const s = spec as Partial<Record<keyof QueueSpec, unknown>>;
  const topicFilter = existingFilter ? (s.topicFilter as string) : checkFilterField(s.topicFilter);
  const out: QueueSpec = { topicFilter, ...checkFields(s, '') };
  if (s.name !== undefined) out.name = checkNameField(s.name);
  return out;
}

/** `existing` with `patch` applied, checked; refuses changes of the filter or of `isLastValue`. */
export function applyPatch(existing: QueueSpec, patch: QueuePatch): QueueSpec {
  if (typeof patch !== 'object' || patch === null) bad('body', 'must be an object');
  const p = patch as QueuePatch & { topicFilter?: unknown };
  if (p.topicFilter !== undefined && p.topicFilter !== existing.topicFilter) bad('topic_filter', `cannot change (the queue is bound to "${existing.topicFilter}")`);
  if (p.isLastValue !== undefined && p.isLastValue !== existing.isLastValue) {
    bad('is_lastvalue', `cannot be changed on an existing queue (it is ${existing.isLastValue}); delete and create the queue instead`);
  }
  if (p.name !== undefined && existing.name !== undefined && p.name !== existing.name) bad('name', `cannot be changed (the queue is named "${existing.name}")`);
  const merged: Record<string, unknown> = { ...existing };
  for (const [k, v] of Object.entries(p)) if (v !== undefined) merged[k] = v;
  merged['topicFilter'] = existing.topicFilter;
  return checkSpec(merged, true);
}

export function checkQueuesConfig(config: unknown): QueuesConfig {
  if (typeof config !== 'object' || config === null) bad('body', 'must be an object');
  const c = config as Partial<Record<keyof QueuesConfig, unknown>>;
  const autoCreate = bool(c.autoCreate, 'auto_create');
  const share = strategy(c.shareDispatchStrategy, 'share_dispatch_strategy');
  if (typeof c.defaults !== 'object' || c.defaults === null) bad('defaults', 'must be an object');
  const defaults = checkFields(c.defaults as Partial<Record<keyof QueueSpec, unknown>>, 'defaults.');
  return { autoCreate, defaults, shareDispatchStrategy: share };
}
