/**
 * The ACL file. One rule per line, checked top to bottom, the first rule that matches decides
 * (`--acl-no-match` decides when none does). Blank lines and lines starting with `#` are skipped.
 *
 *   <allow|deny> <who> <publish|subscribe|both> [eq] <pattern>
 *
 *   who      `any` | `user <username>` | `client <client id>` (names without whitespace)
 *   pattern  an MQTT topic filter, the rest of the line (surrounding whitespace dropped), in
 *            which `%c` stands for the client id and `%u` for the username. With `eq` the
 *            subscribed filter must equal the pattern literally (EMQX `eq`): `allow any
 *            subscribe eq a/#` allows the filter `a/#` itself and nothing narrower.
 *
 * Examples:
 *   allow user alice publish sensors/%u/#
 *   deny any subscribe $SYS/#
 *   allow client dev-1 both cmd/%c
 *   deny any subscribe eq #
 *
 * Publish: the pattern must match the topic. Subscribe: an allow rule must cover the whole
 * filter (`a/#` covers `a/+/b`; `a/+` does not cover `a/#`), a deny rule applies as soon as the
 * filter could receive a topic the pattern matches (`deny … secret/#` refuses `#`).
 * Shared subscriptions `$share/<group>/<filter>` and queue subscriptions `$q/<filter>` are
 * checked as `<filter>`, except by rules whose pattern starts with `$share/` or `$q/`, which
 * see the whole filter (so `allow any subscribe $share/workers/jobs/#` grants only that group).
 * A pattern matches `$` topics too: `deny any both #` leaves nothing, `$SYS` included.
 */
import { FileFormatError, splitLines } from '../file-format-error.ts';
import { Pattern } from './pattern.ts';
import { AclRules, type AclRule } from './rules.ts';

/** Bounds the work of one load and of the merged lists a check walks. */
export const MAX_ACL_RULES = 100_000;

export type Who = { kind: 'any' } | { kind: 'user'; name: string } | { kind: 'client'; name: string };

export interface FileRule extends AclRule {
  readonly who: Who;
}

/** The file's rules split by who they apply to; each list keeps file order. */
export interface AclPolicyRules {
  readonly any: AclRules;
  readonly byUser: ReadonlyMap<string, AclRules>;
  readonly byClient: ReadonlyMap<string, AclRules>;
  readonly count: number;
}

export const EMPTY_POLICY: AclPolicyRules = { any: new AclRules([]), byUser: new Map(), byClient: new Map(), count: 0 };

export function parseAclFile(text: string, path: string): FileRule[] {
  const rules: FileRule[] = [];
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (rules.length === MAX_ACL_RULES) throw new FileFormatError(path, i + 1, `more than ${MAX_ACL_RULES} rules`);
    rules.push(parseRule(line, rules.length, `${path}:${i + 1}`, (detail) => new FileFormatError(path, i + 1, detail)));
  }
  return rules;
}

function parseRule(line: string, index: number, origin: string, fail: (detail: string) => Error): FileRule {
  let rest = line;
  const next = (what: string): string => {
    const m = /^(\S+)\s*/.exec(rest);
    if (m === null) throw fail(`missing ${what}`);
    rest = rest.slice(m[0].length);
    return m[1]!;
  };
  const permission = next('allow|deny');
  if (permission !== 'allow' && permission !== 'deny') throw fail(`expected allow or deny, found "${permission}"`);
  const whoKind = next('any|user|client');
  let who: Who;
  if (whoKind === 'any') who = { kind: 'any' };
  else if (whoKind === 'user' || whoKind === 'client') who = { kind: whoKind, name: next(`${whoKind} name`) };
  else throw fail(`expected any, user <name> or client <id>, found "${whoKind}"`);
  const action = next('publish|subscribe|both');
  if (action !== 'publish' && action !== 'subscribe' && action !== 'both') {
    throw fail(`expected publish, subscribe or both, found "${action}"`);
  }
  const pattern = Pattern.parse(rest.trim());
  if (typeof pattern === 'string') throw fail(pattern);
  return {
    index,
    allow: permission === 'allow',
    publish: action !== 'subscribe',
    subscribe: action !== 'publish',
    pattern,
    origin,
    who,
  };
}

export function compilePolicy(rules: readonly FileRule[]): AclPolicyRules {
  const any: AclRule[] = [];
  const byUser = new Map<string, AclRule[]>();
  const byClient = new Map<string, AclRule[]>();
  for (const r of rules) {
    if (r.who.kind === 'any') {
      any.push(r);
      continue;
    }
    const map = r.who.kind === 'user' ? byUser : byClient;
    let list = map.get(r.who.name);
    if (list === undefined) map.set(r.who.name, (list = []));
    list.push(r);
  }
  const compile = (m: Map<string, AclRule[]>): Map<string, AclRules> => new Map([...m].map(([k, v]) => [k, new AclRules(v)]));
  return { any: new AclRules(any), byUser: compile(byUser), byClient: compile(byClient), count: rules.length };
}
