/**
 * kill -9 in the middle of a QoS 1 stream. Every PUBACKed message was promised durable, so a
 * persistent subscriber must get each one after the restart (duplicates allowed: at-least-once).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { MqttClient } from 'mqtt';
import {
  allReceived, clientId, connackOf, connect, shutdown, sleep, startBroker, waitFor, wharfOnly, type Broker,
} from './harness/index.ts';

const CYCLES = 3;
/** Publishes in flight at once: enough to keep the store's group commit busy. */
const WINDOW = 64;

interface Stream {
  acked: Set<string>;
  /** Resolves when every lane has stopped (the connection died). */
  done: Promise<void>;
}

/** QoS 1 as fast as the broker acks, sequence numbers `<cycle>:<n>` in payloads, until the connection dies. */
function publishUntilDeath(pub: MqttClient, topic: string, cycle: number): Stream {
  const acked = new Set<string>();
  let n = 0;
  let dead = false;
  const died = new Promise<void>((res) => pub.once('close', () => ((dead = true), res())));
  const lane = async () => {
    while (!dead) {
      const seq = `${cycle}:${n++}`;
      // mqtt.js leaves publishes pending across a close; stop waiting on them when the socket dies.
      const ok = await Promise.race([pub.publishAsync(topic, seq, { qos: 1 }).then(() => true, () => false), died.then(() => false)]);
      if (ok) acked.add(seq);
    }
  };
  return { acked, done: Promise.all(Array.from({ length: WINDOW }, lane)).then(() => undefined) };
}

describe('crash', { skip: wharfOnly('mosquitto persists only at exit, so kill -9 loses acked messages by design') }, () => {
  let broker: Broker;
  before(async () => {
    broker = await startBroker();
  });
  after(() => shutdown(broker));

  for (const variant of ['offline', 'online'] as const) {
    test(`${variant} persistent subscriber gets every acked message across ${CYCLES} kill -9 cycles`, async (t) => {
      const id = clientId(`crash-${variant}`);
      const topic = `crash/${variant}/${id}`;
      const opts = { protocolVersion: 4 as const, clientId: id, clean: false };
      const subs: MqttClient[] = [];
      const received = () => subs.flatMap((s) => allReceived(s));
      let sub = await connect(broker, opts);
      subs.push(sub);
      await sub.subscribeAsync(topic, { qos: 1 });
      if (variant === 'offline') await sub.endAsync();

      const acked = new Set<string>();
      for (let cycle = 0; cycle < CYCLES; cycle++) {
        const pub = await connect(broker, { protocolVersion: 4 });
        const stream = publishUntilDeath(pub, topic, cycle);
        // Vary where in the stream the kill lands.
        await sleep(1000 + cycle * 250);
        await broker.kill9();
        await stream.done;
        pub.end(true);
        for (const s of stream.acked) acked.add(s);
        assert.ok(stream.acked.size > 0, `cycle ${cycle}: nothing was acked before the kill`);

        await broker.restart();
        sub = await connect(broker, opts);
        subs.push(sub);
        assert.equal(connackOf(sub).sessionPresent, true, `cycle ${cycle}: the persistent session did not survive kill -9`);
        const missing = () => {
          const got = new Set(received().map((m) => m.payload.toString()));
          return [...acked].filter((s) => !got.has(s));
        };
        await waitFor(() => missing().length === 0, {
          timeoutMs: 30_000,
          intervalMs: 50,
          message: () => {
            const m = missing();
            return `cycle ${cycle}: ${m.length} of ${acked.size} acked messages never arrived, e.g. ${m.slice(0, 10).join(' ')}`;
          },
        });
        if (variant === 'offline') await sub.endAsync();
      }

      const all = received().map((m) => m.payload.toString());
      const unique = new Set(all);
      const report = `acked ${acked.size}, received ${all.length}, unique ${unique.size}, duplicates ${all.length - unique.size}, ` +
        `received but never acked ${[...unique].filter((s) => !acked.has(s)).length}`;
      t.diagnostic(report);
      console.log(`# crash ${variant}: ${report}`);
      for (const s of acked) assert.ok(unique.has(s));
    });
  }
});
