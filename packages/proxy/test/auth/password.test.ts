import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultConfig, silentLogger } from '@wharf/core';
import {
  FileFormatError,
  formatUserLine,
  hashScrypt,
  loadSecurity,
  parsePasswordFile,
  scramCredentials,
  verifyScrypt,
  withUser,
} from '../../src/auth/index.ts';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
/** The cheapest allowed cost keeps these tests fast; the default is measured in benchmarks. */
const FAST = { ln: 10, r: 8, p: 1 };

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'wharf-auth-'));
}

test('password file round trip: format, parse, verify good and wrong passwords', async () => {
  const alice = { username: 'alice', scrypt: await hashScrypt(Buffer.from('s3cret'), FAST), scram: scramCredentials(Buffer.from('s3cret')) };
  const bob = { username: 'bob smith', scrypt: await hashScrypt(Buffer.from('pw'), FAST), scram: null };
  const text = `# users\n${formatUserLine(alice)}\n\n${formatUserLine(bob)}\n`;
  const file = parsePasswordFile(text, 'pw');
  assert.equal(file.users.size, 2);
  const a = file.users.get('alice')!;
  assert.match(text, /^alice:\$scrypt\$ln=10,r=8,p=1\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+:\$scram-sha-256\$i=4096\$/m);
  assert.deepEqual(a.scram, alice.scram);
  assert.equal(await verifyScrypt(Buffer.from('s3cret'), a.scrypt!), true);
  assert.equal(await verifyScrypt(Buffer.from('s3creT'), a.scrypt!), false);
  assert.equal(await verifyScrypt(Buffer.from('pw'), file.users.get('bob smith')!.scrypt!), true);
  assert.equal(file.users.get('bob smith')!.scram, null);

  // rewriting one user keeps every other line
  const updated = withUser(file, 'bob smith', null);
  assert.equal(updated, `# users\n${formatUserLine(alice)}\n\n`);
});

test('password file errors name the file and line', () => {
  const bad: Array<[string, RegExp]> = [
    ['alice', /pw line 1: expected <username>:<hash>/],
    ['ok:$scrypt$ln=10,r=8,p=1$AAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAA\nalice:$md5$x', /pw line 2: unknown credential field/],
    ['alice:$scrypt$ln=30,r=8,p=1$AAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAA', /pw line 1: scrypt ln=30 is outside 10\.\.18/],
    ['alice:$scrypt$ln=18,r=16,p=1$AAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAA', /needs more than 256 MiB/],
    ['alice:$scram-sha-256$i=10$AAAAAAAAAAA$AAAA$AAAA', /SCRAM iterations 10 outside/],
    ['a:$scrypt$ln=10,r=8,p=1$AAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAA\na:$scrypt$ln=10,r=8,p=1$AAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAA', /pw line 2: user "a" already on line 1/],
    [':$scrypt$x', /line 1: empty username/],
  ];
  for (const [text, re] of bad) {
    assert.throws(() => parsePasswordFile(text, 'pw'), (err: unknown) => err instanceof FileFormatError && re.test(err.message), text);
  }
});

test('authentication by password file: good, wrong, unknown user, missing password, anonymous', async () => {
  const dir = await tempDir();
  try {
    const path = join(dir, 'pw');
    const entry = { username: 'alice', scrypt: await hashScrypt(Buffer.from('right'), FAST), scram: null };
    await writeFile(path, formatUserLine(entry) + '\n', { mode: 0o600 });
    const sec = loadSecurity(defaultConfig({ passwordFile: path, allowAnonymous: 'false' }), silentLogger);
    const auth = (username?: string, password?: string) =>
      sec.authenticator.authenticate({ clientId: 'c1', username, password: password === undefined ? undefined : Buffer.from(password), remoteAddress: '127.0.0.1' });

    const good = await auth('alice', 'right');
    assert.deepEqual(good, { ok: true, identity: { clientId: 'c1', username: 'alice', via: 'password' } });
    assert.deepEqual(await auth('alice', 'wrong'), { ok: false, reason: 'bad-credentials', message: 'wrong password' });
    assert.deepEqual(await auth('mallory', 'right'), { ok: false, reason: 'bad-credentials', message: 'unknown user' });
    assert.equal((await auth('alice')).ok, false);
    assert.deepEqual(await auth(), { ok: false, reason: 'not-authorized', message: 'anonymous access is off' });

    const open = loadSecurity(defaultConfig({ passwordFile: path, allowAnonymous: 'true' }), silentLogger);
    const anon = await open.authenticator.authenticate({ clientId: 'c2', remoteAddress: '127.0.0.1' });
    assert.deepEqual(anon, { ok: true, identity: { clientId: 'c2', username: undefined, via: 'anonymous' } });
    // with a password file, a presented username must still verify
    assert.equal((await open.authenticator.authenticate({ clientId: 'c2', username: 'x', password: Buffer.from('y'), remoteAddress: '' })).ok, false);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('an unknown user costs a full scrypt, like a known one', async () => {
  const dir = await tempDir();
  try {
    const path = join(dir, 'pw');
    // A high cost makes the difference to an early return (microseconds) unmistakable.
    const entry = { username: 'alice', scrypt: await hashScrypt(Buffer.from('right'), { ln: 14, r: 8, p: 1 }), scram: null };
    await writeFile(path, formatUserLine(entry) + '\n');
    const sec = loadSecurity(defaultConfig({ passwordFile: path }), silentLogger);
    const time = async (username: string): Promise<number> => {
      const t = process.hrtime.bigint();
      await sec.authenticator.authenticate({ clientId: 'c', username, password: Buffer.from('nope'), remoteAddress: '' });
      return Number(process.hrtime.bigint() - t) / 1e6;
    };
    const known = await time('alice');
    const unknown = await time('nobody');
    assert.ok(unknown > known / 3, `unknown user took ${unknown.toFixed(1)} ms, known ${known.toFixed(1)} ms`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('no credential source: credentials are not trusted, the client is anonymous', async () => {
  const sec = loadSecurity(defaultConfig({}), silentLogger);
  const r = await sec.authenticator.authenticate({ clientId: 'c', username: 'admin', password: Buffer.from('x'), remoteAddress: '' });
  assert.deepEqual(r, { ok: true, identity: { clientId: 'c', username: undefined, via: 'anonymous' } });
  const closed = loadSecurity(defaultConfig({ allowAnonymous: 'false' }), silentLogger);
  const r2 = await closed.authenticator.authenticate({ clientId: 'c', username: 'admin', password: Buffer.from('x'), remoteAddress: '' });
  assert.equal(r2.ok, false);
  assert.equal(!r2.ok && r2.reason, 'not-authorized');
});

function wharf(args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, ['--import', 'tsx', 'packages/cli/src/main.ts', ...args], { cwd: ROOT }, (err, stdout, stderr) => {
      resolve({ code: err === null ? 0 : typeof err.code === 'number' ? err.code : 1, stdout, stderr });
    });
    if (stdin !== undefined) child.stdin!.end(stdin);
    else child.stdin!.end();
  });
}

test('wharf passwd creates, updates and deletes users; the broker verifies them', async () => {
  const dir = await tempDir();
  try {
    const path = join(dir, 'passwords');
    const created = await wharf(['passwd', '-c', '--cost', '10', path, 'alice'], 'first pass\n');
    assert.equal(created.code, 0, created.stderr);
    assert.match(created.stdout, /added user alice/);
    assert.equal((await stat(path)).mode & 0o777, 0o600);

    const added = await wharf(['passwd', '-b', '--cost', '10', path, 'bob', 'bobs pw']);
    assert.equal(added.code, 0, added.stderr);
    await writeFile(path, `# managed by wharf passwd\n${await readFile(path, 'utf8')}`);
    const updated = await wharf(['passwd', '--password-stdin', '--cost', '10', path, 'alice'], 'second pass\r\n');
    assert.equal(updated.code, 0, updated.stderr);
    assert.match(updated.stdout, /updated user alice/);

    const text = await readFile(path, 'utf8');
    assert.match(text, /^# managed by wharf passwd\n/);
    const file = parsePasswordFile(text, path);
    assert.deepEqual([...file.users.keys()], ['alice', 'bob']);
    assert.equal(await verifyScrypt(Buffer.from('second pass'), file.users.get('alice')!.scrypt!), true);
    assert.equal(await verifyScrypt(Buffer.from('first pass'), file.users.get('alice')!.scrypt!), false);
    assert.equal(await verifyScrypt(Buffer.from('bobs pw'), file.users.get('bob')!.scrypt!), true);
    assert.notEqual(file.users.get('alice')!.scram, null);

    const sec = loadSecurity(defaultConfig({ passwordFile: path, allowAnonymous: 'false' }), silentLogger);
    const login = await sec.authenticator.authenticate({ clientId: 'c', username: 'bob', password: Buffer.from('bobs pw'), remoteAddress: '' });
    assert.equal(login.ok, true);

    const deleted = await wharf(['passwd', '-D', path, 'bob']);
    assert.equal(deleted.code, 0, deleted.stderr);
    assert.deepEqual([...parsePasswordFile(await readFile(path, 'utf8'), path).users.keys()], ['alice']);

    // independent refusals, run side by side
    const [missing, noFile, badName, empty, usage] = await Promise.all([
      wharf(['passwd', '-D', path, 'bob']),
      wharf(['passwd', join(dir, 'absent'), 'x'], 'pw\n'),
      wharf(['passwd', '-b', path, 'a:b', 'pw']),
      wharf(['passwd', path, 'carol'], '\n'),
      wharf(['passwd', path]),
    ]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /no user "bob"/);
    assert.equal(noFile.code, 1);
    assert.match(noFile.stderr, /does not exist \(-c creates it\)/);
    assert.match(badName.stderr, /username contains ":"/);
    assert.equal(empty.code, 1);
    assert.match(empty.stderr, /empty password/);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /usage: wharf passwd/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('wharf passwd refuses to rewrite a file it cannot parse', async () => {
  const dir = await tempDir();
  try {
    const path = join(dir, 'pw');
    await writeFile(path, 'garbage line\n');
    const r = await wharf(['passwd', '-b', '--cost', '10', path, 'alice', 'pw']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /line 1: expected <username>:<hash>; fix the line first/);
    assert.equal(await readFile(path, 'utf8'), 'garbage line\n');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
