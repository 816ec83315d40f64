import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkTopicFilter, topicMatches } from '@wharf/core';
import {
  compilePolicy,
  parseAclClaim,
  parseAclFile,
  Pattern,
  RuleAuthorizer,
  FileFormatError,
  type AclRules,
  type ClientIdentity,
  type FileRule,
} from '../../src/auth/index.ts';

function authorizer(text: string, opts: { noMatch?: 'allow' | 'deny'; deny?: string[] } = {}): RuleAuthorizer {
  return new RuleAuthorizer({
    rules: compilePolicy(parseAclFile(text, 'acl.conf')),
    noMatchAllow: (opts.noMatch ?? 'allow') === 'allow',
    deniedFilters: new Set(opts.deny ?? []),
  });
}

function who(clientId: string, username?: string, claimsAcl?: AclRules): ClientIdentity {
  return claimsAcl === undefined ? { clientId, username, via: 'password' } : { clientId, username, via: 'jwt', claimsAcl };
}

function pattern(text: string): Pattern {
  const p = Pattern.parse(text);
  if (typeof p === 'string') throw new Error(p);
  return p;
}

const nobody = { clientId: 'c', username: 'u' };

test('covers: pattern wildcards cover filter levels, including filter wildcards', () => {
  const cases: Array<[string, string, boolean]> = [
    ['a/#', 'a/+/b', true],
    ['a/#', 'a', true],
    ['a/#', 'a/#', true],
    ['a/+', 'a/#', false],
    ['a/+', 'a/+', true],
    ['a/+', 'a/b', true],
    ['a/+', 'a/b/c', false],
    ['a/b', 'a/+', false],
    ['+/b', 'a/b', true],
    ['#', '#', true],
    ['#', '$SYS/x', true],
    ['a/b', 'a/b', true],
    ['a/b', 'a/bc', false],
    ['a/b', 'a', false],
    ['a//b', 'a//b', true],
    ['a/+/b', 'a//b', true],
  ];
  for (const [p, f, want] of cases) assert.equal(pattern(p).covers(f, nobody), want, `${p} covers ${f}`);
});

test('intersects: deny rules meet every filter that could deliver a matching topic', () => {
  const cases: Array<[string, string, boolean]> = [
    ['secret/#', '#', true],
    ['secret/#', '+/x', true],
    ['secret/#', 'public/#', false],
    ['a/b', 'a/#', true],
    ['a', 'a/#', true],
    ['a/b/c', 'a/+', false],
    ['$SYS/#', '#', false], // MQTT: a filter starting with a wildcard matches no $ topic
    ['$SYS/#', '+/x', false],
    ['$SYS/#', '$SYS/+', true],
    ['#', '$SYS/x', true],
  ];
  for (const [p, f, want] of cases) assert.equal(pattern(p).intersects(f, nobody), want, `${p} intersects ${f}`);
});

/** An oracle by enumeration: the topics of up to five levels over a small alphabet. */
function universe(): string[] {
  const alphabet = ['a', 'b', '$s', 'z', ''];
  const out: string[] = [];
  let level: string[][] = [[]];
  for (let depth = 1; depth <= 5; depth++) {
    const next: string[][] = [];
    for (const prefix of level) for (const l of alphabet) next.push([...prefix, l]);
    // '$' only makes sense as a first level
    for (const levels of next) if (!levels.slice(1).includes('$s')) out.push(levels.join('/'));
    level = next;
  }
  return out;
}

function aclMatches(p: string, topic: string): boolean {
  // ACL patterns match $ topics too: compare with the $ rule out of the way.
  return topicMatches(p.replace(/^\$/, 'D'), topic.replace(/^\$/, 'D'));
}

function randomFilter(rand: () => number): string {
  const parts = ['a', 'b', '$s', '+', '#', ''];
  const depth = 1 + Math.floor(rand() * 4);
  const levels: string[] = [];
  for (let i = 0; i < depth; i++) {
    let l = parts[Math.floor(rand() * parts.length)]!;
    if (l === '$s' && i > 0) l = 'a';
    levels.push(l);
    if (l === '#') break;
  }
  const f = levels.join('/');
  return f === '' ? 'a' : f;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

test('covers and intersects agree with enumeration over a small topic space', () => {
  const topics = universe();
  const rand = rng(7);
  for (let n = 0; n < 1000; n++) {
    const p = randomFilter(rand);
    const f = randomFilter(rand);
    assert.equal(checkTopicFilter(p), null);
    // The matcher counts the empty "parent" of a filter like `/#` as a topic (in that one
    // degenerate case it errs towards denying), so the oracle's universe holds it too.
    const inF = topics.filter((t) => topicMatches(f, t));
    const wantCovers = inF.every((t) => aclMatches(p, t));
    const wantIntersects = inF.some((t) => aclMatches(p, t));
    assert.equal(pattern(p).covers(f, nobody), wantCovers, `${p} covers ${f}`);
    assert.equal(pattern(p).intersects(f, nobody), wantIntersects, `${p} intersects ${f}`);
    // the same pattern through the template path: every level "a" written as %c, client id "a"
    const templated = p.split('/').map((l) => (l === 'a' ? '%c' : l)).join('/');
    const a = { clientId: 'a', username: undefined };
    assert.equal(pattern(templated).covers(f, a), wantCovers, `${templated} covers ${f}`);
    assert.equal(pattern(templated).intersects(f, a), wantIntersects, `${templated} intersects ${f}`);
  }
});

test('%c and %u are substituted per client; values with / + # never widen a rule', () => {
  const acl = authorizer(
    ['allow any publish devices/%c/#', 'allow any subscribe users/%u/+', 'allow any both pre-%u-post/x', 'allow any subscribe eq q/%c/#'].join('\n'),
    { noMatch: 'deny' },
  );
  assert.equal(acl.canPublish(who('dev1'), 'devices/dev1/temp'), true);
  assert.equal(acl.canPublish(who('dev1'), 'devices/dev2/temp'), false);
  assert.equal(acl.canPublish(who('a/b'), 'devices/a/b/temp'), false, 'a client id with / is not a level path');
  assert.equal(acl.checkSubscribe(who('c', 'alice'), 'users/alice/+'), 'allow');
  assert.equal(acl.checkSubscribe(who('c', 'alice'), 'users/bob/+'), 'deny');
  assert.equal(acl.checkSubscribe(who('c', '+'), 'users/+/+'), 'deny', 'username + must not become a wildcard');
  assert.equal(acl.checkSubscribe(who('c', '#'), 'users/#'), 'deny');
  assert.equal(acl.checkSubscribe(who('c'), 'users/+/x'), 'deny', 'no username: %u rules do not match');
  assert.equal(acl.checkSubscribe(who('c', ''), 'users//x'), 'deny', 'empty username: %u rules do not match');
  assert.equal(acl.canPublish(who('c', 'bo'), 'pre-bo-post/x'), true);
  assert.equal(acl.canPublish(who('c', 'bo'), 'pre-bob-post/x'), false);
  assert.equal(acl.checkSubscribe(who('k1'), 'q/k1/#'), 'allow');
  assert.equal(acl.checkSubscribe(who('k1'), 'q/k1/x'), 'deny', 'eq: the filter must be the pattern literally');
  assert.equal(acl.checkSubscribe(who('#'), 'q/#/#'), 'deny');
});

test('first matching rule wins, across any/user/client rules in file order', () => {
  const text = ['deny user alice publish a/b', 'allow any publish a/#', 'deny client c9 publish a/c', 'deny any publish #'].join('\n');
  const acl = authorizer(text);
  assert.equal(acl.canPublish(who('c1', 'alice'), 'a/b'), false);
  assert.equal(acl.canPublish(who('c1', 'alice'), 'a/c'), true);
  assert.equal(acl.canPublish(who('c1', 'bob'), 'a/b'), true);
  assert.equal(acl.canPublish(who('c9', 'bob'), 'a/c'), true, 'the any rule comes first');
  assert.equal(acl.canPublish(who('c9', 'bob'), 'x'), false);
  const reversed = authorizer(['allow any publish a/#', 'deny user alice publish a/b'].join('\n'));
  assert.equal(reversed.canPublish(who('c1', 'alice'), 'a/b'), true);
  // an anonymous client is never "user alice"
  assert.equal(authorizer('deny user alice both #').canPublish(who('c1'), 'x'), true);
});

test('--acl-no-match decides when no rule matches', () => {
  assert.equal(authorizer('allow any publish a', { noMatch: 'deny' }).canPublish(who('c'), 'b'), false);
  assert.equal(authorizer('allow any publish a', { noMatch: 'allow' }).canPublish(who('c'), 'b'), true);
  assert.equal(authorizer('', { noMatch: 'deny' }).checkSubscribe(who('c'), 'b'), 'deny');
});

test('subscribe: allow must cover the filter, deny applies when the filter overlaps', () => {
  const acl = authorizer(['deny any subscribe secret/#', 'allow any subscribe #', 'allow any subscribe a/#'].join('\n'), { noMatch: 'deny' });
  assert.equal(acl.checkSubscribe(who('c'), '#'), 'deny', '# would deliver secret/x');
  assert.equal(acl.checkSubscribe(who('c'), '+/x'), 'deny');
  assert.equal(acl.checkSubscribe(who('c'), 'public/#'), 'allow');
  const narrow = authorizer('allow any subscribe a/+', { noMatch: 'deny' });
  assert.equal(narrow.checkSubscribe(who('c'), 'a/b'), 'allow');
  assert.equal(narrow.checkSubscribe(who('c'), 'a/+'), 'allow');
  assert.equal(narrow.checkSubscribe(who('c'), 'a/#'), 'deny');
  const wide = authorizer('allow any subscribe a/#', { noMatch: 'deny' });
  assert.equal(wide.checkSubscribe(who('c'), 'a/+/b'), 'allow');
});

test('shared and queue subscriptions are checked by their inner filter; $share rules target them explicitly', () => {
  const plain = authorizer('allow any subscribe jobs/#', { noMatch: 'deny' });
  assert.equal(plain.checkSubscribe(who('c'), '$share/g/jobs/1'), 'allow');
  assert.equal(plain.checkSubscribe(who('c'), '$q/jobs/#'), 'allow');
  assert.equal(plain.checkSubscribe(who('c'), '$share/g/other'), 'deny');

  const noShared = authorizer(['deny any subscribe $share/#', 'allow any subscribe #'].join('\n'));
  assert.equal(noShared.checkSubscribe(who('c'), '$share/g/x'), 'deny');
  assert.equal(noShared.checkSubscribe(who('c'), 'x'), 'allow');

  const oneGroup = authorizer('allow any subscribe $share/workers/jobs/#', { noMatch: 'deny' });
  assert.equal(oneGroup.checkSubscribe(who('c'), '$share/workers/jobs/a'), 'allow');
  assert.equal(oneGroup.checkSubscribe(who('c'), '$share/other/jobs/a'), 'deny');
  assert.equal(oneGroup.checkSubscribe(who('c'), 'jobs/a'), 'deny');

  // a deny on the plain filter also closes the queue and shared routes to it
  const secret = authorizer(['deny any subscribe secret/#', 'allow any subscribe #'].join('\n'));
  assert.equal(secret.checkSubscribe(who('c'), '$q/secret/x'), 'deny');
  assert.equal(secret.checkSubscribe(who('c'), '$share/g/secret/#'), 'deny');
  assert.equal(secret.checkSubscribe(who('c'), '$share/g/#'), 'deny');
});

test('--deny-filters are refused as written, directly or inside $share / $q', () => {
  const acl = authorizer('allow any subscribe #', { deny: ['#', '+/status'] });
  assert.equal(acl.checkSubscribe(who('c'), '#'), 'refused-filter');
  assert.equal(acl.checkSubscribe(who('c'), '$share/g/#'), 'refused-filter');
  assert.equal(acl.checkSubscribe(who('c'), '$q/#'), 'refused-filter');
  assert.equal(acl.checkSubscribe(who('c'), '+/status'), 'refused-filter');
  assert.equal(acl.checkSubscribe(who('c'), 'a/#'), 'allow');
  assert.equal(acl.checkSubscribe(who('c'), 'a/status'), 'allow');
});

test('$SYS is read-only for clients whatever the rules say', () => {
  const acl = authorizer('allow any both #');
  assert.equal(acl.canPublish(who('c', 'admin'), '$SYS/broker/uptime'), false);
  assert.equal(acl.canPublish(who('c', 'admin'), '$SYS'), false);
  assert.equal(acl.canPublish(who('c', 'admin'), '$SYSTEM/x'), true);
  assert.equal(acl.checkSubscribe(who('c', 'admin'), '$SYS/#'), 'allow');
  assert.equal(authorizer('deny any both #').checkSubscribe(who('c'), '$SYS/#'), 'deny', 'a pattern # covers $ topics');
  assert.equal(new RuleAuthorizer().canPublish(who('c'), '$SYS/x'), false);
});

test('JWT claim rules come before the file; no match falls through to the file', () => {
  const acl = authorizer(['deny any publish x/#', 'allow any publish y/#'].join('\n'), { noMatch: 'deny' });
  const claims = parseAclClaim({ pub: ['x/%u/#'], sub: ['s/#'] });
  assert.ok(typeof claims !== 'string');
  const id = who('c', 'ann', claims);
  assert.equal(acl.canPublish(id, 'x/ann/1'), true);
  assert.equal(acl.canPublish(id, 'x/bob/1'), false);
  assert.equal(acl.canPublish(id, 'y/1'), true, 'falls through to the file');
  assert.equal(acl.checkSubscribe(id, 's/1'), 'allow');

  const list = parseAclClaim([
    { permission: 'deny', action: 'all', topic: 'y/secret' },
    { permission: 'allow', action: 'subscribe', topics: ['z/${clientid}/#'] },
  ]);
  assert.ok(typeof list !== 'string');
  const id2 = who('c7', 'ann', list);
  assert.equal(acl.canPublish(id2, 'y/secret'), false);
  assert.equal(acl.canPublish(id2, 'y/open'), true);
  assert.equal(acl.checkSubscribe(id2, 'z/c7/a'), 'allow');

  assert.match(String(parseAclClaim([{ permission: 'allow', action: 'publish', topic: 'a', qos: [1] }])), /unsupported rule field "qos"/);
  assert.match(String(parseAclClaim({ pub: 'a/#' })), /not a list/);
  assert.match(String(parseAclClaim([{ permission: 'maybe', action: 'publish', topic: 'a' }])), /permission/);
  assert.match(String(parseAclClaim({ pub: ['a/#/b'] })), /invalid topic pattern/);
});

test('the publish index keeps file order between keyed and wildcard-first rules', () => {
  const lines = ['deny any publish +/secret'];
  for (let i = 0; i < 20; i++) lines.push(`allow any publish l${i}/#`);
  lines.push('deny any publish #');
  const acl = authorizer(lines.join('\n'));
  assert.equal(acl.canPublish(who('c'), 'l5/secret'), false);
  assert.equal(acl.canPublish(who('c'), 'l5/open'), true);
  assert.equal(acl.canPublish(who('c'), 'l19'), true);
  assert.equal(acl.canPublish(who('c'), 'l20/x'), false);
  assert.equal(acl.canPublish(who('c'), 'zzz'), false);
});

test('indexed, merged evaluation equals a plain first-match scan (randomized)', () => {
  const rand = rng(11);
  const users = ['u1', 'u2'];
  const clients = ['c1', 'c2'];
  for (let round = 0; round < 60; round++) {
    const lines: string[] = [];
    const count = 1 + Math.floor(rand() * 40);
    for (let i = 0; i < count; i++) {
      const perm = rand() < 0.5 ? 'allow' : 'deny';
      const r = rand();
      const whoText = r < 0.4 ? 'any' : r < 0.7 ? `user ${users[Math.floor(rand() * 2)]}` : `client ${clients[Math.floor(rand() * 2)]}`;
      const action = ['publish', 'subscribe', 'both'][Math.floor(rand() * 3)];
      let p = randomFilter(rand);
      if (rand() < 0.15) p = p.replace(/^a/, '%u');
      if (rand() < 0.1) p = `eq ${p}`;
      lines.push(`${perm} ${whoText} ${action} ${p}`);
    }
    const rules = parseAclFile(lines.join('\n'), 'r.acl');
    const acl = new RuleAuthorizer({ rules: compilePolicy(rules), noMatchAllow: round % 2 === 0, deniedFilters: new Set() });
    for (let k = 0; k < 40; k++) {
      const id = who(clients[Math.floor(rand() * 2)]!, rand() < 0.2 ? undefined : users[Math.floor(rand() * 2)]);
      const f = randomFilter(rand);
      const topic = f.replace(/[+#]/g, 'b').replace(/\$s(?=.)/g, 'a');
      assert.equal(acl.canPublish(id, topic), scan(rules, id, topic, 'publish', round % 2 === 0), `publish ${topic}\n${lines.join('\n')}`);
      const want = scan(rules, id, f, 'subscribe', round % 2 === 0) ? 'allow' : 'deny';
      assert.equal(acl.checkSubscribe(id, f), want, `subscribe ${f}\n${lines.join('\n')}`);
    }
  }
});

function scan(rules: FileRule[], id: ClientIdentity, target: string, action: 'publish' | 'subscribe', noMatchAllow: boolean): boolean {
  for (const r of rules) {
    if (!r[action]) continue;
    if (r.who.kind === 'user' && r.who.name !== id.username) continue;
    if (r.who.kind === 'client' && r.who.name !== id.clientId) continue;
    const hit = action === 'publish' || r.allow ? r.pattern.covers(target, id) : r.pattern.intersects(target, id);
    if (hit) return r.allow;
  }
  return noMatchAllow;
}

test('ACL file syntax errors name the file and line', () => {
  const bad: Array<[string, RegExp]> = [
    ['allow any publish a\npermit any publish b', /acl\.conf line 2: expected allow or deny/],
    ['allow everyone publish a', /line 1: expected any, user <name> or client <id>/],
    ['allow user', /line 1: missing user name/],
    ['# c\n\nallow any read a', /line 3: expected publish, subscribe or both/],
    ['allow any publish a/#/b', /line 1: invalid topic pattern "a\/#\/b" \(bad-wildcard\)/],
    ['allow any publish', /line 1: missing publish\|subscribe\|both|line 1: empty topic pattern/],
  ];
  for (const [text, re] of bad) {
    assert.throws(() => parseAclFile(text, 'acl.conf'), (err: unknown) => err instanceof FileFormatError && re.test(err.message), text);
  }
  const ok = parseAclFile('  # comment\r\n\r\nallow client dev-1 both cmd/%c \r\n', 'acl.conf');
  assert.equal(ok.length, 1);
  assert.equal(ok[0]!.pattern.text, 'cmd/%c');
  assert.deepEqual(ok[0]!.who, { kind: 'client', name: 'dev-1' });
});
