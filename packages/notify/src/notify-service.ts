import type { AdvanceSink, Logger, NotifyPort, QueueAdvanced, QueueId } from '@wharf/core';
import { Registry } from 'prom-client';
import { Coalescer } from './coalescer.ts';
import { InterestIndex } from './interest-index.ts';
import { createNotifyMetrics, type NotifyMetrics } from './metrics.ts';

export interface NotifyServiceOptions {
  /** Coalescing window; 0 flushes at the end of the current event-loop turn. */
  coalesceMs: number;
  inlineMaxBytes: number;
  logger: Logger;
  registry?: Registry;
}

type Listener = (events: readonly QueueAdvanced[]) => void;

/** One connected proxy, as the service sees it. */
class Subscriber {
  listener: Listener | null = null;
  constructor(readonly id: number) {}
}

/**
 * The notify role: stores feed it queue-advanced events (it is their AdvanceSink), proxies
 * register interest, and each coalesced event goes only to the proxies that asked for its queue.
 */
export class NotifyService implements AdvanceSink {
  private readonly interest = new InterestIndex<Subscriber>();
  private readonly subscribers = new Set<Subscriber>();
  private readonly coalescer: Coalescer;
  private readonly metrics: NotifyMetrics;
  private nextSubscriberId = 1;
  private closed = false;

  constructor(private readonly options: NotifyServiceOptions) {
    this.metrics = createNotifyMetrics(options.registry ?? new Registry());
    this.coalescer = new Coalescer(options.coalesceMs, options.inlineMaxBytes, (events) => this.route(events));
  }

  advanced(events: readonly QueueAdvanced[]): void {
    if (this.closed || events.length === 0) return;
    this.metrics.eventsIn.inc(events.length);
    this.coalescer.add(events);
  }

  /** The in-process NotifyPort adapter for a proxy in the same process. */
  connect(): NotifyPort {
    const subscriber = new Subscriber(this.nextSubscriberId++);
    this.subscribers.add(subscriber);
    this.metrics.subscribers.set(this.subscribers.size);
    const service = this;
    return {
      addInterest(queueIds) {
        service.interest.add(subscriber, queueIds);
        service.metrics.interestQueues.set(service.interest.queueCount);
      },
      removeInterest(queueIds) {
        service.interest.remove(subscriber, queueIds);
        service.metrics.interestQueues.set(service.interest.queueCount);
      },
      onAdvanced(listener) {
        subscriber.listener = listener;
      },
      // In process nothing is ever missed: there is no resync to announce.
      onResync() {},
      async close() {
        service.disconnect(subscriber);
      },
    };
  }

  /** A proxy went away: its interest goes with it, so no event is routed to it again. */
  private disconnect(subscriber: Subscriber): void {
    this.interest.removeAll(subscriber);
    this.subscribers.delete(subscriber);
    this.metrics.subscribers.set(this.subscribers.size);
    this.metrics.interestQueues.set(this.interest.queueCount);
  }

  private route(events: QueueAdvanced[]): void {
    this.metrics.fanOut.inc();
    // Most flushes touch one proxy; build per-subscriber batches only when needed.
    const batches = new Map<Subscriber, QueueAdvanced[]>();
    let out = 0;
    for (const event of events) {
      const holders = this.interest.holders(event.queueId);
      if (holders === undefined) continue;
      for (const subscriber of holders.keys()) {
        let batch = batches.get(subscriber);
        if (batch === undefined) batches.set(subscriber, (batch = []));
        batch.push(event);
        out++;
      }
    }
    this.metrics.eventsOut.inc(out);
    for (const [subscriber, batch] of batches) {
      const listener = subscriber.listener;
      if (listener === null) continue;
      try {
        listener(batch);
      } catch (err) {
        // A failing proxy must not stop delivery to the others.
        this.options.logger.error('notify listener failed', { subscriber: subscriber.id, err });
      }
    }
  }

  /** Queues currently wanted by at least one proxy (for tests and metrics). */
  interestedQueueCount(): number {
    return this.interest.queueCount;
  }

  isInterested(queueId: QueueId): boolean {
    return this.interest.holders(queueId) !== undefined;
  }

  async close(): Promise<void> {
    this.coalescer.flushNow();
    this.closed = true;
  }
}
