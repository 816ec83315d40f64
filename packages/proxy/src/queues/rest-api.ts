/**
 * The message-queue REST API, compatible with EMQX 6 (`/api/v5/message_queues/…`), as a route
 * of a role's ops HTTP server (`--http-port`):
 *
 *   GET    /api/v5/message_queues/queues?cursor=&limit=   {"data":[queue…],"meta":{"hasnext":bool,"cursor"?:string}}
 *   POST   /api/v5/message_queues/queues                  200 queue | 400 ALREADY_EXISTS | 400 BAD_REQUEST
 *   GET    /api/v5/message_queues/queues/{topic_filter}   200 queue | 404 NOT_FOUND
 *   PUT    /api/v5/message_queues/queues/{topic_filter}   200 queue | 404 | 400 BAD_REQUEST (is_lastvalue changed, bad field)
 *   DELETE /api/v5/message_queues/queues/{topic_filter}   204 | 404
 *   GET    /api/v5/message_queues/config                  200 config
 *   PUT    /api/v5/message_queues/config                  204 | 400 BAD_REQUEST
 *
 * `{topic_filter}` is URL-encoded (`a%2F%2B%2F%23` for `a/+/#`); a queue name is accepted there
 * too (EMQX 6.1). Errors are `{"code": "...", "message": "..."}`; a store that does not answer
 * is 503 SERVICE_UNAVAILABLE. Every request needs HTTP basic auth with an API key (401).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  parseListQuery,
  parseQueueCreate,
  parseQueuePatch,
  parseQueuesConfig,
  QueueError,
  queuesConfigToJson,
  queueToJson,
  type HttpRoute,
  type Logger,
} from '@wharf/core';
import type { ApiKeys } from './api-keys.ts';
import { StoreUnavailableError, type QueueAdmin } from './queue-admin.ts';

export const API_PREFIX = '/api/v5/message_queues';
const QUEUES = `${API_PREFIX}/queues`;
const CONFIG = `${API_PREFIX}/config`;
/** Request bodies are small JSON objects; anything near this is not a queue definition. */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

export interface QueuesRestOptions {
  admin: QueueAdmin;
  apiKeys: ApiKeys;
  logger: Logger;
  maxBodyBytes?: number;
}

/** An answer other than 2xx; `code` is EMQX's error code string. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function queuesRestRoute(options: QueuesRestOptions): HttpRoute {
  const api = new QueuesRestApi(options);
  return (req, res) => api.handle(req, res);
}

class QueuesRestApi {
  private readonly maxBodyBytes: number;

  constructor(private readonly options: QueuesRestOptions) {
    this.maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const path = q === -1 ? url : url.slice(0, q);
    if (path !== API_PREFIX && !path.startsWith(`${API_PREFIX}/`)) return false;
    try {
      const key = this.authenticate(req);
      await this.route(req, res, path, new URLSearchParams(q === -1 ? '' : url.slice(q + 1)), key);
    } catch (err) {
      this.fail(req, res, err);
    }
    return true;
  }

  /** Returns the key's name; throws 401/403. */
  private authenticate(req: IncomingMessage): string {
    const check = this.options.apiKeys.check(req.headers.authorization);
    if (!check.ok) throw new HttpError(401, 'BAD_API_KEY_OR_SECRET', check.why, { 'www-authenticate': 'Basic realm="wharf", charset="UTF-8"' });
    if (check.role === 'publisher' || (check.role === 'viewer' && req.method !== 'GET')) {
      throw new HttpError(403, 'FORBIDDEN', `API key "${check.key}" has role ${check.role}, which may not ${req.method} message queues`);
    }
    return check.key;
  }

  private async route(req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams, key: string): Promise<void> {
    const { admin, logger } = this.options;
    const method = req.method ?? 'GET';
    if (path === QUEUES) {
      if (method === 'GET') {
        const { after, limit } = parseListQuery(query);
        const page = await admin.list(after, limit);
        const meta: { hasnext: boolean; cursor?: string } = { hasnext: page.next !== null };
        if (page.next !== null) meta.cursor = page.next;
        return send(res, 200, { data: page.queues.map(queueToJson), meta });
      }
      if (method === 'POST') {
        const body = await this.readJson(req);
        const spec = parseQueueCreate(body, (await admin.getConfig()).defaults);
        const created = await admin.create(spec);
        logger.info('message queue created', { topicFilter: spec.topicFilter, apiKey: key });
        return send(res, 200, queueToJson(created));
      }
      throw notAllowed(method, 'GET, POST');
    }
    if (path.startsWith(`${QUEUES}/`)) {
      const ref = decodeRef(path.slice(QUEUES.length + 1));
      if (method !== 'GET' && method !== 'PUT' && method !== 'DELETE') throw notAllowed(method, 'GET, PUT, DELETE');
      // PUT reads its body first: a bad body is a 400 whether or not the queue exists.
      const body = method === 'PUT' ? await this.readJson(req) : undefined;
      const queue = await admin.resolve(ref);
      if (queue === null) throw new QueueError('NOT_FOUND', `no message queue is bound to "${ref}"`);
      if (method === 'GET') return send(res, 200, queueToJson(queue));
      if (method === 'PUT') {
        const patch = parseQueuePatch(body, queue.topicFilter);
        const updated = await admin.update(queue.topicFilter, patch);
        logger.info('message queue updated', { topicFilter: queue.topicFilter, fields: Object.keys(patch), apiKey: key });
        return send(res, 200, queueToJson(updated));
      }
      await admin.delete(queue.topicFilter);
      logger.info('message queue deleted', { topicFilter: queue.topicFilter, apiKey: key });
      res.writeHead(204);
      res.end();
      return;
    }
    if (path === CONFIG) {
      if (method === 'GET') return send(res, 200, queuesConfigToJson(await admin.getConfig()));
      if (method === 'PUT') {
        const body = await this.readJson(req);
        const next = parseQueuesConfig(body, await admin.getConfig());
        await admin.putConfig(next);
        logger.info('message queue config updated', { apiKey: key });
        res.writeHead(204);
        res.end();
        return;
      }
      throw notAllowed(method, 'GET, PUT');
    }
    throw new HttpError(404, 'NOT_FOUND', `no such endpoint: ${path} (see ${QUEUES} and ${CONFIG})`);
  }

  private readJson(req: IncomingMessage): Promise<unknown> {
    const limit = this.maxBodyBytes;
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (declared > limit) return Promise.reject(tooLarge(limit));
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let failed = false;
      req.on('data', (chunk: Buffer) => {
        if (failed) return;
        size += chunk.length;
        if (size > limit) {
          failed = true;
          reject(tooLarge(limit));
          return;
        }
        chunks.push(chunk);
      });
      req.once('error', (err) => {
        failed = true;
        reject(err);
      });
      req.once('end', () => {
        if (failed) return;
        const text = Buffer.concat(chunks).toString('utf8');
        if (text.trim().length === 0) return reject(new QueueError('BAD_REQUEST', 'body: a JSON object is required', 'body'));
        try {
          resolve(JSON.parse(text) as unknown);
        } catch (err) {
          reject(new QueueError('BAD_REQUEST', `body: not valid JSON (${(err as Error).message})`, 'body'));
        }
      });
    });
  }

  private fail(req: IncomingMessage, res: ServerResponse, err: unknown): void {
    let status: number;
    let code: string;
    let message: string;
    let headers: Record<string, string> = {};
    if (err instanceof HttpError) {
      ({ status, code, message, headers } = err);
    } else if (err instanceof QueueError) {
      status = err.code === 'NOT_FOUND' ? 404 : 400;
      code = err.code;
      message = err.message;
    } else if (err instanceof StoreUnavailableError) {
      status = 503;
      code = 'SERVICE_UNAVAILABLE';
      message = err.message;
      this.options.logger.warn('message queue request failed: store unavailable', { method: req.method, url: req.url, store: err.store, err: err.message });
    } else {
      status = 500;
      code = 'INTERNAL_ERROR';
      message = 'internal error (see the broker log)';
      this.options.logger.error('message queue request failed', { method: req.method, url: req.url, err });
    }
    // Whatever of the body is still coming is not needed; the answer goes out now.
    req.resume();
    if (res.headersSent) {
      res.destroy();
      return;
    }
    // A refused body may still be arriving: close the connection rather than read it all.
    if (status === 413) headers = { ...headers, connection: 'close' };
    send(res, status, { code, message }, headers);
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function decodeRef(encoded: string): string {
  let ref: string;
  try {
    ref = decodeURIComponent(encoded);
  } catch {
    throw new QueueError('BAD_REQUEST', `topic_filter: "${encoded}" is not valid URL encoding (encode the filter, e.g. a%2F%2B%2F%23 for a/+/#)`, 'topic_filter');
  }
  if (ref.length === 0) throw new QueueError('BAD_REQUEST', 'topic_filter: empty', 'topic_filter');
  return ref;
}

function notAllowed(method: string, allow: string): HttpError {
  return new HttpError(405, 'METHOD_NOT_ALLOWED', `${method} is not allowed here (allowed: ${allow})`, { allow });
}

function tooLarge(limit: number): HttpError {
  return new HttpError(413, 'PAYLOAD_TOO_LARGE', `request body exceeds ${limit} bytes`);
}
