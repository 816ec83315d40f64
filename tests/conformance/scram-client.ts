/**
 * A client-side SCRAM-SHA-256 (RFC 5802 / 7677, no channel binding) written with node:crypto, for
 * MQTT 5 enhanced authentication against wharf (tests/auth.test.ts, enhanced-auth.test.ts).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';
import { REPO_ROOT } from '../harness/index.ts';

export const SCRAM = 'SCRAM-SHA-256';

const hmac = (key: Buffer, data: string): Buffer => createHmac('sha256', key).update(data).digest();
const b64 = (s: string): string => Buffer.from(s).toString('base64');

export interface ScramClient {
  /** client-first message, for CONNECT (or AUTH 0x19) Authentication Data. */
  readonly first: Buffer;
  /** client-final from server-first, and the server signature the server-final must carry. */
  final(serverFirst: Buffer | undefined): { data: Buffer; serverFinal: string };
}

/** `nonceChars`: length of the client nonce (base64 characters; the server accepts 8..256). */
export function scramClient(user: string, password: string, nonceChars = 24): ScramClient {
  const nonce = randomBytes(Math.ceil((nonceChars * 3) / 4)).toString('base64').slice(0, nonceChars);
  const bare = `n=${user},r=${nonce}`;
  return {
    first: Buffer.from(`n,,${bare}`),
    final(serverFirst) {
      assert.ok(serverFirst !== undefined, 'server-first message missing');
      const text = serverFirst.toString('utf8');
      const attrs = new Map(text.split(',').map((kv) => [kv.slice(0, 1), kv.slice(2)] as const));
      const combined = attrs.get('r') ?? '';
      assert.ok(combined.startsWith(nonce) && combined.length > nonce.length, `server nonce does not extend ours: ${text}`);
      const salted = pbkdf2Sync(password, Buffer.from(attrs.get('s') ?? '', 'base64'), Number(attrs.get('i')), 32, 'sha256');
      const clientKey = hmac(salted, 'Client Key');
      const storedKey = createHash('sha256').update(clientKey).digest();
      const withoutProof = `c=${b64('n,,')},r=${combined}`;
      const authMessage = `${bare},${text},${withoutProof}`;
      const signature = hmac(storedKey, authMessage);
      const proof = Buffer.alloc(clientKey.length);
      for (let i = 0; i < proof.length; i++) proof[i] = clientKey[i]! ^ signature[i]!;
      const serverSignature = hmac(hmac(salted, 'Server Key'), authMessage);
      return { data: Buffer.from(`${withoutProof},p=${proof.toString('base64')}`), serverFinal: `v=${serverSignature.toString('base64')}` };
    },
  };
}

/** A password file with one user, by `wharf passwd -b` (lowest scrypt cost; SCRAM keeps 4096 iterations). */
export function writePasswordFile(path: string, user: string, password: string): void {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'packages/cli/src/main.ts', 'passwd', '-c', '-b', '--cost', '10', path, user, password], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, `wharf passwd: ${r.stderr}`);
}
