/**
 * In-memory state of every consume queue, indexed by queue id: the mirror of the REGISTRY,
 * QUEUE_END and QUEUE_START key spaces, loaded at open. Typed arrays keep a million queues
 * at ~37 bytes each plus the filter string; the hot path reads them without a Map lookup.
 *
 * A queue has three offsets:
 *   start    ≤ first entry still held (retention moves it up)
 *   visible  = end readers may see: entries below it are written and acknowledged
 *   assigned = next offset to hand out; (visible, assigned) are in flight
 *
 * An active queue (refs > 0) is in the filter trie and collects entries. A dormant one
 * (refs = 0) keeps its id and entries until the next retention pass reaps it.
 */
import { FilterTrie } from '../filter-trie.ts';

const INITIAL_CAPACITY = 1024;

export class QueueRegistry {
  private capacity = 0;
  assigned = new Float64Array(0);
  visible = new Float64Array(0);
  start = new Float64Array(0);
  refs = new Uint32Array(0);
  /** Log position of the entry at `start` while the queue is non-empty; NaN when unknown. */
  head = new Float64Array(0);
  private endDirty = new Uint8Array(0);
  private dirtyEnds: number[] = [];
  private readonly names: (string | undefined)[] = [];
  private readonly trie = new FilterTrie();
  private readonly dormant = new Map<string, number>();
  private live = 0;

  constructor() {
    this.grow(INITIAL_CAPACITY);
  }

  /** Queues held (active and dormant). */
  get count(): number {
    return this.live;
  }

  /** Queues with at least one reference. */
  get activeCount(): number {
    return this.trie.size;
  }

  private grow(min: number): void {
    let cap = Math.max(this.capacity, INITIAL_CAPACITY);
    while (cap < min) cap *= 2;
    if (cap === this.capacity) return;
    const widen = <T extends Float64Array | Uint32Array | Uint8Array>(old: T, make: (n: number) => T): T => {
      const next = make(cap);
      next.set(old);
      return next;
    };
    this.assigned = widen(this.assigned, (n) => new Float64Array(n));
    this.visible = widen(this.visible, (n) => new Float64Array(n));
    this.start = widen(this.start, (n) => new Float64Array(n));
    this.refs = widen(this.refs, (n) => new Uint32Array(n));
    this.head = widen(this.head, (n) => new Float64Array(n).fill(NaN));
    this.endDirty = widen(this.endDirty, (n) => new Uint8Array(n));
    this.capacity = cap;
  }

  has(queueId: number): boolean {
    return Number.isInteger(queueId) && queueId >= 0 && queueId < this.capacity && this.names[queueId] !== undefined;
  }

  filterOf(queueId: number): string | undefined {
    return this.names[queueId];
  }

  /** Queue id of `filter`, or -1. */
  lookup(filter: string): number {
    const id = this.trie.get(filter);
    return id !== -1 ? id : (this.dormant.get(filter) ?? -1);
  }

  /** Adds a queue loaded from, or about to be written to, the index. */
  add(filter: string, queueId: number, refs: number, start: number, end: number): void {
    if (this.has(queueId)) throw new Error(`queue id ${queueId} is already used by "${this.names[queueId]}"`);
    if (this.lookup(filter) !== -1) throw new Error(`filter "${filter}" already has a queue`);
    if (start > end) throw new Error(`queue ${queueId} start ${start} is past its end ${end}`);
    this.grow(queueId + 1);
    this.names[queueId] = filter;
    this.assigned[queueId] = end;
    this.visible[queueId] = end;
    this.start[queueId] = start;
    this.refs[queueId] = refs;
    this.head[queueId] = NaN;
    this.live++;
    if (refs > 0) this.trie.add(filter, queueId);
    else this.dormant.set(filter, queueId);
  }

  /** Sets the reference count; moves the queue in or out of the trie when it crosses zero. */
  setRefs(queueId: number, refs: number): void {
    const filter = this.names[queueId]!;
    const was = this.refs[queueId]!;
    this.refs[queueId] = refs;
    if (was === 0 && refs > 0) {
      this.dormant.delete(filter);
      this.trie.add(filter, queueId);
    } else if (was > 0 && refs === 0) {
      this.trie.remove(filter);
      this.dormant.set(filter, queueId);
    }
  }

  /** Forgets a dormant queue (its rows are being deleted). */
  drop(queueId: number): void {
    const filter = this.names[queueId];
    if (filter === undefined) return;
    if (this.refs[queueId]! > 0) throw new Error(`queue ${queueId} still has references`);
    this.dormant.delete(filter);
    this.names[queueId] = undefined;
    this.assigned[queueId] = 0;
    this.visible[queueId] = 0;
    this.start[queueId] = 0;
    this.head[queueId] = NaN;
    this.live--;
  }

  /** Notes that a queue's end moved past its persisted QUEUE_END row. */
  markEndDirty(queueId: number): void {
    if (this.endDirty[queueId] === 1) return;
    this.endDirty[queueId] = 1;
    this.dirtyEnds.push(queueId);
  }

  get dirtyEndCount(): number {
    return this.dirtyEnds.length;
  }

  /** Queues whose end must be persisted; clears the set. Dropped queues are left out. */
  takeDirtyEnds(): number[] {
    const out = this.dirtyEnds.filter((q) => this.has(q));
    for (const q of this.dirtyEnds) this.endDirty[q] = 0;
    this.dirtyEnds = [];
    return out;
  }

  /** Dormant queues with nothing in flight: safe to reap. */
  reapable(): number[] {
    const out: number[] = [];
    for (const id of this.dormant.values()) if (this.assigned[id] === this.visible[id]) out.push(id);
    return out;
  }

  /** Ids of dormant queues. */
  dormantIds(): number[] {
    return [...this.dormant.values()];
  }

  /** Ids of every queue (ascending). */
  ids(): number[] {
    const out: number[] = [];
    for (let id = 0; id < this.names.length; id++) if (this.names[id] !== undefined) out.push(id);
    return out;
  }

  /** Appends the ids of active queues whose filter matches `topic` to `out`. */
  match(topic: string, out: number[]): number {
    return this.trie.match(topic, out);
  }
}
