import type { Logger } from '@wharf/core';

/**
 * The listeners of one SessionPort event (takeover, ended, will), shared by both adapters.
 * A port starts, and may restore or reap sessions, before the proxy registers its listeners:
 * with `hold`, events raised before the first listener are kept and handed to it. A listener
 * that throws is logged and does not stop the others.
 */
export class PortEvent<A extends unknown[]> {
  private readonly listeners: ((...args: A) => void)[] = [];
  private held: A[] | null;

  constructor(
    private readonly name: string,
    private readonly logger: Logger,
    hold: boolean,
    private readonly clientIdOf: (...args: A) => string,
  ) {
    this.held = hold ? [] : null;
  }

  listen(listener: (...args: A) => void): void {
    this.listeners.push(listener);
    const held = this.held;
    if (held === null || held.length === 0) return;
    this.held = [];
    for (const args of held) this.emit(...args);
  }

  emit(...args: A): void {
    if (this.listeners.length === 0) {
      this.held?.push(args);
      return;
    }
    for (const listener of this.listeners) {
      try {
        listener(...args);
      } catch (err) {
        this.logger.error(`${this.name} listener failed`, { clientId: this.clientIdOf(...args), err });
      }
    }
  }
}
