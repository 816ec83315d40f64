/**
 * JWT (RFC 7519) in the CONNECT password, verified with node:crypto. Accepted algorithms:
 * HS256 with `--jwt-secret`/`--jwt-secret-file`, RS256 with `--jwt-public-key-file`. The
 * header's `alg` picks the key and must have one configured, so `none`, and an HS256 token
 * "signed" with the RSA public key when only RS256 is configured, are refused.
 *
 * Claims: `exp` and `nbf` (seconds) are enforced with `--jwt-clock-skew-seconds` of tolerance;
 * a token without `exp` does not expire. When CONNECT carries a username, the claim named by
 * `--jwt-username-claim` (default `sub`) must be present and equal it; without a username the
 * claim (when a string) becomes the username. A `clientid` claim, when present, must equal the
 * client id. An `acl` claim carries rules (see acl/claims.ts). A `crit` header is refused.
 */
import { createHmac, timingSafeEqual, verify as verifySignature, type KeyObject } from 'node:crypto';

/** Bounds the parsing work a password may cause. */
export const MAX_JWT_BYTES = 8192;

export interface JwtKeys {
  readonly hmacSecret: Buffer | null;
  readonly rsaPublicKey: KeyObject | null;
}

export interface JwtCheck {
  readonly keys: JwtKeys;
  readonly usernameClaim: string;
  readonly clockSkewSeconds: number;
  /** Seconds since the epoch. */
  readonly now: number;
}

export type JwtResult = { ok: true; claims: Readonly<Record<string, unknown>> } | { ok: false; message: string };

const SEGMENT = /^[A-Za-z0-9_-]+$/;

/** Three base64url segments whose header starts like a JSON object (`eyJ` = `{"`). */
export function looksLikeJwt(password: Buffer): boolean {
  if (password.length < 16 || password.length > MAX_JWT_BYTES) return false;
  if (password[0] !== 0x65 /* e */ || password[1] !== 0x79 /* y */ || password[2] !== 0x4a /* J */) return false;
  let dots = 0;
  for (let i = 0; i < password.length; i++) if (password[i] === 0x2e) dots++;
  return dots === 2;
}

export function verifyJwt(token: string, check: JwtCheck): JwtResult {
  if (token.length > MAX_JWT_BYTES) return { ok: false, message: 'token too long' };
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, message: 'not three dot-separated segments' };
  const [h, p, s] = parts as [string, string, string];
  if (!SEGMENT.test(h) || !SEGMENT.test(p) || !SEGMENT.test(s)) return { ok: false, message: 'a segment is not base64url' };
  const header = decodeJson(h);
  if (header === null) return { ok: false, message: 'header is not a JSON object' };
  if (header['crit'] !== undefined) return { ok: false, message: 'crit header not supported' };
  const alg = header['alg'];
  const signed = Buffer.from(`${h}.${p}`, 'ascii');
  const signature = Buffer.from(s, 'base64url');
  const keys = check.keys;
  if (alg === 'HS256') {
    if (keys.hmacSecret === null) return { ok: false, message: 'HS256 token but no --jwt-secret configured' };
    const expected = createHmac('sha256', keys.hmacSecret).update(signed).digest();
    if (signature.length !== expected.length || !timingSafeEqual(signature, expected)) return { ok: false, message: 'bad signature' };
  } else if (alg === 'RS256') {
    if (keys.rsaPublicKey === null) return { ok: false, message: 'RS256 token but no --jwt-public-key-file configured' };
    let valid: boolean;
    try {
      valid = verifySignature('sha256', signed, keys.rsaPublicKey, signature);
    } catch {
      valid = false; // a signature of the wrong length
    }
    if (!valid) return { ok: false, message: 'bad signature' };
  } else {
    return { ok: false, message: `algorithm ${JSON.stringify(alg)} not accepted (HS256, RS256)` };
  }

  const claims = decodeJson(p);
  if (claims === null) return { ok: false, message: 'payload is not a JSON object' };
  const exp = claims['exp'];
  const nbf = claims['nbf'];
  if (exp !== undefined && typeof exp !== 'number') return { ok: false, message: 'exp is not a number' };
  if (nbf !== undefined && typeof nbf !== 'number') return { ok: false, message: 'nbf is not a number' };
  if (exp !== undefined && check.now > exp + check.clockSkewSeconds) return { ok: false, message: 'token expired' };
  if (nbf !== undefined && check.now + check.clockSkewSeconds < nbf) return { ok: false, message: 'token not valid yet (nbf)' };
  return { ok: true, claims };
}

function decodeJson(segment: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
