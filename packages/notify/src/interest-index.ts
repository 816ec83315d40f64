import type { QueueId } from '@wharf/core';

/**
 * Which subscribers (proxies) want which queues: the precise lookup that replaces
 * RocketMQ-MQTT's broadcast. Interest is reference counted per (queue, subscriber) because a
 * proxy registers a queue once per local session that needs it.
 */
export class InterestIndex<S> {
  private readonly byQueue = new Map<QueueId, Map<S, number>>();

  add(subscriber: S, queueIds: readonly QueueId[]): void {
    for (const queueId of queueIds) {
      let holders = this.byQueue.get(queueId);
      if (holders === undefined) {
        holders = new Map();
        this.byQueue.set(queueId, holders);
      }
      holders.set(subscriber, (holders.get(subscriber) ?? 0) + 1);
    }
  }

  remove(subscriber: S, queueIds: readonly QueueId[]): void {
    for (const queueId of queueIds) {
      const holders = this.byQueue.get(queueId);
      const count = holders?.get(subscriber);
      if (holders === undefined || count === undefined) continue;
      if (count > 1) holders.set(subscriber, count - 1);
      else {
        holders.delete(subscriber);
        if (holders.size === 0) this.byQueue.delete(queueId);
      }
    }
  }

  /** Forgets every interest of a subscriber (its connection went away). */
  removeAll(subscriber: S): void {
    for (const [queueId, holders] of this.byQueue) {
      if (holders.delete(subscriber) && holders.size === 0) this.byQueue.delete(queueId);
    }
  }

  /** The subscribers interested in a queue; undefined when none. Do not mutate. */
  holders(queueId: QueueId): ReadonlyMap<S, number> | undefined {
    return this.byQueue.get(queueId);
  }

  get queueCount(): number {
    return this.byQueue.size;
  }
}
