/**
 * The benchmark scenarios: which clients publish and subscribe on which topics, at which QoS.
 * Stream ids are publisher indexes; each subscriber lists the streams it must receive.
 */

export const SCENARIO_NAMES = ['p2p-qos0', 'p2p-qos1', 'fanout-qos0', 'fanin-qos1', 'latency-qos1'] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

export interface LoadOptions {
  /** Seconds of load before measuring. */
  warmupSec: number;
  /** Seconds of the measured window. */
  measureSec: number;
  /** Upper bound on the wait for in-flight messages after publishing stops. */
  drainSec: number;
  payloadBytes: number;
  /** Publisher/subscriber pairs in the p2p scenarios. */
  pairs: number;
  /** Subscribers in fan-out. */
  fanout: number;
  /** Publishers in fan-in. */
  fanin: number;
  /** QoS 1 PUBLISH packets a publisher keeps unacknowledged. */
  inflight: number;
  /**
   * Messages a subscriber connection may have outstanding (published, not yet received), split
   * among the publishers it receives from (fan-in), each getting at least `inflight`. QoS 0 has no acks and a
   * broker acks QoS 1 before forwarding, so without this end-to-end window a broker would
   * queue without bound and the published rate would say nothing about what is forwarded.
   */
  e2eWindow: number;
  /** Largest number of packets in one write. */
  maxBatch: number;
  /** Total publish rate of the paced latency scenario, msg/s. */
  rate: number;
  /**
   * In throughput scenarios, connections of a role with many members (at least 10) pause this
   * long after each read so reads carry many messages (0: off; negative: auto, see load.ts).
   * Never applied to a lone connection or where latency is the point.
   */
  coalesceReadsMs: number;
}

export const DEFAULT_LOAD_OPTIONS: LoadOptions = {
  warmupSec: 2,
  measureSec: 5,
  drainSec: 5,
  payloadBytes: 64,
  pairs: 10,
  fanout: 100,
  fanin: 100,
  inflight: 32,
  e2eWindow: 250,
  maxBatch: 256,
  rate: 5000,
  coalesceReadsMs: -1,
};

export interface PublisherPlan {
  topic: string;
  qos: 0 | 1;
}

export interface SubscriberPlan {
  filter: string;
  qos: 0 | 1;
  /** Publisher indexes whose every message this subscriber must receive. */
  streams: number[];
}

export interface ScenarioPlan {
  publishers: PublisherPlan[];
  subscribers: SubscriberPlan[];
  /** Total msg/s across publishers for open-loop pacing; null means as fast as the windows allow. */
  ratePerSec: number | null;
}

export interface Scenario {
  name: ScenarioName;
  /** Row label in the table. */
  title: string;
  /** The rate that matters for this scenario. */
  headline: 'delivered' | 'published';
  describe: string;
  plan(options: LoadOptions): ScenarioPlan;
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

function pairs(qos: 0 | 1, options: LoadOptions): ScenarioPlan {
  return {
    publishers: range(options.pairs).map((i) => ({ topic: `bench/p2p/${i}`, qos })),
    subscribers: range(options.pairs).map((i) => ({ filter: `bench/p2p/${i}`, qos, streams: [i] })),
    ratePerSec: null,
  };
}

export const SCENARIOS: Record<ScenarioName, Scenario> = {
  'p2p-qos0': {
    name: 'p2p-qos0',
    title: 'p2p QoS 0',
    headline: 'delivered',
    describe: 'N publisher/subscriber pairs, one topic per pair, QoS 0, as fast as the end-to-end window allows',
    plan: (o) => pairs(0, o),
  },
  'p2p-qos1': {
    name: 'p2p-qos1',
    title: 'p2p QoS 1',
    headline: 'delivered',
    describe: 'N pairs, QoS 1 publish with an in-flight window, subscribers at QoS 1 acking every message',
    plan: (o) => pairs(1, o),
  },
  'fanout-qos0': {
    name: 'fanout-qos0',
    title: 'fan-out 1→N QoS 0',
    headline: 'delivered',
    describe: 'one publisher, N subscribers on the same topic, QoS 0; the rate is deliveries/s',
    plan: (o) => ({
      publishers: [{ topic: 'bench/fanout', qos: 0 }],
      subscribers: range(o.fanout).map(() => ({ filter: 'bench/fanout', qos: 0 as const, streams: [0] })),
      ratePerSec: null,
    }),
  },
  'fanin-qos1': {
    name: 'fanin-qos1',
    title: 'fan-in N→1 wildcard QoS 1',
    headline: 'delivered',
    describe: 'N publishers on fanin/<i>, one subscriber on fanin/+, QoS 1 end to end',
    plan: (o) => ({
      publishers: range(o.fanin).map((i) => ({ topic: `fanin/${i}`, qos: 1 as const })),
      subscribers: [{ filter: 'fanin/+', qos: 1, streams: range(o.fanin) }],
      ratePerSec: null,
    }),
  },
  'latency-qos1': {
    name: 'latency-qos1',
    title: 'latency QoS 1 paced',
    headline: 'delivered',
    describe: 'one pair, QoS 1, open-loop paced at --rate msg/s; the numbers that matter are p50/p99',
    plan: (o) => ({
      publishers: [{ topic: 'bench/latency', qos: 1 }],
      subscribers: [{ filter: 'bench/latency', qos: 1, streams: [0] }],
      ratePerSec: o.rate,
    }),
  },
};

export function parseScenarioNames(values: string[]): ScenarioName[] {
  const names: ScenarioName[] = [];
  for (const value of values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '')) {
    if (value === 'all') {
      names.push(...SCENARIO_NAMES);
      continue;
    }
    if (!(SCENARIO_NAMES as readonly string[]).includes(value)) {
      throw new Error(`unknown scenario "${value}"; known: ${SCENARIO_NAMES.join(', ')}, all`);
    }
    names.push(value as ScenarioName);
  }
  return [...new Set(names)];
}
