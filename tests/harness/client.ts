/**
 * mqtt.js clients for tests. Every client records its messages from the moment it is created,
 * before CONNECT goes out, so a persistent session's backlog (delivered right after CONNACK)
 * is never lost to a handler attached too late.
 */
import { connect as mqttConnect, type IClientOptions, type MqttClient } from 'mqtt';
import type { IConnackPacket, IPublishPacket } from 'mqtt-packet';
import type { Broker } from './broker.ts';
import { QUIET_MS, sleep } from './wait.ts';

export interface Received {
  topic: string;
  payload: Buffer;
  qos: 0 | 1 | 2;
  retain: boolean;
  dup: boolean;
  packet: IPublishPacket;
}

class Inbox {
  readonly all: Received[] = [];
  cursor = 0;
  private wake: (() => void) | undefined;

  push(r: Received): void {
    this.all.push(r);
    const w = this.wake;
    this.wake = undefined;
    w?.();
  }
  pending(): number {
    return this.all.length - this.cursor;
  }
  changed(): Promise<void> {
    return new Promise((res) => {
      const prev = this.wake;
      this.wake = () => {
        prev?.();
        res();
      };
    });
  }
}

const inboxes = new WeakMap<MqttClient, Inbox>();
const connacks = new WeakMap<MqttClient, IConnackPacket>();
const open = new Set<MqttClient>();
let idSeq = 0;

/** A client id unique in this run, readable in broker logs. */
export function clientId(tag: string): string {
  return `${tag}-${process.pid}-${++idSeq}-${Math.random().toString(36).slice(2, 8)}`;
}

export type ConnectOptions = IClientOptions & { protocolVersion?: 4 | 5 | 3 };

/**
 * Connects and resolves on CONNACK (rejects on a refused CONNACK or a close before it).
 * Defaults: MQTT 3.1.1, a fresh client id, clean session, no auto-reconnect.
 * `setup` runs before CONNECT is sent: attach extra handlers there.
 */
export async function connect(broker: Broker, opts: ConnectOptions = {}, setup?: (c: MqttClient) => void): Promise<MqttClient> {
  const client = mqttConnect(broker.url, {
    protocolVersion: 4,
    clientId: clientId('c'),
    reconnectPeriod: 0,
    connectTimeout: 5000,
    keepalive: 30,
    ...opts,
  });
  const inbox = new Inbox();
  inboxes.set(client, inbox);
  open.add(client);
  client.on('message', (topic, payload, packet) => {
    inbox.push({ topic, payload, qos: packet.qos, retain: packet.retain, dup: packet.dup, packet });
  });
  client.on('close', () => open.delete(client));
  // An 'error' with no listener would crash the test process; failures surface through promises.
  client.on('error', () => {});
  setup?.(client);
  await new Promise<void>((resolve, reject) => {
    const onConnect = (connack: IConnackPacket) => {
      connacks.set(client, connack);
      cleanup();
      resolve();
    };
    const onError = (err: Error) => {
      cleanup();
      client.end(true);
      reject(err);
    };
    const onClose = () => {
      cleanup();
      reject(new Error(`connection to ${broker.url} closed before CONNACK`));
    };
    const cleanup = () => {
      client.off('connect', onConnect);
      client.off('error', onError);
      client.off('close', onClose);
    };
    client.on('connect', onConnect);
    client.on('error', onError);
    client.on('close', onClose);
  });
  return client;
}

export function connackOf(client: MqttClient): IConnackPacket {
  const c = connacks.get(client);
  if (c === undefined) throw new Error('client has no CONNACK');
  return c;
}

function inboxOf(client: MqttClient): Inbox {
  const inbox = inboxes.get(client);
  if (inbox === undefined) throw new Error('client was not made by the harness connect()');
  return inbox;
}

/** The next `n` messages not yet collected; rejects after `timeoutMs` saying what did arrive. */
export async function collect(client: MqttClient, n: number, timeoutMs = 5000): Promise<Received[]> {
  const inbox = inboxOf(client);
  const deadline = Date.now() + timeoutMs;
  while (inbox.pending() < n) {
    const left = deadline - Date.now();
    if (left <= 0) {
      const got = inbox.all.slice(inbox.cursor);
      throw new Error(
        `collect: got ${got.length} of ${n} messages in ${timeoutMs} ms` +
          (got.length > 0 ? `; last topic ${got[got.length - 1]!.topic}` : ''),
      );
    }
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([inbox.changed(), new Promise<void>((r) => (timer = setTimeout(r, Math.min(left, 250))))]);
    clearTimeout(timer);
  }
  const out = inbox.all.slice(inbox.cursor, inbox.cursor + n);
  inbox.cursor += n;
  return out;
}

/** Collects until `done(received so far)` holds; for streams whose length is not known up front. */
export async function collectUntil(client: MqttClient, done: (got: Received[]) => boolean, timeoutMs = 5000): Promise<Received[]> {
  const inbox = inboxOf(client);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const got = inbox.all.slice(inbox.cursor);
    if (done(got)) {
      inbox.cursor = inbox.all.length;
      return got;
    }
    const left = deadline - Date.now();
    if (left <= 0) throw new Error(`collectUntil: condition not met in ${timeoutMs} ms after ${got.length} messages`);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([inbox.changed(), new Promise<void>((r) => (timer = setTimeout(r, Math.min(left, 250))))]);
    clearTimeout(timer);
  }
}

/** Everything received and not yet collected, after waiting `ms` for stragglers. */
export async function drain(client: MqttClient, ms = QUIET_MS): Promise<Received[]> {
  await sleep(ms);
  const inbox = inboxOf(client);
  const out = inbox.all.slice(inbox.cursor);
  inbox.cursor = inbox.all.length;
  return out;
}

/** Every message this client ever received, collected or not. */
export function allReceived(client: MqttClient): Received[] {
  return inboxOf(client).all;
}

/** Resolves when the client's connection is closed (by either side). */
export function closed(client: MqttClient): Promise<void> {
  if (!client.connected && !client.reconnecting && client.stream?.destroyed !== false) return Promise.resolve();
  return new Promise((res) => client.once('close', () => res()));
}

/** Forcibly closes every client still open (for `after` hooks). */
export async function closeAllClients(): Promise<void> {
  const all = [...open];
  open.clear();
  await Promise.all(all.map((c) => c.endAsync(true).catch(() => undefined)));
}

/**
 * Publishes in order with at most `window` QoS 1/2 publishes unacknowledged, as a client must
 * (MQTT 5 Receive Maximum; brokers also cap it for 3.1.1). Resolves when all are acknowledged.
 */
export async function publishMany(
  client: MqttClient,
  topic: string,
  payloads: readonly (string | Buffer)[],
  opts: { qos: 0 | 1 | 2; retain?: boolean; window?: number },
): Promise<void> {
  const window = opts.qos === 0 ? payloads.length : (opts.window ?? 16);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < payloads.length) {
      const i = next++;
      await client.publishAsync(topic, payloads[i]!, { qos: opts.qos, retain: opts.retain ?? false });
    }
  };
  // Each lane takes the next index synchronously, so the wire order is the index order.
  await Promise.all(Array.from({ length: Math.min(window, payloads.length) }, lane));
}
