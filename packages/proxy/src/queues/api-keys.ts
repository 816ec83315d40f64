/**
 * REST API keys (EMQX's `api_key.bootstrap_file`): one `key:secret` per line, optionally
 * `key:secret:role` with an EMQX role (`administrator`, `viewer`: read only, `publisher`: no
 * queue administration); `#` starts a comment line; blank lines are ignored. Clients send the
 * pair as HTTP basic auth. Secrets are kept as SHA-256 digests and compared in constant time; an
 * unknown key costs the same comparison, so timing tells nothing about which keys exist.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ConfigError } from '@wharf/core';
import { splitLines } from '../auth/file-format-error.ts';

export type ApiKeyRole = 'administrator' | 'viewer' | 'publisher';
const ROLES: readonly ApiKeyRole[] = ['administrator', 'viewer', 'publisher'];

/** Lines beyond this are a mistake (a wrong file), not a key list. */
export const MAX_API_KEYS = 10_000;
/** Longest `Authorization` header considered; longer ones are refused unread. */
const MAX_AUTHORIZATION_LENGTH = 4096;
const OPTION = '--api-keys-file (env WHARF_API_KEYS_FILE)';

interface KeyEntry {
  digest: Buffer;
  role: ApiKeyRole;
}

export type ApiKeyCheck =
  | { ok: true; key: string; role: ApiKeyRole }
  /** `why` is for the 401 body; it never says whether the key exists. */
  | { ok: false; why: string };

function digest(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

/** Compared against when the key is unknown, so both paths do the same work. */
const DUMMY_DIGEST = digest('wharf: no such key');

export class ApiKeys {
  private keys: Map<string, KeyEntry>;

  private constructor(
    /** '' when no file is configured: every request is refused. */
    readonly file: string,
    keys: Map<string, KeyEntry>,
  ) {
    this.keys = keys;
  }

  /** Reads `file` ('' for none). Throws ConfigError naming --api-keys-file, the file and the line. */
  static load(file: string): ApiKeys {
    return new ApiKeys(file, file === '' ? new Map() : readKeys(file));
  }

  get configured(): boolean {
    return this.file !== '';
  }

  get size(): number {
    return this.keys.size;
  }

  /** Re-reads the file (SIGHUP); on a ConfigError the keys loaded before stay. */
  reload(): number {
    if (this.file !== '') this.keys = readKeys(this.file);
    return this.keys.size;
  }

  /** Checks an `Authorization` header value (HTTP basic auth). */
  check(authorization: string | undefined): ApiKeyCheck {
    if (!this.configured) {
      return { ok: false, why: 'the REST API is disabled: no API keys are configured (--api-keys-file is not set)' };
    }
    if (authorization === undefined || authorization.length === 0) return { ok: false, why: 'authentication required: HTTP basic auth with an API key and secret' };
    if (authorization.length > MAX_AUTHORIZATION_LENGTH) return { ok: false, why: 'Authorization header too long' };
    const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(authorization);
    if (m === null) return { ok: false, why: 'authentication required: HTTP basic auth with an API key and secret' };
    const decoded = Buffer.from(m[1]!, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0) return { ok: false, why: 'bad API key or secret' };
    const key = decoded.slice(0, colon);
    const entry = this.keys.get(key);
    const given = digest(decoded.slice(colon + 1));
    const match = timingSafeEqual(given, entry?.digest ?? DUMMY_DIGEST);
    if (entry === undefined || !match) return { ok: false, why: 'bad API key or secret' };
    return { ok: true, key, role: entry.role };
  }
}

function readKeys(file: string): Map<string, KeyEntry> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(`${OPTION} ${file}: cannot read: ${(err as Error).message}`);
  }
  const keys = new Map<string, KeyEntry>();
  const lines = splitLines(text);
  const bad = (line: number, detail: string) => new ConfigError(`${OPTION} ${file} line ${line}: ${detail}`);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line.length === 0 || line.startsWith('#')) continue;
    const parts = line.split(':');
    if (parts.length < 2 || parts.length > 3) throw bad(i + 1, 'expected key:secret or key:secret:role');
    const [key, secret, role = 'administrator'] = parts.map((p) => p.trim()) as [string, string, string?];
    if (key.length === 0) throw bad(i + 1, 'empty key');
    if (/\s/.test(key)) throw bad(i + 1, 'a key may not contain spaces');
    if (secret.length === 0) throw bad(i + 1, `empty secret for key "${key}"`);
    if (!(ROLES as readonly string[]).includes(role)) throw bad(i + 1, `unknown role "${role}" (known: ${ROLES.join(', ')})`);
    if (keys.has(key)) throw bad(i + 1, `key "${key}" is listed twice`);
    if (keys.size >= MAX_API_KEYS) throw bad(i + 1, `more than ${MAX_API_KEYS} keys`);
    keys.set(key, { digest: digest(secret), role: role as ApiKeyRole });
  }
  if (keys.size === 0) throw new ConfigError(`${OPTION} ${file}: no keys (expected key:secret lines)`);
  return keys;
}
