import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac, generateKeyPairSync, sign as rsaSign, type KeyObject } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig, silentLogger, type WharfConfig } from '@wharf/core';
import { loadSecurity, looksLikeJwt, type AuthOutcome, type Security } from '../../src/auth/index.ts';

const SECRET = 'an-hs256-secret-of-at-least-32-bytes!';
let dir: string;
let publicPem: string;
let privateKey: KeyObject;
let rsaPath: string;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wharf-jwt-'));
  const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
  privateKey = pair.privateKey;
  publicPem = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  rsaPath = join(dir, 'jwt.pub.pem');
  await writeFile(rsaPath, publicPem);
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
});

const b64u = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');
const now = (): number => Math.floor(Date.now() / 1000);

function hs256(payload: Record<string, unknown>, secret: string | Buffer = SECRET, header: Record<string, unknown> = { alg: 'HS256', typ: 'JWT' }): string {
  const data = `${b64u(header)}.${b64u(payload)}`;
  return `${data}.${createHmac('sha256', secret).update(data).digest('base64url')}`;
}

function rs256(payload: Record<string, unknown>): string {
  const data = `${b64u({ alg: 'RS256', typ: 'JWT' })}.${b64u(payload)}`;
  return `${data}.${rsaSign('sha256', Buffer.from(data), privateKey).toString('base64url')}`;
}

function security(overrides: Partial<WharfConfig>): Security {
  return loadSecurity(defaultConfig({ allowAnonymous: 'false', ...overrides }), silentLogger);
}

function login(sec: Security, token: string, username?: string, clientId = 'c1'): Promise<AuthOutcome> {
  return sec.authenticator.authenticate({ clientId, username, password: Buffer.from(token), remoteAddress: '127.0.0.1' });
}

function failure(r: AuthOutcome): string {
  assert.equal(r.ok, false, 'expected a refusal');
  return r.ok ? '' : `${r.reason}: ${r.message}`;
}

test('HS256: a valid token logs in with its sub as username; exp becomes expiresAt', async () => {
  const sec = security({ jwtSecret: SECRET });
  const exp = now() + 600;
  const r = await login(sec, hs256({ sub: 'dev-7', exp }));
  assert.deepEqual(r, { ok: true, identity: { clientId: 'c1', username: 'dev-7', via: 'jwt', expiresAt: exp * 1000 } });
  assert.equal((await login(sec, hs256({ sub: 'dev-7' }), 'dev-7')).ok, true, 'username equal to sub');
  assert.match(failure(await login(sec, hs256({ sub: 'dev-7' }), 'dev-8')), /bad-credentials: JWT: claim sub does not equal the username/);
  assert.match(failure(await login(sec, hs256({}), 'dev-8')), /claim sub does not equal/);
  assert.match(failure(await login(sec, hs256({ sub: 'a', clientid: 'other' }))), /claim clientid does not equal the client id/);
});

test('--jwt-username-claim names the claim that must match', async () => {
  const sec = security({ jwtSecret: SECRET, jwtUsernameClaim: 'username' });
  assert.equal((await login(sec, hs256({ sub: 'x', username: 'ann' }), 'ann')).ok, true);
  assert.match(failure(await login(sec, hs256({ sub: 'ann' }), 'ann')), /claim username does not equal/);
});

test('RS256: verified with the PEM public key', async () => {
  const sec = security({ jwtPublicKeyFile: rsaPath });
  const r = await login(sec, rs256({ sub: 'svc', exp: now() + 60 }), 'svc');
  assert.equal(r.ok, true);
  assert.equal(r.ok && r.identity.via, 'jwt');
});

test('expired, not-yet-valid, tampered and unsigned tokens are refused', async () => {
  const sec = security({ jwtSecret: SECRET, jwtClockSkewSeconds: 5 });
  assert.match(failure(await login(sec, hs256({ sub: 'a', exp: now() - 60 }))), /token expired/);
  assert.equal((await login(sec, hs256({ sub: 'a', exp: now() - 2 }))).ok, true, 'within the clock skew');
  assert.match(failure(await login(sec, hs256({ sub: 'a', nbf: now() + 60 }))), /not valid yet/);
  assert.equal((await login(sec, hs256({ sub: 'a', nbf: now() + 2 }))).ok, true, 'within the clock skew');
  assert.match(failure(await login(sec, hs256({ sub: 'a', exp: 'tomorrow' }))), /exp is not a number/);

  const good = hs256({ sub: 'a' });
  const [h, , s] = good.split('.');
  assert.match(failure(await login(sec, `${h}.${b64u({ sub: 'admin' })}.${s}`)), /bad signature/);
  assert.match(failure(await login(sec, hs256({ sub: 'a' }, 'another-secret-that-is-32-bytes-long'))), /bad signature/);
  const none = `${b64u({ alg: 'none', typ: 'JWT' })}.${b64u({ sub: 'a' })}.`;
  assert.equal(looksLikeJwt(Buffer.from(none)), true);
  assert.match(failure(await login(sec, none)), /bad-credentials/);
  const noneSigned = `${b64u({ alg: 'none' })}.${b64u({ sub: 'a' })}.AAAA`;
  assert.match(failure(await login(sec, noneSigned)), /algorithm "none" not accepted/);
  assert.match(failure(await login(sec, hs256({ sub: 'a' }, SECRET, { alg: 'HS256', crit: ['exp'] }))), /crit header not supported/);
});

test('algorithm confusion: an HS256 token keyed with the RSA public key is refused when only RS256 is configured', async () => {
  const sec = security({ jwtPublicKeyFile: rsaPath });
  const forged = hs256({ sub: 'admin' }, publicPem);
  assert.match(failure(await login(sec, forged)), /HS256 token but no --jwt-secret configured/);
  // and an RS256 token is refused by an HS256-only broker
  assert.match(failure(await login(security({ jwtSecret: SECRET }), rs256({ sub: 'a' }))), /RS256 token but no --jwt-public-key-file/);
});

test('acl claim rules reach the authorizer; a malformed acl claim invalidates the token', async () => {
  const sec = security({ jwtSecret: SECRET, aclNoMatch: 'deny' });
  const r = await login(sec, hs256({ sub: 'dev', acl: { pub: ['t/%u/#'], sub: ['cmd/%c'] } }), undefined, 'box1');
  assert.ok(r.ok);
  const id = r.identity;
  assert.equal(sec.authorizer.canPublish(id, 't/dev/x'), true);
  assert.equal(sec.authorizer.canPublish(id, 't/other/x'), false);
  assert.equal(sec.authorizer.checkSubscribe(id, 'cmd/box1'), 'allow');
  assert.equal(sec.authorizer.checkSubscribe(id, 'cmd/box2'), 'deny');
  assert.match(failure(await login(sec, hs256({ sub: 'dev', acl: [{ permission: 'allow', action: 'read', topic: 'a' }] }))), /acl claim: action "read"/);
});

test('a password that is not a JWT goes to the password file; no file means bad credentials', async () => {
  const sec = security({ jwtSecret: SECRET });
  assert.match(failure(await login(sec, 'plain-password', 'ann')), /not a JWT and no password file/);
  assert.equal(looksLikeJwt(Buffer.from('eyJhbGciOi')), false);
});
