/** Calls to the message-queue REST API of a broker under test, and an API-key file for it. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ADMIN_KEY = 'admin:s3cret-admin';
export const VIEWER_KEY = 'viewer:s3cret-viewer';

/** A temp dir holding `keys` (admin and viewer), removed by `remove()`. */
export function apiKeysFile(): { file: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'wharf-api-keys-'));
  const file = join(dir, 'api-keys');
  writeFileSync(file, `# test keys\n${ADMIN_KEY}\n${VIEWER_KEY}:viewer\n`);
  return { file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface RestAnswer {
  status: number;
  headers: Headers;
  /** Parsed JSON body; null for an empty one. */
  body: unknown;
  text: string;
}

export interface RestOptions {
  /** `key:secret`; null sends no Authorization header. Default ADMIN_KEY. */
  auth?: string | null;
  /** A raw body instead of JSON.stringify(body). */
  raw?: string;
}

export async function rest(httpPort: number, method: string, path: string, body?: unknown, opts: RestOptions = {}): Promise<RestAnswer> {
  const auth = opts.auth === undefined ? ADMIN_KEY : opts.auth;
  const headers: Record<string, string> = {};
  if (auth !== null) headers['authorization'] = `Basic ${Buffer.from(auth).toString('base64')}`;
  let payload: string | undefined = opts.raw;
  if (payload === undefined && body !== undefined) payload = JSON.stringify(body);
  if (payload !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`http://127.0.0.1:${httpPort}${path}`, { method, headers, body: payload, signal: AbortSignal.timeout(10_000) });
  const text = await res.text();
  let parsed: unknown = null;
  if (text.length > 0) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = text;
    }
  }
  return { status: res.status, headers: res.headers, body: parsed, text };
}

export const queuePath = (filter: string): string => `/api/v5/message_queues/queues/${encodeURIComponent(filter)}`;
export const QUEUES = '/api/v5/message_queues/queues';
export const CONFIG = '/api/v5/message_queues/config';
