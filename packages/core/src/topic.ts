/**
 * Topic names and filters (MQTT 3.1.1 §4.7, MQTT 5 §4.7). Pure functions; the proxy validates
 * with them and the store's filter trie relies on filters already being valid.
 */

/** The longest topic an MQTT packet can carry: a two-byte length prefix. */
export const MAX_TOPIC_BYTES = 65535;

export type TopicError = 'empty' | 'too-long' | 'wildcard-in-topic' | 'bad-wildcard' | 'null-char';

/** Validates a topic name used in PUBLISH. Returns null when valid. */
export function checkTopicName(topic: string): TopicError | null {
  if (topic.length === 0) return 'empty';
  if (Buffer.byteLength(topic, 'utf8') > MAX_TOPIC_BYTES) return 'too-long';
  for (let i = 0; i < topic.length; i++) {
    const c = topic.charCodeAt(i);
    if (c === 0x2b /* + */ || c === 0x23 /* # */) return 'wildcard-in-topic';
    if (c === 0) return 'null-char';
  }
  return null;
}

/** Validates a topic filter used in SUBSCRIBE/UNSUBSCRIBE. Returns null when valid. */
export function checkTopicFilter(filter: string): TopicError | null {
  if (filter.length === 0) return 'empty';
  if (Buffer.byteLength(filter, 'utf8') > MAX_TOPIC_BYTES) return 'too-long';
  const levels = filter.split('/');
  for (let i = 0; i < levels.length; i++) {
    const level = levels[i]!;
    if (level.includes('\u0000')) return 'null-char';
    if (level === '#') {
      if (i !== levels.length - 1) return 'bad-wildcard';
    } else if (level === '+') {
      // a whole level: fine
    } else if (level.includes('#') || level.includes('+')) {
      return 'bad-wildcard';
    }
  }
  return null;
}

export function isWildcardFilter(filter: string): boolean {
  return filter.includes('+') || filter.includes('#');
}

/**
 * Does `filter` match `topic`? Both must be valid. Topics starting with `$` never match a
 * filter whose first level is a wildcard (MQTT 5 §4.7.2).
 */
export function topicMatches(filter: string, topic: string): boolean {
  if (topic.charCodeAt(0) === 0x24 /* $ */) {
    const f0 = filter.charCodeAt(0);
    if (f0 === 0x2b || f0 === 0x23) return false;
  }
  let fi = 0;
  let ti = 0;
  const fl = filter.length;
  const tl = topic.length;
  while (fi < fl) {
    const fc = filter.charCodeAt(fi);
    if (fc === 0x23 /* # */) return true; // valid filters only have # as the whole last level
    if (fc === 0x2b /* + */) {
      while (ti < tl && topic.charCodeAt(ti) !== 0x2f) ti++;
      fi++;
    } else {
      if (ti >= tl) {
        // "a/#" matches "a": the filter has "/#" left
        return fc === 0x2f && fi + 2 === fl && filter.charCodeAt(fi + 1) === 0x23;
      }
      if (fc !== topic.charCodeAt(ti)) return false;
      fi++;
      ti++;
    }
  }
  return ti === tl;
}

/** The first level of a topic: the unit of partitioning (DESIGN §4). */
export function firstLevel(topic: string): string {
  const slash = topic.indexOf('/');
  return slash === -1 ? topic : topic.slice(0, slash);
}
