// Shared by the examples: where the broker is, its REST API, MQTT clients, and a verdict.
// Defaults match `pnpm wharf start --api-keys-file examples/api-keys.txt`.
import mqtt from 'mqtt';

export const MQTT_URL = process.env.WHARF_MQTT_URL ?? 'mqtt://127.0.0.1:1883';
export const HTTP_URL = (process.env.WHARF_HTTP_URL ?? 'http://127.0.0.1:8080').replace(/\/+$/, '');
export const API_KEY = process.env.WHARF_API_KEY ?? 'example:example-secret';

/** Calls the message-queue REST API; throws with the server's code and message. */
export async function api(method, path, body) {
  const headers = { authorization: `Basic ${Buffer.from(API_KEY).toString('base64')}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  let res;
  try {
    res = await fetch(`${HTTP_URL}/api/v5/message_queues${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (err) {
    throw new Error(`cannot reach ${HTTP_URL} (${err.cause?.code ?? err.message}): start the broker with \`pnpm wharf start --api-keys-file examples/api-keys.txt\``);
  }
  const text = await res.text();
  const json = text.length > 0 ? JSON.parse(text) : null;
  if (!res.ok) {
    const hint = res.status === 401 ? ' (start the broker with --api-keys-file examples/api-keys.txt, or set WHARF_API_KEY=key:secret)' : '';
    const error = new Error(`${method} ${path}: ${res.status} ${json?.code}: ${json?.message}${hint}`);
    error.status = res.status;
    throw error;
  }
  return json;
}

/** Creates the queue afresh: a queue left by an earlier run is deleted with its messages first. */
export async function recreateQueue(spec) {
  try {
    await api('DELETE', `/queues/${encodeURIComponent(spec.topic_filter)}`);
  } catch (err) {
    if (err.status !== 404) throw err;
  }
  return api('POST', '/queues', spec);
}

export async function deleteQueue(topicFilter) {
  await api('DELETE', `/queues/${encodeURIComponent(topicFilter)}`).catch(() => undefined);
}

/**
 * An MQTT client. `onJob(topic, payload)` (optional) is the worker's job: the PUBACK, which is
 * the queue's acknowledgement, goes out only when the promise it returns settles, and mqtt.js
 * handles one message at a time, like a single-threaded worker.
 */
export async function client(name, { onJob, ...options } = {}) {
  const c = await mqtt.connectAsync(MQTT_URL, { clientId: `${name}-${process.pid}`, reconnectPeriod: 0, ...options });
  if (onJob !== undefined) {
    c.handleMessage = (packet, done) => {
      Promise.resolve(onJob(packet.topic, packet.payload)).then(() => done(), done);
    };
  }
  return c;
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `cond` until it holds; false after `timeoutMs`. */
export async function until(cond, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await cond()) return true;
    await sleep(20);
  }
  return cond();
}

/** Prints the verdict and exits: 0 when every claim held. */
export function finish(claims) {
  let ok = true;
  for (const [holds, text] of claims) {
    console.log(`${holds ? 'ok  ' : 'FAIL'} ${text}`);
    ok &&= holds;
  }
  process.exit(ok ? 0 : 1);
}

/** Runs `main`, turning an error into a message and exit code 1. */
export function run(main) {
  main().catch((err) => {
    console.error(`error: ${err.message}`);
    process.exit(1);
  });
}
