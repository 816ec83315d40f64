/**
 * Bad input: every protocol violation closes that one connection, leaves a log line that lets an
 * operator find the client, and leaves the broker serving everyone else. Ends with a fuzz run.
 */
import assert from 'node:assert/strict';
import { connect as netConnect, type Socket } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { Packet } from 'mqtt-packet';
import { Prng, corpus, mutate, type Mutation } from './harness/fuzz.ts';
import {
  RawClient, VERSIONS, clientId, collect, connect, connectBytes, drain, shutdown, sleep, startBroker, varint,
  versionName, waitFor, wharfOnly, type Broker, type MqttVersion,
} from './harness/index.ts';

const MAX_PACKET = 65_536;
const CONNECT_TIMEOUT_MS = 1500;

// Hand-built bytes: these packets are exactly what a correct encoder refuses to make.
const u16 = (n: number) => Buffer.from([n >> 8, n & 0xff]);
const str = (s: string | Buffer) => {
  const b = typeof s === 'string' ? Buffer.from(s, 'utf8') : s;
  return Buffer.concat([u16(b.length), b]);
};
const packet = (first: number, ...body: Buffer[]) => {
  const b = Buffer.concat(body);
  return Buffer.concat([Buffer.from([first]), varint(b.length), b]);
};
const props = (v: MqttVersion) => (v === 5 ? Buffer.from([0]) : Buffer.alloc(0));

/** Protocol violations sent after a successful CONNECT. */
const MALFORMED: { name: string; bytes: (v: MqttVersion) => Buffer }[] = [
  { name: 'PUBLISH with QoS 3', bytes: (v) => packet(0x36, str('bi/q3'), u16(1), props(v), Buffer.from('x')) },
  { name: 'QoS 1 PUBLISH with packet id 0', bytes: (v) => packet(0x32, str('bi/id0'), u16(0), props(v), Buffer.from('x')) },
  { name: 'topic length beyond the packet', bytes: () => packet(0x30, u16(32), Buffer.from('ab')) },
  { name: 'topic with invalid UTF-8', bytes: (v) => packet(0x30, str(Buffer.from([0x61, 0xc3, 0x28])), props(v), Buffer.from('x')) },
  { name: 'topic with U+0000', bytes: (v) => packet(0x30, str('bi/a\u0000b'), props(v), Buffer.from('x')) },
  { name: 'remaining length longer than 4 bytes', bytes: () => Buffer.from([0x30, 0xff, 0xff, 0xff, 0xff, 0x7f]) },
  { name: 'reserved packet type 0', bytes: () => Buffer.from([0x00, 0x00]) },
  { name: 'packet type 15 (reserved in 3.1.1, unsolicited AUTH in 5.0)', bytes: () => Buffer.from([0xf0, 0x00]) },
  { name: 'SUBSCRIBE with fixed-header flags 0000', bytes: (v) => packet(0x80, u16(1), props(v), str('bi/s'), Buffer.from([1])) },
  { name: 'SUBSCRIBE without any filter', bytes: (v) => packet(0x82, u16(1), props(v)) },
  { name: 'SUBSCRIBE asking for QoS 3', bytes: (v) => packet(0x82, u16(1), props(v), str('bi/s'), Buffer.from([3])) },
  { name: 'UNSUBSCRIBE with fixed-header flags 0000', bytes: (v) => packet(0xa0, u16(1), props(v), str('bi/s')) },
  { name: 'PUBREL with fixed-header flags 0000', bytes: () => Buffer.from([0x60, 0x02, 0x00, 0x01]) },
];

describe('bad input', () => {
  let broker: Broker;
  before(async () => {
    broker = await startBroker({
      args: ['--max-packet-size', String(MAX_PACKET), '--connect-timeout-ms', String(CONNECT_TIMEOUT_MS)],
    });
  });
  after(() => shutdown(broker));

  /** A normal client on the same broker can still connect, subscribe, publish and receive. */
  async function assertHealthy(v: MqttVersion = 4): Promise<void> {
    assert.ok(broker.alive(), 'broker process died');
    const topic = `bi/health/${clientId('h')}`;
    const sub = await connect(broker, { protocolVersion: v });
    await sub.subscribeAsync(topic, { qos: 1 });
    const pub = await connect(broker, { protocolVersion: v });
    await pub.publishAsync(topic, 'ok', { qos: 1 });
    assert.equal((await collect(sub, 1))[0]!.payload.toString(), 'ok');
    await Promise.all([sub.endAsync(), pub.endAsync()]);
  }

  /** Some log line written after `mark` contains one of `needles`. */
  async function assertLogged(mark: number, needles: string[], what: string): Promise<void> {
    await waitFor(() => broker.logs().slice(mark).some((l) => needles.some((n) => l.includes(n))), {
      timeoutMs: 2000,
      message: () =>
        `no log line containing ${needles.map((n) => JSON.stringify(n)).join(' or ')} after ${what}; ` +
        `lines since: ${JSON.stringify(broker.logs().slice(mark).slice(-5))}`,
    });
  }

  /** The broker closed the connection; before that it sent at most a DISCONNECT with an error reason (5.0). */
  function assertOnlyErrorDisconnect(v: MqttVersion, before: Packet[], what: string): void {
    for (const p of before) {
      const ok = v === 5 && p.cmd === 'disconnect' && (p.reasonCode ?? 0) >= 0x80;
      assert.ok(ok, `${what}: unexpected ${p.cmd}${p.cmd === 'disconnect' ? ` reason ${p.reasonCode}` : ''} before close`);
    }
  }

  for (const v of VERSIONS) {
    describe(versionName(v), () => {
      for (const c of MALFORMED) {
        test(`malformed after CONNECT: ${c.name} → closed, logged, others unaffected`, async () => {
          const id = clientId('bad');
          const mark = broker.logs().length;
          const raw = await RawClient.open(broker, v);
          await raw.connect({ clientId: id });
          raw.write(c.bytes(v));
          assertOnlyErrorDisconnect(v, await raw.waitClosed(3000), c.name);
          await assertLogged(mark, [id], c.name);
          await assertHealthy(v);
        });
      }

      test('PUBLISH to a topic with wildcards → closed, not delivered', async () => {
        const base = `bi/wild/${clientId('t')}`;
        const sub = await connect(broker, { protocolVersion: v });
        await sub.subscribeAsync(`${base}/#`, { qos: 1 });
        for (const bad of [`${base}/+/x`, `${base}/#`, `${base}/a+`]) {
          const id = clientId('wild');
          const mark = broker.logs().length;
          const raw = await RawClient.open(broker, v);
          await raw.connect({ clientId: id });
          raw.write(packet(0x32, str(bad), u16(9), props(v), Buffer.from('wild')));
          const before = await raw.waitClosed(3000);
          assertOnlyErrorDisconnect(v, before, bad);
          assert.ok(!before.some((p) => p.cmd === 'puback'), `PUBACK for ${bad}`);
          await assertLogged(mark, [id], `PUBLISH to ${bad}`);
        }
        const pub = await connect(broker, { protocolVersion: v });
        await pub.publishAsync(`${base}/fine`, 'fine', { qos: 1 });
        const got = [...(await collect(sub, 1)), ...(await drain(sub))];
        assert.deepEqual(got.map((m) => m.topic), [`${base}/fine`]);
      });

      test('PUBLISH with an empty topic (and no topic alias) → closed', async () => {
        const id = clientId('empty');
        const mark = broker.logs().length;
        const raw = await RawClient.open(broker, v);
        await raw.connect({ clientId: id });
        raw.write(packet(0x30, str(''), props(v), Buffer.from('x')));
        assertOnlyErrorDisconnect(v, await raw.waitClosed(3000), 'empty topic');
        await assertLogged(mark, [id], 'empty topic');
        await assertHealthy(v);
      });

      test('a second CONNECT on the same connection → closed', async () => {
        const id = clientId('twice');
        const mark = broker.logs().length;
        const raw = await RawClient.open(broker, v);
        await raw.connect({ clientId: id });
        raw.write(connectBytes({ level: v, clientId: id }));
        assertOnlyErrorDisconnect(v, await raw.waitClosed(3000), 'second CONNECT');
        await assertLogged(mark, [id], 'second CONNECT');
        await assertHealthy(v);
      });

      for (const first of ['PINGREQ', 'PUBLISH', 'SUBSCRIBE'] as const) {
        test(`first packet ${first} instead of CONNECT → closed without a reply`, async () => {
          const mark = broker.logs().length;
          const raw = await RawClient.open(broker, v);
          const bytes = {
            PINGREQ: Buffer.from([0xc0, 0x00]),
            PUBLISH: packet(0x30, str('bi/first'), props(v), Buffer.from('x')),
            SUBSCRIBE: packet(0x82, u16(1), props(v), str('bi/first'), Buffer.from([0])),
          }[first];
          raw.write(bytes);
          const before = await raw.waitClosed(3000);
          assert.deepEqual(before.map((p) => p.cmd), [], 'MQTT-3.1.0-1: nothing but CONNECT first');
          await assertLogged(mark, [String(raw.localPort)], `${first} first (no client id: the log must name the peer address)`);
          await assertHealthy(v);
        });
      }

      test('a PUBLISH over --max-packet-size → closed (5.0: DISCONNECT 0x95), not delivered', async () => {
        const topic = `bi/big/${clientId('t')}`;
        const sub = await connect(broker, { protocolVersion: v });
        await sub.subscribeAsync(topic, { qos: 1 });
        const id = clientId('big');
        const mark = broker.logs().length;
        const raw = await RawClient.open(broker, v);
        const ack = await raw.connect({ clientId: id });
        if (v === 5) assert.equal(ack.properties?.maximumPacketSize, MAX_PACKET, 'CONNACK must announce Maximum Packet Size');
        raw.write(packet(0x32, str(topic), u16(1), props(v), Buffer.alloc(MAX_PACKET, 1)));
        const before = await raw.waitClosed(3000);
        if (v === 5) {
          assert.deepEqual(before.map((p) => (p.cmd === 'disconnect' ? `disconnect ${p.reasonCode}` : p.cmd)), ['disconnect 149']);
        } else {
          assert.deepEqual(before.map((p) => p.cmd), []);
        }
        await assertLogged(mark, [id], 'oversized PUBLISH');
        const pub = await connect(broker, { protocolVersion: v });
        await pub.publishAsync(topic, 'small', { qos: 1 });
        const got = [...(await collect(sub, 1)), ...(await drain(sub))];
        assert.deepEqual(got.map((m) => m.payload.length), [5]);
      });

      test('a fixed header announcing 200 MB is refused at once, without waiting for the body', async () => {
        const id = clientId('huge');
        const mark = broker.logs().length;
        const raw = await RawClient.open(broker, v);
        await raw.connect({ clientId: id });
        raw.write(Buffer.concat([Buffer.from([0x30]), varint(200 * 1024 * 1024), str('bi/huge')]));
        const t0 = Date.now();
        assertOnlyErrorDisconnect(v, await raw.waitClosed(2000), '200 MB header');
        assert.ok(Date.now() - t0 < 2000);
        await assertLogged(mark, [id], '200 MB header');
        await assertHealthy(v);
      });

      test('a CONNECT over --max-packet-size → refused (5.0: no CONNACK or CONNACK 0x95)', async () => {
        const mark = broker.logs().length;
        const raw = await RawClient.open(broker, v);
        const id = clientId('bigconnect');
        raw.send({
          cmd: 'connect', protocolId: 'MQTT', protocolVersion: v, clientId: id, clean: true, keepalive: 30,
          will: { topic: 'bi/bigwill', payload: Buffer.alloc(MAX_PACKET + 10, 2), qos: 0, retain: false },
        });
        const before = await raw.waitClosed(3000);
        const codes = before.map((p) => (p.cmd === 'connack' ? `connack ${p.reasonCode ?? p.returnCode}` : p.cmd));
        assert.ok(codes.length === 0 || (v === 5 && codes.join() === 'connack 149'), `got ${codes.join(', ')}`);
        await assertLogged(mark, [id, String(raw.localPort)], 'oversized CONNECT');
        await assertHealthy(v);
      });
    });
  }

  test('MQTT 5.0: a message over the client\'s Maximum Packet Size is not sent to it', async () => {
    const topic = `bi/clientmax/${clientId('t')}`;
    const small = await connect(broker, { protocolVersion: 5, properties: { maximumPacketSize: 1024 } });
    await small.subscribeAsync(topic, { qos: 1 });
    const pub = await connect(broker, { protocolVersion: 5 });
    await pub.publishAsync(topic, Buffer.alloc(2000, 3), { qos: 1 });
    await pub.publishAsync(topic, 'fits', { qos: 1 });
    const got = [...(await collect(small, 1)), ...(await drain(small))];
    assert.deepEqual(got.map((m) => m.payload.toString()), ['fits'], 'MQTT-3.1.2-24');
    assert.ok(small.connected, 'the client was disconnected instead of the message being skipped');
  });

  for (const [name, level] of [['0', 0], ['2', 2], ['6', 6], ['255', 255]] as const) {
    test(`CONNECT with protocol level ${name} → CONNACK 0x01 (3.1.1) or 0x84 (5.0), then closed`, async () => {
      const id = clientId('level');
      const mark = broker.logs().length;
      const raw = await RawClient.open(broker, 4);
      raw.write(connectBytes({ level, clientId: id }));
      await raw.waitClosed(3000);
      // Parsed by hand: a v3 parser cannot read a v5 CONNACK and vice versa.
      assert.ok(raw.bytes.length >= 4, `no CONNACK (got ${raw.bytes.toString('hex') || 'nothing'})`);
      assert.equal(raw.bytes[0], 0x20, 'reply is not a CONNACK');
      assert.ok([0x01, 0x84].includes(raw.bytes[3]!), `CONNACK code 0x${raw.bytes[3]!.toString(16)}`);
      await assertLogged(mark, [id, String(raw.localPort)], `protocol level ${level}`);
      await assertHealthy();
    });
  }

  for (const name of ['MQTX', 'mqtt', 'MQIsdp']) {
    test(`CONNECT with protocol name "${name}" at level 4 → closed, never accepted`, async () => {
      const id = clientId('name');
      const mark = broker.logs().length;
      const raw = await RawClient.open(broker, 4);
      raw.write(connectBytes({ protocolName: name, level: 4, clientId: id }));
      await raw.waitClosed(3000);
      // 3.1.1 says close (MQTT-3.1.2-1); 5.0 allows CONNACK 0x84 first. Never a success.
      if (raw.bytes.length > 0) {
        assert.equal(raw.bytes[0], 0x20);
        assert.notEqual(raw.bytes[3], 0x00, 'a CONNECT with a wrong protocol name was accepted');
      }
      await assertLogged(mark, [id, String(raw.localPort)], `protocol name ${name}`);
      await assertHealthy();
    });
  }

  test('a connection that sends no CONNECT is closed after --connect-timeout-ms', { skip: wharfOnly('no such option in mosquitto') }, async () => {
    const silent = await RawClient.open(broker, 4);
    const partial = await RawClient.open(broker, 4);
    // Half a CONNECT: a slow-loris must not hold the connection either.
    partial.write(connectBytes({ level: 4, clientId: clientId('slow') }).subarray(0, 8));
    const t0 = Date.now();
    await Promise.all([silent.waitClosed(CONNECT_TIMEOUT_MS + 2000), partial.waitClosed(CONNECT_TIMEOUT_MS + 2000)]);
    const elapsed = Date.now() - t0;
    assert.ok(elapsed >= CONNECT_TIMEOUT_MS - 200, `closed after ${elapsed} ms, before the timeout`);
    await assertHealthy();
  });

  test('fuzz: ≥10,000 random and mutated packets leave the broker alive and serving', async (t) => {
    const seed = Number(process.env['WHARF_FUZZ_SEED'] ?? Math.floor(Math.random() * 2 ** 32));
    t.diagnostic(`fuzz seed ${seed} (rerun with WHARF_FUZZ_SEED=${seed})`);
    console.log(`# fuzz seed ${seed}`);
    const rng = new Prng(seed);
    const TARGET_PACKETS = 10_000;
    const BATCH = 100;
    const WORKERS = 8;
    const DEADLINE = Date.now() + 60_000;
    const corpora = { 4: corpus(4, 'fuzz4'), 5: corpus(5, 'fuzz5') };
    const kinds = new Map<Mutation, number>();
    let sent = 0;
    let connections = 0;
    let closedByBroker = 0;
    const errorLinesBefore = broker.logs().filter((l) => l.includes('"level":"error"')).length;

    const openSocket = () =>
      new Promise<Socket>((resolve, reject) => {
        const s = netConnect({ host: '127.0.0.1', port: broker.port });
        s.setNoDelay(true);
        s.once('connect', () => resolve(s));
        s.once('error', reject);
      });

    /** One connection: maybe a valid CONNECT first, then up to BATCH items in small bursts. */
    async function oneConnection(): Promise<void> {
      const v: MqttVersion = rng.chance(0.5) ? 4 : 5;
      const base = corpora[v];
      const socket = await openSocket();
      connections++;
      let isClosed = false;
      let gotData = false;
      socket.on('data', () => (gotData = true));
      socket.on('error', () => {});
      const closed = new Promise<void>((res) => socket.once('close', () => ((isClosed = true), res())));
      if (rng.chance(0.75)) {
        socket.write(connectBytes({ level: v, clientId: `fuzz-${seed}-${connections}`, keepalive: 0 }));
        await waitFor(() => gotData || isClosed, { timeoutMs: 2000 }).catch(() => undefined);
      }
      for (let i = 0; i < BATCH && !isClosed && sent < TARGET_PACKETS; i++) {
        const { kind, bytes } = mutate(rng, base);
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
        // Sometimes split a packet across writes, so partial reads are exercised too.
        if (bytes.length > 2 && rng.chance(0.1)) {
          const cut = 1 + rng.int(bytes.length - 1);
          socket.write(bytes.subarray(0, cut));
          await sleep(1);
          if (!isClosed) socket.write(bytes.subarray(cut));
        } else {
          socket.write(bytes);
        }
        sent++;
        if (i % 10 === 9) await new Promise((r) => setImmediate(r));
      }
      if (!isClosed) {
        socket.end();
        await Promise.race([closed, sleep(300)]);
      }
      if (isClosed) closedByBroker++;
      socket.destroy();
    }

    await Promise.all(
      Array.from({ length: WORKERS }, async () => {
        while (sent < TARGET_PACKETS && Date.now() < DEADLINE) await oneConnection();
      }),
    );
    const errorLines = broker.logs().filter((l) => l.includes('"level":"error"')).length - errorLinesBefore;
    const summary = `${sent} packets over ${connections} connections (${closedByBroker} closed by the broker), ` +
      `mutations ${JSON.stringify(Object.fromEntries(kinds))}, error-level log lines ${errorLines}`;
    t.diagnostic(summary);
    console.log(`# fuzz: ${summary}`);
    assert.ok(sent >= TARGET_PACKETS, `only ${sent} packets sent before the deadline`);
    assert.ok(broker.alive(), `broker died during fuzzing (seed ${seed})`);
    await assertHealthy(4);
    await assertHealthy(5);
  });
});
