/**
 * ACL rules carried by a JWT `acl` claim, in EMQX's two shapes:
 *
 *   { "pub": ["a/#"], "sub": ["b/+"], "all": ["c/%u/#"] }          allow lists (EMQX ≤ 5.6)
 *   [ { "permission": "allow", "action": "publish", "topic": "a/#" },
 *     { "permission": "deny", "action": "all", "topics": ["#"] } ]   rule list (EMQX ≥ 5.7)
 *
 * Actions: publish | subscribe | all. Topics are ACL patterns (`eq ` prefix, `%c`, `%u`;
 * EMQX's `${clientid}` / `${username}` are read as `%c` / `%u`). The claim's rules are checked
 * before the ACL file; when none matches, the ACL file decides. A rule with conditions this
 * broker does not evaluate (`qos`, `retain`, …) makes the token invalid rather than broader.
 */
import { Pattern } from './pattern.ts';
import { AclRules, type AclRule } from './rules.ts';

export const MAX_CLAIM_RULES = 256;

const ORIGIN = 'jwt acl claim';

/** Parses the claim; returns an error text when the claim is not usable. */
export function parseAclClaim(claim: unknown): AclRules | string {
  const rules: AclRule[] = [];
  const add = (allow: boolean, action: unknown, topic: unknown): string | null => {
    if (action !== 'publish' && action !== 'subscribe' && action !== 'all') return `action ${JSON.stringify(action)} is not publish, subscribe or all`;
    if (typeof topic !== 'string') return `topic ${JSON.stringify(topic)} is not a string`;
    if (rules.length === MAX_CLAIM_RULES) return `more than ${MAX_CLAIM_RULES} rules`;
    const pattern = Pattern.parse(topic.replaceAll('${clientid}', '%c').replaceAll('${username}', '%u'));
    if (typeof pattern === 'string') return pattern;
    rules.push({ index: rules.length, allow, publish: action !== 'subscribe', subscribe: action !== 'publish', pattern, origin: ORIGIN });
    return null;
  };

  if (Array.isArray(claim)) {
    for (const item of claim) {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) return 'a rule is not an object';
      const rule = item as Record<string, unknown>;
      for (const key of Object.keys(rule)) {
        if (key !== 'permission' && key !== 'action' && key !== 'topic' && key !== 'topics') return `unsupported rule field "${key}"`;
      }
      const permission = rule['permission'];
      if (permission !== 'allow' && permission !== 'deny') return `permission ${JSON.stringify(permission)} is not allow or deny`;
      const topics = rule['topics'] !== undefined ? rule['topics'] : [rule['topic']];
      if (!Array.isArray(topics) || (rule['topics'] !== undefined && rule['topic'] !== undefined)) return 'a rule needs exactly one of topic or topics';
      for (const t of topics) {
        const err = add(permission === 'allow', rule['action'], t);
        if (err !== null) return err;
      }
    }
    return new AclRules(rules);
  }
  if (typeof claim === 'object' && claim !== null) {
    const lists = claim as Record<string, unknown>;
    for (const key of Object.keys(lists)) {
      if (key !== 'pub' && key !== 'sub' && key !== 'all') return `unsupported key "${key}" (pub, sub, all)`;
    }
    for (const [key, action] of [['pub', 'publish'], ['sub', 'subscribe'], ['all', 'all']] as const) {
      const list = lists[key];
      if (list === undefined) continue;
      if (!Array.isArray(list)) return `"${key}" is not a list`;
      for (const t of list) {
        const err = add(true, action, t);
        if (err !== null) return err;
      }
    }
    return new AclRules(rules);
  }
  return 'not an object or a list of rules';
}
