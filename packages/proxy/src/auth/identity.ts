/**
 * Who a connection is once CONNECT (or an enhanced-authentication exchange) succeeded, and what
 * the authenticator answers. The proxy keeps one ClientIdentity object per connection and passes
 * that same object to every authorization check.
 */
import type { AclRules } from './acl/rules.ts';

/** How the identity was established. */
export type AuthVia = 'anonymous' | 'password' | 'jwt' | 'SCRAM-SHA-256' | (string & {});

export interface ClientIdentity {
  readonly clientId: string;
  /**
   * The verified username; undefined for anonymous clients. A username that no credential
   * source verified is never put here (ACL `user` rules and `%u` must not trust it).
   */
  readonly username: string | undefined;
  readonly via: AuthVia;
  /** Rules carried by a JWT `acl` claim; checked before the ACL file. */
  readonly claimsAcl?: AclRules;
  /** The JWT's `exp`, ms since the epoch (the proxy may disconnect then; not enforced here). */
  readonly expiresAt?: number;
}

export type AuthFailureReason =
  /** Credentials were presented and are wrong (MQTT 5 0x86, 3.1.1 0x04). */
  | 'bad-credentials'
  /** No credentials and anonymous access is off, or the identity may not connect (0x87, 3.1.1 0x05). */
  | 'not-authorized'
  /** Too many password verifications already queued (0x89 server busy, 3.1.1 0x03). */
  | 'busy';

export type AuthOutcome =
  | { ok: true; identity: ClientIdentity }
  | { ok: false; reason: AuthFailureReason; message: string };

/** What CONNECT carries that authentication looks at. */
export interface ConnectCredentials {
  clientId: string;
  username?: string;
  password?: Buffer;
  remoteAddress: string;
}
