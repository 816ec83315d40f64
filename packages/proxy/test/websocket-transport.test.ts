/**
 * The WebSocket adapter's Transport contract, on a real WebSocketListener and a real `ws`
 * client: what the connection's flow control reads from it (buffered bytes, need-drain, drain),
 * one message per corked turn, pausing, and the MQTT rule on text frames.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { WebSocket } from 'ws';
import { silentLogger } from '@wharf/core';
import { WebSocketListener } from '../src/listener/websocket.ts';
import type { WebSocketTransport } from '../src/listener/websocket-transport.ts';
import { sleep, until } from './support/raw-client.ts';

let listener: WebSocketListener;
let port = 0;
const accepted: WebSocketTransport[] = [];
const waiters: (() => void)[] = [];

before(async () => {
  listener = new WebSocketListener({ path: '/mqtt', maxPacketSize: 1024 * 1024, requestTimeoutMs: 5000, maxSockets: 100, logger: silentLogger }, (t) => {
    accepted.push(t);
    for (const w of waiters.splice(0)) w();
  });
  port = await listener.listen(0, '127.0.0.1');
});
after(async () => {
  for (const t of accepted) t.destroy();
  await listener.close();
});

/** A client and the server-side transport of its connection. */
async function pair(): Promise<{ client: WebSocket; transport: WebSocketTransport; messages: Buffer[] }> {
  const n = accepted.length;
  const client = new WebSocket(`ws://127.0.0.1:${port}/mqtt`, ['mqtt']);
  const messages: Buffer[] = [];
  client.on('message', (d: Buffer) => messages.push(d));
  client.on('error', () => undefined);
  await new Promise<void>((res, rej) => (client.once('open', () => res()), client.once('error', rej)));
  while (accepted.length === n) await new Promise<void>((res) => waiters.push(res));
  return { client, transport: accepted[n]!, messages };
}

test('writes between cork() and uncork() arrive as one binary message, in order', async () => {
  const { client, transport, messages } = await pair();
  transport.cork();
  transport.write(Buffer.from('ab'));
  transport.write(Buffer.from('cd'));
  let flushed = false;
  transport.write(Buffer.from('ef'), () => (flushed = true));
  assert.equal(transport.writableLength, 6, 'held bytes count as buffered');
  await sleep(20);
  assert.equal(messages.length, 0, 'nothing leaves while corked');
  transport.uncork();
  await until(() => messages.length === 1 && flushed, 2000, 'one message and the write callback');
  assert.equal(messages[0]!.toString(), 'abcdef');
  transport.write(Buffer.from('gh'));
  await until(() => messages.length === 2, 2000, 'an uncorked write');
  assert.equal(messages[1]!.toString(), 'gh');
  client.terminate();
});

test('writableLength and writableNeedDrain report bytes the socket has not taken; drain follows', async () => {
  const { client, transport, messages } = await pair();
  client.pause();
  let drained = false;
  transport.on('drain', () => (drained = true));
  const big = Buffer.alloc(8 * 1024 * 1024, 1);
  transport.write(big);
  // More than the kernel takes in one go: the rest waits in the socket, and the adapter says so.
  assert.ok(transport.writableLength > 0, `writableLength ${transport.writableLength}`);
  assert.equal(transport.writableNeedDrain, true);
  client.resume();
  await until(() => drained && transport.writableLength === 0, 5000, 'drain');
  assert.equal(transport.writableNeedDrain, false);
  await until(() => messages.length === 1, 5000, 'the message');
  assert.equal(messages[0]!.length, big.length);
  client.terminate();
});

test('pause() stops data events until resume(); binary messages arrive as Buffers', async () => {
  const { client, transport } = await pair();
  const got: string[] = [];
  transport.on('data', (chunk) => got.push(chunk.toString()));
  client.send(Buffer.from('one'));
  await until(() => got.length === 1, 2000, 'first message');
  transport.pause();
  client.send(Buffer.from('two'));
  await sleep(100);
  assert.deepEqual(got, ['one']);
  transport.resume();
  await until(() => got.length === 2, 2000, 'second message after resume');
  assert.deepEqual(got, ['one', 'two']);
  client.terminate();
});

test('a text frame closes with 1003 and feeds nothing; the transport reports closed', async () => {
  const { client, transport } = await pair();
  const got: Buffer[] = [];
  let closed = false;
  transport.on('data', (chunk) => got.push(chunk));
  transport.on('close', () => (closed = true));
  const code = new Promise<number>((res) => client.once('close', (c) => res(c)));
  client.send('text');
  client.send(Buffer.from('after'));
  assert.equal(await code, 1003);
  await until(() => closed, 2000, 'close event');
  assert.equal(got.length, 0);
  assert.equal(transport.destroyed, true);
});

test('end() closes with 1000 after what was written', async () => {
  const { client, transport, messages } = await pair();
  const code = new Promise<number>((res) => client.once('close', (c) => res(c)));
  transport.write(Buffer.from('last'));
  transport.end();
  assert.equal(await code, 1000);
  assert.deepEqual(messages.map(String), ['last']);
});
