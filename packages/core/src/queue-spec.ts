/**
 * The REST API's JSON for message queues (EMQX 6 field names, snake_case) and the port types of
 * ports/queues.ts (camelCase). Pure: parsing validates every field, collects every problem of a
 * body, and throws one QueueError BAD_REQUEST whose message names each offending field (its
 * `field` is the first). Durations are accepted as `"7d"`-style strings or milliseconds and are
 * always returned in milliseconds, as EMQX does for `data_retention_period`.
 */
import {
  DISPATCH_STRATEGIES,
  parseDuration,
  QueueError,
  type DispatchStrategy,
  type MissingKeyPolicy,
  type QueueInfo,
  type QueueKind,
  type QueuePatch,
  type QueueSpec,
  type QueuesConfig,
} from './ports/queues.ts';
import { compileKeyExpression, DEFAULT_KEY_EXPRESSION } from './key-expression.ts';
import { checkTopicFilter } from './topic.ts';

// ------------------------------------------------------------------ JSON shapes

export interface QueueStatsJson {
  depth: number;
  inflight: number;
  lag: number;
  consumers: number;
  dispatched: number;
  acked: number;
  redelivered: number;
  dead_lettered: number;
  dropped: number;
}

export interface QueueConsumerJson {
  clientid: string;
  consumer_id: string;
  inflight: number;
}

/** What GET/POST/PUT answer for one queue. */
export interface QueueJson {
  topic_filter: string;
  name?: string;
  is_lastvalue: boolean;
  /** Last-value queues only (also `missing_key`, `fallback_key`). */
  key_expression?: string;
  missing_key?: MissingKeyPolicy;
  fallback_key?: string;
  dispatch_strategy: DispatchStrategy;
  /** Milliseconds. */
  data_retention_period: number;
  /** Milliseconds. */
  ack_timeout: number;
  max_deliveries: number;
  max_messages: number;
  max_bytes: number;
  kind: QueueKind;
  /** Milliseconds since the epoch. */
  created_at: number;
  stats: QueueStatsJson;
  consumers: QueueConsumerJson[];
}

export interface QueueDefaultsJson {
  is_lastvalue: boolean;
  key_expression?: string;
  missing_key: MissingKeyPolicy;
  fallback_key: string;
  dispatch_strategy: DispatchStrategy;
  data_retention_period: number;
  ack_timeout: number;
  max_deliveries: number;
  max_messages: number;
  max_bytes: number;
}

/** `GET /api/v5/message_queues/config`. */
export interface QueuesConfigJson {
  auto_create: boolean;
  share_dispatch_strategy: DispatchStrategy;
  defaults: QueueDefaultsJson;
}

// ------------------------------------------------------------------ limits

/** EMQX 6.1 queue names: letters, digits, `_`, `-`, `.`; one topic level by construction. */
const NAME_PATTERN = /^[A-Za-z0-9_.-]+$/;
export const MAX_QUEUE_NAME_LENGTH = 255;
export const MAX_KEY_EXPRESSION_LENGTH = 1024;
export const MAX_FALLBACK_KEY_LENGTH = 1024;
/** Ten years: a retention beyond this is a typo, not a policy. */
export const MAX_RETENTION_MS = 10 * 365 * 86_400_000;
export const MAX_ACK_TIMEOUT_MS = 7 * 86_400_000;
export const MAX_DELIVERIES_LIMIT = 1_000_000;
/** Filters a queue may not be bound to: consumer prefixes, and dead-letter queues (the store makes those). */
const RESERVED_PREFIXES = ['$q/', '$queue/', '$share/', '$dlq/'] as const;
/** Fields GET returns that a client may send back unchanged; they are ignored on input. */
const READ_ONLY_FIELDS = new Set(['kind', 'created_at', 'stats', 'consumers']);
const LAST_VALUE_FIELDS = ['key_expression', 'missing_key', 'fallback_key'] as const;
const MISSING_KEY_POLICIES: readonly MissingKeyPolicy[] = ['fallback', 'reject'];

const QUEUE_FIELDS = [
  'topic_filter',
  'name',
  'is_lastvalue',
  'key_expression',
  'missing_key',
  'fallback_key',
  'dispatch_strategy',
  'data_retention_period',
  'ack_timeout',
  'max_deliveries',
  'max_messages',
  'max_bytes',
] as const;
const DEFAULTS_FIELDS = QUEUE_FIELDS.filter((f) => f !== 'topic_filter' && f !== 'name');
const CONFIG_FIELDS = ['auto_create', 'share_dispatch_strategy', 'defaults'] as const;

// ------------------------------------------------------------------ field reader

interface FieldProblem {
  field: string;
  message: string;
}

/** Reads typed fields of one JSON object, remembering every problem instead of stopping at the first. */
class FieldReader {
  readonly problems: FieldProblem[] = [];

  constructor(
    private readonly body: Record<string, unknown>,
    /** Prefix for nested objects in messages (`defaults.`). */
    private readonly prefix = '',
  ) {}

  has(field: string): boolean {
    return this.body[field] !== undefined;
  }

  problem(field: string, message: string): void {
    const name = this.prefix + field;
    this.problems.push({ field: name, message: `${name}: ${message}` });
  }

  /** Problems for every key not in `known` (read-only fields pass when `readOnly`). */
  rejectUnknown(known: readonly string[], readOnly: boolean): void {
    const allowed = new Set<string>(known);
    const unknown = Object.keys(this.body).filter((k) => !allowed.has(k) && !(readOnly && READ_ONLY_FIELDS.has(k)));
    for (const k of unknown) this.problem(k, `unknown field (known: ${known.join(', ')})`);
  }

  bool(field: string): boolean | undefined {
    const v = this.body[field];
    if (v === undefined) return undefined;
    if (typeof v !== 'boolean') return this.fail(field, `must be true or false, got ${show(v)}`);
    return v;
  }

  string(field: string, check: (s: string) => string | null): string | undefined {
    const v = this.body[field];
    if (v === undefined) return undefined;
    if (typeof v !== 'string') return this.fail(field, `must be a string, got ${show(v)}`);
    const why = check(v);
    return why === null ? v : this.fail(field, why);
  }

  oneOf<T extends string>(field: string, values: readonly T[]): T | undefined {
    const v = this.body[field];
    if (v === undefined) return undefined;
    if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) {
      return this.fail(field, `must be one of ${values.join(', ')}, got ${show(v)}`);
    }
    return v as T;
  }

  /** A duration as `"30s"`, `"7d"`, … or integer milliseconds, within min..max ms. */
  duration(field: string, min: number, max: number): number | undefined {
    const v = this.body[field];
    if (v === undefined) return undefined;
    const ms = typeof v === 'number' || typeof v === 'string' ? parseDuration(v) : null;
    if (ms === null) return this.fail(field, `must be a duration such as "250ms", "30s", "5m", "1h", "7d" or milliseconds, got ${show(v)}`);
    if (ms < min || ms > max) return this.fail(field, `must be between ${min} and ${max} ms, got ${ms} ms`);
    return ms;
  }

  int(field: string, min: number, max: number): number | undefined {
    const v = this.body[field];
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min || v > max) {
      return this.fail(field, `must be an integer in ${min}..${max}, got ${show(v)}`);
    }
    return v;
  }

  object(field: string): Record<string, unknown> | undefined {
    const v = this.body[field];
    if (v === undefined) return undefined;
    if (!isObject(v)) return this.fail(field, `must be an object, got ${show(v)}`);
    return v;
  }

  private fail(field: string, message: string): undefined {
    this.problem(field, message);
    return undefined;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function show(v: unknown): string {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function raise(problems: readonly FieldProblem[]): void {
  if (problems.length === 0) return;
  throw new QueueError('BAD_REQUEST', problems.map((p) => p.message).join('; '), problems[0]!.field);
}

function bodyObject(body: unknown): Record<string, unknown> {
  if (!isObject(body)) throw new QueueError('BAD_REQUEST', `body: must be a JSON object, got ${show(body)}`, 'body');
  return body;
}

// ------------------------------------------------------------------ field checks

/** Why `filter` cannot be a queue's topic filter, or null. */
export function checkQueueFilter(filter: string): string | null {
  const err = checkTopicFilter(filter);
  if (err !== null) return `"${filter}" is not a valid topic filter (${err})`;
  for (const p of RESERVED_PREFIXES) {
    if (filter.startsWith(p)) return `"${filter}" starts with the reserved prefix ${p}`;
  }
  return null;
}

/** Why `name` cannot name a queue (`$queue/<name>`), or null. */
export function checkQueueName(name: string): string | null {
  if (name.length === 0 || name.length > MAX_QUEUE_NAME_LENGTH) return `must be 1..${MAX_QUEUE_NAME_LENGTH} characters`;
  if (!NAME_PATTERN.test(name)) return `"${name}" may contain only letters, digits, "_", "-" and "."`;
  return null;
}

/** Why `expr` cannot be a key expression, or null. The store's own compiler judges: the REST answer and the store never disagree. */
export function checkKeyExpression(expr: string): string | null {
  if (expr.length > MAX_KEY_EXPRESSION_LENGTH) return `must be at most ${MAX_KEY_EXPRESSION_LENGTH} characters`;
  try {
    compileKeyExpression(expr);
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}

/** Why `key` cannot be a last-value fallback key, or null. */
export function checkFallbackKey(key: string): string | null {
  return key.length > MAX_FALLBACK_KEY_LENGTH ? `must be at most ${MAX_FALLBACK_KEY_LENGTH} characters` : null;
}

/** Every field a queue (or the queue defaults) may carry, as read from `r`; absent ones undefined. */
function readQueueFields(r: FieldReader): QueuePatch {
  const out: QueuePatch = {};
  const isLastValue = r.bool('is_lastvalue');
  if (isLastValue !== undefined) out.isLastValue = isLastValue;
  const keyExpression = r.string('key_expression', checkKeyExpression);
  if (keyExpression !== undefined) out.keyExpression = keyExpression;
  const missingKey = r.oneOf('missing_key', MISSING_KEY_POLICIES);
  if (missingKey !== undefined) out.missingKey = missingKey;
  const fallbackKey = r.string('fallback_key', checkFallbackKey);
  if (fallbackKey !== undefined) out.fallbackKey = fallbackKey;
  const strategy = r.oneOf('dispatch_strategy', DISPATCH_STRATEGIES);
  if (strategy !== undefined) out.dispatchStrategy = strategy;
  const retention = r.duration('data_retention_period', 1, MAX_RETENTION_MS);
  if (retention !== undefined) out.dataRetentionPeriodMs = retention;
  const ackTimeout = r.duration('ack_timeout', 0, MAX_ACK_TIMEOUT_MS);
  if (ackTimeout !== undefined) out.ackTimeoutMs = ackTimeout;
  const maxDeliveries = r.int('max_deliveries', 0, MAX_DELIVERIES_LIMIT);
  if (maxDeliveries !== undefined) out.maxDeliveries = maxDeliveries;
  const maxMessages = r.int('max_messages', 0, Number.MAX_SAFE_INTEGER);
  if (maxMessages !== undefined) out.maxMessages = maxMessages;
  const maxBytes = r.int('max_bytes', 0, Number.MAX_SAFE_INTEGER);
  if (maxBytes !== undefined) out.maxBytes = maxBytes;
  return out;
}

/** Last-value-only fields given for a regular queue (EMQX answers 400 for `key_expression`). */
function rejectLastValueFields(r: FieldReader): void {
  for (const f of LAST_VALUE_FIELDS) {
    if (r.has(f)) r.problem(f, 'applies to last-value queues only (is_lastvalue: true)');
  }
}

// ------------------------------------------------------------------ parsing

/**
 * `POST /message_queues/queues`: a QueueSpec. Omitted fields come from `defaults`, except
 * `is_lastvalue`, which defaults to true as in EMQX, and `key_expression`, which for a
 * last-value queue defaults to `defaults.keyExpression` or `message.from`.
 */
export function parseQueueCreate(body: unknown, defaults: QueuesConfig['defaults']): QueueSpec {
  const r = new FieldReader(bodyObject(body));
  r.rejectUnknown(QUEUE_FIELDS, true);
  let topicFilter: string | undefined;
  if (!r.has('topic_filter')) r.problem('topic_filter', 'is required');
  else topicFilter = r.string('topic_filter', checkQueueFilter);
  const name = r.string('name', checkQueueName);
  const given = readQueueFields(r);
  const isLastValue = given.isLastValue ?? true;
  if (!isLastValue) rejectLastValueFields(r);
  raise(r.problems);
  const spec: QueueSpec = {
    topicFilter: topicFilter!,
    isLastValue,
    missingKey: given.missingKey ?? defaults.missingKey,
    fallbackKey: given.fallbackKey ?? defaults.fallbackKey,
    dispatchStrategy: given.dispatchStrategy ?? defaults.dispatchStrategy,
    dataRetentionPeriodMs: given.dataRetentionPeriodMs ?? defaults.dataRetentionPeriodMs,
    ackTimeoutMs: given.ackTimeoutMs ?? defaults.ackTimeoutMs,
    maxDeliveries: given.maxDeliveries ?? defaults.maxDeliveries,
    maxMessages: given.maxMessages ?? defaults.maxMessages,
    maxBytes: given.maxBytes ?? defaults.maxBytes,
  };
  if (name !== undefined) spec.name = name;
  if (isLastValue) spec.keyExpression = given.keyExpression ?? defaults.keyExpression ?? DEFAULT_KEY_EXPRESSION;
  return spec;
}

/**
 * `PUT /message_queues/queues/{topic_filter}`: the fields to change. `topic_filter` may be
 * sent only unchanged (a GET body sent back); read-only fields are ignored. Whether the patch
 * fits the queue is checkPatch's question.
 */
export function parseQueuePatch(body: unknown, topicFilter: string): QueuePatch {
  const r = new FieldReader(bodyObject(body));
  r.rejectUnknown(QUEUE_FIELDS, true);
  r.string('topic_filter', (f) => (f === topicFilter ? null : `cannot change (the queue is bound to "${topicFilter}")`));
  const name = r.string('name', checkQueueName);
  const patch = readQueueFields(r);
  raise(r.problems);
  if (name !== undefined) patch.name = name;
  return patch;
}

/** Refuses a patch the existing queue cannot take: a changed `is_lastvalue`, last-value fields on a regular queue. */
export function checkPatch(existing: QueueSpec, patch: QueuePatch): void {
  const problems: FieldProblem[] = [];
  if (patch.isLastValue !== undefined && patch.isLastValue !== existing.isLastValue) {
    problems.push({
      field: 'is_lastvalue',
      message: `is_lastvalue: cannot be changed on an existing queue (it is ${existing.isLastValue}); delete and create the queue instead`,
    });
  }
  if (!existing.isLastValue) {
    const given: [keyof QueuePatch, string][] = [
      ['keyExpression', 'key_expression'],
      ['missingKey', 'missing_key'],
      ['fallbackKey', 'fallback_key'],
    ];
    for (const [key, field] of given) {
      if (patch[key] !== undefined) problems.push({ field, message: `${field}: applies to last-value queues only (this queue has is_lastvalue: false)` });
    }
  }
  if (patch.name !== undefined && existing.name !== undefined && patch.name !== existing.name) {
    problems.push({ field: 'name', message: `name: cannot be changed (the queue is named "${existing.name}")` });
  }
  raise(problems);
}

/**
 * `PUT /message_queues/config`: `current` with the given fields replaced (`defaults` merges
 * field by field), so a client may send only what it changes.
 */
export function parseQueuesConfig(body: unknown, current: QueuesConfig): QueuesConfig {
  const r = new FieldReader(bodyObject(body));
  r.rejectUnknown(CONFIG_FIELDS, false);
  const autoCreate = r.bool('auto_create');
  const share = r.oneOf('share_dispatch_strategy', DISPATCH_STRATEGIES);
  const defaultsBody = r.object('defaults');
  let defaults: QueuePatch = {};
  const problems = [...r.problems];
  if (defaultsBody !== undefined) {
    const d = new FieldReader(defaultsBody, 'defaults.');
    d.rejectUnknown(DEFAULTS_FIELDS, false);
    defaults = readQueueFields(d);
    problems.push(...d.problems);
  }
  raise(problems);
  return {
    autoCreate: autoCreate ?? current.autoCreate,
    shareDispatchStrategy: share ?? current.shareDispatchStrategy,
    defaults: { ...current.defaults, ...defaults },
  };
}

/** `?cursor=&limit=` of the list endpoint. */
export interface ListQuery {
  /** List filters after this one (exclusive); '' from the start. */
  after: string;
  limit: number;
}

export const DEFAULT_LIST_LIMIT = 100;
export const MAX_LIST_LIMIT = 1000;

export function parseListQuery(params: URLSearchParams): ListQuery {
  const problems: FieldProblem[] = [];
  const rawLimit = params.get('limit');
  let limit = DEFAULT_LIST_LIMIT;
  if (rawLimit !== null) {
    limit = /^\d+$/.test(rawLimit) ? Number(rawLimit) : NaN;
    if (!(limit >= 1 && limit <= MAX_LIST_LIMIT)) {
      problems.push({ field: 'limit', message: `limit: must be an integer in 1..${MAX_LIST_LIMIT}, got "${rawLimit}"` });
    }
  }
  for (const key of params.keys()) {
    if (key !== 'limit' && key !== 'cursor') problems.push({ field: key, message: `${key}: unknown query parameter (known: cursor, limit)` });
  }
  raise(problems);
  return { after: params.get('cursor') ?? '', limit };
}

// ------------------------------------------------------------------ rendering

export function queueToJson(info: QueueInfo): QueueJson {
  const out: QueueJson = {
    topic_filter: info.topicFilter,
    is_lastvalue: info.isLastValue,
    dispatch_strategy: info.dispatchStrategy,
    data_retention_period: info.dataRetentionPeriodMs,
    ack_timeout: info.ackTimeoutMs,
    max_deliveries: info.maxDeliveries,
    max_messages: info.maxMessages,
    max_bytes: info.maxBytes,
    kind: info.kind,
    created_at: info.createdAt,
    stats: {
      depth: info.stats.depth,
      inflight: info.stats.inflight,
      lag: info.stats.lag,
      consumers: info.stats.consumers.length,
      dispatched: info.stats.dispatched,
      acked: info.stats.acked,
      redelivered: info.stats.redelivered,
      dead_lettered: info.stats.deadLettered,
      dropped: info.stats.dropped,
    },
    consumers: info.stats.consumers.map((c) => ({ clientid: c.clientId, consumer_id: c.consumerId, inflight: c.inflight })),
  };
  if (info.name !== undefined) out.name = info.name;
  if (info.isLastValue) {
    out.key_expression = info.keyExpression ?? DEFAULT_KEY_EXPRESSION;
    out.missing_key = info.missingKey;
    out.fallback_key = info.fallbackKey;
  }
  return out;
}

export function queuesConfigToJson(config: QueuesConfig): QueuesConfigJson {
  const d = config.defaults;
  const defaults: QueueDefaultsJson = {
    is_lastvalue: d.isLastValue,
    missing_key: d.missingKey,
    fallback_key: d.fallbackKey,
    dispatch_strategy: d.dispatchStrategy,
    data_retention_period: d.dataRetentionPeriodMs,
    ack_timeout: d.ackTimeoutMs,
    max_deliveries: d.maxDeliveries,
    max_messages: d.maxMessages,
    max_bytes: d.maxBytes,
  };
  if (d.keyExpression !== undefined) defaults.key_expression = d.keyExpression;
  return { auto_create: config.autoCreate, share_dispatch_strategy: config.shareDispatchStrategy, defaults };
}
