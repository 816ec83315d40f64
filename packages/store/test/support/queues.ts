/** Shared helpers of the message-queue tests: a real Store in a temp dir, channels that record. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { TestContext } from 'node:test';
import {
  DEFAULT_QUEUES_CONFIG,
  defaultConfig,
  silentLogger,
  type ConsumerAttached,
  type ConsumerTarget,
  type Message,
  type QoS,
  type QueueChannel,
  type QueueDispatch,
  type QueueDispatchSink,
  type QueueSpec,
  type WharfConfig,
} from '@wharf/core';
import { Registry } from 'prom-client';
import { Store } from '../../src/index.ts';

export async function tempDir(t: TestContext): Promise<string> {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'wharf-mq-'));
  t.after(() => fs.promises.rm(dir, { recursive: true, force: true }));
  return dir;
}

export interface OpenOptions {
  config?: Partial<WharfConfig>;
  registry?: Registry;
  timers?: { flushMs?: number; tickMs?: number; sweepMs?: number };
}

export async function openStore(dir: string, o: OpenOptions = {}): Promise<Store> {
  return Store.open({
    dataDir: dir,
    config: defaultConfig({ fsync: 'never', segmentBytes: 1 << 20, ...o.config }),
    logger: silentLogger,
    registry: o.registry ?? new Registry(),
    queueTimers: { tickMs: 20, ...o.timers },
  });
}

/** A complete spec with short timers; `extra` overrides. */
export function spec(topicFilter: string, extra: Partial<QueueSpec> = {}): QueueSpec {
  return { ...DEFAULT_QUEUES_CONFIG.defaults, topicFilter, ackTimeoutMs: 0, maxDeliveries: 0, ...extra };
}

export function msg(topic: string, payload: string, extra: Partial<Message> = {}): Message {
  return { topic, payload: Buffer.from(payload), qos: 1, retain: false, ...extra };
}

export async function publish(store: Store, messages: Message[]): Promise<void> {
  await store.append(messages);
  await store.settled();
}

export async function waitUntil(what: string, cond: () => boolean | Promise<boolean>, ms = 3000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Lets pending dispatches reach the sinks (they are coalesced per turn). */
export function turn(ms = 0): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** A proxy's view of one channel: every dispatch and detach it received. */
export class Recorder implements QueueDispatchSink {
  readonly dispatches: QueueDispatch[] = [];
  readonly detaches: { consumerId: string; queue: number; reason: string }[] = [];
  readonly channel: QueueChannel;
  /** Consumers that acknowledge each dispatch when it arrives. */
  private readonly autoAck = new Set<string>();

  constructor(store: Store) {
    this.channel = store.openQueueChannel(this);
  }

  dispatched(batch: readonly QueueDispatch[]): void {
    this.dispatches.push(...batch);
    const acks = batch.filter((d) => this.autoAck.has(d.consumerId) && d.qos > 0);
    if (acks.length > 0) this.channel.settle(acks.map((d) => ({ consumerId: d.consumerId, queue: d.queue, offset: d.offset, ok: true })));
  }

  detached(consumers: readonly { consumerId: string; queue: number; reason: string }[]): void {
    this.detaches.push(...consumers);
  }

  attach(consumerId: string, target: ConsumerTarget, o: { maxInflight?: number; qos?: QoS; autoAck?: boolean } = {}): Promise<ConsumerAttached> {
    if (o.autoAck === true) this.autoAck.add(consumerId);
    return this.channel.attach({ consumerId, clientId: `client-${consumerId}`, target, maxInflight: o.maxInflight ?? 32, qos: o.qos ?? 1 });
  }

  of(consumerId: string): QueueDispatch[] {
    return this.dispatches.filter((d) => d.consumerId === consumerId);
  }

  payloads(consumerId: string): string[] {
    return this.of(consumerId).map((d) => d.message.payload.toString());
  }

  ack(consumerId: string, ok = true, which?: (d: QueueDispatch) => boolean): number {
    const list = this.of(consumerId).filter((d) => d.qos > 0 && (which === undefined || which(d)));
    this.channel.settle(list.map((d) => ({ consumerId, queue: d.queue, offset: d.offset, ok })));
    return list.length;
  }

  settle(d: QueueDispatch, ok = true): void {
    this.channel.settle([{ consumerId: d.consumerId, queue: d.queue, offset: d.offset, ok }]);
  }
}

export function queueTarget(filter: string): ConsumerTarget {
  return { kind: 'queue', filter };
}
