/**
 * `wharf passwd`: manages the password file (format in packages/proxy/src/auth/password/file.ts), like
 * mosquitto_passwd. Each user gets a scrypt hash (CONNECT passwords) and SCRAM-SHA-256
 * credentials (MQTT 5 enhanced authentication). The file is replaced atomically (write a
 * temporary file, fsync, rename), keeping comments and other users' lines as they were.
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  checkUsername,
  DEFAULT_SCRAM_ITERATIONS,
  DEFAULT_SCRYPT_PARAMS,
  FileFormatError,
  hashScrypt,
  parsePasswordFile,
  SCRAM_ITERATIONS_MAX,
  SCRAM_ITERATIONS_MIN,
  scramCredentials,
  SCRYPT_LIMITS,
  withUser,
  type PasswordFile,
} from '@wharf/proxy';

const USAGE = `usage: wharf passwd [-c] [--password-stdin] [options] <file> <username>
       wharf passwd -b [-c] [options] <file> <username> <password>
       wharf passwd -D <file> <username>
       (after --, every argument is positional: for names starting with -)

Adds or updates a user (the password is read from stdin, one line), or deletes one.
  -c                        create the file, replacing an existing one
  -D                        delete the user
  -b                        batch: take the password from the command line (visible to ps)
  --password-stdin          read the password from stdin (the default without -b)
  --cost <ln>               scrypt cost as log2 N, ${SCRYPT_LIMITS.lnMin}..${SCRYPT_LIMITS.lnMax} (default ${DEFAULT_SCRYPT_PARAMS.ln})
  --scram-iterations <n>    SCRAM-SHA-256 iterations, ${SCRAM_ITERATIONS_MIN}..${SCRAM_ITERATIONS_MAX} (default ${DEFAULT_SCRAM_ITERATIONS})
  --no-scram                store no SCRAM-SHA-256 credentials for the user
`;

/** MQTT passwords are binary data of at most 65535 bytes. */
const MAX_PASSWORD_BYTES = 65535;

class UsageError extends Error {}

interface PasswdArgs {
  create: boolean;
  remove: boolean;
  batch: boolean;
  ln: number;
  scramIterations: number;
  scram: boolean;
  file: string;
  username: string;
  password: string | undefined;
}

function parseArgs(argv: string[]): PasswdArgs {
  const positional: string[] = [];
  const out = { create: false, remove: false, batch: false, ln: DEFAULT_SCRYPT_PARAMS.ln, scramIterations: DEFAULT_SCRAM_ITERATIONS, scram: true };
  const intArg = (flag: string, value: string | undefined, min: number, max: number): number => {
    if (value === undefined || !/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
      throw new UsageError(`${flag} needs an integer in ${min}..${max}`);
    }
    return Number(value);
  };
  let options = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!options) positional.push(arg);
    else if (arg === '--') options = false;
    else if (arg === '-c') out.create = true;
    else if (arg === '-D') out.remove = true;
    else if (arg === '-b') out.batch = true;
    else if (arg === '--password-stdin') {
      // the default; accepted for scripts that say so
    } else if (arg === '--no-scram') out.scram = false;
    else if (arg === '--cost') out.ln = intArg(arg, argv[++i], SCRYPT_LIMITS.lnMin, SCRYPT_LIMITS.lnMax);
    else if (arg === '--scram-iterations') out.scramIterations = intArg(arg, argv[++i], SCRAM_ITERATIONS_MIN, SCRAM_ITERATIONS_MAX);
    else if (arg === '-h' || arg === '--help') throw new UsageError('');
    else if (arg.startsWith('-') && arg.length > 1 && positional.length < 2) throw new UsageError(`unknown option ${arg}`);
    else positional.push(arg);
  }
  if (out.remove && (out.create || out.batch)) throw new UsageError('-D cannot be combined with -c or -b');
  const want = out.batch ? 3 : 2;
  if (positional.length !== want) throw new UsageError(out.batch ? 'expected <file> <username> <password>' : 'expected <file> <username>');
  return { ...out, file: positional[0]!, username: positional[1]!, password: positional[2] };
}

export async function runPasswd(argv: string[]): Promise<number> {
  let args: PasswdArgs;
  try {
    args = parseArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    if (err.message !== '') process.stderr.write(`wharf passwd: ${err.message}\n\n`);
    (err.message === '' ? process.stdout : process.stderr).write(USAGE);
    return err.message === '' ? 0 : 2;
  }
  try {
    return await passwd(args);
  } catch (err) {
    process.stderr.write(`wharf passwd: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

async function passwd(args: PasswdArgs): Promise<number> {
  const badName = checkUsername(args.username);
  if (badName !== null) throw new Error(badName);
  let file: PasswordFile;
  if (args.create) {
    file = parsePasswordFile('', args.file);
  } else {
    if (!existsSync(args.file)) throw new Error(`${args.file} does not exist (-c creates it)`);
    try {
      file = parsePasswordFile(readFileSync(args.file, 'utf8'), args.file);
    } catch (err) {
      // Rewriting a file we cannot read would lose what we did not understand.
      if (err instanceof FileFormatError) throw new Error(`${err.message}; fix the line first`);
      throw err;
    }
  }

  if (args.remove) {
    if (!file.users.has(args.username)) throw new Error(`no user "${args.username}" in ${args.file}`);
    replaceFile(args.file, withUser(file, args.username, null));
    process.stdout.write(`deleted user ${args.username} from ${args.file}\n`);
    return 0;
  }

  const password = args.batch ? args.password! : await readPasswordLine();
  const bytes = Buffer.from(password, 'utf8');
  if (bytes.length === 0) throw new Error('empty password');
  if (bytes.length > MAX_PASSWORD_BYTES) throw new Error(`password longer than ${MAX_PASSWORD_BYTES} bytes`);
  const scrypt = await hashScrypt(bytes, { ...DEFAULT_SCRYPT_PARAMS, ln: args.ln });
  const scram = args.scram ? scramCredentials(bytes, args.scramIterations) : null;
  const existed = file.users.has(args.username);
  replaceFile(args.file, withUser(file, args.username, { username: args.username, scrypt, scram }));
  process.stdout.write(`${existed ? 'updated' : 'added'} user ${args.username} in ${args.file}\n`);
  return 0;
}

/** One line from stdin, without its line break. A terminal gets a prompt (and echoes: no raw mode). */
function readPasswordLine(): Promise<string> {
  const stdin = process.stdin;
  if (stdin.isTTY) process.stderr.write('Password: ');
  return new Promise((resolve, reject) => {
    let text = '';
    const finish = (err: Error | null): void => {
      stdin.off('data', onData);
      stdin.off('end', onEnd);
      stdin.off('error', onError);
      stdin.pause();
      if (err !== null) reject(err);
      else resolve(text.replace(/\r?\n[\s\S]*$/, ''));
    };
    const onData = (chunk: string): void => {
      text += chunk;
      if (text.includes('\n')) finish(null);
      else if (text.length > MAX_PASSWORD_BYTES + 2) finish(new Error(`password longer than ${MAX_PASSWORD_BYTES} bytes`));
    };
    const onEnd = (): void => finish(null);
    const onError = (err: Error): void => finish(err);
    stdin.setEncoding('utf8');
    stdin.on('data', onData);
    stdin.on('end', onEnd);
    stdin.on('error', onError);
  });
}

/** Atomic replace: readers see the old file or the new one, never half of one. */
function replaceFile(path: string, text: string): void {
  const mode = existsSync(path) ? statSync(path).mode & 0o777 : 0o600;
  const tmp = `${path}.tmp-${process.pid}`;
  const fd = openSync(tmp, 'w', mode);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } catch (err) {
    closeSync(fd);
    unlinkSync(tmp);
    throw err;
  }
  closeSync(fd);
  renameSync(tmp, path);
  try {
    const dirFd = openSync(dirname(path), 'r');
    try {
      fsyncSync(dirFd);
    } finally {
      closeSync(dirFd);
    }
  } catch {
    // Not every platform can fsync a directory; the rename itself is done.
  }
}
