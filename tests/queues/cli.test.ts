/**
 * `wharf queues create|list|show|update|delete|config` as a process against a real broker's
 * REST API: output (tables and --json), exit codes, and errors that say what went wrong.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { freePort, REPO_ROOT, shutdown, startBroker, wharfOnly, type Broker } from '../harness/index.ts';
import { ADMIN_KEY, apiKeysFile, QUEUES, rest } from './rest-support.ts';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function wharfQueues(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const base: NodeJS.ProcessEnv = {};
    for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('WHARF_')) base[k] = v;
    const child = spawn(process.execPath, ['--import', 'tsx', 'packages/cli/src/main.ts', 'queues', ...args], {
      cwd: REPO_ROOT,
      env: { ...base, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('wharf queues', { skip: wharfOnly('the CLI is wharf’s') }, () => {
  let broker: Broker;
  let keys: { file: string; remove: () => void };
  let conn: string[];

  before(async () => {
    keys = apiKeysFile();
    broker = await startBroker({ args: ['--api-keys-file', keys.file] });
    conn = ['--url', `http://127.0.0.1:${broker.httpPort}`, '--api-key', ADMIN_KEY];
  });
  after(async () => {
    await shutdown(broker);
    keys.remove();
  });

  test('create with every field flag prints the queue; --json prints the API answer', async () => {
    const r = await wharfQueues([
      'create', 'cli/jobs/#', ...conn, '--no-lastvalue', '--name', 'cli-jobs', '--dispatch-strategy', 'least_inflight', '--retention', '2h',
      '--ack-timeout', '15s', '--max-deliveries', '4', '--max-messages', '1000', '--max-bytes', '1048576',
    ]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^topic_filter\s+cli\/jobs\/#$/m);
    assert.match(r.stdout, /^name\s+cli-jobs$/m);
    assert.match(r.stdout, /^dispatch_strategy\s+least_inflight$/m);
    assert.match(r.stdout, /^data_retention_period\s+2h$/m);
    assert.match(r.stdout, /^ack_timeout\s+15s$/m);
    assert.match(r.stdout, /^max_deliveries\s+4$/m);
    assert.match(r.stdout, /^depth\s+0$/m);

    const lv = await wharfQueues(['create', 'cli/cmd/+', ...conn, '--lastvalue', '--key-expression', 'message.payload.device', '--missing-key', 'fallback', '--fallback-key', 'none', '--json'], {});
    assert.equal(lv.code, 0, lv.stderr);
    const q = JSON.parse(lv.stdout) as Record<string, unknown>;
    assert.equal(q['topic_filter'], 'cli/cmd/+');
    assert.equal(q['is_lastvalue'], true);
    assert.equal(q['key_expression'], 'message.payload.device');
    assert.equal(q['missing_key'], 'fallback');
    assert.equal(q['fallback_key'], 'none');
  });

  test('list prints a table; --limit pages with a hint, --all follows the cursor; the API key may come from WHARF_API_KEY', async () => {
    for (const f of ['cli/p/1', 'cli/p/2', 'cli/p/3']) assert.equal((await rest(broker.httpPort, 'POST', QUEUES, { topic_filter: f, is_lastvalue: false })).status, 200);
    const url = ['--url', `http://127.0.0.1:${broker.httpPort}`];
    const r = await wharfQueues(['list', ...url], { WHARF_API_KEY: ADMIN_KEY });
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    assert.match(lines[0]!, /^TOPIC_FILTER\s+NAME\s+KIND\s+LASTVALUE\s+STRATEGY\s+DEPTH\s+INFLIGHT\s+LAG\s+CONSUMERS$/);
    assert.ok(lines.some((l) => /^cli\/jobs\/#\s+cli-jobs\s+queue\s+no\s+least_inflight\s+0\s+0\s+0\s+0$/.test(l)), r.stdout);
    assert.ok(lines.some((l) => l.startsWith('cli/p/2 ')), r.stdout);

    const page = await wharfQueues(['list', ...conn, '--limit', '2', '--json']);
    assert.equal(page.code, 0, page.stderr);
    const body = JSON.parse(page.stdout) as { data: unknown[]; meta: { hasnext: boolean; cursor?: string } };
    assert.equal(body.data.length, 2);
    assert.equal(body.meta.hasnext, true);
    const hint = await wharfQueues(['list', ...conn, '--limit', '2']);
    assert.match(hint.stderr, /more queues: wharf queues list --cursor /);

    const all = await wharfQueues(['list', ...conn, '--limit', '2', '--all', '--json']);
    assert.equal(all.code, 0, all.stderr);
    const filters = (JSON.parse(all.stdout) as { data: { topic_filter: string }[] }).data.map((q) => q.topic_filter);
    assert.deepEqual(filters, ['cli/cmd/+', 'cli/jobs/#', 'cli/p/1', 'cli/p/2', 'cli/p/3']);
  });

  test('show, update and delete by filter or name; a changed is_lastvalue and a bad value fail with the server\'s reason', async () => {
    const show = await wharfQueues(['show', 'cli-jobs', ...conn]);
    assert.equal(show.code, 0, show.stderr);
    assert.match(show.stdout, /^topic_filter\s+cli\/jobs\/#$/m);

    const upd = await wharfQueues(['update', 'cli/jobs/#', ...conn, '--dispatch-strategy', 'round_robin', '--max-messages', '0']);
    assert.equal(upd.code, 0, upd.stderr);
    assert.match(upd.stdout, /^dispatch_strategy\s+round_robin$/m);
    assert.match(upd.stdout, /^max_messages\s+none$/m);

    const change = await wharfQueues(['update', 'cli/jobs/#', ...conn, '--lastvalue']);
    assert.equal(change.code, 1);
    assert.match(change.stderr, /^wharf queues: 400 BAD_REQUEST: is_lastvalue: cannot be changed/m);

    const bad = await wharfQueues(['create', 'cli/bad', ...conn, '--no-lastvalue', '--ack-timeout', 'soon']);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /400 BAD_REQUEST: ack_timeout: must be a duration/);

    const dup = await wharfQueues(['create', 'cli/jobs/#', ...conn, '--no-lastvalue']);
    assert.equal(dup.code, 1);
    assert.match(dup.stderr, /400 ALREADY_EXISTS/);

    const del = await wharfQueues(['delete', 'cli/jobs/#', ...conn]);
    assert.equal(del.code, 0, del.stderr);
    assert.equal(del.stdout, 'deleted cli/jobs/#\n');
    const again = await wharfQueues(['show', 'cli/jobs/#', ...conn]);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /404 NOT_FOUND: no message queue is bound to "cli\/jobs\/#"/);
  });

  test('config shows the settings and changes them', async () => {
    const set = await wharfQueues(['config', ...conn, '--auto-create', 'true', '--dispatch-strategy', 'round_robin', '--ack-timeout', '1m']);
    assert.equal(set.code, 0, set.stderr);
    assert.match(set.stdout, /^auto_create\s+true$/m);
    assert.match(set.stdout, /^defaults\.dispatch_strategy\s+round_robin$/m);
    assert.match(set.stdout, /^defaults\.ack_timeout\s+1m$/m);
    const json = await wharfQueues(['config', ...conn, '--auto-create', 'false', '--json']);
    assert.equal((JSON.parse(json.stdout) as { auto_create: boolean }).auto_create, false);
  });

  test('errors: no API key, a wrong one, an unreachable broker, bad usage', async () => {
    const url = ['--url', `http://127.0.0.1:${broker.httpPort}`];
    const none = await wharfQueues(['list', ...url]);
    assert.equal(none.code, 1);
    assert.match(none.stderr, /401 BAD_API_KEY_OR_SECRET: .*\(pass --api-key key:secret or set WHARF_API_KEY\)/);
    const wrong = await wharfQueues(['list', ...url, '--api-key', 'admin:nope']);
    assert.equal(wrong.code, 1);
    assert.match(wrong.stderr, /401 .*check --api-key/);
    const closedPort = await freePort();
    const down = await wharfQueues(['list', '--url', `http://127.0.0.1:${closedPort}`, '--api-key', ADMIN_KEY]);
    assert.equal(down.code, 1);
    assert.match(down.stderr, new RegExp(`cannot reach http://127\\.0\\.0\\.1:${closedPort}: ECONNREFUSED`));
    const usage = await wharfQueues(['create', ...conn]);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /needs exactly one topic filter/);
    const unknown = await wharfQueues(['list', ...conn, '--colour', 'red']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown option --colour/);
    const help = await wharfQueues(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^usage: wharf queues/);
  });
});
