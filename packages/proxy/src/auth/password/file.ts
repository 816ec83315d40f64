/**
 * The password file, written by `wharf passwd`. One user per line, fields separated by `:`:
 *
 *   <username>:$scrypt$ln=14,r=8,p=1$<salt>$<hash>[:$scram-sha-256$i=4096$<salt>$<StoredKey>$<ServerKey>]
 *
 * The scrypt field verifies a CONNECT password; the SCRAM-SHA-256 field serves MQTT 5 enhanced
 * authentication (either field may be missing; a user without one cannot log in that way).
 * Base64 is standard, without padding. Blank lines and lines starting with `#` are kept as they
 * are. A username is not empty, has no `:` and no control characters, and does not start with
 * `#`.
 */
import { FileFormatError, splitLines } from '../file-format-error.ts';
import { formatScram, parseScram, type ScramCredentials } from './scram.ts';
import { formatScrypt, parseScrypt, type ScryptHash } from './scrypt.ts';

export const MAX_USERS = 1_000_000;
/** MQTT strings are at most 65535 bytes. */
const MAX_NAME_BYTES = 65535;

export interface UserEntry {
  readonly username: string;
  readonly scrypt: ScryptHash | null;
  readonly scram: ScramCredentials | null;
}

export interface PasswordFile {
  readonly users: ReadonlyMap<string, UserEntry>;
  /** The file's lines, comments included (for rewriting). */
  readonly lines: readonly string[];
  /** 0-based line index of each user. */
  readonly lineOf: ReadonlyMap<string, number>;
}

/** Returns why `name` cannot be a username in the file, or null. */
export function checkUsername(name: string): string | null {
  if (name.length === 0) return 'empty username';
  if (Buffer.byteLength(name, 'utf8') > MAX_NAME_BYTES) return 'username longer than 65535 bytes';
  if (name.startsWith('#')) return 'username starts with #';
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 0x3a /* : */) return 'username contains ":"';
    if (c < 0x20 || c === 0x7f) return 'username contains a control character';
  }
  return null;
}

export function parsePasswordFile(text: string, path: string): PasswordFile {
  const lines = splitLines(text);
  const users = new Map<string, UserEntry>();
  const lineOf = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '' || line.startsWith('#')) continue;
    const fail = (detail: string): FileFormatError => new FileFormatError(path, i + 1, detail);
    const colon = line.indexOf(':');
    if (colon < 0) throw fail('expected <username>:<hash>');
    const username = line.slice(0, colon);
    const badName = checkUsername(username);
    if (badName !== null) throw fail(badName);
    if (users.has(username)) throw fail(`user "${username}" already on line ${lineOf.get(username)! + 1}`);
    if (users.size === MAX_USERS) throw fail(`more than ${MAX_USERS} users`);
    let scrypt: ScryptHash | null = null;
    let scram: ScramCredentials | null = null;
    for (const field of line.slice(colon + 1).split(':')) {
      if (field.startsWith('$scrypt$')) {
        if (scrypt !== null) throw fail('two scrypt fields');
        const parsed = parseScrypt(field);
        if (typeof parsed === 'string') throw fail(parsed);
        scrypt = parsed;
      } else if (field.startsWith('$scram-sha-256$')) {
        if (scram !== null) throw fail('two scram-sha-256 fields');
        const parsed = parseScram(field);
        if (typeof parsed === 'string') throw fail(parsed);
        scram = parsed;
      } else {
        throw fail(`unknown credential field "${field.slice(0, 24)}" (expected $scrypt$… or $scram-sha-256$…)`);
      }
    }
    users.set(username, { username, scrypt, scram });
    lineOf.set(username, i);
  }
  return { users, lines, lineOf };
}

export function formatUserLine(entry: UserEntry): string {
  const fields = [entry.username];
  if (entry.scrypt !== null) fields.push(formatScrypt(entry.scrypt));
  if (entry.scram !== null) fields.push(formatScram(entry.scram));
  return fields.join(':');
}

/**
 * The file's text with `username`'s line replaced by `entry` (appended when new), or removed
 * when `entry` is null. Every other line is kept as it was.
 */
export function withUser(file: PasswordFile, username: string, entry: UserEntry | null): string {
  const lines = [...file.lines];
  const at = file.lineOf.get(username);
  if (entry === null) {
    if (at !== undefined) lines.splice(at, 1);
  } else if (at !== undefined) {
    lines[at] = formatUserLine(entry);
  } else {
    lines.push(formatUserLine(entry));
  }
  return lines.length === 0 ? '' : lines.join('\n') + '\n';
}
