import type { Logger, WillRecord } from '@wharf/core';
import type { AppendBatcher, AppendOwner } from '../delivery/append-batcher.ts';

/**
 * Due wills go out through the same append path as any publish (so retained wills update the
 * retained table). When a will is due — delay, session end, takeover, a dead proxy — is the
 * SessionPort's decision (SessionPort.setWill / onWill), so this code runs the same on every
 * adapter.
 */
export class WillPublisher implements AppendOwner {
  constructor(
    private readonly batcher: AppendBatcher,
    private readonly logger: Logger,
  ) {}

  publish(_clientId: string, will: WillRecord): void {
    this.batcher.add(this, will.message, 0);
  }

  appended(_qos: number, _packetId: number, _bytes: number, error: Error | null): void {
    if (error !== null) this.logger.warn('will message could not be stored', { err: error });
  }
}
