/** The message model shared by every role. */

export type QoS = 0 | 1 | 2;

/**
 * One MQTT 5 User Property: a name and a value. A message's user properties are a list, not a
 * map: MQTT-3.3.2-18 requires them forwarded in the order received, and a name may repeat,
 * interleaved with others (a=1, b=2, a=3).
 */
export type UserProperty = [name: string, value: string];

/**
 * MQTT 5 properties that travel with an application message from publisher to subscriber
 * (MQTT 5 §3.3.2.3).
 */
export interface MessageProperties {
  payloadFormatIndicator?: boolean;
  /** Seconds, as the publisher sent it. The store keeps the absolute deadline in `expiresAt`. */
  messageExpiryInterval?: number;
  contentType?: string;
  responseTopic?: string;
  correlationData?: Buffer;
  /** In the order the publisher sent them, duplicates kept. */
  userProperties?: UserProperty[];
}

/**
 * User properties from mqtt-packet's shape (name → value, or values of a repeated name). That
 * shape has already lost the order between different names; each name's values keep theirs.
 * For packets the proxy does not decode itself (the will in CONNECT).
 */
export function userPropertiesFromRecord(record: Readonly<Record<string, string | readonly string[]>>): UserProperty[] {
  const out: UserProperty[] = [];
  for (const name of Object.keys(record)) {
    const v = record[name]!;
    if (typeof v === 'string') out.push([name, v]);
    else for (const value of v) out.push([name, value]);
  }
  return out;
}

/** An application message as a publisher hands it to the broker. */
export interface Message {
  topic: string;
  payload: Buffer;
  qos: QoS;
  retain: boolean;
  /** Client id of the publisher (used by No Local and last-value keys). */
  from?: string;
  properties?: MessageProperties;
}

/** A message as the commit log holds it. */
export interface StoredMessage extends Message {
  /** Byte position of the record in the commit log; unique and increasing. */
  logPosition: number;
  /** Store wall-clock time of the append, ms since the epoch. */
  timestamp: number;
  /** Absolute expiry deadline in ms since the epoch, or 0 for never. */
  expiresAt: number;
}

export const NEVER_EXPIRES = 0;

export function isExpired(message: StoredMessage, now: number): boolean {
  return message.expiresAt !== NEVER_EXPIRES && message.expiresAt <= now;
}
