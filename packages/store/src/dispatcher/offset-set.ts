/**
 * The offsets of one queue that are done (acknowledged, dead-lettered or dropped) above its
 * acknowledged prefix, as sorted disjoint half-open ranges. Consumers acknowledge roughly in
 * order, so a queue's done set is a handful of ranges however many offsets it covers; that is
 * also what gets persisted (queue-state.ts).
 */
export class OffsetSet {
  /** starts[i] < ends[i] ≤ starts[i+1]; adjacent ranges are always merged. */
  private starts: number[] = [];
  private ends: number[] = [];
  private total = 0;

  /** Offsets held. */
  get size(): number {
    return this.total;
  }

  get rangeCount(): number {
    return this.starts.length;
  }

  /** Index of the last range starting at or before `offset`, or -1. */
  private find(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! <= offset) lo = mid + 1;
      else hi = mid - 1;
    }
    return hi;
  }

  has(offset: number): boolean {
    const i = this.find(offset);
    return i >= 0 && offset < this.ends[i]!;
  }

  /** Adds [from, to); returns how many offsets were new. */
  addRange(from: number, to: number): number {
    if (to <= from) return 0;
    let i = this.find(from);
    // Absorb a range that overlaps or touches `from`.
    if (i >= 0 && this.ends[i]! >= from) {
      from = this.starts[i]!;
    } else {
      i++;
    }
    // Ranges i … j-1 overlap or touch [from, to): merge them.
    let j = i;
    let covered = 0;
    while (j < this.starts.length && this.starts[j]! <= to) {
      covered += this.ends[j]! - this.starts[j]!;
      if (this.ends[j]! > to) to = this.ends[j]!;
      j++;
    }
    this.starts.splice(i, j - i, from);
    this.ends.splice(i, j - i, to);
    const added = to - from - covered;
    this.total += added;
    return added;
  }

  add(offset: number): boolean {
    return this.addRange(offset, offset + 1) === 1;
  }

  /**
   * Removes the run starting exactly at `prefix` and everything below it; returns the new
   * prefix (the first offset not done at or after `prefix`).
   */
  advance(prefix: number): number {
    let drop = 0;
    while (drop < this.starts.length && this.ends[drop]! <= prefix) {
      this.total -= this.ends[drop]! - this.starts[drop]!;
      drop++;
    }
    if (drop < this.starts.length && this.starts[drop]! <= prefix) {
      const end = this.ends[drop]!;
      this.total -= end - this.starts[drop]!;
      drop++;
      prefix = end;
    }
    if (drop > 0) {
      this.starts.splice(0, drop);
      this.ends.splice(0, drop);
    }
    return prefix;
  }

  /** Offsets held in [from, to). */
  countIn(from: number, to: number): number {
    let n = 0;
    for (let i = Math.max(0, this.find(from)); i < this.starts.length; i++) {
      const s = Math.max(this.starts[i]!, from);
      const e = Math.min(this.ends[i]!, to);
      if (this.starts[i]! >= to) break;
      if (e > s) n += e - s;
    }
    return n;
  }

  /** The end of the run containing `offset`, or `offset` when it is not held. */
  runEnd(offset: number): number {
    const i = this.find(offset);
    return i >= 0 && offset < this.ends[i]! ? this.ends[i]! : offset;
  }

  ranges(): [start: number, end: number][] {
    return this.starts.map((s, i) => [s, this.ends[i]!]);
  }

  clear(): void {
    this.starts = [];
    this.ends = [];
    this.total = 0;
  }
}
