import type { InflightRecord } from '@wharf/core';
import type { Cursor } from './cursor.ts';

/** Largest MQTT packet identifier. */
export const MAX_PACKET_ID = 65535;

/**
 * What acknowledges a message a store's dispatcher assigned to a consumer of this session
 * (`$q/`, `$queue/`, `$share/`): the settle handle of ports/queues.ts and the store it goes to.
 */
export interface QueueAck {
  /** Index of the store whose dispatcher sent it (its QueueChannel). */
  store: number;
  consumerId: string;
  /** Global message-queue id. */
  queue: number;
  offset: number;
}

/** One outbound QoS 1/2 message awaiting its acknowledgement. */
export interface InflightEntry {
  packetId: number;
  qos: 1 | 2;
  /** PUBREC received, PUBREL sent: waiting for PUBCOMP. */
  released: boolean;
  /** The cursor whose offset this acknowledges; null for a retained message or a queue dispatch. */
  cursor: Cursor | null;
  /** -1 when no consume queue can re-read it (retained on subscribe, queue dispatch). */
  queueId: number;
  offset: number;
  /**
   * A queue dispatch not yet settled; null otherwise (and once a QoS 2 one was settled at
   * PUBREC). Such entries are never persisted: the store redispatches them when the consumer
   * detaches.
   */
  ack: QueueAck | null;
}

/**
 * The outbound window of a session: packet ids in use, bounded by min(config.maxInflight,
 * the client's Receive Maximum). A QoS 2 message holds its slot until PUBCOMP (MQTT 5 §4.9).
 */
export class Inflight {
  private readonly entries = new Map<number, InflightEntry>();
  private nextId = 1;

  constructor(private window: number) {
    if (!(window >= 1 && window <= MAX_PACKET_ID)) throw new Error(`in-flight window ${window} out of 1..${MAX_PACKET_ID}`);
  }

  get size(): number {
    return this.entries.size;
  }

  get capacity(): number {
    return this.window;
  }

  setWindow(window: number): void {
    if (!(window >= 1 && window <= MAX_PACKET_ID)) throw new Error(`in-flight window ${window} out of 1..${MAX_PACKET_ID}`);
    this.window = window;
  }

  hasRoom(): boolean {
    return this.entries.size < this.window;
  }

  /** Takes a free packet id for a new message. The caller checked `hasRoom()`. */
  add(qos: 1 | 2, cursor: Cursor | null, queueId: number, offset: number, ack: QueueAck | null = null): InflightEntry {
    if (this.entries.size >= this.window) throw new Error('in-flight window full');
    if (ack !== null && (cursor !== null || queueId !== -1)) throw new Error('a queue dispatch has no cursor and no consume queue');
    let id = this.nextId;
    while (this.entries.has(id)) id = id === MAX_PACKET_ID ? 1 : id + 1;
    this.nextId = id === MAX_PACKET_ID ? 1 : id + 1;
    const entry: InflightEntry = { packetId: id, qos, released: false, cursor, queueId, offset, ack };
    this.entries.set(id, entry);
    return entry;
  }

  /** Re-takes the packet id a message had on the previous connection. */
  restore(record: InflightRecord, cursor: Cursor | null): InflightEntry {
    if (this.entries.has(record.packetId)) throw new Error(`packet id ${record.packetId} restored twice`);
    const entry: InflightEntry = { packetId: record.packetId, qos: record.qos, released: record.released, cursor, queueId: record.queueId, offset: record.offset, ack: null };
    this.entries.set(record.packetId, entry);
    return entry;
  }

  get(packetId: number): InflightEntry | undefined {
    return this.entries.get(packetId);
  }

  /** The exchange for `packetId` is over (PUBACK, PUBCOMP, or an error reason). */
  complete(packetId: number): InflightEntry | undefined {
    const entry = this.entries.get(packetId);
    if (entry !== undefined) this.entries.delete(packetId);
    return entry;
  }

  entriesInOrder(): InflightEntry[] {
    return [...this.entries.values()];
  }

  /**
   * What a resumed session needs. Unreleased retained messages and queue dispatches are not
   * kept: the former have no offset to re-read, the latter go back to their queue's dispatcher
   * when the consumer detaches. A released one of either keeps its PUBREL owed (queueId -1).
   */
  records(): InflightRecord[] {
    const out: InflightRecord[] = [];
    for (const e of this.entries.values()) {
      if (e.queueId < 0 && !e.released) continue;
      out.push({ packetId: e.packetId, queueId: e.queueId, offset: e.offset, qos: e.qos, released: e.released });
    }
    return out;
  }
}
