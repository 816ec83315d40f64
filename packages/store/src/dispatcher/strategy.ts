/**
 * Which consumer gets the next message (DESIGN §2, issue 5). Only consumers the caller finds
 * eligible (attached, with room for one more unacknowledged message) are candidates, so a
 * slow consumer is skipped, never waited for.
 *
 *   random          uniform among the eligible
 *   round_robin     the next eligible after the previous pick, in attach order
 *   least_inflight  the eligible with the fewest unacknowledged messages on this store; ties
 *                   go round robin, so idle consumers share equally
 */
import type { DispatchStrategy } from '@wharf/core';

export interface Pickable {
  /** Messages dispatched to it and not yet settled. */
  readonly inflight: number;
}

export type Random = () => number;

export class ConsumerPicker {
  /** Index in the consumer list where the next round-robin scan starts. */
  private cursor = 0;
  private readonly scratch: number[] = [];

  constructor(
    public strategy: DispatchStrategy,
    private readonly random: Random = Math.random,
  ) {}

  /** The consumer to dispatch to among `consumers` for which `eligible` holds, or null. */
  pick<C extends Pickable>(consumers: readonly C[], eligible: (c: C) => boolean): C | null {
    const n = consumers.length;
    if (n === 0) return null;
    if (this.cursor >= n) this.cursor = 0;
    switch (this.strategy) {
      case 'round_robin': {
        for (let k = 0; k < n; k++) {
          const i = (this.cursor + k) % n;
          const c = consumers[i]!;
          if (eligible(c)) {
            this.cursor = i + 1;
            return c;
          }
        }
        return null;
      }
      case 'least_inflight': {
        let best = -1;
        let bestInflight = Infinity;
        for (let k = 0; k < n; k++) {
          const i = (this.cursor + k) % n;
          const c = consumers[i]!;
          if (c.inflight < bestInflight && eligible(c)) {
            best = i;
            bestInflight = c.inflight;
          }
        }
        if (best === -1) return null;
        this.cursor = best + 1;
        return consumers[best]!;
      }
      case 'random': {
        const idx = this.scratch;
        idx.length = 0;
        for (let i = 0; i < n; i++) if (eligible(consumers[i]!)) idx.push(i);
        if (idx.length === 0) return null;
        return consumers[idx[Math.floor(this.random() * idx.length)]!]!;
      }
    }
  }
}
