/**
 * Which registered filters match a topic. Filters without wildcards (the common case: one per
 * device topic) live in a hash map: one lookup per publish whatever their number. Filters with
 * `+` or `#` live in a trie of levels, so matching costs O(topic depth × wildcard branching),
 * never O(filters). Topics starting with `$` do not match filters whose first level is a
 * wildcard (MQTT 5 §4.7.2).
 *
 * Filters must be valid (core checkTopicFilter); each maps to one queue id.
 */
import { isWildcardFilter } from '@wharf/core';

class TrieNode {
  /** First child, inline: most trie nodes have exactly one. */
  key: string | null = null;
  child: TrieNode | null = null;
  /** Further children, created on the second distinct level. */
  more: Map<string, TrieNode> | null = null;
  plus: TrieNode | null = null;
  /** Queue of the filter ending here with `/#` (or `#` at the root). */
  hash = -1;
  /** Queue of the wildcard filter ending exactly here. */
  queueId = -1;

  get(level: string): TrieNode | undefined {
    if (this.key === level) return this.child!;
    return this.more?.get(level);
  }

  getOrCreate(level: string): TrieNode {
    const found = this.get(level);
    if (found !== undefined) return found;
    const node = new TrieNode();
    if (this.key === null) {
      this.key = level;
      this.child = node;
    } else {
      (this.more ??= new Map()).set(level, node);
    }
    return node;
  }

  delete(level: string): void {
    if (this.key === level) {
      this.key = null;
      this.child = null;
      if (this.more !== null && this.more.size > 0) {
        const [k, n] = this.more.entries().next().value as [string, TrieNode];
        this.more.delete(k);
        this.key = k;
        this.child = n;
      }
    } else {
      this.more?.delete(level);
    }
    if (this.more !== null && this.more.size === 0) this.more = null;
  }

  get isEmpty(): boolean {
    return this.key === null && this.plus === null && this.hash === -1 && this.queueId === -1;
  }
}

export class FilterTrie {
  private readonly exact = new Map<string, number>();
  private readonly root = new TrieNode();
  private wildcards = 0;

  /** Registered filters. */
  get size(): number {
    return this.exact.size + this.wildcards;
  }

  /** Adds `filter` → `queueId`. Replaces a previous mapping of the same filter. */
  add(filter: string, queueId: number): void {
    if (!Number.isInteger(queueId) || queueId < 0) throw new RangeError(`bad queue id ${queueId}`);
    if (!isWildcardFilter(filter)) {
      this.exact.set(filter, queueId);
      return;
    }
    const levels = filter.split('/');
    let node = this.root;
    const last = levels.length - 1;
    for (let i = 0; i < last; i++) {
      const level = levels[i]!;
      node = level === '+' ? (node.plus ??= new TrieNode()) : node.getOrCreate(level);
    }
    const tail = levels[last]!;
    if (tail === '#') {
      if (node.hash === -1) this.wildcards++;
      node.hash = queueId;
    } else {
      node = tail === '+' ? (node.plus ??= new TrieNode()) : node.getOrCreate(tail);
      if (node.queueId === -1) this.wildcards++;
      node.queueId = queueId;
    }
  }

  /** Removes `filter`; returns whether it was there. Prunes emptied trie nodes. */
  remove(filter: string): boolean {
    if (!isWildcardFilter(filter)) return this.exact.delete(filter);
    const levels = filter.split('/');
    const path: TrieNode[] = [this.root];
    let node: TrieNode | undefined = this.root;
    const last = levels.length - 1;
    const walk = levels[last] === '#' ? last : last + 1;
    for (let i = 0; i < walk; i++) {
      const level = levels[i]!;
      node = level === '+' ? (node.plus ?? undefined) : node.get(level);
      if (node === undefined) return false;
      path.push(node);
    }
    if (levels[last] === '#') {
      if (node.hash === -1) return false;
      node.hash = -1;
    } else {
      if (node.queueId === -1) return false;
      node.queueId = -1;
    }
    this.wildcards--;
    for (let i = path.length - 1; i > 0 && path[i]!.isEmpty; i--) {
      const parent = path[i - 1]!;
      const level = levels[i - 1]!;
      if (level === '+') parent.plus = null;
      else parent.delete(level);
    }
    return true;
  }

  /** Queue id of exactly this filter, or -1. */
  get(filter: string): number {
    if (!isWildcardFilter(filter)) return this.exact.get(filter) ?? -1;
    const levels = filter.split('/');
    let node: TrieNode | undefined = this.root;
    const last = levels.length - 1;
    const walk = levels[last] === '#' ? last : last + 1;
    for (let i = 0; i < walk && node !== undefined; i++) {
      const level = levels[i]!;
      node = level === '+' ? (node.plus ?? undefined) : node.get(level);
    }
    if (node === undefined) return -1;
    return levels[last] === '#' ? node.hash : node.queueId;
  }

  /** Appends the queue ids of every filter matching `topic` to `out`; returns how many. */
  match(topic: string, out: number[]): number {
    const before = out.length;
    const id = this.exact.get(topic);
    if (id !== undefined) out.push(id);
    if (this.wildcards > 0) {
      const levels = topic.split('/');
      matchNode(this.root, levels, 0, topic.charCodeAt(0) === 0x24 /* $ */, out);
    }
    return out.length - before;
  }
}

function matchNode(node: TrieNode, levels: string[], i: number, dollar: boolean, out: number[]): void {
  const wildcardsAllowed = i > 0 || !dollar;
  if (node.hash !== -1 && wildcardsAllowed) out.push(node.hash);
  if (i === levels.length) {
    if (node.queueId !== -1) out.push(node.queueId);
    return;
  }
  const child = node.get(levels[i]!);
  if (child !== undefined) matchNode(child, levels, i + 1, dollar, out);
  if (node.plus !== null && wildcardsAllowed) matchNode(node.plus, levels, i + 1, dollar, out);
}
