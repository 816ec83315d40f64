/**
 * ACL benchmark: canPublish checks per second against 1000-rule ACL files (the per-PUBLISH
 * hot path), plus checkSubscribe for reference.
 *
 *   npx tsx benchmarks/src/acl-bench.ts [--seconds 1]
 *
 * Rule sets:
 *   per-user      1000 `allow user u<i> publish devices/u<i>/#`, then `deny any both #`
 *   keyed         1000 `allow any publish site<i>/+/telemetry` (distinct first levels: indexed)
 *   template      1000 `allow any publish t<i>/%c/#` (first level indexed, %c matched in place)
 *   wildcard-first 1000 `allow any publish +/x<i>/#`, topic matching none (worst case: a scan)
 * Topics cycle through a prebuilt list so no check is answered from a constant. The machine's
 * load matters: on a shared 2-core box, compare runs taken together.
 */
import { compilePolicy, parseAclFile, RuleAuthorizer, type ClientIdentity } from '@wharf/proxy';

const RULES = 1000;

function parseSeconds(argv: readonly string[]): number {
  if (argv.length === 0) return 1;
  if (argv[0] !== '--seconds' || !/^\d+(\.\d+)?$/.test(argv[1] ?? '')) throw new Error('usage: acl-bench.ts [--seconds N]');
  const s = Number(argv[1]);
  if (s <= 0 || s > 60) throw new Error('--seconds must be in (0, 60]');
  return s;
}

interface Scenario {
  name: string;
  acl: string;
  identity: ClientIdentity;
  topics: string[];
  expect: boolean;
}

function lines(make: (i: number) => string): string {
  return Array.from({ length: RULES }, (_, i) => make(i)).join('\n');
}

function scenarios(): Scenario[] {
  const mid = RULES / 2;
  // Flat strings, as topics decoded from packets are (a template literal makes a cons string).
  const topics = (make: (k: number) => string): string[] => Array.from({ length: 64 }, (_, k) => Buffer.from(make(k)).toString());
  return [
    {
      name: 'per-user',
      acl: lines((i) => `allow user u${i} publish devices/u${i}/#`) + '\ndeny any both #',
      identity: { clientId: 'dev-1', username: `u${mid}`, via: 'password' },
      topics: topics((k) => `devices/u${mid}/sensor${k}/temp`),
      expect: true,
    },
    {
      name: 'keyed',
      acl: lines((i) => `allow any publish site${i}/+/telemetry`),
      identity: { clientId: 'dev-1', username: undefined, via: 'anonymous' },
      topics: topics((k) => `site${(k * 37) % RULES}/dev${k}/telemetry`),
      expect: true,
    },
    {
      name: 'template',
      acl: lines((i) => `allow any publish t${i}/%c/#`),
      identity: { clientId: 'dev-42', username: undefined, via: 'anonymous' },
      topics: topics((k) => `t${(k * 37) % RULES}/dev-42/m${k}`),
      expect: true,
    },
    {
      name: 'wildcard-first',
      acl: lines((i) => `allow any publish +/x${i}/#`),
      identity: { clientId: 'dev-1', username: undefined, via: 'anonymous' },
      topics: topics((k) => `a/y${k}/z`),
      expect: false,
    },
  ];
}

function measure(seconds: number, check: (i: number) => boolean, expect: boolean): number {
  for (let i = 0; i < 20_000; i++) if (check(i) !== expect) throw new Error('unexpected decision');
  let checks = 0;
  const deadline = process.hrtime.bigint() + BigInt(Math.round(seconds * 1e9));
  const start = process.hrtime.bigint();
  let wrong = 0;
  for (;;) {
    for (let i = 0; i < 4096; i++) if (check(checks + i) !== expect) wrong++;
    checks += 4096;
    if (process.hrtime.bigint() >= deadline) break;
  }
  if (wrong !== 0) throw new Error(`${wrong} unexpected decisions`);
  return checks / (Number(process.hrtime.bigint() - start) / 1e9);
}

function main(): void {
  const seconds = parseSeconds(process.argv.slice(2));
  console.log(`acl bench: ${RULES} rules, ${seconds} s per case, node ${process.version}`);
  for (const s of scenarios()) {
    const auth = new RuleAuthorizer({ rules: compilePolicy(parseAclFile(s.acl, s.name)), noMatchAllow: false, deniedFilters: new Set() });
    const topics = s.topics;
    const mask = topics.length - 1;
    const pub = measure(seconds, (i) => auth.canPublish(s.identity, topics[i & mask]!), s.expect);
    const sub = measure(seconds / 2, (i) => auth.checkSubscribe(s.identity, topics[i & mask]!) === 'allow', false);
    console.log(`${s.name.padEnd(15)} canPublish ${(pub / 1e6).toFixed(2).padStart(6)} M checks/s   checkSubscribe ${(sub / 1e6).toFixed(2).padStart(6)} M checks/s`);
  }
}

main();
