import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, createLogger, defaultConfig, loadConfig, silentLogger, type WharfConfig } from '@wharf/core';
import { formatUserLine, hashScrypt, loadSecurity, type ClientIdentity } from '../../src/auth/index.ts';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wharf-security-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text, { mode: 0o600 });
  return path;
}

function refused(overrides: Partial<WharfConfig>, re: RegExp): void {
  assert.throws(
    () => loadSecurity(defaultConfig(overrides), silentLogger),
    (err: unknown) => err instanceof ConfigError && re.test(err.message),
    `expected ConfigError matching ${re}`,
  );
}

test('the security options load from flags and environment with their defaults', () => {
  const d = defaultConfig();
  assert.equal(d.allowAnonymous, 'true');
  assert.equal(d.aclNoMatch, 'allow');
  assert.equal(d.jwtUsernameClaim, 'sub');
  assert.equal(d.jwtClockSkewSeconds, 30);
  const c = loadConfig({ argv: ['--allow-anonymous', 'false', '--deny-filters', '#,$SYS/#', '--acl-no-match=deny'], env: { WHARF_JWT_CLOCK_SKEW_SECONDS: '5' } });
  assert.equal(c.allowAnonymous, 'false');
  assert.equal(c.denyFilters, '#,$SYS/#');
  assert.equal(c.aclNoMatch, 'deny');
  assert.equal(c.jwtClockSkewSeconds, 5);
  assert.throws(() => loadConfig({ argv: ['--allow-anonymous', 'yes'], env: {} }), /--allow-anonymous .*"yes" is not one of true, false/);
});

test('bad files and options are ConfigErrors naming the option, the file and the line', async () => {
  const acl = await file('bad.acl', 'allow any publish a\n\nallow any subscribe a/#/b\n');
  refused({ aclFile: acl }, new RegExp(`invalid --acl-file \\(env WHARF_ACL_FILE, file key "aclFile"\\): ${acl} line 3: invalid topic pattern`));
  const pw = await file('bad.pw', '# x\nalice:nothash\n');
  refused({ passwordFile: pw }, new RegExp(`invalid --password-file .*: ${pw} line 2: unknown credential field`));
  refused({ passwordFile: join(dir, 'missing') }, /invalid --password-file .*cannot read .*missing/);
  refused({ denyFilters: '#,a/#/b' }, /invalid --deny-filters .*"a\/#\/b" is not a valid topic filter/);
  refused({ jwtSecret: 'short' }, /invalid --jwt-secret .*5 bytes; HS256 needs at least 32/);
  const secretFile = await file('secret', 'x'.repeat(40) + '\n');
  refused({ jwtSecret: 'y'.repeat(40), jwtSecretFile: secretFile }, /invalid --jwt-secret-file .*either --jwt-secret or --jwt-secret-file/);
  const shortSecret = await file('short-secret', 'tiny\n');
  refused({ jwtSecretFile: shortSecret }, /invalid --jwt-secret-file .*short-secret holds 4 bytes/);
  const notPem = await file('not.pem', 'hello');
  refused({ jwtPublicKeyFile: notPem }, /invalid --jwt-public-key-file .*not\.pem is not a PEM public key/);
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
  refused({ jwtPublicKeyFile: await file('ec.pem', ec) }, /holds a ec key; RS256 needs RSA/);
  const small = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
  refused({ jwtPublicKeyFile: await file('small.pem', small) }, /1024-bit RSA key; at least 2048/);
  // a secret file with its trailing newline is fine
  assert.deepEqual(loadSecurity(defaultConfig({ jwtSecretFile: secretFile }), silentLogger).summary().jwt, ['HS256']);
});

test('reload picks up new users and rules; a broken file leaves the loaded ones in place', async () => {
  const pwPath = join(dir, 'reload.pw');
  const aclPath = join(dir, 'reload.acl');
  const user = async (name: string) => formatUserLine({ username: name, scrypt: await hashScrypt(Buffer.from('pw'), { ln: 10, r: 8, p: 1 }), scram: null });
  await writeFile(pwPath, (await user('alice')) + '\n');
  await chmod(pwPath, 0o644);
  await writeFile(aclPath, 'deny any publish blocked/#\n');
  const lines: string[] = [];
  const logger = createLogger('info', {}, (line) => lines.push(line));
  const sec = loadSecurity(defaultConfig({ passwordFile: pwPath, aclFile: aclPath, allowAnonymous: 'false', denyFilters: '#' }), logger);
  const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(records[0]!['msg'], 'a secret file is readable by other users; chmod 600 it');
  const loaded = records[1]!;
  assert.equal(loaded['msg'], 'security loaded');
  assert.equal(loaded['users'], 1);
  assert.deepEqual(loaded['deniedFilters'], ['#']);

  const login = (name: string) => sec.authenticator.authenticate({ clientId: 'c', username: name, password: Buffer.from('pw'), remoteAddress: '' });
  const id: ClientIdentity = { clientId: 'c', username: 'alice', via: 'password' };
  assert.equal((await login('bob')).ok, false);
  assert.equal(sec.authorizer.canPublish(id, 'blocked/x'), false);
  assert.equal(sec.authorizer.canPublish(id, 'open/x'), true);

  await writeFile(pwPath, `${await user('alice')}\n${await user('bob')}\n`);
  await writeFile(aclPath, 'deny any publish open/#\n');
  const summary = sec.reload();
  assert.equal(summary.users, 2);
  assert.equal((await login('bob')).ok, true);
  assert.equal(sec.authorizer.canPublish(id, 'blocked/x'), true, 'the same identity object sees the new rules');
  assert.equal(sec.authorizer.canPublish(id, 'open/x'), false);

  await writeFile(aclPath, 'allow nobody publish x\n');
  assert.throws(() => sec.reload(), (err: unknown) => err instanceof ConfigError && /reload\.acl line 1/.test(err.message));
  assert.equal(sec.authorizer.canPublish(id, 'open/x'), false, 'the previous rules stay');
  assert.equal((await login('bob')).ok, true, 'the previous users stay');
});

test('busy: verifications beyond the queue bound are refused at once', async () => {
  const pwPath = await file('busy.pw', formatUserLine({ username: 'a', scrypt: await hashScrypt(Buffer.from('pw'), { ln: 12, r: 8, p: 1 }), scram: null }) + '\n');
  const sec = loadSecurity(defaultConfig({ passwordFile: pwPath }), silentLogger, { hashConcurrency: 1, hashQueue: 1 });
  const attempt = () => sec.authenticator.authenticate({ clientId: 'c', username: 'a', password: Buffer.from('pw'), remoteAddress: '' });
  const results = await Promise.all([attempt(), attempt(), attempt()]);
  assert.deepEqual(results.map((r) => (r.ok ? 'ok' : r.reason)), ['ok', 'ok', 'busy']);
});
