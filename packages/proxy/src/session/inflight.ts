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
  /**
   * -1 when no consume queue can re-read it (retained on subscribe, queue dispatch); for a
   * kept share dispatch (`share`), the filter's consume queue its group reads.
   */
  queueId: number;
  offset: number;
  /**
   * A queue dispatch not yet settled; null otherwise (and once a QoS 2 one was settled at
   * PUBREC or kept by `keepShared`). Such entries are never persisted: the store redispatches
   * them when the consumer detaches.
   */
  ack: QueueAck | null;
  /**
   * A QoS 2 share dispatch the session keeps (MQTT-4.8.2-4): the `$share/…` filter it was sent
   * for; re-read from (queueId, offset) on resume, and its completion moves no cursor.
   */
  share: string | null;
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
    const entry: InflightEntry = { packetId: id, qos, released: false, cursor, queueId, offset, ack, share: null };
    this.entries.set(id, entry);
    return entry;
  }

  /** Re-takes the packet id a message had on the previous connection. */
  restore(record: InflightRecord, cursor: Cursor | null): InflightEntry {
    if (this.entries.has(record.packetId)) throw new Error(`packet id ${record.packetId} restored twice`);
    if (record.share !== undefined && cursor !== null) throw new Error('a share dispatch has no cursor');
    const entry: InflightEntry = {
      packetId: record.packetId,
      qos: record.qos,
      released: record.released,
      cursor,
      queueId: record.queueId,
      offset: record.offset,
      ack: null,
      share: record.share ?? null,
    };
    this.entries.set(record.packetId, entry);
    return entry;
  }

  /**
   * A QoS 2 share dispatch not PUBREC'd when its connection ends (MQTT 5 §4.8.2): its group
   * will not offer it to another member (the caller settles it), so the session keeps it as
   * the message at `offset` of consume queue `queueId`, to be sent again on resume.
   */
  keepShared(entry: InflightEntry, queueId: number, share: string): void {
    if (this.entries.get(entry.packetId) !== entry) throw new Error(`packet id ${entry.packetId} is not in flight`);
    if (entry.qos !== 2 || entry.released || entry.ack === null || entry.cursor !== null) throw new Error('only an unreleased QoS 2 share dispatch is kept');
    if (!(queueId >= 0)) throw new Error(`consume queue id ${queueId} is not valid`);
    entry.offset = entry.ack.offset;
    entry.ack = null;
    entry.queueId = queueId;
    entry.share = share;
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
   * when the consumer detaches (but for kept share dispatches, `keepShared`). A released one
   * of either keeps its PUBREL owed (queueId -1).
   */
  records(): InflightRecord[] {
    const out: InflightRecord[] = [];
    for (const e of this.entries.values()) {
      if (e.queueId < 0 && !e.released) continue;
      const r: InflightRecord = { packetId: e.packetId, queueId: e.queueId, offset: e.offset, qos: e.qos, released: e.released };
      if (e.share !== null) r.share = e.share;
      out.push(r);
    }
    return out;
  }
}
