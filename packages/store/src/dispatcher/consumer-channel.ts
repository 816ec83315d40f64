/**
 * The in-process QueueChannel (ports/queues.ts): a proxy's session with this store's
 * dispatchers. Dispatches are coalesced per turn of the event loop into one `dispatched` call,
 * in dispatch order; the gRPC adapter wraps the same object for remote proxies.
 */
import type { ConsumerAttach, ConsumerAttached, Logger, QueueChannel, QueueDispatch, QueueDispatchSink, QueueSettle } from '@wharf/core';

/** What the channel asks of the store's queues. */
export interface ChannelOwner {
  attach(channel: LocalQueueChannel, request: ConsumerAttach): Promise<ConsumerAttached>;
  detach(channel: LocalQueueChannel, consumerId: string, queue: number): void;
  settle(channel: LocalQueueChannel, settles: readonly QueueSettle[]): void;
  closeChannel(channel: LocalQueueChannel): void;
}

export class ChannelClosedError extends Error {
  override name = 'ChannelClosedError';
}

export function consumerKey(queue: number, consumerId: string): string {
  return `${queue}\u0000${consumerId}`;
}

export class LocalQueueChannel implements QueueChannel {
  private closedFlag = false;
  /** Consumers attached on this channel, by consumerKey. */
  readonly consumers = new Map<string, { queue: number; consumerId: string }>();
  private pending: QueueDispatch[] = [];
  private scheduled = false;
  readonly deliver = (d: QueueDispatch): void => {
    this.pending.push(d);
    if (!this.scheduled) {
      this.scheduled = true;
      // setImmediate, not a microtask: an attach's promise settles before its first dispatches.
      setImmediate(this.flushBound);
    }
  };
  private readonly flushBound = (): void => this.flush();

  constructor(
    private readonly owner: ChannelOwner,
    private readonly sink: QueueDispatchSink,
    private readonly logger: Logger,
  ) {}

  get closed(): boolean {
    return this.closedFlag;
  }

  attach(request: ConsumerAttach): Promise<ConsumerAttached> {
    if (this.closedFlag) return Promise.reject(new ChannelClosedError('queue channel is closed'));
    return this.owner.attach(this, request);
  }

  detach(consumerId: string, queue: number): void {
    if (this.closedFlag) return;
    this.owner.detach(this, consumerId, queue);
  }

  settle(settles: readonly QueueSettle[]): void {
    if (this.closedFlag || settles.length === 0) return;
    this.owner.settle(this, settles);
  }

  close(): void {
    if (this.closedFlag) return;
    this.owner.closeChannel(this);
    this.closedFlag = true;
    this.pending = [];
  }

  /** Sends what is pending now. */
  flush(): void {
    this.scheduled = false;
    if (this.pending.length === 0 || this.closedFlag) {
      this.pending = [];
      return;
    }
    const batch = this.pending;
    this.pending = [];
    try {
      this.sink.dispatched(batch);
    } catch (err) {
      this.logger.error('queue dispatch sink threw', { err });
    }
  }

  /** The store dropped these consumers; dispatches already made reach the sink first. */
  notifyDetached(consumers: readonly { consumerId: string; queue: number; reason: string }[]): void {
    for (const c of consumers) this.consumers.delete(consumerKey(c.queue, c.consumerId));
    if (this.closedFlag || consumers.length === 0) return;
    this.flush();
    try {
      this.sink.detached(consumers);
    } catch (err) {
      this.logger.error('queue detach sink threw', { err });
    }
  }

  /** The store is closing: the channel ends after telling its sink. */
  end(reason: string): void {
    if (this.closedFlag) return;
    const all = [...this.consumers.values()].map((c) => ({ consumerId: c.consumerId, queue: c.queue, reason }));
    this.notifyDetached(all);
    this.closedFlag = true;
  }
}
