/**
 * MQTT 5 enhanced authentication (§4.12): the CONNECT names an Authentication Method and the
 * broker and client trade AUTH packets until the method succeeds or fails.
 *
 * Proxy side, in order:
 *   CONNECT with method M   → registry.get(M) undefined: CONNACK 0x8C (bad authentication method)
 *                             else step = await method.start(connect.authenticationData, ctx)
 *   step.kind 'continue'    → AUTH 0x18 (continue) with step.data; on the client's AUTH 0x18:
 *                             step = await step.continue(auth.authenticationData)
 *   step.kind 'success'     → CONNACK 0x00 with method M and step.data (when present)
 *   step.kind 'failure'     → CONNACK 0x86 (bad-credentials) or 0x87 (not-authorized)
 * Re-authentication (AUTH 0x19 after CONNACK) runs the same steps, ending in AUTH 0x00.
 * A step is used once; every exchange keeps its own state in its steps.
 */
import type { ClientIdentity } from '../identity.ts';

export interface EnhancedAuthContext {
  readonly clientId: string;
  /** The CONNECT's username, when it has one (a method may require it to match). */
  readonly username: string | undefined;
  readonly remoteAddress: string;
}

export type AuthStep =
  | {
      readonly kind: 'continue';
      /** Authentication Data for the broker's AUTH 0x18. */
      readonly data: Buffer;
      /** The client's next Authentication Data. */
      continue(authData: Buffer | undefined): Promise<AuthStep>;
    }
  | { readonly kind: 'success'; readonly identity: ClientIdentity; readonly data?: Buffer }
  | { readonly kind: 'failure'; readonly reason: 'bad-credentials' | 'not-authorized'; readonly message: string };

export interface EnhancedAuthMethod {
  /** The Authentication Method string, e.g. `SCRAM-SHA-256`. */
  readonly name: string;
  start(authData: Buffer | undefined, ctx: EnhancedAuthContext): Promise<AuthStep>;
}

export class EnhancedAuthRegistry {
  private readonly methods = new Map<string, EnhancedAuthMethod>();

  register(method: EnhancedAuthMethod): void {
    if (this.methods.has(method.name)) throw new Error(`enhanced authentication method ${method.name} registered twice`);
    this.methods.set(method.name, method);
  }

  /** Undefined for a method this broker does not support (the proxy answers 0x8C). */
  get(name: string): EnhancedAuthMethod | undefined {
    return this.methods.get(name);
  }

  get names(): string[] {
    return [...this.methods.keys()];
  }
}

export function authFailure(reason: 'bad-credentials' | 'not-authorized', message: string): AuthStep {
  return { kind: 'failure', reason, message };
}
