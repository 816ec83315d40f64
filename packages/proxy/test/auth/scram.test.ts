import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, createHmac, pbkdf2Sync, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig, silentLogger } from '@wharf/core';
import { formatUserLine, hashScrypt, loadSecurity, scramCredentials, type AuthStep, type Security } from '../../src/auth/index.ts';

/** The client side of SCRAM-SHA-256 (RFC 5802 §3), written from the RFC, independent of the broker's code. */
class ScramClient {
  readonly nonce = randomBytes(18).toString('base64');
  readonly gs2 = 'n,,';
  readonly bare: string;
  private serverSignature: Buffer | null = null;

  constructor(
    readonly user: string,
    readonly password: string,
  ) {
    this.bare = `n=${user.replace(/=/g, '=3D').replace(/,/g, '=2C')},r=${this.nonce}`;
  }

  first(): Buffer {
    return Buffer.from(this.gs2 + this.bare);
  }

  final(serverFirst: Buffer): Buffer {
    const text = serverFirst.toString();
    const attrs = Object.fromEntries(text.split(',').map((a) => [a[0], a.slice(2)]));
    assert.ok(attrs['r']!.startsWith(this.nonce), 'server nonce extends the client nonce');
    const salted = pbkdf2Sync(this.password, Buffer.from(attrs['s']!, 'base64'), Number(attrs['i']), 32, 'sha256');
    const clientKey = createHmac('sha256', salted).update('Client Key').digest();
    const storedKey = createHash('sha256').update(clientKey).digest();
    const withoutProof = `c=${Buffer.from(this.gs2).toString('base64')},r=${attrs['r']}`;
    const authMessage = `${this.bare},${text},${withoutProof}`;
    const signature = createHmac('sha256', storedKey).update(authMessage).digest();
    const proof = Buffer.from(clientKey.map((b, i) => b ^ signature[i]!));
    const serverKey = createHmac('sha256', salted).update('Server Key').digest();
    this.serverSignature = createHmac('sha256', serverKey).update(authMessage).digest();
    return Buffer.from(`${withoutProof},p=${proof.toString('base64')}`);
  }

  verifyServer(serverFinal: Buffer | undefined): boolean {
    const v = serverFinal?.toString().match(/^v=(.+)$/)?.[1];
    if (v === undefined || this.serverSignature === null) return false;
    const got = Buffer.from(v, 'base64');
    return got.length === 32 && timingSafeEqual(got, this.serverSignature);
  }
}

let dir: string;
let sec: Security;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wharf-scram-'));
  const path = join(dir, 'pw');
  const pw = Buffer.from('pencil');
  const lines = [
    formatUserLine({ username: 'user', scrypt: await hashScrypt(pw, { ln: 10, r: 8, p: 1 }), scram: scramCredentials(pw) }),
    formatUserLine({ username: 'a,b=c', scrypt: null, scram: scramCredentials(pw, 5000) }),
    formatUserLine({ username: 'plainonly', scrypt: await hashScrypt(pw, { ln: 10, r: 8, p: 1 }), scram: null }),
  ];
  await writeFile(path, lines.join('\n') + '\n');
  sec = loadSecurity(defaultConfig({ passwordFile: path, allowAnonymous: 'false' }), silentLogger);
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function exchange(client: ScramClient, connectUsername?: string): Promise<{ last: AuthStep; serverFirst: string | null }> {
  const method = sec.authenticator.enhanced('SCRAM-SHA-256');
  assert.ok(method !== undefined);
  const step = await method.start(client.first(), { clientId: 'c1', username: connectUsername, remoteAddress: '127.0.0.1' });
  if (step.kind !== 'continue') return { last: step, serverFirst: null };
  return { last: await step.continue(client.final(step.data)), serverFirst: step.data.toString() };
}

test('SCRAM-SHA-256: full exchange; the client verifies the server signature', async () => {
  const client = new ScramClient('user', 'pencil');
  const { last } = await exchange(client);
  assert.equal(last.kind, 'success');
  assert.ok(last.kind === 'success');
  assert.deepEqual(last.identity, { clientId: 'c1', username: 'user', via: 'SCRAM-SHA-256' });
  assert.equal(client.verifyServer(last.data), true);
  // the same user also logs in with the plain password
  const plain = await sec.authenticator.authenticate({ clientId: 'c', username: 'user', password: Buffer.from('pencil'), remoteAddress: '' });
  assert.equal(plain.ok, true);
});

test('SCRAM-SHA-256: saslname escapes, matching CONNECT username', async () => {
  const { last } = await exchange(new ScramClient('a,b=c', 'pencil'), 'a,b=c');
  assert.equal(last.kind, 'success');
  const mismatch = await exchange(new ScramClient('user', 'pencil'), 'someone-else');
  assert.equal(mismatch.last.kind, 'failure');
  assert.match(mismatch.last.kind === 'failure' ? mismatch.last.message : '', /differs from the CONNECT username/);
});

test('SCRAM-SHA-256: wrong password and unknown user fail the same way at the proof', async () => {
  const wrong = await exchange(new ScramClient('user', 'eraser'));
  assert.equal(wrong.last.kind, 'failure');
  assert.equal(wrong.last.kind === 'failure' && wrong.last.reason, 'bad-credentials');

  const unknown = await exchange(new ScramClient('ghost', 'pencil'));
  assert.ok(unknown.serverFirst !== null, 'an unknown user still gets a server-first message');
  assert.match(unknown.serverFirst, /^r=[^,]+,s=[A-Za-z0-9+/=]{24},i=4096$/);
  assert.equal(unknown.last.kind, 'failure');
  // the salt of an unknown user is stable, like a real user's
  const again = await exchange(new ScramClient('ghost', 'pencil'));
  assert.equal(again.serverFirst!.split(',')[1], unknown.serverFirst.split(',')[1]);

  const noScram = await exchange(new ScramClient('plainonly', 'pencil'));
  assert.equal(noScram.last.kind, 'failure');
});

test('SCRAM-SHA-256: malformed and unsupported client messages fail', async () => {
  const method = sec.authenticator.enhanced('SCRAM-SHA-256')!;
  const ctx = { clientId: 'c', username: undefined, remoteAddress: '' };
  const cases: Array<[string | undefined, RegExp]> = [
    [undefined, /client-first message missing/],
    ['p=tls-unique,,n=user,r=abcdefghij', /channel binding not supported/],
    ['n,,m=ext,n=user,r=abcdefghij', /mandatory extension/],
    ['n,,n=user,r=short', /nonce length/],
    ['n,a=admin,n=user,r=abcdefghij', /authorization identity differs/],
    ['n,,n=us=er,r=abcdefghij', /bad username/],
    ['x', /no gs2 header/],
  ];
  for (const [msg, re] of cases) {
    const step = await method.start(msg === undefined ? undefined : Buffer.from(msg), ctx);
    assert.equal(step.kind, 'failure', String(msg));
    assert.match(step.kind === 'failure' ? step.message : '', re);
  }
  // a replayed or altered nonce in client-final
  const client = new ScramClient('user', 'pencil');
  const step = await method.start(client.first(), ctx);
  assert.ok(step.kind === 'continue');
  const final = client.final(step.data).toString().replace(/,r=([^,]+)/, ',r=$1x');
  const res = await step.continue(Buffer.from(final));
  assert.match(res.kind === 'failure' ? res.message : '', /nonce mismatch/);
});

test('unknown enhanced methods are unsupported; SCRAM needs a password file', () => {
  assert.equal(sec.authenticator.enhanced('KERBEROS'), undefined);
  const bare = loadSecurity(defaultConfig({}), silentLogger);
  assert.equal(bare.authenticator.enhanced('SCRAM-SHA-256'), undefined);
  assert.deepEqual(sec.summary().enhancedMethods, ['SCRAM-SHA-256']);
});
