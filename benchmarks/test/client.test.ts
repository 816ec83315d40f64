import assert from 'node:assert/strict';
import net from 'node:net';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import mqttPacket from 'mqtt-packet';
import { BenchClient } from '../src/client.ts';
import { PROBE_BYTES, SEQ_OFFSET, STAMP_OFFSET, STREAM_OFFSET } from '../src/payload.ts';
import { PublishEncoder } from '../src/publish-encoder.ts';

/** A scripted broker: answers CONNECT and SUBSCRIBE, then runs `script` with the socket. */
async function withServer(
  script: (socket: net.Socket, received: mqttPacket.Packet[]) => Promise<void>,
  run: (port: number) => Promise<void>,
): Promise<void> {
  const server = net.createServer({ noDelay: true }, (socket) => {
    const received: mqttPacket.Packet[] = [];
    const parser = mqttPacket.parser({ protocolVersion: 4 });
    parser.on('packet', (packet) => {
      received.push(packet);
      if (packet.cmd === 'connect') socket.write(mqttPacket.generate({ cmd: 'connack', returnCode: 0, sessionPresent: false }));
      if (packet.cmd === 'subscribe') {
        socket.write(mqttPacket.generate({ cmd: 'suback', messageId: packet.messageId, granted: packet.subscriptions.map((s) => s.qos) }));
        void script(socket, received);
      }
    });
    socket.on('data', (chunk) => parser.parse(chunk));
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  assert.ok(typeof address === 'object' && address !== null);
  try {
    await run(address.port);
  } finally {
    server.close();
  }
}

function probePublish(topic: string, qos: 0 | 1, seq: number, messageId: number): Buffer {
  const payload = Buffer.alloc(64);
  payload.writeDoubleLE(1234.5, STAMP_OFFSET);
  payload.writeUInt32LE(seq, SEQ_OFFSET);
  payload.writeUInt32LE(7, STREAM_OFFSET);
  return mqttPacket.generate({ cmd: 'publish', topic, payload, qos, messageId, retain: false, dup: false });
}

test('frames split at every byte boundary are parsed, and QoS 1 deliveries are acked', async () => {
  const frames = Buffer.concat([
    probePublish('a/b', 0, 0, 0),
    probePublish('a/b', 1, 1, 11),
    probePublish('a/b', 1, 2, 12),
    mqttPacket.generate({ cmd: 'puback', messageId: 99 }),
    probePublish('a/b', 0, 3, 0),
  ]);
  await withServer(
    async (socket) => {
      // One byte per segment: every header, length and payload boundary falls between reads.
      for (let i = 0; i < frames.length; i++) {
        socket.write(frames.subarray(i, i + 1));
        await sleep(0);
      }
    },
    async (port) => {
      const client = await BenchClient.connect({ host: '127.0.0.1', port, clientId: 'split' });
      const seqs: number[] = [];
      const acks: number[] = [];
      client.onPublish = (buf, start, end) => {
        assert.equal(end - start, 64);
        assert.equal(buf.readDoubleLE(start + STAMP_OFFSET), 1234.5);
        assert.equal(buf.readUInt32LE(start + STREAM_OFFSET), 7);
        seqs.push(buf.readUInt32LE(start + SEQ_OFFSET));
      };
      client.onPuback = (id) => acks.push(id);
      assert.equal(await client.subscribe('a/b', 1), 1);
      for (let i = 0; i < 200 && seqs.length < 4; i++) await sleep(10);
      assert.deepEqual(seqs, [0, 1, 2, 3]);
      assert.deepEqual(acks, [99]);
      await client.close();
    },
  );
});

test('the client acks QoS 1 deliveries with their packet ids', async () => {
  let received: mqttPacket.Packet[] = [];
  await withServer(
    async (socket, packets) => {
      received = packets;
      socket.write(Buffer.concat([probePublish('t', 1, 0, 5), probePublish('t', 1, 1, 6)]));
    },
    async (port) => {
      const client = await BenchClient.connect({ host: '127.0.0.1', port, clientId: 'acks' });
      await client.subscribe('t', 1);
      for (let i = 0; i < 200 && received.filter((p) => p.cmd === 'puback').length < 2; i++) await sleep(10);
      assert.deepEqual(
        received.filter((p) => p.cmd === 'puback').map((p) => (p as mqttPacket.IPubackPacket).messageId),
        [5, 6],
      );
      await client.close();
    },
  );
});

test('a refused CONNACK rejects connect with the code', async () => {
  const server = net.createServer((socket) => {
    socket.once('data', () => socket.write(mqttPacket.generate({ cmd: 'connack', returnCode: 5, sessionPresent: false })));
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  assert.ok(typeof address === 'object' && address !== null);
  try {
    await assert.rejects(BenchClient.connect({ host: '127.0.0.1', port: address.port, clientId: 'refused' }), /code 5/);
  } finally {
    server.close();
  }
});

test('encoded batches are valid MQTT that mqtt-packet parses back', () => {
  for (const qos of [0, 1] as const) {
    const encoder = new PublishEncoder('bench/p2p/3', qos, 64, 3);
    const ids = new Uint16Array([100, 101, 65535]);
    const batch = encoder.encode(3, 41, 99.25, qos === 1 ? ids : null);
    assert.equal(batch.length, 3 * encoder.packetBytes);
    const parser = mqttPacket.parser({ protocolVersion: 4 });
    const packets: mqttPacket.IPublishPacket[] = [];
    parser.on('packet', (p) => packets.push(p as mqttPacket.IPublishPacket));
    parser.parse(batch);
    assert.equal(packets.length, 3);
    packets.forEach((p, i) => {
      assert.equal(p.topic, 'bench/p2p/3');
      assert.equal(p.qos, qos);
      if (qos === 1) assert.equal(p.messageId, ids[i]);
      const payload = p.payload as Buffer;
      assert.equal(payload.length, 64);
      assert.equal(payload.readDoubleLE(STAMP_OFFSET), 99.25);
      assert.equal(payload.readUInt32LE(SEQ_OFFSET), 41 + i);
      assert.equal(payload.readUInt32LE(STREAM_OFFSET), 3);
    });
  }
  assert.throws(() => new PublishEncoder('t', 0, PROBE_BYTES - 1, 0), /at least/);
});
