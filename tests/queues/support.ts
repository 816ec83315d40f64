/**
 * What the message-queue consumer tests share: queues made through the REST API (EMQX 6 shape,
 * snake_case; HTTP basic auth with an API key from `--api-keys-file`), and a raw consumer that
 * acknowledges only when told (or never), to hold messages unacknowledged on purpose.
 */
import assert from 'node:assert/strict';
import type { IClientPublishOptions, MqttClient } from 'mqtt';
import type { IPublishPacket, ISubackPacket, Packet } from 'mqtt-packet';
import { clientId, RawClient, waitFor, type Broker, type Version } from '../harness/index.ts';
import { ADMIN_KEY, CONFIG, QUEUES, rest } from './rest-support.ts';

export { ADMIN_KEY, apiKeysFile } from './rest-support.ts';

/** A queue definition for POST /queues: plain (not last-value) unless `fields` say otherwise. */
export function queueBody(topicFilter: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { topic_filter: topicFilter, is_lastvalue: false, ...fields };
}

/** POST /api/v5/message_queues/queues; fails the test unless the queue was created (200). */
export async function createQueue(httpPort: number, body: Record<string, unknown>, apiKey = ADMIN_KEY): Promise<Record<string, unknown>> {
  const a = await rest(httpPort, 'POST', QUEUES, body, { auth: apiKey });
  assert.equal(a.status, 200, `creating queue ${JSON.stringify(body)}: ${a.status} ${a.text}`);
  return a.body as Record<string, unknown>;
}

/** GET /queues/{filter}: the queue with its stats and consumers. */
export async function getQueue(httpPort: number, topicFilter: string, apiKey = ADMIN_KEY): Promise<Record<string, unknown>> {
  const a = await rest(httpPort, 'GET', `${QUEUES}/${encodeURIComponent(topicFilter)}`, undefined, { auth: apiKey });
  assert.equal(a.status, 200, `reading queue ${topicFilter}: ${a.status} ${a.text}`);
  return a.body as Record<string, unknown>;
}

/** PUT /config with `patch` merged into the current config. */
export async function updateQueuesConfig(httpPort: number, patch: Record<string, unknown>, apiKey = ADMIN_KEY): Promise<void> {
  const current = await rest(httpPort, 'GET', CONFIG, undefined, { auth: apiKey });
  assert.equal(current.status, 200, current.text);
  const a = await rest(httpPort, 'PUT', CONFIG, { ...(current.body as Record<string, unknown>), ...patch }, { auth: apiKey });
  assert.equal(a.status, 200, `PUT ${CONFIG}: ${a.status} ${a.text}`);
}

/** A topic level unique in this run (queues and their filters never clash between tests). */
export function level(tag: string): string {
  return clientId(tag).replace(/[^A-Za-z0-9_-]/g, '_');
}

/**
 * A consumer over raw MQTT that acknowledges only what the test tells it to: messages stay in
 * flight (unacknowledged) for as long as the test wants.
 */
export class RawConsumer {
  private taken = 0;

  private constructor(
    readonly raw: RawClient,
    readonly id: string,
  ) {}

  static async open(broker: Broker, version: Version = 5, fields: Record<string, unknown> = {}): Promise<RawConsumer> {
    const raw = await RawClient.open(broker, version);
    const id = clientId('rawq');
    const connack = await raw.connect({ clientId: id, keepalive: 0, ...fields });
    assert.equal(connack.cmd, 'connack');
    return new RawConsumer(raw, id);
  }

  /** Every PUBLISH received so far (the socket is read all along). */
  get publishes(): IPublishPacket[] {
    return this.raw.packets.filter((p): p is IPublishPacket => p.cmd === 'publish');
  }

  /** SUBSCRIBE one filter; resolves with its SUBACK. */
  async subscribe(filter: string, qos: 0 | 1 | 2 = 1, messageId = 1): Promise<ISubackPacket> {
    this.raw.send({ cmd: 'subscribe', messageId, subscriptions: [{ topic: filter, qos }] });
    let suback: ISubackPacket | undefined;
    await waitFor(() => (suback = this.raw.packets.find((p): p is ISubackPacket => p.cmd === 'suback' && p.messageId === messageId)) !== undefined, {
      timeoutMs: 5000,
      message: () => `no SUBACK for ${filter}`,
    });
    return suback!;
  }

  /** Waits until `n` PUBLISHes beyond those taken arrived, and takes them. */
  async take(n: number, timeoutMs = 5000): Promise<IPublishPacket[]> {
    await waitFor(() => this.publishes.length - this.taken >= n, {
      timeoutMs,
      message: () => `RawConsumer ${this.id}: got ${this.publishes.length - this.taken} of ${n} messages`,
    });
    const out = this.publishes.slice(this.taken, this.taken + n);
    this.taken += n;
    return out;
  }

  /** PUBACK with `reasonCode` (0: acknowledged; ≥ 0x80: rejected). */
  ack(p: IPublishPacket, reasonCode = 0): void {
    this.raw.send(reasonCode === 0 ? { cmd: 'puback', messageId: p.messageId! } : { cmd: 'puback', messageId: p.messageId!, reasonCode });
  }

  destroy(): void {
    this.raw.destroy();
  }
}

/** Payloads of received messages, as strings. */
export function payloads(list: readonly { payload: Buffer | string }[]): string[] {
  return list.map((m) => m.payload.toString());
}

/**
 * Publishes at QoS 1/2 and resolves with the acknowledgement's reason code and packet (mqtt.js
 * rejects a publish answered with an error code; the code is what the tests check).
 */
export function publishAck(
  client: MqttClient,
  topic: string,
  payload: string,
  opts: IClientPublishOptions,
): Promise<{ code: number; packet: Packet | undefined }> {
  return new Promise((resolve) => {
    client.publish(topic, payload, opts, (err, packet) => {
      const code = err !== undefined && err !== null ? Number((err as Error & { code?: unknown }).code ?? -1) : ((packet as { reasonCode?: number } | undefined)?.reasonCode ?? 0);
      resolve({ code, packet });
    });
  });
}
