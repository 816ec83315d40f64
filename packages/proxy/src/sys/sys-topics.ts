/**
 * Broker statistics as retained messages under `$SYS/brokers/<node>/` (EMQX's layout), every
 * `--sys-interval` seconds. They go through the append batcher like wills: the broker publishes
 * them, so client ACLs do not apply (and clients can never publish to `$SYS`). A `#` subscriber
 * does not see them (MQTT-4.7.2-1: leading wildcards do not match `$` topics).
 *
 *   version  uptime (seconds)  clients/connected  messages/received  messages/sent
 *   bytes/received  bytes/sent  subscriptions/count
 *
 * Numbers are this proxy's (ProxyStats); in a cluster each proxy publishes under its own node.
 * A value that did not change since the last publication is not published again.
 */
import { checkTopicName, ConfigError, type Message } from '@wharf/core';
import type { ProxyContext } from '../context.ts';
import type { AppendOwner } from '../delivery/append-batcher.ts';

export interface SysTopicsOptions {
  /** `<node>` in the topics: the proxy id, or `wharf` for the all-in-one broker. */
  node: string;
  /** Seconds between publications (> 0). */
  intervalSeconds: number;
  version: string;
}

export class SysTopics implements AppendOwner {
  private readonly prefix: string;
  private readonly startedAt = Date.now();
  /** Last payload published per topic suffix. */
  private readonly last = new Map<string, string>();
  private timer: NodeJS.Timeout | null = null;
  private failures = 0;

  constructor(
    private readonly ctx: ProxyContext,
    private readonly options: SysTopicsOptions,
  ) {
    if (!(options.intervalSeconds > 0)) throw new Error(`$SYS interval must be > 0, not ${options.intervalSeconds}`);
    const node = options.node;
    // One topic level: a '/' would shift every statistic's path.
    if (node === '' || node.includes('/') || checkTopicName(node) !== null) {
      throw new ConfigError(`the $SYS node name ${JSON.stringify(node)} must be one valid topic level (set --proxy-id)`);
    }
    this.prefix = `$SYS/brokers/${node}/`;
  }

  start(): void {
    if (this.timer !== null) return;
    this.publish();
    this.timer = setInterval(() => this.publish(), this.options.intervalSeconds * 1000);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  private publish(): void {
    const { stats, live, connected } = this.ctx;
    let subscriptions = 0;
    for (const session of live.values()) subscriptions += session.subscriptions.size;
    this.put('version', this.options.version);
    this.put('uptime', String(Math.floor((Date.now() - this.startedAt) / 1000)));
    this.put('clients/connected', String(connected));
    this.put('messages/received', String(stats.messagesIn));
    this.put('messages/sent', String(stats.messagesOut));
    this.put('bytes/received', String(stats.bytesIn));
    this.put('bytes/sent', String(stats.bytesOut));
    this.put('subscriptions/count', String(subscriptions));
  }

  private put(name: string, value: string): void {
    if (this.last.get(name) === value) return;
    this.last.set(name, value);
    const message: Message = { topic: this.prefix + name, payload: Buffer.from(value, 'utf8'), qos: 0, retain: true };
    this.ctx.batcher.add(this, message, 0);
  }

  /** AppendOwner */
  appended(_qos: number, _packetId: number, _bytes: number, error: Error | null): void {
    if (error === null) {
      this.failures = 0;
      return;
    }
    // Published again next time: forget what was sent, and log the first failure of a run only.
    this.last.clear();
    if (this.failures++ === 0) this.ctx.logger.warn('$SYS statistics could not be stored', { err: error });
  }
}
