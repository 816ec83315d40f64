/**
 * An ordered list of ACL rules, compiled once: publish rules are indexed by their first topic
 * level (a topic only meets the rules keyed by its own first level plus those starting with a
 * wildcard or a template, still in file order), subscribe rules are kept in order.
 */
import type { Pattern, TemplateValues } from './pattern.ts';

export interface AclRule {
  /** Position in its source; first match wins across merged lists. */
  readonly index: number;
  readonly allow: boolean;
  readonly publish: boolean;
  readonly subscribe: boolean;
  readonly pattern: Pattern;
  /** Where it was written (`<file>:<line>`, `jwt acl claim`), for logs. */
  readonly origin: string;
}

/** Lists at or below this length are scanned; longer ones get a first-level index. */
const INDEX_MIN_RULES = 8;

interface Bucket {
  readonly level: string;
  /** The level's own rules merged with the wildcard-first rules, in index order. */
  readonly rules: readonly AclRule[];
}

export const NO_RULES: readonly AclRule[] = [];

export class AclRules {
  readonly rules: readonly AclRule[];
  readonly subscribeRules: readonly AclRule[];
  private readonly publishRules: readonly AclRule[];
  /** Publish rules whose first level is a wildcard or a template. */
  private readonly publishWild: readonly AclRule[];
  private readonly publishIndex: Map<number, Bucket[]> | null;

  constructor(rules: readonly AclRule[]) {
    for (let i = 1; i < rules.length; i++) {
      if (rules[i]!.index <= rules[i - 1]!.index) throw new Error('AclRules: rules must be in increasing index order');
    }
    this.rules = rules;
    this.subscribeRules = rules.filter((r) => r.subscribe);
    const pub: AclRule[] = [];
    const wild: AclRule[] = [];
    const keyed = new Map<string, AclRule[]>();
    for (const r of rules) {
      if (!r.publish) continue;
      const key = r.pattern.publishKey();
      if (key === undefined) continue; // can never match a topic name
      pub.push(r);
      if (key === null) wild.push(r);
      else {
        let list = keyed.get(key);
        if (list === undefined) keyed.set(key, (list = []));
        list.push(r);
      }
    }
    this.publishRules = pub;
    this.publishWild = wild;
    if (pub.length <= INDEX_MIN_RULES) {
      this.publishIndex = null;
    } else {
      const index = new Map<number, Bucket[]>();
      for (const [level, own] of keyed) {
        const merged = [...own, ...wild].sort((a, b) => a.index - b.index);
        const h = levelHash(level, 0, level.length);
        let buckets = index.get(h);
        if (buckets === undefined) index.set(h, (buckets = []));
        buckets.push({ level, rules: merged });
      }
      this.publishIndex = index;
    }
  }

  get size(): number {
    return this.rules.length;
  }

  /**
   * The publish rules a topic can meet, in order. `firstEnd` is the end of the topic's first
   * level and `hash` its levelHash (computed once per check by the caller).
   */
  publishCandidates(topic: string, firstEnd: number, hash: number): readonly AclRule[] {
    const index = this.publishIndex;
    if (index === null) return this.publishRules;
    const buckets = index.get(hash);
    if (buckets !== undefined) {
      for (let i = 0; i < buckets.length; i++) {
        const b = buckets[i]!;
        if (b.level.length === firstEnd && topic.startsWith(b.level)) return b.rules;
      }
    }
    return this.publishWild;
  }
}

/** FNV-1a over `s[start, end)`, kept in small-integer range so Map keys stay unboxed. */
export function levelHash(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h & 0x3fffffff;
}

export const DENY = 0;
export const ALLOW = 1;
export const NO_MATCH = 2;
export type Verdict = typeof DENY | typeof ALLOW | typeof NO_MATCH;

/** A rule's answer for one subject: ALLOW, DENY, or NO_MATCH to go on with the next rule. */
type Judge = (r: AclRule, subject: string, inner: string, who: TemplateValues) => Verdict;

/** First rule that answers, over up to three index-ordered lists (a three-way merge, nothing allocated). */
function firstMatch(a: readonly AclRule[], b: readonly AclRule[], c: readonly AclRule[], subject: string, inner: string, who: TemplateValues, judge: Judge): Verdict {
  let i = 0;
  let j = 0;
  let k = 0;
  for (;;) {
    // Every read is bounds-checked first: an out-of-bounds read is V8's slow path.
    let r: AclRule;
    const ai = i < a.length ? a[i]!.index : Infinity;
    const bj = j < b.length ? b[j]!.index : Infinity;
    const ck = k < c.length ? c[k]!.index : Infinity;
    if (ai <= bj && ai <= ck) {
      if (ai === Infinity) return NO_MATCH;
      r = a[i++]!;
    } else if (bj <= ck) {
      r = b[j++]!;
    } else {
      r = c[k++]!;
    }
    const v = judge(r, subject, inner, who);
    if (v !== NO_MATCH) return v;
  }
}

/** Publish: the first rule whose pattern matches the topic decides. */
function judgePublish(r: AclRule, topic: string, _inner: string, who: TemplateValues): Verdict {
  if (!r.pattern.covers(topic, who)) return NO_MATCH;
  return r.allow ? ALLOW : DENY;
}

/**
 * Subscribe: allow rules must cover the filter, deny rules need only intersect it. A rule
 * naming `$share/…` or `$q/…` sees the whole filter; every other rule sees `inner` (the filter
 * without its `$share/<group>/` or `$q/` prefix).
 */
function judgeSubscribe(r: AclRule, filter: string, inner: string, who: TemplateValues): Verdict {
  const target = r.pattern.explicit ? filter : inner;
  if (r.allow) return r.pattern.covers(target, who) ? ALLOW : NO_MATCH;
  return r.pattern.intersects(target, who) ? DENY : NO_MATCH;
}

export function firstPublishMatch(a: readonly AclRule[], b: readonly AclRule[], c: readonly AclRule[], topic: string, who: TemplateValues): Verdict {
  return firstMatch(a, b, c, topic, topic, who, judgePublish);
}

export function firstSubscribeMatch(
  a: readonly AclRule[],
  b: readonly AclRule[],
  c: readonly AclRule[],
  filter: string,
  inner: string,
  who: TemplateValues,
): Verdict {
  return firstMatch(a, b, c, filter, inner, who, judgeSubscribe);
}
