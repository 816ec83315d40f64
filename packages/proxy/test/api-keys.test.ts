/** The REST API key file (EMQX bootstrap-file format) and HTTP basic auth against it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '@wharf/core';
import { ApiKeys } from '../src/queues/api-keys.ts';

const basic = (pair: string) => `Basic ${Buffer.from(pair).toString('base64')}`;

function withFile(text: string, fn: (file: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'wharf-api-keys-'));
  try {
    const file = join(dir, 'keys');
    writeFileSync(file, text);
    fn(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('key:secret lines, comments, blank lines, CRLF and EMQX roles', () => {
  withFile('# admin keys\r\n\r\nops:s3cret\r\n  ro : view-only : viewer\npub:p:publisher\n', (file) => {
    const keys = ApiKeys.load(file);
    assert.equal(keys.size, 3);
    assert.deepEqual(keys.check(basic('ops:s3cret')), { ok: true, key: 'ops', role: 'administrator' });
    assert.deepEqual(keys.check(basic('ro:view-only')), { ok: true, key: 'ro', role: 'viewer' });
    assert.deepEqual(keys.check(basic('pub:p')), { ok: true, key: 'pub', role: 'publisher' });
    assert.equal(keys.check(`basic   ${Buffer.from('ops:s3cret').toString('base64')}`).ok, true, 'the scheme is case-insensitive');
  });
});

test('missing, malformed or wrong credentials are refused without saying which part was wrong', () => {
  withFile('ops:s3cret\n', (file) => {
    const keys = ApiKeys.load(file);
    for (const header of [undefined, '', 'Bearer abc', 'Basic !!!', basic('ops'), basic(':s3cret'), basic('ops:wrong'), basic('ops:s3cret '), basic('nobody:s3cret'), `Basic ${'A'.repeat(5000)}`]) {
      const r = keys.check(header);
      assert.equal(r.ok, false, String(header));
    }
    const wrongKey = keys.check(basic('nobody:s3cret'));
    const wrongSecret = keys.check(basic('ops:nope'));
    assert.deepEqual(wrongKey, wrongSecret, 'an unknown key and a wrong secret look the same');
  });
});

test('a secret may be anything but a colon; the password part of basic auth keeps its colons out of the key', () => {
  withFile('k:p@ss w0rd!\n', (file) => {
    assert.equal(ApiKeys.load(file).check(basic('k:p@ss w0rd!')).ok, true);
  });
});

test('no file configured: every request is refused with a message naming --api-keys-file', () => {
  const keys = ApiKeys.load('');
  assert.equal(keys.configured, false);
  const r = keys.check(basic('any:thing'));
  assert.equal(r.ok, false);
  assert.match(r.ok ? '' : r.why, /--api-keys-file is not set/);
});

test('file errors name --api-keys-file, the file and the line', () => {
  const cases: [string, RegExp][] = [
    ['ok:1\njustakey\n', /line 2: expected key:secret/],
    ['a:b:c:d\n', /line 1: expected key:secret/],
    [':secret\n', /line 1: empty key/],
    ['key:\n', /line 1: empty secret/],
    ['my key:s\n', /line 1: a key may not contain spaces/],
    ['k:s:root\n', /line 1: unknown role "root"/],
    ['k:s\n# c\nk:t\n', /line 3: key "k" is listed twice/],
    ['# only comments\n\n', /no keys/],
  ];
  for (const [text, pattern] of cases) {
    withFile(text, (file) => {
      assert.throws(
        () => ApiKeys.load(file),
        (err: unknown) => err instanceof ConfigError && err.message.includes('--api-keys-file') && err.message.includes(file) && pattern.test(err.message),
        text,
      );
    });
  }
  assert.throws(() => ApiKeys.load('/nonexistent/wharf-keys'), (err: unknown) => err instanceof ConfigError && /--api-keys-file .*cannot read/.test(err.message));
});

test('reload picks up a changed file; a bad file keeps the keys loaded before', () => {
  withFile('a:1\n', (file) => {
    const keys = ApiKeys.load(file);
    writeFileSync(file, 'b:2\n');
    assert.equal(keys.reload(), 1);
    assert.equal(keys.check(basic('a:1')).ok, false);
    assert.equal(keys.check(basic('b:2')).ok, true);
    writeFileSync(file, 'broken\n');
    assert.throws(() => keys.reload(), ConfigError);
    assert.equal(keys.check(basic('b:2')).ok, true);
  });
});
