/**
 * The runnable examples (examples/*.mjs) against a fresh broker: each creates its queue over the
 * REST API, runs its scenario and exits 0 only if the scenario's claim held.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { REPO_ROOT, shutdown, startBroker, wharfOnly, type Broker } from '../harness/index.ts';

function runExample(script: string, broker: Broker): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'examples', script)], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        WHARF_MQTT_URL: broker.url,
        WHARF_HTTP_URL: `http://127.0.0.1:${broker.httpPort}`,
        WHARF_API_KEY: 'example:example-secret',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('examples', { skip: wharfOnly('the examples use wharf’s queues') }, () => {
  let broker: Broker;
  before(async () => {
    broker = await startBroker({ args: ['--api-keys-file', join(REPO_ROOT, 'examples', 'api-keys.txt')] });
  });
  after(() => shutdown(broker));

  for (const [script, mustSay] of [
    ['job-queue.mjs', /all 500 jobs were done/],
    ['slow-worker.mjs', /the fast worker did most of the jobs/],
    ['last-value.mjs', /the set-color it got is the last one/],
  ] as const) {
    test(`${script} exits 0`, async () => {
      const r = await runExample(script, broker);
      assert.equal(r.code, 0, `${script} failed:\n${r.stdout}\n${r.stderr}`);
      assert.match(r.stdout, mustSay);
      assert.doesNotMatch(r.stdout, /^FAIL/m);
    });
  }
});
