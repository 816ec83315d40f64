/**
 * SCRAM-SHA-256 stored credentials (RFC 5802 §3, RFC 7677): the server keeps StoredKey and
 * ServerKey, never the password or anything a client could log in with directly. Password
 * file form: `$scram-sha-256$i=<iterations>$<salt>$<StoredKey>$<ServerKey>` (base64, no padding).
 * The password is used as its UTF-8 bytes; SASLprep is not applied (ASCII passwords are the same
 * either way).
 */
import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';
import { b64 } from './scrypt.ts';

export interface ScramCredentials {
  readonly iterations: number;
  readonly salt: Buffer;
  readonly storedKey: Buffer;
  readonly serverKey: Buffer;
}

/** RFC 7677 §4: at least 4096. */
export const DEFAULT_SCRAM_ITERATIONS = 4096;
export const SCRAM_ITERATIONS_MIN = 4096;
/** The client pays for the iterations on every login; keep them within reach of small devices. */
export const SCRAM_ITERATIONS_MAX = 1_000_000;
const SALT_BYTES = 16;

export function hmac(key: Buffer, data: Buffer | string): Buffer {
  return createHmac('sha256', key).update(data).digest();
}

export function sha256(data: Buffer): Buffer {
  return createHash('sha256').update(data).digest();
}

/** SaltedPassword = Hi(password, salt, i); the client side derives the same from the password. */
export function saltedPassword(password: Buffer, salt: Buffer, iterations: number): Buffer {
  return pbkdf2Sync(password, salt, iterations, 32, 'sha256');
}

export function scramCredentials(password: Buffer, iterations = DEFAULT_SCRAM_ITERATIONS, salt: Buffer = randomBytes(SALT_BYTES)): ScramCredentials {
  if (!Number.isInteger(iterations) || iterations < SCRAM_ITERATIONS_MIN || iterations > SCRAM_ITERATIONS_MAX) {
    throw new RangeError(`SCRAM iterations ${iterations} outside ${SCRAM_ITERATIONS_MIN}..${SCRAM_ITERATIONS_MAX}`);
  }
  const salted = saltedPassword(password, salt, iterations);
  const clientKey = hmac(salted, 'Client Key');
  return { iterations, salt, storedKey: sha256(clientKey), serverKey: hmac(salted, 'Server Key') };
}

export function formatScram(c: ScramCredentials): string {
  return `$scram-sha-256$i=${c.iterations}$${b64(c.salt)}$${b64(c.storedKey)}$${b64(c.serverKey)}`;
}

const SCRAM_FORM = /^\$scram-sha-256\$i=(\d{1,9})\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

export function parseScram(text: string): ScramCredentials | string {
  const m = SCRAM_FORM.exec(text);
  if (m === null) return 'not a $scram-sha-256$i=…$<salt>$<StoredKey>$<ServerKey> field';
  const iterations = Number(m[1]);
  if (iterations < SCRAM_ITERATIONS_MIN || iterations > SCRAM_ITERATIONS_MAX) {
    return `SCRAM iterations ${iterations} outside ${SCRAM_ITERATIONS_MIN}..${SCRAM_ITERATIONS_MAX}`;
  }
  const salt = Buffer.from(m[2]!, 'base64');
  const storedKey = Buffer.from(m[3]!, 'base64');
  const serverKey = Buffer.from(m[4]!, 'base64');
  if (salt.length < 8 || salt.length > 64) return `SCRAM salt of ${salt.length} bytes (8..64)`;
  if (storedKey.length !== 32 || serverKey.length !== 32) return 'SCRAM-SHA-256 keys must be 32 bytes';
  return { iterations, salt, storedKey, serverKey };
}
