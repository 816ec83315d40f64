/**
 * One copy per message for a session whose subscriptions overlap (MQTT-3.3.5-1 for 3.1.1,
 * MQTT-3.3.4-2/4 for 5.0). Each filter is its own consume queue with its own cursor, so a
 * message matching two filters of a session is two entries (same store, same log position)
 * that two cursors reach independently, in either order and at different times.
 *
 * The cursor that reaches the message first sends one copy for every matching subscription
 * (highest QoS, every Subscription Identifier) and records the log position here with the
 * number of the session's other cursors that will come across it. Each of those skips it and
 * counts down; the last one removes it. A skipped entry counts as acknowledged for its cursor
 * at once: the copy that was sent is tracked by the cursor that sent it, which resends it after
 * a crash.
 *
 * The window is bounded (`overlapWindow` per store). When it is full the oldest record goes,
 * and a cursor that reaches that message later sends its own copy: exactly one copy is
 * guaranteed while no cursor of the session lags more than the bound behind another on shared
 * messages. Live cursors are pumped together, so the lead is at most about one socket
 * high-water of messages. The window lives with the connection: a cursor that had not reached a
 * message when its client disconnected, while another had sent it, sends it again after the
 * session resumes.
 */
import { topicMatches } from '@wharf/core';

/**
 * Whether some topic name matches both filters. `#` also matches its parent level, and a filter
 * starting with a wildcard matches no `$` topic (MQTT-4.7.2-1). Allocation-free.
 */
export function filtersOverlap(a: string, b: string): boolean {
  if ((a.charCodeAt(0) === 36) !== (b.charCodeAt(0) === 36)) return false; // '$'
  const al = a.length;
  const bl = b.length;
  let i = 0;
  let j = 0;
  for (;;) {
    let ie = a.indexOf('/', i);
    if (ie === -1) ie = al;
    let je = b.indexOf('/', j);
    if (je === -1) je = bl;
    const aOne = ie - i === 1 ? a.charCodeAt(i) : -1;
    const bOne = je - j === 1 ? b.charCodeAt(j) : -1;
    if (aOne === 35 || bOne === 35) return true; // '#'
    if (aOne !== 43 && bOne !== 43) {
      // Two literal levels: equal or no topic matches both.
      if (ie - i !== je - j) return false;
      for (let k = 0; k < ie - i; k++) if (a.charCodeAt(i + k) !== b.charCodeAt(j + k)) return false;
    }
    const aDone = ie === al;
    const bDone = je === bl;
    if (aDone && bDone) return true;
    // One filter ended: the other matches that topic only through a final "#".
    if (aDone) return bl - je === 2 && b.charCodeAt(je + 1) === 35;
    if (bDone) return al - ie === 2 && a.charCodeAt(ie + 1) === 35;
    i = ie + 1;
    j = je + 1;
  }
}

/** How many of `peers` match `topic`: the session's other cursors that hold the message too. */
export function matchingPeers(peers: readonly { filter: string }[], topic: string): number {
  let n = 0;
  for (let i = 0; i < peers.length; i++) if (topicMatches(peers[i]!.filter, topic)) n++;
  return n;
}

/** Messages a session sent once for several of its subscriptions, and who has yet to skip them. */
export class OverlapWindow {
  /** store index → log position → cursors that will still come across it. */
  private readonly byStore = new Map<number, Map<number, number>>();
  /** Records dropped to the bound (each may become a second copy). */
  evicted = 0;

  constructor(readonly capacity: number) {
    if (!(Number.isInteger(capacity) && capacity >= 1)) throw new RangeError(`overlap window ${capacity} must be a positive integer`);
  }

  /** Records held, over all stores. */
  get size(): number {
    let n = 0;
    for (const m of this.byStore.values()) n += m.size;
    return n;
  }

  /**
   * True when a copy of the message at `logPosition` in `store` was already sent for another
   * subscription of the session: the caller skips it. Counts the caller's sighting.
   */
  alreadySent(store: number, logPosition: number): boolean {
    const m = this.byStore.get(store);
    if (m === undefined) return false;
    const left = m.get(logPosition);
    if (left === undefined) return false;
    if (left <= 1) m.delete(logPosition);
    else m.set(logPosition, left - 1);
    return true;
  }

  /** One copy of the message was sent (or deliberately not) for all; `others` cursors will skip it. */
  sent(store: number, logPosition: number, others: number): void {
    if (others <= 0) return;
    let m = this.byStore.get(store);
    if (m === undefined) this.byStore.set(store, (m = new Map()));
    if (m.size >= this.capacity) {
      // The oldest record: a Map iterates in insertion order.
      m.delete(m.keys().next().value as number);
      this.evicted++;
    }
    m.set(logPosition, others);
  }
}
