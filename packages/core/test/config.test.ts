import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../src/config.ts';

test('defaults match the documented values', () => {
  const c = loadConfig({ env: {} });
  assert.equal(c.mqttPort, 1883);
  assert.equal(c.httpPort, 8080);
  assert.equal(c.dataDir, './data');
  assert.equal(c.logLevel, 'info');
  assert.equal(c.fsync, 'batch');
});

test('flag beats env beats file beats default', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wharf-config-'));
  try {
    const file = join(dir, 'c.json');
    writeFileSync(file, JSON.stringify({ mqttPort: 1000, httpPort: 1001, host: '127.0.0.2' }));
    const c = loadConfig({ argv: ['--mqtt-port', '3000', `--config=${file}`], env: { WHARF_MQTT_PORT: '2000', WHARF_HTTP_PORT: '2001' } });
    assert.equal(c.mqttPort, 3000);
    assert.equal(c.httpPort, 2001);
    assert.equal(c.host, '127.0.0.2');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('bad values name the flag, the env var and the file key', () => {
  assert.throws(() => loadConfig({ argv: ['--mqtt-port', 'abc'], env: {} }), (err: unknown) => {
    assert.ok(err instanceof ConfigError);
    assert.match(err.message, /--mqtt-port/);
    assert.match(err.message, /WHARF_MQTT_PORT/);
    assert.match(err.message, /mqttPort/);
    return true;
  });
  assert.throws(() => loadConfig({ env: { WHARF_LOG_LEVEL: 'loud' } }), /WHARF_LOG_LEVEL.*"loud" is not one of/);
  assert.throws(() => loadConfig({ argv: ['--mqtt-port', '70000'], env: {} }), /0\.\.65535/);
  assert.throws(() => loadConfig({ argv: ['--nope', '1'], env: {} }), /unknown option --nope/);
  assert.throws(() => loadConfig({ argv: ['--mqtt-port'], env: {} }), /needs a value/);
});

test('a config file with an unknown key or bad JSON is refused with its path', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wharf-config-'));
  try {
    const file = join(dir, 'c.json');
    writeFileSync(file, JSON.stringify({ mqttport: 1 }));
    assert.throws(() => loadConfig({ argv: ['--config', file], env: {} }), /unknown key "mqttport"/);
    writeFileSync(file, '{');
    assert.throws(() => loadConfig({ argv: ['--config', file], env: {} }), /not valid/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('address lists parse from flags, env and file, and bad entries are named', () => {
  const c = loadConfig({ argv: ['--stores', '10.0.0.1:7100, store-1.wharf:7100'], env: { WHARF_NOTIFY: '[::1]:7200' } });
  assert.deepEqual(c.stores, ['10.0.0.1:7100', 'store-1.wharf:7100']);
  assert.deepEqual(c.notify, ['[::1]:7200']);
  assert.deepEqual(loadConfig({ env: {} }).stores, ['127.0.0.1:7100']);
  assert.throws(() => loadConfig({ argv: ['--stores', 'a:1,nope'], env: {} }), /--stores .*"nope" is not host:port/);
  assert.throws(() => loadConfig({ argv: ['--notify', 'a:99999'], env: {} }), /"a:99999" is not host:port/);
});
