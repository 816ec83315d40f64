/**
 * SCRAM-SHA-256 (RFC 5802, RFC 7677) as an MQTT 5 enhanced authentication method, without
 * channel binding. Messages ride in Authentication Data:
 *
 *   CONNECT  client-first   `n,,n=<user>,r=<client nonce>`
 *   AUTH     server-first   `r=<client nonce><server nonce>,s=<salt>,i=<iterations>`
 *   AUTH     client-final   `c=biws,r=<nonce>,p=<proof>`
 *   CONNACK  server-final   `v=<server signature>`
 *
 * Credentials come from the password file's `$scram-sha-256$` field. An unknown user (or one
 * without that field) gets a salt derived from its name and the standard iteration count, and
 * fails only at the proof, like a wrong password: the exchange does not reveal which users exist.
 * When CONNECT also carries a username it must be the SCRAM user. An authorization identity
 * (`a=`) other than the user is refused.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { hmac, sha256, type ScramCredentials } from '../password/scram.ts';
import { authFailure, type AuthStep, type EnhancedAuthContext, type EnhancedAuthMethod } from './method.ts';

export const SCRAM_SHA_256 = 'SCRAM-SHA-256';
/** Bounds what a client can make the broker parse; real messages are ~100 bytes. */
const MAX_MESSAGE_BYTES = 1024;
const NONCE_MIN = 8;
const NONCE_MAX = 256;

export interface ScramCredentialSource {
  /** The user's stored credentials, or null when the user is unknown or has none. */
  scramCredentials(username: string): ScramCredentials | null;
  /** Secret for the salts of unknown users (stable across proxies sharing a file). */
  readonly mockSaltKey: Buffer;
  /** Iterations shown for unknown users: those most users have. */
  readonly mockIterations: number;
}

export class ScramSha256 implements EnhancedAuthMethod {
  readonly name = SCRAM_SHA_256;

  constructor(private readonly source: () => ScramCredentialSource) {}

  async start(authData: Buffer | undefined, ctx: EnhancedAuthContext): Promise<AuthStep> {
    const first = readMessage(authData);
    if (first === null) return authFailure('bad-credentials', 'client-first message missing, too long or not UTF-8');
    const parsed = parseClientFirst(first);
    if (typeof parsed === 'string') return authFailure('bad-credentials', `client-first: ${parsed}`);
    const { gs2Header, bare, username, clientNonce } = parsed;
    if (ctx.username !== undefined && ctx.username !== username) {
      return authFailure('bad-credentials', 'SCRAM user differs from the CONNECT username');
    }
    if (parsed.authzid !== undefined && parsed.authzid !== username) {
      return authFailure('not-authorized', 'authorization identity differs from the user');
    }
    const source = this.source();
    const known = source.scramCredentials(username);
    // An unknown user runs the same computation against credentials no proof can match.
    const stored = known ?? mockCredentials(source.mockSaltKey, source.mockIterations, username);
    const nonce = clientNonce + randomBytes(18).toString('base64');
    const serverFirst = `r=${nonce},s=${stored.salt.toString('base64')},i=${stored.iterations}`;
    const clientId = ctx.clientId;

    return {
      kind: 'continue',
      data: Buffer.from(serverFirst, 'utf8'),
      async continue(finalData: Buffer | undefined): Promise<AuthStep> {
        const final = readMessage(finalData);
        if (final === null) return authFailure('bad-credentials', 'client-final message missing, too long or not UTF-8');
        const proofAt = final.lastIndexOf(',p=');
        if (proofAt < 0) return authFailure('bad-credentials', 'client-final: no proof');
        const withoutProof = final.slice(0, proofAt);
        const attrs = withoutProof.split(',');
        if (attrs[0] !== `c=${Buffer.from(gs2Header, 'utf8').toString('base64')}`) {
          return authFailure('bad-credentials', 'client-final: channel binding does not repeat the gs2 header');
        }
        if (attrs[1] !== `r=${nonce}`) return authFailure('bad-credentials', 'client-final: nonce mismatch');
        const proof = Buffer.from(final.slice(proofAt + 3), 'base64');
        const authMessage = `${bare},${serverFirst},${withoutProof}`;
        const clientSignature = hmac(stored.storedKey, authMessage);
        if (proof.length !== clientSignature.length) return authFailure('bad-credentials', 'client-final: proof of the wrong length');
        const clientKey = Buffer.alloc(proof.length);
        for (let i = 0; i < proof.length; i++) clientKey[i] = proof[i]! ^ clientSignature[i]!;
        const matches = timingSafeEqual(sha256(clientKey), stored.storedKey);
        if (known === null) return authFailure('bad-credentials', 'unknown user or no SCRAM credentials');
        if (!matches) return authFailure('bad-credentials', 'wrong password');
        const serverSignature = hmac(stored.serverKey, authMessage);
        return {
          kind: 'success',
          identity: { clientId, username, via: SCRAM_SHA_256 },
          data: Buffer.from(`v=${serverSignature.toString('base64')}`, 'utf8'),
        };
      },
    };
  }
}

function mockCredentials(key: Buffer, iterations: number, username: string): ScramCredentials {
  return {
    iterations,
    salt: hmac(key, `scram-salt:${username}`).subarray(0, 16),
    storedKey: hmac(key, `scram-stored:${username}`),
    serverKey: hmac(key, `scram-server:${username}`),
  };
}

function readMessage(data: Buffer | undefined): string | null {
  if (data === undefined || data.length === 0 || data.length > MAX_MESSAGE_BYTES) return null;
  const text = data.toString('utf8');
  return text.includes('\ufffd') ? null : text;
}

interface ClientFirst {
  gs2Header: string;
  authzid: string | undefined;
  bare: string;
  username: string;
  clientNonce: string;
}

function parseClientFirst(msg: string): ClientFirst | string {
  const c1 = msg.indexOf(',');
  const c2 = c1 < 0 ? -1 : msg.indexOf(',', c1 + 1);
  if (c2 < 0) return 'no gs2 header';
  const flag = msg.slice(0, c1);
  if (flag.startsWith('p=')) return 'channel binding not supported';
  if (flag !== 'n' && flag !== 'y') return `bad channel-binding flag "${flag.slice(0, 8)}"`;
  const authzField = msg.slice(c1 + 1, c2);
  let authzid: string | undefined;
  if (authzField !== '') {
    if (!authzField.startsWith('a=')) return 'bad authzid';
    const decoded = decodeSaslName(authzField.slice(2));
    if (decoded === null) return 'bad authzid';
    authzid = decoded;
  }
  const gs2Header = msg.slice(0, c2 + 1);
  const bare = msg.slice(c2 + 1);
  const attrs = bare.split(',');
  if (attrs[0]?.startsWith('m=')) return 'mandatory extension not supported';
  if (attrs.length < 2 || !attrs[0]!.startsWith('n=') || !attrs[1]!.startsWith('r=')) return 'expected n=<user>,r=<nonce>';
  const username = decodeSaslName(attrs[0]!.slice(2));
  if (username === null || username.length === 0) return 'bad username';
  const clientNonce = attrs[1]!.slice(2);
  if (clientNonce.length < NONCE_MIN || clientNonce.length > NONCE_MAX) return `nonce length outside ${NONCE_MIN}..${NONCE_MAX}`;
  for (let i = 0; i < clientNonce.length; i++) {
    const c = clientNonce.charCodeAt(i);
    if (c < 0x21 || c > 0x7e || c === 0x2c) return 'nonce has a character outside printable ASCII';
  }
  return { gs2Header, authzid, bare, username, clientNonce };
}

/** saslname: `=2C` is `,`, `=3D` is `=`; any other `=` is an error. */
function decodeSaslName(s: string): string | null {
  if (!s.includes('=')) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== '=') {
      out += c;
      continue;
    }
    const code = s.slice(i + 1, i + 3);
    if (code === '2C') out += ',';
    else if (code === '3D') out += '=';
    else return null;
    i += 2;
  }
  return out;
}
