import { Counter, type Registry } from 'prom-client';

/**
 * A Prometheus counter whose value is a plain number the hot path increments (no prom-client
 * call per message); prom-client reads it only when /metrics is scraped.
 */
export function scrapedCounter(registry: Registry, name: string, help: string, read: () => number): void {
  new Counter({
    name,
    help,
    registers: [registry],
    collect() {
      this.reset();
      this.inc(read());
    },
  });
}
