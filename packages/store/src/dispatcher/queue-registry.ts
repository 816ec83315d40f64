/**
 * The store's message queues by every name they are looked up by, and their persisted
 * definitions (MQ_QUEUE rows, keys.ts: JSON, not a hot path).
 *
 *   queue        bound to a filter; optional unique name; `$q/<filter>`, `$queue/<name>`
 *   dead-letter  `$dlq/<filter>` of a queue; reads its own entry stream (`stream`)
 *   share        `$share/<group>/<filter>`; its spec follows the QueuesConfig, so only the
 *                group, the filter and the reference count are stored
 */
import type { QueueKind, QueueSpec } from '@wharf/core';
import type { QueueDispatcher } from './queue-dispatcher.ts';

const VERSION = 1;

export interface QueueDefinition {
  id: number;
  kind: QueueKind;
  createdAt: number;
  /** Queues and dead-letter queues; share groups derive theirs from the config. */
  spec?: QueueSpec;
  /** Dead-letter queues: the id of their entry stream. */
  stream?: number;
  /** Share groups. */
  group?: string;
  filter?: string;
  refs?: number;
}

export function encodeDefinition(d: QueueDefinition): Buffer {
  return Buffer.from(JSON.stringify({ v: VERSION, ...d }), 'utf8');
}

/** Throws on a malformed row. */
export function decodeDefinition(buf: Buffer): QueueDefinition {
  const raw = JSON.parse(buf.toString('utf8')) as QueueDefinition & { v?: number };
  if (raw.v !== VERSION) throw new Error(`queue definition version ${String(raw.v)} is not ${VERSION}`);
  if (!Number.isInteger(raw.id) || (raw.kind !== 'queue' && raw.kind !== 'dead-letter' && raw.kind !== 'share')) throw new Error('queue definition lacks id or kind');
  if (raw.kind === 'share' ? typeof raw.group !== 'string' || typeof raw.filter !== 'string' : raw.spec === undefined) {
    throw new Error(`queue definition ${raw.id} lacks its ${raw.kind === 'share' ? 'group' : 'spec'}`);
  }
  if (raw.kind === 'dead-letter' && !Number.isInteger(raw.stream)) throw new Error(`dead-letter queue ${raw.id} lacks its stream`);
  const { v: _v, ...def } = raw;
  return def;
}

export function shareKey(group: string, filter: string): string {
  return `${group}\u0000${filter}`;
}

export function shareLabel(group: string, filter: string): string {
  return `$share/${group}/${filter}`;
}

export class MessageQueueRegistry {
  readonly byId = new Map<number, QueueDispatcher>();
  /** Queues and dead-letter queues by topic filter. */
  readonly byFilter = new Map<string, QueueDispatcher>();
  readonly byName = new Map<string, QueueDispatcher>();
  readonly byShare = new Map<string, QueueDispatcher>();
  /** Share groups' registration counts. */
  readonly shareRefs = new Map<number, number>();
  /** Dispatchers reading each entry stream (a consume queue may feed a queue and share groups). */
  private readonly bySource = new Map<number, QueueDispatcher[]>();

  get size(): number {
    return this.byId.size;
  }

  add(d: QueueDispatcher): void {
    if (this.byId.has(d.id)) throw new Error(`message queue id ${d.id} is taken`);
    this.byId.set(d.id, d);
    if (d.kind === 'share') {
      this.byShare.set(shareKey(d.group!, d.spec.topicFilter), d);
    } else {
      if (this.byFilter.has(d.spec.topicFilter)) throw new Error(`filter ${d.spec.topicFilter} already has a queue`);
      this.byFilter.set(d.spec.topicFilter, d);
      if (d.spec.name !== undefined) this.byName.set(d.spec.name, d);
    }
    const list = this.bySource.get(d.source);
    if (list === undefined) this.bySource.set(d.source, [d]);
    else list.push(d);
  }

  remove(d: QueueDispatcher): void {
    if (this.byId.get(d.id) !== d) return;
    this.byId.delete(d.id);
    if (d.kind === 'share') {
      this.byShare.delete(shareKey(d.group!, d.spec.topicFilter));
      this.shareRefs.delete(d.id);
    } else {
      this.byFilter.delete(d.spec.topicFilter);
      if (d.spec.name !== undefined && this.byName.get(d.spec.name) === d) this.byName.delete(d.spec.name);
    }
    const list = this.bySource.get(d.source);
    if (list !== undefined) {
      const i = list.indexOf(d);
      if (i !== -1) list.splice(i, 1);
      if (list.length === 0) this.bySource.delete(d.source);
    }
  }

  rename(d: QueueDispatcher, previous: string | undefined): void {
    if (previous !== undefined && this.byName.get(previous) === d) this.byName.delete(previous);
    if (d.spec.name !== undefined) this.byName.set(d.spec.name, d);
  }

  readers(source: number): readonly QueueDispatcher[] | undefined {
    return this.bySource.get(source);
  }

  values(): IterableIterator<QueueDispatcher> {
    return this.byId.values();
  }
}
