/**
 * CONNECT authentication. Which source decides:
 *   - the password looks like a JWT and a JWT key is configured → the JWT (jwt.ts);
 *   - no username and no password → anonymous, if `--allow-anonymous true`;
 *   - no credential source configured at all → anonymous (credentials cannot be checked, so the
 *     username is not trusted), if `--allow-anonymous true`;
 *   - otherwise the password file: the username must be there and the password must match.
 * An unknown user costs the same scrypt as a known one (a dummy hash with the file's cost).
 */
import { parseAclClaim } from './acl/claims.ts';
import { EnhancedAuthRegistry, type EnhancedAuthMethod } from './enhanced/method.ts';
import { SCRAM_SHA_256, ScramSha256 } from './enhanced/scram.ts';
import type { AuthFailureReason, AuthOutcome, ClientIdentity, ConnectCredentials } from './identity.ts';
import { looksLikeJwt, verifyJwt, type JwtKeys } from './jwt.ts';
import type { PasswordFile } from './password/file.ts';
import { HashLimiter } from './password/hash-limiter.ts';
import { verifyScrypt, type ScryptHash } from './password/scrypt.ts';

export interface Authenticator {
  authenticate(req: ConnectCredentials): Promise<AuthOutcome>;
  /** The enhanced authentication method of that name, or undefined when not supported (0x8C). */
  enhanced(method: string): EnhancedAuthMethod | undefined;
}

export interface JwtSettings {
  readonly keys: JwtKeys;
  readonly usernameClaim: string;
  readonly clockSkewSeconds: number;
}

/** Everything a reload replaces at once. */
export interface CredentialState {
  readonly allowAnonymous: boolean;
  readonly passwords: PasswordFile | null;
  /** Verified in place of an unknown user's hash. */
  readonly dummyHash: ScryptHash;
  readonly jwt: JwtSettings | null;
  readonly mockSaltKey: Buffer;
  readonly mockIterations: number;
}

export interface AuthenticatorLimits {
  /** Password hashes computed at once (scrypt shares libuv's pool with file I/O). */
  hashConcurrency: number;
  /** Verifications waiting beyond those; more are refused as 'busy'. */
  hashQueue: number;
}

export const DEFAULT_AUTH_LIMITS: AuthenticatorLimits = { hashConcurrency: 2, hashQueue: 10_000 };

export class CredentialAuthenticator implements Authenticator {
  /** Methods beyond the built-in SCRAM-SHA-256 may be registered here. */
  readonly registry = new EnhancedAuthRegistry();
  private state: CredentialState;
  private readonly limiter: HashLimiter;
  /** Seconds since the epoch; replaceable in tests. */
  now: () => number = () => Date.now() / 1000;

  constructor(state: CredentialState, limits: AuthenticatorLimits = DEFAULT_AUTH_LIMITS) {
    this.state = state;
    this.limiter = new HashLimiter(limits.hashConcurrency, limits.hashQueue);
    this.registry.register(
      new ScramSha256(() => {
        const s = this.state;
        return {
          scramCredentials: (username) => s.passwords?.users.get(username)?.scram ?? null,
          mockSaltKey: s.mockSaltKey,
          mockIterations: s.mockIterations,
        };
      }),
    );
  }

  setState(state: CredentialState): void {
    this.state = state;
  }

  enhanced(method: string): EnhancedAuthMethod | undefined {
    if (method === SCRAM_SHA_256 && this.state.passwords === null) return undefined;
    return this.registry.get(method);
  }

  async authenticate(req: ConnectCredentials): Promise<AuthOutcome> {
    const s = this.state;
    const { username, password } = req;
    if (password !== undefined && s.jwt !== null && looksLikeJwt(password)) return this.checkJwt(req, password, s.jwt);
    if ((username === undefined && password === undefined) || (s.passwords === null && s.jwt === null)) {
      if (!s.allowAnonymous) return fail('not-authorized', username === undefined ? 'anonymous access is off' : 'no credential source can verify the username and anonymous access is off');
      return { ok: true, identity: { clientId: req.clientId, username: undefined, via: 'anonymous' } };
    }
    if (s.passwords === null) return fail('bad-credentials', 'the password is not a JWT and no password file is configured');
    if (username === undefined || password === undefined) return fail('bad-credentials', 'a username and a password are required');
    const entry = s.passwords.users.get(username);
    const stored = entry?.scrypt ?? null;
    const job = this.limiter.run(() => verifyScrypt(password, stored ?? s.dummyHash));
    if (job === null) return fail('busy', 'too many password verifications queued');
    const matches = await job;
    if (stored === null) return fail('bad-credentials', entry === undefined ? 'unknown user' : 'user has no scrypt password');
    if (!matches) return fail('bad-credentials', 'wrong password');
    return { ok: true, identity: { clientId: req.clientId, username, via: 'password' } };
  }

  private checkJwt(req: ConnectCredentials, password: Buffer, jwt: JwtSettings): AuthOutcome {
    const result = verifyJwt(password.toString('latin1'), { ...jwt, now: this.now() });
    if (!result.ok) return fail('bad-credentials', `JWT: ${result.message}`);
    const claims = result.claims;
    const claim = claims[jwt.usernameClaim];
    if (claim !== undefined && typeof claim !== 'string') return fail('bad-credentials', `JWT: claim ${jwt.usernameClaim} is not a string`);
    const claimed = claim as string | undefined;
    if (req.username !== undefined && claimed !== req.username) {
      return fail('bad-credentials', `JWT: claim ${jwt.usernameClaim} does not equal the username`);
    }
    const clientIdClaim = claims['clientid'];
    if (clientIdClaim !== undefined && clientIdClaim !== req.clientId) return fail('bad-credentials', 'JWT: claim clientid does not equal the client id');
    const identity: { -readonly [K in keyof ClientIdentity]: ClientIdentity[K] } = {
      clientId: req.clientId,
      username: req.username ?? claimed,
      via: 'jwt',
    };
    if (claims['acl'] !== undefined) {
      const rules = parseAclClaim(claims['acl']);
      if (typeof rules === 'string') return fail('bad-credentials', `JWT: acl claim: ${rules}`);
      identity.claimsAcl = rules;
    }
    const exp = claims['exp'];
    if (typeof exp === 'number') identity.expiresAt = exp * 1000;
    return { ok: true, identity };
  }
}

function fail(reason: AuthFailureReason, message: string): AuthOutcome {
  return { ok: false, reason, message };
}
