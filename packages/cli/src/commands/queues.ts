/**
 * `wharf queues`: manages message queues through the REST API of a running broker (the same
 * API as EMQX 6's `/api/v5/message_queues`), so it works against `wharf start` and any
 * `wharf proxy` alike. Values go to the server as given; the server validates them and its
 * message names the field, so the CLI and the API never disagree on what is valid.
 */
import type { QueueJson, QueuesConfigJson } from '@wharf/core';

const USAGE = `usage: wharf queues <command> [options]

commands:
  create <topic_filter> [fields]   create a queue (a last-value queue unless --no-lastvalue, as in EMQX)
  list [--limit n] [--cursor c] [--all]
                                   list queues and dead-letter queues ($dlq/...), with depth and consumers
  show <topic_filter|name>         one queue: its settings, figures and consumers
  update <topic_filter|name> [fields]
                                   change fields (is_lastvalue cannot change)
  delete <topic_filter|name>       delete a queue, its messages and its dead-letter queue
  config [--auto-create true|false] [--share-dispatch-strategy s] [fields]
                                   show the broker-wide queue settings, or change them (fields set the
                                   defaults of created and auto-created queues)

queue fields:
  --name <name>                    also consumable as $queue/<name>
  --lastvalue | --no-lastvalue     is_lastvalue (or --is-lastvalue true|false)
  --key-expression <expr>          last-value key: message.from, message.topic,
                                   message.headers.properties.User-Property.<name>, message.payload.<path>
  --missing-key fallback|reject    a last-value message without a key: stored under --fallback-key, or refused
  --fallback-key <key>
  --dispatch-strategy random|round_robin|least_inflight
  --retention <duration>           data_retention_period: 7d, 12h, 30m, 15s, 250ms or milliseconds
  --ack-timeout <duration>         redeliver a message unacknowledged this long (0: only on disconnect)
  --max-deliveries <n>             deliveries before a message moves to $dlq/<filter> (0: unlimited)
  --max-messages <n>               waiting messages at most, oldest dropped first (0: no limit)
  --max-bytes <n>                  waiting payload bytes at most, oldest dropped first (0: no limit)

connection and output:
  --url <url>                      the broker's HTTP endpoint (--http-port) [env WHARF_URL, default http://127.0.0.1:8080]
  --api-key <key:secret>           an API key from the broker's --api-keys-file [env WHARF_API_KEY]
  --json                           print the API's JSON instead of tables
`;

const API = '/api/v5/message_queues';
const REQUEST_TIMEOUT_MS = 30_000;

class UsageError extends Error {}
/** The request failed; the message is what the user reads. */
class RequestError extends Error {}

/** Flags that take a value, by name, with the JSON field they set (null: handled by the command). */
const FIELD_FLAGS: Record<string, { field: string; kind: 'string' | 'int' | 'duration' | 'bool' }> = {
  '--name': { field: 'name', kind: 'string' },
  '--is-lastvalue': { field: 'is_lastvalue', kind: 'bool' },
  '--key-expression': { field: 'key_expression', kind: 'string' },
  '--missing-key': { field: 'missing_key', kind: 'string' },
  '--fallback-key': { field: 'fallback_key', kind: 'string' },
  '--dispatch-strategy': { field: 'dispatch_strategy', kind: 'string' },
  '--retention': { field: 'data_retention_period', kind: 'duration' },
  '--data-retention-period': { field: 'data_retention_period', kind: 'duration' },
  '--ack-timeout': { field: 'ack_timeout', kind: 'duration' },
  '--max-deliveries': { field: 'max_deliveries', kind: 'int' },
  '--max-messages': { field: 'max_messages', kind: 'int' },
  '--max-bytes': { field: 'max_bytes', kind: 'int' },
};
const CONFIG_FLAGS: Record<string, { field: string; kind: 'string' | 'bool' }> = {
  '--auto-create': { field: 'auto_create', kind: 'bool' },
  '--share-dispatch-strategy': { field: 'share_dispatch_strategy', kind: 'string' },
};
const OPTION_FLAGS = new Set(['--url', '--api-key', '--limit', '--cursor']);
const SWITCHES = new Set(['--json', '--all', '--lastvalue', '--no-lastvalue', '--help', '-h']);

interface Parsed {
  command: string;
  positional: string[];
  fields: Record<string, unknown>;
  configFields: Record<string, unknown>;
  options: Map<string, string>;
  switches: Set<string>;
}

/** Numbers stay numbers in JSON; anything else goes as text for the server to judge. */
function fieldValue(kind: string, raw: string, flag: string): unknown {
  if (kind === 'int' || kind === 'duration') return /^\d+$/.test(raw) ? Number(raw) : raw;
  if (kind === 'bool') {
    if (raw === 'true') return true;
    if (raw === 'false') return false;
    throw new UsageError(`${flag} needs true or false, got "${raw}"`);
  }
  return raw;
}

function parseArgs(argv: readonly string[]): Parsed {
  const rest = argv;
  const out: Parsed = { command: '', positional: [], fields: {}, configFields: {}, options: new Map(), switches: new Set() };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    const value = (): string => {
      const v = eq !== -1 ? arg.slice(eq + 1) : rest[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (SWITCHES.has(flag)) {
      if (eq !== -1) throw new UsageError(`${flag} takes no value`);
      out.switches.add(flag);
    } else if (flag in FIELD_FLAGS) {
      const spec = FIELD_FLAGS[flag]!;
      out.fields[spec.field] = fieldValue(spec.kind, value(), flag);
    } else if (flag in CONFIG_FLAGS) {
      const spec = CONFIG_FLAGS[flag]!;
      out.configFields[spec.field] = fieldValue(spec.kind, value(), flag);
    } else if (OPTION_FLAGS.has(flag)) {
      out.options.set(flag, value());
    } else if (arg.startsWith('-') && arg.length > 1) {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      out.positional.push(arg);
    }
  }
  out.command = out.positional.shift() ?? '';
  if (out.switches.has('--lastvalue') && out.switches.has('--no-lastvalue')) throw new UsageError('--lastvalue and --no-lastvalue contradict each other');
  if (out.switches.has('--lastvalue')) out.fields['is_lastvalue'] = true;
  if (out.switches.has('--no-lastvalue')) out.fields['is_lastvalue'] = false;
  return out;
}

class Client {
  private readonly base: URL;
  private readonly authorization: string | undefined;

  constructor(url: string, apiKey: string | undefined) {
    let base: URL;
    try {
      base = new URL(url);
    } catch {
      throw new UsageError(`--url "${url}" is not a URL (e.g. http://127.0.0.1:8080)`);
    }
    if (base.protocol !== 'http:' && base.protocol !== 'https:') throw new UsageError(`--url "${url}" must be http:// or https://`);
    this.base = base;
    if (apiKey !== undefined && apiKey !== '') {
      if (apiKey.indexOf(':') <= 0) throw new UsageError('--api-key must be key:secret');
      this.authorization = `Basic ${Buffer.from(apiKey, 'utf8').toString('base64')}`;
    }
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T | null }> {
    // Keeps a path prefix of --url (a broker behind a reverse proxy).
    const url = new URL(this.base.href.replace(/\/+$/, '') + path);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.authorization !== undefined) headers['authorization'] = this.authorization;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let res: Response;
    try {
      res = await fetch(url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (err) {
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      const why = cause?.code ?? cause?.message ?? (err as Error).message;
      throw new RequestError(`cannot reach ${this.base.origin}: ${why} (is the broker running, and is --url its --http-port?)`);
    }
    const text = await res.text();
    let parsed: unknown = null;
    if (text.length > 0) {
      try {
        parsed = JSON.parse(text);
      } catch {
        if (res.ok) throw new RequestError(`${method} ${url.pathname}: the answer is not JSON: ${text.slice(0, 200)}`);
      }
    }
    if (!res.ok) {
      const err = parsed as { code?: unknown; message?: unknown } | null;
      const code = typeof err?.code === 'string' ? err.code : res.statusText;
      const message = typeof err?.message === 'string' ? err.message : text.slice(0, 200);
      let hint = '';
      if (res.status === 401) hint = this.authorization === undefined ? ' (pass --api-key key:secret or set WHARF_API_KEY)' : ' (check --api-key against the broker\'s --api-keys-file)';
      if (res.status === 404 && code !== 'NOT_FOUND') hint = ' (is --url a wharf broker?)';
      throw new RequestError(`${res.status} ${code}: ${message}${hint}`);
    }
    return { status: res.status, body: parsed as T | null };
  }
}

function queuePath(ref: string): string {
  return `${API}/queues/${encodeURIComponent(ref)}`;
}

function one(parsed: Parsed, what: string): string {
  if (parsed.positional.length !== 1) throw new UsageError(`wharf queues ${parsed.command} needs exactly one ${what}`);
  return parsed.positional[0]!;
}

function noFields(parsed: Parsed): void {
  const given = [...Object.keys(parsed.fields), ...Object.keys(parsed.configFields)];
  if (given.length > 0) throw new UsageError(`wharf queues ${parsed.command} takes no field options (got ${given.join(', ')})`);
}

// ------------------------------------------------------------------ output

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  return [line(headers), ...rows.map(line)].join('\n') + '\n';
}

function duration(ms: number): string {
  const units: [number, string][] = [
    [86_400_000, 'd'],
    [3_600_000, 'h'],
    [60_000, 'm'],
    [1000, 's'],
  ];
  for (const [size, unit] of units) if (ms >= size && ms % size === 0) return `${ms / size}${unit}`;
  return `${ms}ms`;
}

const limitText = (n: number): string => (n === 0 ? 'none' : String(n));

function showQueue(q: QueueJson): string {
  const rows: [string, string][] = [
    ['topic_filter', q.topic_filter],
    ['name', q.name ?? '-'],
    ['kind', q.kind],
    ['is_lastvalue', String(q.is_lastvalue)],
  ];
  if (q.is_lastvalue) {
    rows.push(['key_expression', q.key_expression ?? 'message.from'], ['missing_key', q.missing_key ?? '-'], ['fallback_key', JSON.stringify(q.fallback_key ?? '')]);
  }
  rows.push(
    ['dispatch_strategy', q.dispatch_strategy],
    ['data_retention_period', duration(q.data_retention_period)],
    ['ack_timeout', q.ack_timeout === 0 ? 'off' : duration(q.ack_timeout)],
    ['max_deliveries', limitText(q.max_deliveries)],
    ['max_messages', limitText(q.max_messages)],
    ['max_bytes', limitText(q.max_bytes)],
    ['created_at', new Date(q.created_at).toISOString()],
    ['depth', String(q.stats.depth)],
    ['inflight', String(q.stats.inflight)],
    ['lag', String(q.stats.lag)],
    ['consumers', String(q.stats.consumers)],
    ['dispatched', String(q.stats.dispatched)],
    ['acked', String(q.stats.acked)],
    ['redelivered', String(q.stats.redelivered)],
    ['dead_lettered', String(q.stats.dead_lettered)],
    ['dropped', String(q.stats.dropped)],
  );
  const width = Math.max(...rows.map(([k]) => k.length));
  let out = rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n') + '\n';
  if (q.consumers.length > 0) {
    out += '\n' + table(['CLIENTID', 'CONSUMER', 'INFLIGHT'], q.consumers.map((c) => [c.clientid, c.consumer_id, String(c.inflight)]));
  }
  return out;
}

function listRows(queues: readonly QueueJson[]): string[][] {
  return queues.map((q) => [
    q.topic_filter,
    q.name ?? '-',
    q.kind,
    q.is_lastvalue ? 'yes' : 'no',
    q.dispatch_strategy,
    String(q.stats.depth),
    String(q.stats.inflight),
    String(q.stats.lag),
    String(q.stats.consumers),
  ]);
}

function showConfig(c: QueuesConfigJson): string {
  const d = c.defaults;
  const rows: [string, string][] = [
    ['auto_create', String(c.auto_create)],
    ['share_dispatch_strategy', c.share_dispatch_strategy],
    ['defaults.is_lastvalue', String(d.is_lastvalue)],
    ['defaults.key_expression', d.key_expression ?? 'message.from'],
    ['defaults.missing_key', d.missing_key],
    ['defaults.fallback_key', JSON.stringify(d.fallback_key)],
    ['defaults.dispatch_strategy', d.dispatch_strategy],
    ['defaults.data_retention_period', duration(d.data_retention_period)],
    ['defaults.ack_timeout', d.ack_timeout === 0 ? 'off' : duration(d.ack_timeout)],
    ['defaults.max_deliveries', limitText(d.max_deliveries)],
    ['defaults.max_messages', limitText(d.max_messages)],
    ['defaults.max_bytes', limitText(d.max_bytes)],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n') + '\n';
}

// ------------------------------------------------------------------ commands

async function run(parsed: Parsed, client: Client, json: boolean): Promise<void> {
  const print = (text: string) => process.stdout.write(text);
  switch (parsed.command) {
    case 'create': {
      const topicFilter = one(parsed, 'topic filter');
      if (Object.keys(parsed.configFields).length > 0) throw new UsageError('--auto-create and --share-dispatch-strategy belong to "wharf queues config"');
      const { body } = await client.request<QueueJson>('POST', `${API}/queues`, { topic_filter: topicFilter, ...parsed.fields });
      print(json ? JSON.stringify(body, null, 2) + '\n' : showQueue(body!));
      return;
    }
    case 'show': {
      noFields(parsed);
      const { body } = await client.request<QueueJson>('GET', queuePath(one(parsed, 'topic filter or queue name')));
      print(json ? JSON.stringify(body, null, 2) + '\n' : showQueue(body!));
      return;
    }
    case 'update': {
      const ref = one(parsed, 'topic filter or queue name');
      if (Object.keys(parsed.configFields).length > 0) throw new UsageError('--auto-create and --share-dispatch-strategy belong to "wharf queues config"');
      if (Object.keys(parsed.fields).length === 0) throw new UsageError('wharf queues update needs at least one field option (see wharf queues --help)');
      const { body } = await client.request<QueueJson>('PUT', queuePath(ref), parsed.fields);
      print(json ? JSON.stringify(body, null, 2) + '\n' : showQueue(body!));
      return;
    }
    case 'delete': {
      noFields(parsed);
      const ref = one(parsed, 'topic filter or queue name');
      await client.request('DELETE', queuePath(ref));
      print(json ? JSON.stringify({ deleted: ref }) + '\n' : `deleted ${ref}\n`);
      return;
    }
    case 'list': {
      noFields(parsed);
      if (parsed.positional.length > 0) throw new UsageError('wharf queues list takes no arguments');
      const all = parsed.switches.has('--all');
      let cursor = parsed.options.get('--cursor');
      const limit = parsed.options.get('--limit');
      const queues: QueueJson[] = [];
      let next: string | undefined;
      do {
        const params = new URLSearchParams();
        if (cursor !== undefined) params.set('cursor', cursor);
        if (limit !== undefined) params.set('limit', limit);
        const qs = params.toString();
        const { body } = await client.request<{ data: QueueJson[]; meta: { hasnext: boolean; cursor?: string } }>('GET', `${API}/queues${qs === '' ? '' : `?${qs}`}`);
        queues.push(...body!.data);
        next = body!.meta.hasnext ? body!.meta.cursor : undefined;
        cursor = next;
      } while (all && next !== undefined);
      if (json) {
        print(JSON.stringify({ data: queues, meta: next === undefined ? { hasnext: false } : { hasnext: true, cursor: next } }, null, 2) + '\n');
        return;
      }
      print(table(['TOPIC_FILTER', 'NAME', 'KIND', 'LASTVALUE', 'STRATEGY', 'DEPTH', 'INFLIGHT', 'LAG', 'CONSUMERS'], listRows(queues)));
      if (next !== undefined) process.stderr.write(`more queues: wharf queues list --cursor ${shellQuote(next)} (or --all)\n`);
      return;
    }
    case 'config': {
      if (parsed.positional.length > 0) throw new UsageError('wharf queues config takes no arguments');
      const change: Record<string, unknown> = { ...parsed.configFields };
      if (Object.keys(parsed.fields).length > 0) change['defaults'] = parsed.fields;
      if (Object.keys(change).length > 0) await client.request('PUT', `${API}/config`, change);
      const { body } = await client.request<QueuesConfigJson>('GET', `${API}/config`);
      print(json ? JSON.stringify(body, null, 2) + '\n' : showConfig(body!));
      return;
    }
    default:
      throw new UsageError(parsed.command === '' ? 'a command is needed' : `unknown command "${parsed.command}"`);
  }
}

function shellQuote(s: string): string {
  return /^[A-Za-z0-9_./+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

export async function runQueues(argv: string[]): Promise<number> {
  let parsed: Parsed;
  try {
    parsed = parseArgs(argv);
    if (parsed.switches.has('--help') || parsed.switches.has('-h') || parsed.command === 'help' || parsed.command === '--help' || parsed.command === '-h') {
      process.stdout.write(USAGE);
      return 0;
    }
    const url = parsed.options.get('--url') ?? process.env['WHARF_URL'] ?? 'http://127.0.0.1:8080';
    const client = new Client(url, parsed.options.get('--api-key') ?? process.env['WHARF_API_KEY']);
    await run(parsed, client, parsed.switches.has('--json'));
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`wharf queues: ${err.message}\n\n${USAGE}`);
      return 2;
    }
    if (err instanceof RequestError) {
      process.stderr.write(`wharf queues: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}
