/**
 * What the cluster test files share: one cluster per file with its hooks, and the streams for the
 * failure tests — a publisher of sequence numbers that records exactly which QoS 1 publishes
 * were acknowledged (and keeps going across disconnects), and a subscriber that reconnects its
 * persistent session when the broker drops it. "Acknowledged" is the durability promise the
 * tests then check, message by message.
 */
import { after, afterEach, before } from 'node:test';
import type { MqttClient } from 'mqtt';
import {
  allReceived, closeAllClients, connect, destroyAllRaw, sleep, startCluster, type Broker, type Cluster, type ClusterOptions,
  type ConnectOptions, type Received,
} from '../harness/index.ts';

/**
 * Registers, inside a `describe`, the hooks of a file that runs its tests on one cluster (two
 * proxies unless `options` say otherwise): start it before the first test (`onStart` receives
 * it), keep every node's log when a test fails, and at the end stop every stream and client,
 * then every process.
 */
export function clusterPerFile(name: string, onStart: (cluster: Cluster) => void, options: Omit<ClusterOptions, 'name'> = {}): void {
  let cluster: Cluster | undefined;
  before(async () => {
    cluster = await startCluster({ proxies: 2, ...options, name });
    onStart(cluster);
  });
  afterEach((t) => cluster?.recordResult(t));
  after(async () => {
    await stopAllStreams();
    destroyAllRaw();
    await closeAllClients();
    await cluster?.stopAll();
  });
}

const RECONNECT_PAUSE_MS = 100;
/** A subscriber that cannot reconnect for this long gives up (the test then fails on what is missing). */
const RECONNECT_GIVE_UP_MS = 30_000;
/** A lane whose publish was refused waits this long, so a refusing broker is not hammered. */
const FAILURE_PAUSE_MS = 20;
const STOP_WAIT_MS = 3000;

/** Every stream started and not yet stopped, so an `after` hook can stop what a failed test left running. */
const running = new Set<{ stop(): Promise<void> }>();

/** For `after` hooks: stops every publisher and subscriber still running (their loops would keep the process alive). */
export async function stopAllStreams(): Promise<void> {
  const all = [...running];
  running.clear();
  await Promise.all(all.map((s) => s.stop()));
}

function closedOf(client: MqttClient): Promise<void> {
  return new Promise((res) => {
    if (client.stream?.destroyed === true) res();
    else client.once('close', () => res());
  });
}

export interface PublisherOptions {
  /** Publishes in flight at once (default 4). */
  lanes?: number;
  /** Pause of each lane after each publish (default 0: as fast as acks come). */
  paceMs?: number;
  protocolVersion?: 4 | 5;
}

/** QoS 1 publishes of `0, 1, 2, …` as payloads to one topic, on `broker`, until stop(). */
export class SequencePublisher {
  /** Sequence numbers whose PUBACK came back with success. */
  readonly acked = new Set<number>();
  /** Publishes refused (MQTT 5 PUBACK ≥ 0x80) or failed locally. */
  failures = 0;
  /** Times the connection was lost and made again. */
  reconnects = 0;
  lastError = '';
  /** The next sequence number to send: every publish ≥ this one starts after now. */
  next = 0;
  private client: MqttClient | null = null;
  private clientClosed: Promise<void> = Promise.resolve();
  private reconnecting: Promise<void> | null = null;
  private stopped = false;
  private lanes: Promise<void>[] = [];

  constructor(
    private readonly broker: Broker,
    private readonly topic: string,
    private readonly opts: PublisherOptions = {},
  ) {}

  async start(): Promise<void> {
    running.add(this);
    await this.connect();
    this.lanes = Array.from({ length: this.opts.lanes ?? 4 }, () => this.lane());
  }

  /** Highest acknowledged sequence number (-1: none). */
  maxAcked(): number {
    let max = -1;
    for (const s of this.acked) if (s > max) max = s;
    return max;
  }

  async stop(): Promise<void> {
    running.delete(this);
    this.stopped = true;
    await Promise.race([Promise.all(this.lanes), sleep(STOP_WAIT_MS)]);
    const c = this.client;
    this.client = null;
    await c?.endAsync(true).catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = await connect(this.broker, { protocolVersion: this.opts.protocolVersion ?? 5 });
    this.client = client;
    this.clientClosed = closedOf(client);
  }

  private reconnect(): Promise<void> {
    this.reconnecting ??= (async () => {
      this.reconnects++;
      const giveUpAt = Date.now() + RECONNECT_GIVE_UP_MS;
      while (!this.stopped) {
        if (Date.now() > giveUpAt) {
          this.stopped = true;
          return;
        }
        try {
          await this.connect();
          return;
        } catch (err) {
          this.lastError = (err as Error).message;
          await sleep(RECONNECT_PAUSE_MS);
        }
      }
    })().finally(() => (this.reconnecting = null));
    return this.reconnecting;
  }

  private async lane(): Promise<void> {
    while (!this.stopped) {
      const client = this.client;
      if (client === null || !client.connected) {
        await this.reconnect();
        continue;
      }
      const seq = this.next++;
      // The ack is recorded whenever it comes, even after this lane stopped waiting for it.
      const settled = client.publishAsync(this.topic, String(seq), { qos: 1 }).then(
        () => {
          this.acked.add(seq);
          return true;
        },
        (err: Error) => {
          this.failures++;
          this.lastError = err.message;
          return false;
        },
      );
      // mqtt.js may leave a publish pending across a close; stop waiting on it then.
      const ok = await Promise.race([settled, this.clientClosed.then(() => false)]);
      const pause = ok ? (this.opts.paceMs ?? 0) : Math.max(FAILURE_PAUSE_MS, this.opts.paceMs ?? 0);
      if (pause > 0) await sleep(pause);
    }
  }
}

/** A subscriber that reconnects (same options: its persistent session) whenever the connection drops. */
export class StickySubscriber {
  reconnects = 0;
  private readonly clients: MqttClient[] = [];
  private stopped = false;
  private loop: Promise<void> = Promise.resolve();

  constructor(
    private readonly broker: Broker,
    private readonly opts: ConnectOptions,
  ) {}

  /** Connects and subscribes (the subscription is made once; reconnects rely on the session). */
  async start(filter: string, qos: 0 | 1 | 2): Promise<void> {
    running.add(this);
    const client = await connect(this.broker, this.opts);
    this.clients.push(client);
    await client.subscribeAsync(filter, { qos });
    this.loop = this.watch(client);
  }

  /** Every message of every connection so far. */
  received(): Received[] {
    return this.clients.flatMap((c) => allReceived(c));
  }

  async stop(): Promise<void> {
    running.delete(this);
    this.stopped = true;
    await Promise.all(this.clients.map((c) => c.endAsync(true).catch(() => undefined)));
    await this.loop;
  }

  private async watch(client: MqttClient): Promise<void> {
    let current = client;
    for (;;) {
      await closedOf(current);
      if (this.stopped) return;
      this.reconnects++;
      const giveUpAt = Date.now() + RECONNECT_GIVE_UP_MS;
      for (;;) {
        if (this.stopped || Date.now() > giveUpAt) return;
        try {
          current = await connect(this.broker, this.opts);
          this.clients.push(current);
          if (this.stopped) {
            await current.endAsync(true).catch(() => undefined);
            return;
          }
          break;
        } catch {
          await sleep(RECONNECT_PAUSE_MS);
        }
      }
    }
  }
}

export interface Tally {
  acked: number;
  received: number;
  distinct: number;
  duplicates: number;
  /** Acknowledged sequence numbers that never arrived. */
  missing: number[];
  /** Arrived but never acknowledged to the publisher (allowed: the ack was lost). */
  unackedDelivered: number;
}

/** Compares what arrived with what was acknowledged; `from` drops acked numbers below it. */
export function tally(acked: ReadonlySet<number>, received: readonly Received[], from = 0): Tally {
  const seen = new Set<number>();
  let duplicates = 0;
  for (const m of received) {
    const s = Number(m.payload.toString());
    if (seen.has(s)) duplicates++;
    else seen.add(s);
  }
  const missing: number[] = [];
  for (const s of acked) if (s >= from && !seen.has(s)) missing.push(s);
  missing.sort((a, b) => a - b);
  let unackedDelivered = 0;
  for (const s of seen) if (!acked.has(s)) unackedDelivered++;
  return { acked: acked.size, received: received.length, distinct: seen.size, duplicates, missing, unackedDelivered };
}

/** `3-7, 9, 12-15`: sorted numbers as ranges. */
export function ranges(sorted: readonly number[], max = 12): string {
  const out: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    out.push(i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return out.length > max ? `${out.slice(0, max).join(', ')}, … (${out.length} ranges)` : out.join(', ');
}

export function describeTally(t: Tally): string {
  return (
    `acked ${t.acked}, received ${t.received} (${t.distinct} distinct, ${t.duplicates} duplicates, ${t.unackedDelivered} never acked), ` +
    `missing ${t.missing.length}${t.missing.length > 0 ? ` [${ranges(t.missing)}]` : ''}`
  );
}
