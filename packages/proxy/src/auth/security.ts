/**
 * Builds authentication and authorization from the config (`--allow-anonymous`,
 * `--password-file`, `--acl-file`, `--acl-no-match`, `--deny-filters`, `--jwt-*`) and reloads
 * the files on demand (SIGHUP). A bad option or file line is a ConfigError naming the option,
 * the file and the line; a failed reload keeps what was loaded before.
 */
import { createHash, createPublicKey, randomBytes, type KeyObject } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { checkTopicFilter, CONFIG_OPTIONS, ConfigError, type Logger, type WharfConfig } from '@wharf/core';
import { compilePolicy, EMPTY_POLICY, parseAclFile, type AclPolicyRules } from './acl/file.ts';
import { CredentialAuthenticator, DEFAULT_AUTH_LIMITS, type Authenticator, type AuthenticatorLimits, type CredentialState, type JwtSettings } from './authenticator.ts';
import { RuleAuthorizer, type AclPolicy, type Authorizer } from './authorizer.ts';
import { FileFormatError } from './file-format-error.ts';
import { parsePasswordFile, type PasswordFile } from './password/file.ts';
import { DEFAULT_SCRAM_ITERATIONS } from './password/scram.ts';
import { DEFAULT_SCRYPT_PARAMS, dummyScrypt } from './password/scrypt.ts';

export type SecurityConfig = Pick<
  WharfConfig,
  | 'allowAnonymous'
  | 'passwordFile'
  | 'aclFile'
  | 'aclNoMatch'
  | 'denyFilters'
  | 'jwtSecret'
  | 'jwtSecretFile'
  | 'jwtPublicKeyFile'
  | 'jwtUsernameClaim'
  | 'jwtClockSkewSeconds'
>;

export interface SecuritySummary {
  allowAnonymous: boolean;
  users: number;
  aclRules: number;
  aclNoMatch: 'allow' | 'deny';
  deniedFilters: string[];
  jwt: Array<'HS256' | 'RS256'>;
  enhancedMethods: string[];
}

export interface Security {
  readonly authenticator: Authenticator;
  readonly authorizer: Authorizer;
  /** What is loaded now. */
  summary(): SecuritySummary;
  /** Re-reads the password, ACL, secret and key files; on a ConfigError nothing changes. */
  reload(): SecuritySummary;
}

/** A password or ACL file larger than this is refused (it is read whole at start and reload). */
export const MAX_SECURITY_FILE_BYTES = 64 * 1024 * 1024;
/** RFC 7518 §3.2: an HS256 key of at least 256 bits. */
const MIN_HMAC_SECRET_BYTES = 32;
const MIN_RSA_BITS = 2048;

export function loadSecurity(config: SecurityConfig, logger: Logger, limits: AuthenticatorLimits = DEFAULT_AUTH_LIMITS): Security {
  const log = logger.child({ component: 'security' });
  let built = build(config, log);
  const authenticator = new CredentialAuthenticator(built.credentials, limits);
  const authorizer = new RuleAuthorizer(built.policy);
  const summary = (): SecuritySummary => ({
    allowAnonymous: built.credentials.allowAnonymous,
    users: built.credentials.passwords?.users.size ?? 0,
    aclRules: built.policy.rules.count,
    aclNoMatch: built.policy.noMatchAllow ? 'allow' : 'deny',
    deniedFilters: [...built.policy.deniedFilters],
    jwt: [...(built.credentials.jwt?.keys.hmacSecret ? ['HS256' as const] : []), ...(built.credentials.jwt?.keys.rsaPublicKey ? ['RS256' as const] : [])],
    enhancedMethods: authenticator.registry.names.filter((m) => authenticator.enhanced(m) !== undefined),
  });
  log.info('security loaded', { ...summary() });
  return {
    authenticator,
    authorizer,
    summary,
    reload() {
      const next = build(config, log);
      built = next;
      authenticator.setState(next.credentials);
      authorizer.setPolicy(next.policy);
      const s = summary();
      log.info('security reloaded', { ...s });
      return s;
    },
  };
}

interface Built {
  credentials: CredentialState;
  policy: AclPolicy;
}

function build(config: SecurityConfig, log: Logger): Built {
  const passwords = config.passwordFile === '' ? null : loadPasswordFile(config.passwordFile, log);
  const jwt = loadJwt(config, log);
  const allowAnonymous = config.allowAnonymous === 'true';
  if (!allowAnonymous && passwords === null && jwt === null) {
    log.warn('anonymous access is off and no --password-file or --jwt-* key is configured: no client can connect');
  }
  const first = passwords === null ? undefined : [...passwords.file.users.values()].find((u) => u.scrypt !== null);
  const credentials: CredentialState = {
    allowAnonymous,
    passwords: passwords?.file ?? null,
    dummyHash: dummyScrypt(first?.scrypt?.params ?? DEFAULT_SCRYPT_PARAMS),
    jwt,
    mockSaltKey: passwords === null ? randomBytes(32) : createHash('sha256').update('wharf scram mock salt\n').update(passwords.text).digest(),
    mockIterations: passwords === null ? DEFAULT_SCRAM_ITERATIONS : commonIterations(passwords.file),
  };
  const rules: AclPolicyRules = config.aclFile === '' ? EMPTY_POLICY : loadAclFile(config.aclFile, log);
  const policy: AclPolicy = { rules, noMatchAllow: config.aclNoMatch === 'allow', deniedFilters: parseDeniedFilters(config.denyFilters) };
  return { credentials, policy };
}

function optionError(key: keyof SecurityConfig, detail: string): ConfigError {
  const spec = CONFIG_OPTIONS.find((o) => o.key === key);
  const name = spec === undefined ? key : `${spec.flag} (env ${spec.env}, file key "${key}")`;
  return new ConfigError(`invalid ${name}: ${detail}`);
}

function readOptionFile(key: keyof SecurityConfig, path: string, log: Logger, secret: boolean): string {
  let text: string;
  try {
    const size = statSync(path).size;
    if (size > MAX_SECURITY_FILE_BYTES) throw new Error(`larger than ${MAX_SECURITY_FILE_BYTES} bytes`);
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw optionError(key, `cannot read ${path}: ${(err as Error).message}`);
  }
  if (secret && process.platform !== 'win32' && (statSync(path).mode & 0o044) !== 0) {
    log.warn('a secret file is readable by other users; chmod 600 it', { file: path });
  }
  return text;
}

function loadPasswordFile(path: string, log: Logger): { file: PasswordFile; text: string } {
  const text = readOptionFile('passwordFile', path, log, true);
  try {
    return { file: parsePasswordFile(text, path), text };
  } catch (err) {
    if (err instanceof FileFormatError) throw optionError('passwordFile', err.message);
    throw err;
  }
}

function loadAclFile(path: string, log: Logger): AclPolicyRules {
  const text = readOptionFile('aclFile', path, log, false);
  try {
    return compilePolicy(parseAclFile(text, path));
  } catch (err) {
    if (err instanceof FileFormatError) throw optionError('aclFile', err.message);
    throw err;
  }
}

function parseDeniedFilters(list: string): Set<string> {
  const out = new Set<string>();
  for (const raw of list.split(',')) {
    const filter = raw.trim();
    if (filter === '') continue;
    const invalid = checkTopicFilter(filter);
    if (invalid !== null) throw optionError('denyFilters', `"${filter}" is not a valid topic filter (${invalid})`);
    out.add(filter);
  }
  return out;
}

function loadJwt(config: SecurityConfig, log: Logger): JwtSettings | null {
  if (config.jwtSecret !== '' && config.jwtSecretFile !== '') {
    throw optionError('jwtSecretFile', 'give either --jwt-secret or --jwt-secret-file, not both');
  }
  let hmacSecret: Buffer | null = null;
  if (config.jwtSecret !== '') {
    hmacSecret = Buffer.from(config.jwtSecret, 'utf8');
    if (hmacSecret.length < MIN_HMAC_SECRET_BYTES) throw optionError('jwtSecret', `the secret has ${hmacSecret.length} bytes; HS256 needs at least ${MIN_HMAC_SECRET_BYTES}`);
  } else if (config.jwtSecretFile !== '') {
    // One trailing line break is the editor's, not the secret's.
    const text = readOptionFile('jwtSecretFile', config.jwtSecretFile, log, true).replace(/\r?\n$/, '');
    hmacSecret = Buffer.from(text, 'utf8');
    if (hmacSecret.length < MIN_HMAC_SECRET_BYTES) {
      throw optionError('jwtSecretFile', `${config.jwtSecretFile} holds ${hmacSecret.length} bytes; HS256 needs at least ${MIN_HMAC_SECRET_BYTES}`);
    }
  }
  let rsaPublicKey: KeyObject | null = null;
  if (config.jwtPublicKeyFile !== '') {
    const path = config.jwtPublicKeyFile;
    const pem = readOptionFile('jwtPublicKeyFile', path, log, false);
    try {
      rsaPublicKey = createPublicKey(pem);
    } catch (err) {
      throw optionError('jwtPublicKeyFile', `${path} is not a PEM public key: ${(err as Error).message}`);
    }
    if (rsaPublicKey.asymmetricKeyType !== 'rsa') throw optionError('jwtPublicKeyFile', `${path} holds a ${rsaPublicKey.asymmetricKeyType} key; RS256 needs RSA`);
    const bits = rsaPublicKey.asymmetricKeyDetails?.modulusLength ?? 0;
    if (bits < MIN_RSA_BITS) throw optionError('jwtPublicKeyFile', `${path} holds a ${bits}-bit RSA key; at least ${MIN_RSA_BITS} bits are required`);
  }
  if (hmacSecret === null && rsaPublicKey === null) return null;
  if (config.jwtUsernameClaim === '') throw optionError('jwtUsernameClaim', 'empty');
  return { keys: { hmacSecret, rsaPublicKey }, usernameClaim: config.jwtUsernameClaim, clockSkewSeconds: config.jwtClockSkewSeconds };
}

/** The iteration count most users have, so an unknown user's does not stand out. */
function commonIterations(file: PasswordFile): number {
  const counts = new Map<number, number>();
  for (const u of file.users.values()) if (u.scram !== null) counts.set(u.scram.iterations, (counts.get(u.scram.iterations) ?? 0) + 1);
  let best = DEFAULT_SCRAM_ITERATIONS;
  let most = 0;
  for (const [i, n] of counts) if (n > most) [best, most] = [i, n];
  return best;
}
