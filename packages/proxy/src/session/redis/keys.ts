/**
 * The Redis key layout of the session adapter. Every key starts with a configurable prefix
 * (default `wharf:`), so several clusters (or test runs) can share one Redis.
 *
 * | key                         | type   | holds                                                        |
 * |-----------------------------|--------|--------------------------------------------------------------|
 * | `<p>epoch`                  | string | cluster-wide claim counter: every claim INCRs it (fencing)   |
 * | `<p>s:<clientId>`           | hash   | one session: `epoch`, `owner` (proxy id, "" when released),  |
 * |                             |        | `state` (JSON, no offsets), `exp` (expiry s), `disc` (ms),   |
 * |                             |        | `waiter` (proxy whose claim waits for the release), and the  |
 * |                             |        | will: `will` (JSON), `wdelay` (s), `warmed` ("1": its        |
 * |                             |        | connection is live; "0": pending), `wdue` (ms)               |
 * | `<p>so:<clientId>`          | hash   | the session's offsets: queueId → next offset                 |
 * | `<p>expiry`                 | zset   | released sessions by expiry deadline (ms)                    |
 * | `<p>wills`                  | zset   | pending wills by deadline (ms)                               |
 * | `<p>proxies`                | set    | live proxies: registered, not declared dead                  |
 * | `<p>proxy:<proxyId>`        | string | liveness: refreshed every heartbeat, expires after its TTL   |
 * | `<p>held:<proxyId>`         | zset   | sessions the proxy holds: clientId → claim epoch             |
 * | `<p>reaping`                | set    | dead proxies whose sessions are still being released         |
 * | `<p>reap:<proxyId>`         | zset   | what a dead proxy held when it was declared dead             |
 * | `<p>ctl:<proxyId>` (pubsub) | channel| `k|<epoch>|<clientId>`: give the session up (takeover);      |
 * |                             |        | `r|<clientId>`: the session your claim waits for was released|
 *
 * Deadlines are Redis server time (TIME in the scripts), so proxy clocks do not need to agree.
 * Scripts build these keys from the prefix, so the adapter needs a single Redis (or a
 * Sentinel-managed primary), not Redis Cluster.
 */

export const DEFAULT_KEY_PREFIX = 'wharf:';

export function controlChannel(prefix: string, proxyId: string): string {
  return `${prefix}ctl:${proxyId}`;
}

/** Control messages on a proxy's channel. Client ids may hold any character: they come last. */
export type ControlMessage = { kind: 'kick'; clientId: string; epoch: number } | { kind: 'released'; clientId: string };

export function parseControl(message: string): ControlMessage | null {
  if (message.startsWith('r|')) return { kind: 'released', clientId: message.slice(2) };
  if (message.startsWith('k|')) {
    const bar = message.indexOf('|', 2);
    if (bar === -1) return null;
    const epoch = Number(message.slice(2, bar));
    if (!Number.isSafeInteger(epoch)) return null;
    return { kind: 'kick', clientId: message.slice(bar + 1), epoch };
  }
  return null;
}
