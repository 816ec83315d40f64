/** The message model shared by every role. */

export type QoS = 0 | 1 | 2;

/**
 * MQTT 5 properties that travel with an application message from publisher to subscriber
 * (MQTT 5 §3.3.2.3). Shapes follow mqtt-packet so they pass through without conversion.
 */
export interface MessageProperties {
  payloadFormatIndicator?: boolean;
  /** Seconds, as the publisher sent it. The store keeps the absolute deadline in `expiresAt`. */
  messageExpiryInterval?: number;
  contentType?: string;
  responseTopic?: string;
  correlationData?: Buffer;
  userProperties?: Record<string, string | string[]>;
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
