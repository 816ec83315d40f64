/**
 * Partitions (DESIGN §4): the topic space is split into a fixed number of partitions by the
 * topic's first level, and each partition belongs to one store. Every message of a topic lands
 * on the same store, so per-topic order holds; a filter whose first level is a plain word lives
 * on one store, and a filter that starts with a wildcard must be collected on every store.
 *
 * The partition of a first level is FNV-1a (32 bit) over its UTF-8 bytes, modulo the partition
 * count. That function is part of the on-disk contract: changing it, the partition count or the
 * owners moves topics between stores, so every proxy must run with the same values.
 */
import { readFileSync } from 'node:fs';
import { ConfigError } from './config.ts';

/** Upper bound on `--partitions`: the owner table is one array of this many entries at most. */
export const MAX_PARTITIONS = 65_536;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SLASH = 0x2f;

function mix(hash: number, byte: number): number {
  return Math.imul(hash ^ byte, FNV_PRIME) >>> 0;
}

/**
 * FNV-1a of the UTF-8 bytes of `topic` up to its first '/', without building the substring
 * (this runs once per published message).
 */
export function firstLevelHash(topic: string): number {
  let h = FNV_OFFSET;
  const n = topic.length;
  for (let i = 0; i < n; i++) {
    let c = topic.charCodeAt(i);
    if (c === SLASH) break;
    if (c < 0x80) {
      h = mix(h, c);
      continue;
    }
    if (c < 0x800) {
      h = mix(mix(h, 0xc0 | (c >> 6)), 0x80 | (c & 0x3f));
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const lo = topic.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        i++;
        c = 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00);
        h = mix(mix(h, 0xf0 | (c >> 18)), 0x80 | ((c >> 12) & 0x3f));
        h = mix(mix(h, 0x80 | ((c >> 6) & 0x3f)), 0x80 | (c & 0x3f));
        continue;
      }
    }
    // Three bytes; a lone surrogate (never in a checked topic) hashes as its 3-byte form.
    h = mix(mix(mix(h, 0xe0 | (c >> 12)), 0x80 | ((c >> 6) & 0x3f)), 0x80 | (c & 0x3f));
  }
  return h;
}

/** A filter whose first level is `+` or `#` can match topics of every partition. */
export function filterSpansPartitions(filter: string): boolean {
  const c = filter.charCodeAt(0);
  return (c === 0x2b /* + */ || c === 0x23) /* # */ && (filter.length === 1 || filter.charCodeAt(1) === SLASH);
}

export class PartitionMap {
  /** partition → store index. */
  private readonly owners: Uint16Array | Uint32Array;
  /** Store indexes, for filters that span every partition. */
  readonly allStores: readonly number[];

  /**
   * @param partitions fixed partition count
   * @param stores number of stores; partition p belongs to store p mod stores unless `overrides` names another
   */
  constructor(
    readonly partitions: number,
    readonly stores: number,
    overrides: ReadonlyMap<number, number> = new Map(),
  ) {
    if (!Number.isInteger(partitions) || partitions < 1 || partitions > MAX_PARTITIONS) {
      throw new RangeError(`partitions must be an integer in 1..${MAX_PARTITIONS}, got ${partitions}`);
    }
    if (!Number.isInteger(stores) || stores < 1) throw new RangeError(`stores must be a positive integer, got ${stores}`);
    this.owners = stores <= 0xffff ? new Uint16Array(partitions) : new Uint32Array(partitions);
    for (let p = 0; p < partitions; p++) this.owners[p] = p % stores;
    for (const [p, s] of overrides) {
      if (!Number.isInteger(p) || p < 0 || p >= partitions) throw new RangeError(`partition ${p} is not in 0..${partitions - 1}`);
      if (!Number.isInteger(s) || s < 0 || s >= stores) throw new RangeError(`store index ${s} for partition ${p} is not in 0..${stores - 1}`);
      this.owners[p] = s;
    }
    this.allStores = Array.from({ length: stores }, (_, i) => i);
  }

  partitionOf(topic: string): number {
    return firstLevelHash(topic) % this.partitions;
  }

  ownerOf(partition: number): number {
    return this.owners[partition]!;
  }

  /** The store that owns `topic` (a topic name, or a filter whose first level is a plain word). */
  storeOf(topic: string): number {
    return this.owners[firstLevelHash(topic) % this.partitions]!;
  }

  /** Stores that collect messages for `filter`: every store for a wildcard-first filter, else its owner. */
  storesOf(filter: string): readonly number[] {
    if (filterSpansPartitions(filter)) return this.allStores;
    return [this.storeOf(filter)];
  }

  /** Partitions owned by `store`, for logs and ops. */
  partitionsOf(store: number): number[] {
    const out: number[] = [];
    for (let p = 0; p < this.partitions; p++) if (this.owners[p] === store) out.push(p);
    return out;
  }
}

/**
 * The partition map of a proxy: `partitions` from `--partitions`, owners p mod `stores` unless
 * the JSON file `--partition-map` (`{ "<partition>": <store index>, … }`) says otherwise.
 * Errors name the option and the file.
 */
export function loadPartitionMap(options: { partitions: number; stores: number; partitionMap: string }): PartitionMap {
  const overrides = new Map<number, number>();
  const file = options.partitionMap;
  if (file !== '') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      throw new ConfigError(`--partition-map ${file}: ${(err as Error).message}`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new ConfigError(`--partition-map ${file}: expected an object { "<partition>": <store index>, … }`);
    }
    for (const [key, value] of Object.entries(parsed)) {
      const p = /^(0|[1-9][0-9]*)$/.test(key) ? Number(key) : NaN;
      if (!(p < options.partitions)) {
        throw new ConfigError(`--partition-map ${file}: key "${key}" is not a partition in 0..${options.partitions - 1} (--partitions ${options.partitions})`);
      }
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value >= options.stores) {
        throw new ConfigError(`--partition-map ${file}: partition ${key} → ${JSON.stringify(value)} is not a store index in 0..${options.stores - 1} (--stores lists ${options.stores})`);
      }
      overrides.set(p, value);
    }
  }
  return new PartitionMap(options.partitions, options.stores, overrides);
}
