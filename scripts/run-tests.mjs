#!/usr/bin/env node
// Finds every *.test.ts under packages/*/test, benchmarks/test and tests/, then runs them with node's test
// runner through tsx. Node 20's runner does not expand globs itself.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

function walk(dir, out) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    if (name === 'node_modules') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (name.endsWith('.test.ts')) out.push(relative(root, path));
  }
  return out;
}

const filters = process.argv.slice(2);
const files = [];
for (const pkg of readdirSync(join(root, 'packages')).sort()) walk(join(root, 'packages', pkg, 'test'), files);
walk(join(root, 'benchmarks', 'test'), files);
walk(join(root, 'tests'), files);
const selected = filters.length === 0 ? files : files.filter((f) => filters.some((x) => f.includes(x)));
if (selected.length === 0) {
  console.error('no test files matched');
  process.exit(1);
}
const concurrency = process.env.WHARF_TEST_CONCURRENCY ?? '1';
const run = (testFiles, env) =>
  spawnSync(process.execPath, ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, ...testFiles], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  }).status ?? 1;
let status = run(selected, {});
// The conformance suite also runs against a distributed cluster (two proxies behind a balancer,
// tests/harness/cluster-target.ts): every protocol rule must hold in both modes. The full suite
// does it; a filtered run does when asked with WHARF_CONFORMANCE_CLUSTER=1.
const target = process.env.WHARF_TEST_TARGET ?? 'wharf';
if (target === 'wharf' && (filters.length === 0 || process.env.WHARF_CONFORMANCE_CLUSTER === '1')) {
  const conformance = selected.filter((f) => f.startsWith('tests/conformance/'));
  if (conformance.length > 0) {
    console.log(`\n# conformance suite against a cluster (WHARF_TEST_TARGET=cluster): ${conformance.length} files`);
    const clusterStatus = run(conformance, { WHARF_TEST_TARGET: 'cluster' });
    if (status === 0) status = clusterStatus;
  }
}
process.exit(status);
