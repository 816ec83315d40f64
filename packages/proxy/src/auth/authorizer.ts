/**
 * Authorization of PUBLISH and SUBSCRIBE. Order of a decision:
 *   1. built in: publishing to `$SYS` (the broker's own topics) is always denied; a filter
 *      named in `--deny-filters` is always refused;
 *   2. the identity's JWT `acl` claim rules, first match;
 *   3. the ACL file, first match (rules for `any`, the user and the client id, in file order);
 *   4. `--acl-no-match`.
 * canPublish runs per PUBLISH: no allocation, no regex; rules are looked up by the topic's
 * first level.
 */
import { ALLOW, DENY, firstPublishMatch, firstSubscribeMatch, levelHash, NO_MATCH, NO_RULES, type Verdict } from './acl/rules.ts';
import { EMPTY_POLICY, type AclPolicyRules } from './acl/file.ts';
import type { ClientIdentity } from './identity.ts';

/**
 * SUBACK codes: 'deny' → 0x87 Not authorized (3.1.1: 0x80); 'refused-filter' → 0x80
 * Unspecified error in both versions (the filter itself is not offered by this broker).
 */
export type SubscribeDecision = 'allow' | 'deny' | 'refused-filter';

export interface Authorizer {
  /** May this client publish to `topic` (a valid topic name)? Also for will messages. */
  canPublish(id: ClientIdentity, topic: string): boolean;
  /** May this client subscribe to `filter` (a valid filter, `$share/…` and `$q/…` included)? */
  checkSubscribe(id: ClientIdentity, filter: string): SubscribeDecision;
}

export interface AclPolicy {
  readonly rules: AclPolicyRules;
  readonly noMatchAllow: boolean;
  /** Refused whether named directly or inside `$share/<group>/` / `$q/`. */
  readonly deniedFilters: ReadonlySet<string>;
}

export const OPEN_POLICY: AclPolicy = { rules: EMPTY_POLICY, noMatchAllow: true, deniedFilters: new Set() };

export class RuleAuthorizer implements Authorizer {
  private policy: AclPolicy;

  constructor(policy: AclPolicy = OPEN_POLICY) {
    this.policy = policy;
  }

  /** Swaps in reloaded rules; later checks use them (identities need no refresh). */
  setPolicy(policy: AclPolicy): void {
    this.policy = policy;
  }

  canPublish(id: ClientIdentity, topic: string): boolean {
    if (isSysTopic(topic)) return false;
    let firstEnd = topic.indexOf('/');
    if (firstEnd < 0) firstEnd = topic.length;
    const hash = levelHash(topic, 0, firstEnd);
    const claims = id.claimsAcl;
    if (claims !== undefined) {
      const v = firstPublishMatch(claims.publishCandidates(topic, firstEnd, hash), NO_RULES, NO_RULES, topic, id);
      if (v !== NO_MATCH) return v === ALLOW;
    }
    const policy = this.policy;
    const rules = policy.rules;
    if (rules.count === 0) return policy.noMatchAllow;
    const user = id.username === undefined || rules.byUser.size === 0 ? undefined : rules.byUser.get(id.username);
    const client = rules.byClient.size === 0 ? undefined : rules.byClient.get(id.clientId);
    const v = firstPublishMatch(
      rules.any.publishCandidates(topic, firstEnd, hash),
      user === undefined ? NO_RULES : user.publishCandidates(topic, firstEnd, hash),
      client === undefined ? NO_RULES : client.publishCandidates(topic, firstEnd, hash),
      topic,
      id,
    );
    return verdict(v, policy.noMatchAllow);
  }

  checkSubscribe(id: ClientIdentity, filter: string): SubscribeDecision {
    const policy = this.policy;
    const inner = innerFilter(filter);
    if (policy.deniedFilters.has(filter) || policy.deniedFilters.has(inner)) return 'refused-filter';
    const claims = id.claimsAcl;
    if (claims !== undefined) {
      const v = firstSubscribeMatch(claims.subscribeRules, NO_RULES, NO_RULES, filter, inner, id);
      if (v !== NO_MATCH) return v === ALLOW ? 'allow' : 'deny';
    }
    const rules = policy.rules;
    if (rules.count === 0) return policy.noMatchAllow ? 'allow' : 'deny';
    const user = id.username === undefined ? undefined : rules.byUser.get(id.username);
    const client = rules.byClient.get(id.clientId);
    const v = firstSubscribeMatch(
      rules.any.subscribeRules,
      user === undefined ? NO_RULES : user.subscribeRules,
      client === undefined ? NO_RULES : client.subscribeRules,
      filter,
      inner,
      id,
    );
    return verdict(v, policy.noMatchAllow) ? 'allow' : 'deny';
  }
}

function verdict(v: Verdict, noMatchAllow: boolean): boolean {
  return v === ALLOW || (v !== DENY && noMatchAllow);
}

/** `$SYS` and everything under it. */
export function isSysTopic(topic: string): boolean {
  return topic.startsWith('$SYS') && (topic.length === 4 || topic.charCodeAt(4) === 0x2f);
}

/**
 * The filter a shared (`$share/<group>/<filter>`) or queue (`$q/<filter>`) subscription reads;
 * other filters are returned as they are.
 */
export function innerFilter(filter: string): string {
  if (filter.startsWith('$share/')) {
    const slash = filter.indexOf('/', 7);
    return slash < 0 || slash === filter.length - 1 ? filter : filter.slice(slash + 1);
  }
  if (filter.startsWith('$q/') && filter.length > 3) return filter.slice(3);
  return filter;
}
