/**
 * Configuration: one schema, three sources. A value comes from the CLI flag, else the
 * environment variable, else the config file (JSON, keys as in `WharfConfig`), else the default.
 * Every value is validated at start; an error names the flag, the env var and the file key.
 */
import { readFileSync } from 'node:fs';
import { LOG_LEVELS, type LogLevel } from './log.ts';

export type FsyncPolicy = 'batch' | 'interval' | 'never';

export interface WharfConfig {
  host: string;
  mqttPort: number;
  httpPort: number;
  dataDir: string;
  logLevel: LogLevel;

  /** `batch`: every acknowledged append was fsynced, concurrent appends share one fsync. */
  fsync: FsyncPolicy;
  fsyncIntervalMs: number;
  segmentBytes: number;
  retentionHours: number;
  /** 0: no size limit. */
  retentionBytes: number;

  maxPacketSize: number;
  maxConnections: number;
  connectTimeoutMs: number;
  /** Outbound QoS 1/2 messages in flight per session. */
  maxInflight: number;
  /** Inbound QoS 1/2 publishes a client may have unacknowledged (MQTT 5 Receive Maximum). */
  receiveMaximum: number;
  /** Bytes buffered on a socket before delivery to it pauses. */
  socketHighWater: number;
  /** Messages per pull from a consume queue. */
  pullBatch: number;
  /** Messages kept per queue in the proxy's shared read cache. */
  queueCacheMessages: number;
  /** How often acknowledged session offsets are persisted; bounds redelivery after a crash. */
  offsetFlushMs: number;
  /** Coalescing window for queue-advanced events (0: end of the current tick). */
  notifyCoalesceMs: number;
  /** Largest payload total that rides inline in one queue-advanced event. */
  inlineMaxBytes: number;
  /** Largest session expiry a client may ask for, seconds. */
  maxSessionExpiry: number;
  /** Topic aliases the proxy assigns per MQTT 5 connection, within the client's Topic Alias Maximum (0: none). */
  maxOutboundTopicAliases: number;
  /**
   * Messages a session with overlapping subscriptions remembers having sent once for all of
   * them, per store; a subscription lagging further behind than this may get its own copy.
   */
  overlapWindow: number;

  // Distributed mode (`wharf store|notify|proxy`).
  /** gRPC port of a store or notify node. */
  grpcPort: number;
  /** Notify replicas, `host:port[,host:port…]`: a store feeds all, a proxy streams from the first that answers. */
  notify: string[];
  /** Store nodes, `host:port[,…]`; partition p belongs to store p mod N unless a map file says otherwise. */
  stores: string[];
  /** This store's position in the proxies' `--stores` list (its queue ids are namespaced by it). */
  storeIndex: number;
  /** Fixed number of partitions the topic space is split into, by first level (DESIGN §4). */
  partitions: number;
  /** JSON file `{ "<partition>": <store index>, … }` overriding the default owner p mod N; '' for none. */
  partitionMap: string;
  /** Redis URL for the session registry, session state, liveness and wills. */
  redis: string;
  /** Stable name of a proxy in the cluster (liveness key, will ownership); default host-pid. */
  proxyId: string;
  /** Deadline of a unary gRPC call. */
  rpcDeadlineMs: number;

  // Security (issue 4): packages/proxy/src/auth.
  /** `true`: a client without credentials connects (as anonymous); `false`: it is refused. */
  allowAnonymous: 'true' | 'false';
  /** `wharf passwd` file (scrypt + SCRAM-SHA-256 per user); '' for none. */
  passwordFile: string;
  /** ACL rules file (allow/deny per user, client or any); '' for none. */
  aclFile: string;
  /** Decision when no ACL rule matches. */
  aclNoMatch: 'allow' | 'deny';
  /** Comma-separated filters no client may subscribe to (exactly these strings, e.g. `#`); '' for none. */
  denyFilters: string;
  /** HS256 secret for JWT passwords (at least 32 bytes); '' for none. */
  jwtSecret: string;
  /** File holding the HS256 secret (instead of --jwt-secret); '' for none. */
  jwtSecretFile: string;
  /** PEM RSA public key for RS256 JWT passwords; '' for none. */
  jwtPublicKeyFile: string;
  /** Claim that must equal the MQTT username when the client sends one. */
  jwtUsernameClaim: string;
  /** Tolerance on a JWT's exp and nbf, seconds. */
  jwtClockSkewSeconds: number;

  // Listeners (issue 4)
  /** MQTT over TLS port; -1: off, 0: any free port. */
  tlsPort: number;
  /** PEM certificate chain of the TLS listener (required when it is on). */
  tlsCert: string;
  /** PEM private key of the TLS listener (required when it is on). */
  tlsKey: string;
  /** PEM CA bundle for client certificates; '' for none (clients are not asked for one). */
  tlsCa: string;
  /** `true`: a client without a certificate signed by --tls-ca is refused in the handshake (mutual TLS). */
  tlsRequireClientCert: 'true' | 'false';
  /** MQTT over WebSocket port; -1: off, 0: any free port. */
  wsPort: number;
  /** The HTTP path that upgrades to MQTT over WebSocket. */
  wsPath: string;

  // Connect and $SYS (issue 4)
  /** Largest keepalive an MQTT 5 client gets (larger or 0 → CONNACK Server Keep Alive = this), seconds. */
  maxKeepalive: number;
  /** Seconds between `$SYS/brokers/<node>/…` statistics publications; 0: off. */
  sysInterval: number;

  // Message queues (issue 5)
  /** Unacknowledged messages one queue consumer may hold (also capped by its Receive Maximum). */
  queueConsumerInflight: number;
  /**
   * Per queue and store: offsets between the oldest unacknowledged message and the newest one
   * loaded for dispatch. Bounds the dispatcher's memory; a message held past it pauses dispatch
   * of that queue until it is acknowledged, times out or is dead-lettered.
   */
  queueWindow: number;
  /** REST API keys, `key:secret` per line (HTTP basic auth); '' for none (the REST API then answers 401). */
  apiKeysFile: string;
}

type Kind =
  | { type: 'int'; min: number; max: number }
  | { type: 'string' }
  | { type: 'enum'; values: readonly string[] }
  /** Comma-separated `host:port` addresses (an empty string: none). */
  | { type: 'addresses' };

interface OptionSpec {
  key: keyof WharfConfig;
  flag: string;
  env: string;
  kind: Kind;
  default: string | number | readonly string[];
  help: string;
}

const MiB = 1024 * 1024;
const port = { type: 'int', min: 0, max: 65535 } as const;
const positive = (max: number): Kind => ({ type: 'int', min: 1, max });
const nonNegative = (max: number): Kind => ({ type: 'int', min: 0, max });

export const CONFIG_OPTIONS: readonly OptionSpec[] = [
  { key: 'host', flag: '--host', env: 'WHARF_HOST', kind: { type: 'string' }, default: '0.0.0.0', help: 'address every listener binds' },
  { key: 'mqttPort', flag: '--mqtt-port', env: 'WHARF_MQTT_PORT', kind: port, default: 1883, help: 'MQTT TCP port (0: any free port)' },
  { key: 'httpPort', flag: '--http-port', env: 'WHARF_HTTP_PORT', kind: port, default: 8080, help: 'metrics and health port (0: any free port)' },
  { key: 'dataDir', flag: '--data-dir', env: 'WHARF_DATA_DIR', kind: { type: 'string' }, default: './data', help: 'commit log and RocksDB index directory' },
  { key: 'logLevel', flag: '--log-level', env: 'WHARF_LOG_LEVEL', kind: { type: 'enum', values: LOG_LEVELS }, default: 'info', help: 'debug | info | warn | error | silent' },

  { key: 'fsync', flag: '--fsync', env: 'WHARF_FSYNC', kind: { type: 'enum', values: ['batch', 'interval', 'never'] }, default: 'batch', help: 'batch: ack after a shared fsync; interval: fsync every --fsync-interval-ms; never: leave it to the OS' },
  { key: 'fsyncIntervalMs', flag: '--fsync-interval-ms', env: 'WHARF_FSYNC_INTERVAL_MS', kind: positive(60_000), default: 100, help: 'fsync period for --fsync interval' },
  { key: 'segmentBytes', flag: '--segment-bytes', env: 'WHARF_SEGMENT_BYTES', kind: { type: 'int', min: 64 * 1024, max: 2 ** 31 - 1 }, default: 128 * MiB, help: 'commit-log segment size before a roll' },
  { key: 'retentionHours', flag: '--retention-hours', env: 'WHARF_RETENTION_HOURS', kind: positive(24 * 365 * 10), default: 168, help: 'delete whole segments older than this' },
  { key: 'retentionBytes', flag: '--retention-bytes', env: 'WHARF_RETENTION_BYTES', kind: nonNegative(Number.MAX_SAFE_INTEGER), default: 0, help: 'delete oldest segments beyond this total (0: no limit)' },

  { key: 'maxPacketSize', flag: '--max-packet-size', env: 'WHARF_MAX_PACKET_SIZE', kind: { type: 'int', min: 1024, max: 268_435_455 }, default: MiB, help: 'largest MQTT packet accepted, bytes' },
  { key: 'maxConnections', flag: '--max-connections', env: 'WHARF_MAX_CONNECTIONS', kind: positive(10_000_000), default: 100_000, help: 'connections per proxy before new ones are refused' },
  { key: 'connectTimeoutMs', flag: '--connect-timeout-ms', env: 'WHARF_CONNECT_TIMEOUT_MS', kind: positive(600_000), default: 10_000, help: 'close a connection that sends no CONNECT within this' },
  { key: 'maxInflight', flag: '--max-inflight', env: 'WHARF_MAX_INFLIGHT', kind: positive(65535), default: 32, help: 'outbound QoS 1/2 messages in flight per session' },
  { key: 'receiveMaximum', flag: '--receive-maximum', env: 'WHARF_RECEIVE_MAXIMUM', kind: positive(65535), default: 128, help: 'inbound QoS 1/2 publishes in flight per client' },
  { key: 'socketHighWater', flag: '--socket-high-water', env: 'WHARF_SOCKET_HIGH_WATER', kind: positive(1 << 30), default: 256 * 1024, help: 'buffered bytes per socket before delivery pauses' },
  { key: 'pullBatch', flag: '--pull-batch', env: 'WHARF_PULL_BATCH', kind: positive(10_000), default: 256, help: 'messages per pull from a consume queue (a lagging reader catches up in these steps)' },
  { key: 'queueCacheMessages', flag: '--queue-cache-messages', env: 'WHARF_QUEUE_CACHE_MESSAGES', kind: positive(1_000_000), default: 128, help: 'messages cached per queue in a proxy' },
  { key: 'offsetFlushMs', flag: '--offset-flush-ms', env: 'WHARF_OFFSET_FLUSH_MS', kind: positive(60_000), default: 100, help: 'how often acknowledged offsets are persisted' },
  { key: 'notifyCoalesceMs', flag: '--notify-coalesce-ms', env: 'WHARF_NOTIFY_COALESCE_MS', kind: nonNegative(1000), default: 0, help: 'queue-advanced coalescing window (0: end of tick)' },
  { key: 'inlineMaxBytes', flag: '--inline-max-bytes', env: 'WHARF_INLINE_MAX_BYTES', kind: nonNegative(16 * MiB), default: 64 * 1024, help: 'payload bytes that may ride inline in one event' },
  { key: 'maxSessionExpiry', flag: '--max-session-expiry', env: 'WHARF_MAX_SESSION_EXPIRY', kind: nonNegative(0xffffffff), default: 7 * 24 * 3600, help: 'cap on a session expiry interval, seconds' },
  { key: 'maxOutboundTopicAliases', flag: '--max-outbound-topic-aliases', env: 'WHARF_MAX_OUTBOUND_TOPIC_ALIASES', kind: nonNegative(65535), default: 64, help: 'topic aliases assigned per MQTT 5 subscriber, within its Topic Alias Maximum (0: none)' },
  { key: 'overlapWindow', flag: '--overlap-window', env: 'WHARF_OVERLAP_WINDOW', kind: positive(1_000_000), default: 16_384, help: 'messages a session with overlapping subscriptions remembers sending once for all of them (a subscription lagging further gets its own copy)' },

  { key: 'grpcPort', flag: '--grpc-port', env: 'WHARF_GRPC_PORT', kind: port, default: 7100, help: 'gRPC port of a store or notify node (0: any free port)' },
  { key: 'notify', flag: '--notify', env: 'WHARF_NOTIFY', kind: { type: 'addresses' }, default: ['127.0.0.1:7200'], help: 'notify replicas host:port[,host:port…]' },
  { key: 'stores', flag: '--stores', env: 'WHARF_STORES', kind: { type: 'addresses' }, default: ['127.0.0.1:7100'], help: 'store nodes host:port[,…] (partition p → store p mod N)' },
  { key: 'storeIndex', flag: '--store-index', env: 'WHARF_STORE_INDEX', kind: nonNegative(1023), default: 0, help: "this store's position in the proxies' --stores list" },
  { key: 'partitions', flag: '--partitions', env: 'WHARF_PARTITIONS', kind: positive(65_536), default: 64, help: 'partitions of the topic space (by first level); the same on every proxy' },
  { key: 'partitionMap', flag: '--partition-map', env: 'WHARF_PARTITION_MAP', kind: { type: 'string' }, default: '', help: 'JSON file {"<partition>": <store index>} overriding p mod N' },
  { key: 'redis', flag: '--redis', env: 'WHARF_REDIS', kind: { type: 'string' }, default: 'redis://127.0.0.1:6379', help: 'Redis URL for sessions, liveness and wills' },
  { key: 'proxyId', flag: '--proxy-id', env: 'WHARF_PROXY_ID', kind: { type: 'string' }, default: '', help: 'stable proxy name in the cluster (default: host-pid)' },
  { key: 'rpcDeadlineMs', flag: '--rpc-deadline-ms', env: 'WHARF_RPC_DEADLINE_MS', kind: positive(600_000), default: 5000, help: 'deadline of a unary gRPC call' },

  // Security (issue 4)
  { key: 'allowAnonymous', flag: '--allow-anonymous', env: 'WHARF_ALLOW_ANONYMOUS', kind: { type: 'enum', values: ['true', 'false'] }, default: 'true', help: 'true: clients without credentials connect; false: they are refused' },
  { key: 'passwordFile', flag: '--password-file', env: 'WHARF_PASSWORD_FILE', kind: { type: 'string' }, default: '', help: 'password file written by `wharf passwd` (scrypt, SCRAM-SHA-256)' },
  { key: 'aclFile', flag: '--acl-file', env: 'WHARF_ACL_FILE', kind: { type: 'string' }, default: '', help: 'ACL rules: `allow|deny any|user <u>|client <id> publish|subscribe|both [eq] <pattern>` per line' },
  { key: 'aclNoMatch', flag: '--acl-no-match', env: 'WHARF_ACL_NO_MATCH', kind: { type: 'enum', values: ['allow', 'deny'] }, default: 'allow', help: 'decision when no ACL rule matches' },
  { key: 'denyFilters', flag: '--deny-filters', env: 'WHARF_DENY_FILTERS', kind: { type: 'string' }, default: '', help: 'comma-separated filters always refused at SUBSCRIBE (e.g. #)' },
  { key: 'jwtSecret', flag: '--jwt-secret', env: 'WHARF_JWT_SECRET', kind: { type: 'string' }, default: '', help: 'HS256 secret for JWT passwords (>= 32 bytes; prefer --jwt-secret-file)' },
  { key: 'jwtSecretFile', flag: '--jwt-secret-file', env: 'WHARF_JWT_SECRET_FILE', kind: { type: 'string' }, default: '', help: 'file holding the HS256 JWT secret' },
  { key: 'jwtPublicKeyFile', flag: '--jwt-public-key-file', env: 'WHARF_JWT_PUBLIC_KEY_FILE', kind: { type: 'string' }, default: '', help: 'PEM RSA public key for RS256 JWT passwords' },
  { key: 'jwtUsernameClaim', flag: '--jwt-username-claim', env: 'WHARF_JWT_USERNAME_CLAIM', kind: { type: 'string' }, default: 'sub', help: 'JWT claim that must equal the MQTT username when one is sent' },
  { key: 'jwtClockSkewSeconds', flag: '--jwt-clock-skew-seconds', env: 'WHARF_JWT_CLOCK_SKEW_SECONDS', kind: nonNegative(3600), default: 30, help: 'tolerance on JWT exp and nbf, seconds' },

  // Listeners (issue 4)
  { key: 'tlsPort', flag: '--tls-port', env: 'WHARF_TLS_PORT', kind: { type: 'int', min: -1, max: 65535 }, default: -1, help: 'MQTT over TLS port (-1: off, 0: any free port); needs --tls-cert and --tls-key' },
  { key: 'tlsCert', flag: '--tls-cert', env: 'WHARF_TLS_CERT', kind: { type: 'string' }, default: '', help: 'PEM certificate (chain) file of the TLS listener' },
  { key: 'tlsKey', flag: '--tls-key', env: 'WHARF_TLS_KEY', kind: { type: 'string' }, default: '', help: 'PEM private key file of the TLS listener' },
  { key: 'tlsCa', flag: '--tls-ca', env: 'WHARF_TLS_CA', kind: { type: 'string' }, default: '', help: 'PEM CA file for client certificates (asks clients for one)' },
  { key: 'tlsRequireClientCert', flag: '--tls-require-client-cert', env: 'WHARF_TLS_REQUIRE_CLIENT_CERT', kind: { type: 'enum', values: ['true', 'false'] }, default: 'false', help: 'true: refuse TLS clients without a certificate signed by --tls-ca' },
  { key: 'wsPort', flag: '--ws-port', env: 'WHARF_WS_PORT', kind: { type: 'int', min: -1, max: 65535 }, default: -1, help: 'MQTT over WebSocket port (-1: off, 0: any free port)' },
  { key: 'wsPath', flag: '--ws-path', env: 'WHARF_WS_PATH', kind: { type: 'string' }, default: '/mqtt', help: 'HTTP path that upgrades to MQTT over WebSocket' },

  // Connect and $SYS (issue 4)
  { key: 'maxKeepalive', flag: '--max-keepalive', env: 'WHARF_MAX_KEEPALIVE', kind: positive(65535), default: 60, help: 'largest keepalive of an MQTT 5 client, seconds (a larger one or 0 is answered with Server Keep Alive)' },
  { key: 'sysInterval', flag: '--sys-interval', env: 'WHARF_SYS_INTERVAL', kind: nonNegative(86_400), default: 10, help: 'seconds between $SYS/brokers/<node>/… statistics (0: off)' },

  // Message queues (issue 5)
  { key: 'queueConsumerInflight', flag: '--queue-consumer-inflight', env: 'WHARF_QUEUE_CONSUMER_INFLIGHT', kind: positive(65535), default: 32, help: 'unacknowledged messages one $q/ or $share/ consumer may hold' },
  { key: 'queueWindow', flag: '--queue-window', env: 'WHARF_QUEUE_WINDOW', kind: positive(10_000_000), default: 65_536, help: 'per queue and store: offsets between the oldest unacknowledged message and the newest loaded for dispatch' },
  { key: 'apiKeysFile', flag: '--api-keys-file', env: 'WHARF_API_KEYS_FILE', kind: { type: 'string' }, default: '', help: 'REST API keys file, key:secret per line (HTTP basic auth)' },
];

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export interface ConfigSources {
  argv?: readonly string[];
  env?: Record<string, string | undefined>;
  /** Path of a JSON config file; also taken from `--config` / `WHARF_CONFIG`. */
  file?: string;
  /** Values that win over every source (tests, embedding). */
  overrides?: Partial<WharfConfig>;
}

/** Parses `--flag value` / `--flag=value` pairs; unknown flags are errors. */
function parseArgv(argv: readonly string[], known: ReadonlySet<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new ConfigError(`unexpected argument "${arg}"`);
    const eq = arg.indexOf('=');
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    if (!known.has(flag)) throw new ConfigError(`unknown option ${flag} (see --help)`);
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      i++;
    }
    if (value === undefined) throw new ConfigError(`option ${flag} needs a value`);
    out.set(flag, value);
  }
  return out;
}

const ADDRESS = /^(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+):(\d{1,5})$/;

function coerce(spec: OptionSpec, raw: unknown, source: string): string | number | string[] {
  const where = `${spec.flag} (env ${spec.env}, file key "${spec.key}") from ${source}`;
  const kind = spec.kind;
  if (kind.type === 'addresses') {
    const items = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',') : null;
    if (items === null) throw new ConfigError(`invalid ${where}: ${JSON.stringify(raw)} is not a host:port list`);
    const out: string[] = [];
    for (const item of items) {
      const text = typeof item === 'string' ? item.trim() : '';
      if (text === '') continue;
      const m = ADDRESS.exec(text);
      if (m === null || Number(m[2]) > 65535) throw new ConfigError(`invalid ${where}: "${String(item)}" is not host:port`);
      out.push(text);
    }
    return out;
  }
  if (kind.type === 'int') {
    const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^-?\d+$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
    if (!Number.isSafeInteger(n) || n < kind.min || n > kind.max) {
      throw new ConfigError(`invalid ${where}: ${JSON.stringify(raw)} is not an integer in ${kind.min}..${kind.max}`);
    }
    return n;
  }
  if (typeof raw !== 'string') throw new ConfigError(`invalid ${where}: ${JSON.stringify(raw)} is not a string`);
  if (kind.type === 'enum' && !kind.values.includes(raw)) {
    throw new ConfigError(`invalid ${where}: "${raw}" is not one of ${kind.values.join(', ')}`);
  }
  if (kind.type === 'string' && raw.length === 0) throw new ConfigError(`invalid ${where}: empty`);
  return raw;
}

export function loadConfig(sources: ConfigSources = {}): WharfConfig {
  const env = sources.env ?? process.env;
  const flags = parseArgv(sources.argv ?? [], new Set([...CONFIG_OPTIONS.map((o) => o.flag), '--config']));
  const filePath = flags.get('--config') ?? env['WHARF_CONFIG'] ?? sources.file;
  let file: Record<string, unknown> = {};
  if (filePath !== undefined) {
    let text: string;
    try {
      text = readFileSync(filePath, 'utf8');
    } catch (err) {
      throw new ConfigError(`cannot read config file ${filePath}: ${(err as Error).message}`);
    }
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not a JSON object');
      file = parsed as Record<string, unknown>;
    } catch (err) {
      throw new ConfigError(`config file ${filePath} is not valid: ${(err as Error).message}`);
    }
    const keys = new Set<string>(CONFIG_OPTIONS.map((o) => o.key));
    for (const k of Object.keys(file)) if (!keys.has(k)) throw new ConfigError(`config file ${filePath}: unknown key "${k}"`);
  }
  const out: Record<string, string | number | readonly string[]> = {};
  for (const spec of CONFIG_OPTIONS) {
    const flag = flags.get(spec.flag);
    const envValue = env[spec.env];
    if (flag !== undefined) out[spec.key] = coerce(spec, flag, 'the command line');
    else if (envValue !== undefined && envValue !== '') out[spec.key] = coerce(spec, envValue, 'the environment');
    else if (spec.key in file) out[spec.key] = coerce(spec, file[spec.key], `config file ${filePath}`);
    else out[spec.key] = spec.default;
  }
  return { ...(out as unknown as WharfConfig), ...sources.overrides };
}

export function configHelp(): string {
  const rows = CONFIG_OPTIONS.map((o) => `  ${(o.flag + ' <v>').padEnd(28)} ${o.help} [env ${o.env}, default ${String(o.default) || '""'}]`);
  return ['  --config <file>'.padEnd(30) + ' JSON config file [env WHARF_CONFIG]', ...rows].join('\n');
}

export function defaultConfig(overrides: Partial<WharfConfig> = {}): WharfConfig {
  return loadConfig({ env: {}, overrides });
}
