/**
 * scrypt password hashes in PHC string form: `$scrypt$ln=<log2 N>,r=<r>,p=<p>$<salt>$<hash>`,
 * salt and hash in base64 without padding. Cost parameters are bounded both when hashing and
 * when loading, so a hand-edited file cannot make one CONNECT cost seconds or gigabytes.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

export interface ScryptParams {
  /** log2 of the CPU/memory cost N. */
  readonly ln: number;
  readonly r: number;
  readonly p: number;
}

export interface ScryptHash {
  readonly params: ScryptParams;
  readonly salt: Buffer;
  readonly hash: Buffer;
}

/** ~55 ms and 16 MiB per verification on a 2-core test machine; `wharf passwd --cost` changes ln. */
export const DEFAULT_SCRYPT_PARAMS: ScryptParams = { ln: 14, r: 8, p: 1 };
export const SCRYPT_LIMITS = { lnMin: 10, lnMax: 18, rMax: 16, pMax: 4, memoryMax: 256 * 1024 * 1024 } as const;
const SALT_BYTES = 16;
const HASH_BYTES = 32;

/** Returns why the parameters are outside the bounds, or null. */
export function checkScryptParams(p: ScryptParams): string | null {
  const L = SCRYPT_LIMITS;
  if (!Number.isInteger(p.ln) || p.ln < L.lnMin || p.ln > L.lnMax) return `scrypt ln=${p.ln} is outside ${L.lnMin}..${L.lnMax}`;
  if (!Number.isInteger(p.r) || p.r < 1 || p.r > L.rMax) return `scrypt r=${p.r} is outside 1..${L.rMax}`;
  if (!Number.isInteger(p.p) || p.p < 1 || p.p > L.pMax) return `scrypt p=${p.p} is outside 1..${L.pMax}`;
  if (memoryOf(p) > L.memoryMax) return `scrypt ln=${p.ln},r=${p.r} needs more than ${L.memoryMax / (1024 * 1024)} MiB`;
  return null;
}

function memoryOf(p: ScryptParams): number {
  return 128 * p.r * 2 ** p.ln;
}

function derive(password: Buffer, salt: Buffer, params: ScryptParams, length: number): Promise<Buffer> {
  const N = 2 ** params.ln;
  return new Promise((resolve, reject) => {
    // maxmem: Node refuses when 128·N·r reaches it; give it headroom over the exact need.
    scrypt(password, salt, length, { N, r: params.r, p: params.p, maxmem: 2 * memoryOf(params) + 1024 * 1024 }, (err, key) => {
      if (err !== null) reject(err);
      else resolve(key);
    });
  });
}

export async function hashScrypt(password: Buffer, params: ScryptParams = DEFAULT_SCRYPT_PARAMS): Promise<ScryptHash> {
  const bad = checkScryptParams(params);
  if (bad !== null) throw new RangeError(bad);
  const salt = randomBytes(SALT_BYTES);
  return { params, salt, hash: await derive(password, salt, params, HASH_BYTES) };
}

/** Constant-time in the hash comparison; the scrypt itself dominates and does not depend on the result. */
export async function verifyScrypt(password: Buffer, stored: ScryptHash): Promise<boolean> {
  const computed = await derive(password, stored.salt, stored.params, stored.hash.length);
  return timingSafeEqual(computed, stored.hash);
}

/**
 * A hash no password matches, with the given cost: verifying an unknown user against it takes
 * as long as verifying a known one, so response times do not reveal which users exist.
 */
export function dummyScrypt(params: ScryptParams = DEFAULT_SCRYPT_PARAMS): ScryptHash {
  return { params, salt: randomBytes(SALT_BYTES), hash: randomBytes(HASH_BYTES) };
}

export function formatScrypt(h: ScryptHash): string {
  const p = h.params;
  return `$scrypt$ln=${p.ln},r=${p.r},p=${p.p}$${b64(h.salt)}$${b64(h.hash)}`;
}

const SCRYPT_FORM = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,3}),p=(\d{1,2})\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

/** Parses the PHC string; returns an error text when it is not a usable scrypt hash. */
export function parseScrypt(text: string): ScryptHash | string {
  const m = SCRYPT_FORM.exec(text);
  if (m === null) return 'not a $scrypt$ln=…,r=…,p=…$<salt>$<hash> field';
  const params = { ln: Number(m[1]), r: Number(m[2]), p: Number(m[3]) };
  const bad = checkScryptParams(params);
  if (bad !== null) return bad;
  const salt = Buffer.from(m[4]!, 'base64');
  const hash = Buffer.from(m[5]!, 'base64');
  if (salt.length < 8 || salt.length > 64) return `scrypt salt of ${salt.length} bytes (8..64)`;
  if (hash.length < 16 || hash.length > 64) return `scrypt hash of ${hash.length} bytes (16..64)`;
  return { params, salt, hash };
}

/** Standard base64 without padding (PHC). */
export function b64(buf: Buffer): string {
  return buf.toString('base64').replace(/=+$/, '');
}
