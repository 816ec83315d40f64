/**
 * Runs one scenario against one broker address: connect, warm up, measure, drain, verify.
 * Publishers are closed-loop (QoS 1: in-flight window; QoS 0: socket backpressure plus an
 * end-to-end window over what subscribers have seen) or open-loop paced. Only messages that
 * reached the kernel (QoS 0) or were acknowledged (QoS 1) count as published.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { BenchClient } from './client.ts';
import { LatencyHistogram, type LatencySummary } from './histogram.ts';
import { PROBE_BYTES, SEQ_OFFSET, STAMP_OFFSET, STREAM_OFFSET } from './payload.ts';
import { PublishEncoder } from './publish-encoder.ts';
import type { LoadOptions, Scenario } from './scenarios.ts';

/** Pacing tick of the open-loop scenario; Node timers do not go finer than 1 ms. */
const PACE_TICK_MS = 1;
/** Connections opened at once during setup. */
const CONNECT_CONCURRENCY = 50;
/** The drain ends early when nothing moved for this long. */
const DRAIN_IDLE_MS = 1000;
const QOS1_PACKET_IDS = 0x10000;
/** Fewer connections of a role than this read as soon as data arrives. */
const COALESCE_MIN_CONNECTIONS = 10;

export interface BrokerSample {
  /** CPU time (user + system) the broker used so far, ms. */
  cpuMs: number;
  rssBytes: number;
}

export interface LoadTarget {
  /** Where subscribers connect, and publishers unless publishTo is set. */
  host: string;
  port: number;
  /** Where publishers connect, when that is another node (a cluster's second proxy). */
  publishTo?: { host: string; port: number };
  /** Reads the broker's counters when it is a local process we started. */
  sample?: () => BrokerSample | null;
}

export interface LoadResult {
  scenario: string;
  measuredSec: number;
  /** msg/s that reached the kernel (QoS 0) or were acknowledged (QoS 1). */
  publishedPerSec: number;
  /** msg/s handed to the socket; above publishedPerSec only when bytes wait in user space. */
  sentPerSec: number;
  /** PUBLISH packets received by subscribers per second (fan-out counts each copy). */
  deliveredPerSec: number;
  latencyUs: LatencySummary;
  /** PUBLISH → PUBACK at the publisher, QoS 1 only. */
  ackLatencyUs: LatencySummary | null;
  sent: number;
  delivered: number;
  /** Expected deliveries that never arrived after the drain. */
  lost: number;
  /** Deliveries whose sequence number was already passed (duplicate or reordered). */
  duplicates: number;
  /** Deliveries from a stream the subscriber did not subscribe to. */
  misrouted: number;
  /** Messages that did not carry a probe payload. */
  foreign: number;
  /** QoS 1 messages still unacknowledged after the drain. */
  unacked: number;
  generatorCpuPct: number;
  brokerCpuPct: number | null;
  brokerRssMb: number | null;
  connections: number;
  errors: string[];
}

class Subscriber {
  received = 0;
  duplicates = 0;
  misrouted = 0;
  foreign = 0;
  /** Next expected sequence number per stream. */
  readonly nextSeq: Uint32Array;
  readonly expects: Uint8Array;

  constructor(
    readonly client: BenchClient,
    readonly streams: number[],
    streamCount: number,
  ) {
    this.nextSeq = new Uint32Array(streamCount);
    this.expects = new Uint8Array(streamCount);
    for (const s of streams) this.expects[s] = 1;
  }
}

class Publisher {
  sent = 0;
  flushed = 0;
  acked = 0;
  inflight = 0;
  unknownAcks = 0;
  /** Messages due so far under pacing. */
  due = 0;
  /** How far this publisher may run ahead of its slowest subscriber. */
  e2eWindow = 0;
  readonly receivers: Subscriber[] = [];
  readonly sentAt: Float64Array | null;
  readonly busy: Uint8Array | null;
  readonly ids: Uint16Array;
  nextId = 1;

  constructor(
    readonly client: BenchClient,
    readonly encoder: PublishEncoder,
    readonly qos: 0 | 1,
    readonly stream: number,
    maxBatch: number,
  ) {
    this.sentAt = qos === 1 ? new Float64Array(QOS1_PACKET_IDS) : null;
    this.busy = qos === 1 ? new Uint8Array(QOS1_PACKET_IDS) : null;
    this.ids = new Uint16Array(maxBatch);
  }
}

async function inBatches<T, R>(items: T[], size: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(...(await Promise.all(items.slice(i, i + size).map((item, j) => fn(item, i + j)))));
  }
  return out;
}

export async function runLoad(target: LoadTarget, scenario: Scenario, options: LoadOptions): Promise<LoadResult> {
  const plan = scenario.plan(options);
  const streamCount = plan.publishers.length;
  const runId = randomBytes(4).toString('hex');
  const errors: string[] = [];
  const latency = new LatencyHistogram();
  const ackLatency = new LatencyHistogram();
  const clients: BenchClient[] = [];
  let recording = false;
  let stopped = false;
  let aborted = false;
  let closing = false;

  const onClientClose = (err: Error | null): void => {
    if (err === null || closing) return;
    errors.push(err.message);
    aborted = true;
    stopped = true;
  };
  /** Sleeps, but returns early once a connection failed. */
  const wait = async (ms: number): Promise<void> => {
    const until = performance.now() + ms;
    while (!aborted && performance.now() < until) await sleep(Math.min(50, until - performance.now()));
  };

  const publishTo = target.publishTo ?? { host: target.host, port: target.port };
  const connect = async (role: 's' | 'p', index: number): Promise<BenchClient> => {
    const { host, port } = role === 'p' ? publishTo : target;
    const client = await BenchClient.connect({ host, port, clientId: `wb-${runId}-${role}${index}` });
    clients.push(client);
    client.onClose = onClientClose;
    return client;
  };

  // Where many connections of one role share the generator's core, each reads less often, so
  // a read carries many messages instead of one (brokers like mosquitto write every packet as
  // its own segment, and a syscall costs more than handling the packet). Auto: QoS 0
  // subscribers wait 1 ms per 33 subscribers (1-3 ms; more would cap fan-out, where a
  // publisher may be only its window ahead of the subscriber that read last). Connections
  // whose reads release a window (PUBACKs to a publisher, QoS 1 deliveries the subscriber
  // acks) wait 1 ms, capping each at its window per ms: 32k msg/s at --inflight 32. A lone
  // connection (the fan-in subscriber) and the paced latency scenario never wait.
  const coalesceFor = (count: number, qos: 0 | 1, subscriber: boolean): number => {
    if (plan.ratePerSec !== null || count < COALESCE_MIN_CONNECTIONS) return 0;
    if (options.coalesceReadsMs >= 0) return options.coalesceReadsMs;
    if (!subscriber || qos === 1) return 1;
    return Math.min(3, Math.max(1, Math.round(count / 33)));
  };
  let scheduled = false;
  const wake = (): void => {
    if (scheduled || stopped) return;
    scheduled = true;
    setImmediate(pumpAll);
  };

  const subscribers: Subscriber[] = [];
  const publishers: Publisher[] = [];

  const measure = (): { at: number; published: number; sent: number; delivered: number; cpuUs: number; broker: BrokerSample | null } => {
    let published = 0;
    let sent = 0;
    for (const p of publishers) {
      published += p.qos === 1 ? p.acked : p.flushed;
      sent += p.sent;
    }
    let delivered = 0;
    for (const s of subscribers) delivered += s.received;
    const cpu = process.cpuUsage();
    return { at: performance.now(), published, sent, delivered, cpuUs: cpu.user + cpu.system, broker: target.sample?.() ?? null };
  };

  const pump = (p: Publisher, now: number): number => {
    if (p.client.needsDrain || p.client.closed) return 0;
    let room = options.maxBatch;
    if (p.qos === 1) room = Math.min(room, options.inflight - p.inflight);
    if (plan.ratePerSec !== null) {
      room = Math.min(room, p.due - p.sent);
    } else {
      let slowest = p.sent;
      for (const r of p.receivers) {
        const seen = r.nextSeq[p.stream];
        if (seen < slowest) slowest = seen;
      }
      const window = p.e2eWindow - (p.sent - slowest);
      // QoS 0 waits until a quarter of its window is free: topping it up after every delivery
      // would mean one tiny write per read. QoS 1 sends as soon as an ack frees a slot.
      if (p.qos === 0 && window < p.e2eWindow / 4) return 0;
      room = Math.min(room, window);
    }
    if (room <= 0) return 0;
    let ids: Uint16Array | null = null;
    if (p.qos === 1) {
      const busy = p.busy as Uint8Array;
      const sentAt = p.sentAt as Float64Array;
      ids = p.ids;
      for (let i = 0; i < room; i++) {
        // Ids are handed out in order; one still in flight after a wrap is skipped.
        while (busy[p.nextId] === 1) p.nextId = p.nextId === 0xffff ? 1 : p.nextId + 1;
        const id = p.nextId;
        busy[id] = 1;
        sentAt[id] = now;
        ids[i] = id;
        p.nextId = id === 0xffff ? 1 : id + 1;
      }
      p.inflight += room;
    }
    const packets = p.encoder.encode(room, p.sent, now, ids);
    p.sent += room;
    if (p.qos === 0) {
      const count = room;
      p.client.write(packets, (err) => {
        if (!err) p.flushed += count;
      });
    } else {
      p.client.write(packets);
    }
    return room;
  };

  function pumpAll(): void {
    scheduled = false;
    if (stopped) return;
    const now = performance.now();
    let wrote = 0;
    for (const p of publishers) wrote += pump(p, now);
    // A publisher that filled a whole batch may have more room; let I/O run, then go again.
    if (wrote > 0) wake();
  }

  let pacer: NodeJS.Timeout | null = null;
  try {
    // Subscribers first, so every published message has its receivers.
    const subs = await inBatches(plan.subscribers, CONNECT_CONCURRENCY, async (spec, i) => {
      const client = await connect('s', i);
      const sub = new Subscriber(client, spec.streams, streamCount);
      client.onPublish = (buf, start, end, now) => {
        if (end - start < PROBE_BYTES) {
          sub.foreign++;
          return;
        }
        const stream = buf.readUInt32LE(start + STREAM_OFFSET);
        if (stream >= streamCount || sub.expects[stream] === 0) {
          sub.misrouted++;
          return;
        }
        const seq = buf.readUInt32LE(start + SEQ_OFFSET);
        sub.received++;
        if (seq >= sub.nextSeq[stream]) sub.nextSeq[stream] = seq + 1;
        else sub.duplicates++;
        if (recording) latency.recordMs(now - buf.readDoubleLE(start + STAMP_OFFSET));
        wake();
      };
      const granted = await client.subscribe(spec.filter, spec.qos);
      // A downgraded subscription would measure another scenario than the one named.
      if (granted < spec.qos) throw new Error(`${spec.filter}: broker granted QoS ${granted}, the scenario needs ${spec.qos}`);
      client.coalesceReadsMs = coalesceFor(plan.subscribers.length, spec.qos, true);
      return sub;
    });
    subscribers.push(...subs);

    const pubs = await inBatches(plan.publishers, CONNECT_CONCURRENCY, async (spec, i) => {
      const client = await connect('p', i);
      const pub = new Publisher(client, new PublishEncoder(spec.topic, spec.qos, options.payloadBytes, i), spec.qos, i, options.maxBatch);
      client.onDrain = wake;
      // QoS 0 publishers read nothing after SUBACK-less setup; QoS 1 ones read PUBACKs.
      client.coalesceReadsMs = spec.qos === 1 ? coalesceFor(plan.publishers.length, 1, false) : 0;
      if (spec.qos === 1) {
        const busy = pub.busy as Uint8Array;
        const sentAt = pub.sentAt as Float64Array;
        client.onPuback = (id, now) => {
          if (busy[id] !== 1) {
            pub.unknownAcks++;
            return;
          }
          busy[id] = 0;
          pub.inflight--;
          pub.acked++;
          if (recording) ackLatency.recordMs(now - sentAt[id]);
          wake();
        };
      }
      return pub;
    });
    publishers.push(...pubs);
    for (const sub of subscribers) for (const s of sub.streams) publishers[s].receivers.push(sub);
    // The end-to-end window bounds what waits for one subscriber connection, so a subscriber
    // hearing many publishers (fan-in) splits it among them; under fan-out every subscriber has
    // its own. A publisher always gets at least its in-flight window.
    for (const p of publishers) {
      let fanIn = 1;
      for (const r of p.receivers) fanIn = Math.max(fanIn, r.streams.length);
      p.e2eWindow = Math.max(options.inflight, Math.floor(options.e2eWindow / fanIn));
    }

    // Open-loop pacing: each tick makes messages due at the scheduled rate; pumps send them.
    if (plan.ratePerSec !== null) {
      const perPublisher = plan.ratePerSec / publishers.length / 1000;
      const start = performance.now();
      pacer = setInterval(() => {
        const due = Math.floor((performance.now() - start) * perPublisher);
        for (const p of publishers) p.due = due;
        wake();
      }, PACE_TICK_MS);
    }
    wake();

    await wait(options.warmupSec * 1000);
    const before = measure();
    latency.reset();
    ackLatency.reset();
    recording = true;
    await wait(options.measureSec * 1000);
    const after = measure();
    recording = false;
    stopped = true;
    if (pacer !== null) clearInterval(pacer);

    // Drain: wait until every sent message is acked and delivered, or nothing moves any more.
    const drainUntil = performance.now() + options.drainSec * 1000;
    let lastProgress = -1;
    let lastChange = performance.now();
    while (!aborted && performance.now() < drainUntil) {
      let unacked = 0;
      let missing = 0;
      for (const p of publishers) {
        unacked += p.inflight;
        if (p.qos === 0 && p.flushed < p.sent) missing += p.sent - p.flushed;
        for (const r of p.receivers) missing += p.sent - r.nextSeq[p.stream];
      }
      if (unacked === 0 && missing === 0) break;
      let progress = 0;
      for (const p of publishers) progress += p.acked + p.flushed;
      for (const s of subscribers) progress += s.received;
      if (progress !== lastProgress) {
        lastProgress = progress;
        lastChange = performance.now();
      } else if (performance.now() - lastChange > DRAIN_IDLE_MS) {
        break;
      }
      await sleep(20);
    }

    const seconds = (after.at - before.at) / 1000;
    let sent = 0;
    let unacked = 0;
    for (const p of publishers) {
      sent += p.sent;
      unacked += p.inflight;
      if (p.unknownAcks > 0) errors.push(`publisher ${p.stream}: ${p.unknownAcks} PUBACKs for unknown packet ids`);
    }
    let delivered = 0;
    let lost = 0;
    let duplicates = 0;
    let misrouted = 0;
    let foreign = 0;
    for (const s of subscribers) {
      let expected = 0;
      for (const stream of s.streams) expected += publishers[stream].sent;
      delivered += s.received;
      duplicates += s.duplicates;
      misrouted += s.misrouted;
      foreign += s.foreign;
      lost += expected - (s.received - s.duplicates);
    }
    let brokerCpuPct: number | null = null;
    let brokerRssMb: number | null = null;
    if (before.broker !== null && after.broker !== null) {
      brokerCpuPct = ((after.broker.cpuMs - before.broker.cpuMs) / (after.at - before.at)) * 100;
      brokerRssMb = after.broker.rssBytes / (1 << 20);
    }
    return {
      scenario: scenario.name,
      measuredSec: seconds,
      publishedPerSec: (after.published - before.published) / seconds,
      sentPerSec: (after.sent - before.sent) / seconds,
      deliveredPerSec: (after.delivered - before.delivered) / seconds,
      latencyUs: latency.summary(),
      ackLatencyUs: plan.publishers.some((p) => p.qos === 1) ? ackLatency.summary() : null,
      sent,
      delivered,
      lost,
      duplicates,
      misrouted,
      foreign,
      unacked,
      generatorCpuPct: ((after.cpuUs - before.cpuUs) / 1000 / (after.at - before.at)) * 100,
      brokerCpuPct,
      brokerRssMb,
      connections: clients.length,
      errors,
    };
  } finally {
    if (pacer !== null) clearInterval(pacer);
    stopped = true;
    closing = true;
    await Promise.all(clients.map((c) => c.close()));
  }
}
