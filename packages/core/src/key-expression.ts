/**
 * Last-value queue keys (issue 5, EMQX 6 `key_expression`): which field of a message names the
 * value it replaces. Pure: the store compiles an expression once per queue and calls the
 * result per message.
 *
 * Supported forms:
 *   message.from                                        the publisher's client id
 *   message.topic                                       the topic
 *   message.headers.properties.User-Property.<name>     the first user property called <name>
 *   message.payload.<path>                              the payload as JSON, a dotted path into it
 *                                                       (a numeric segment indexes an array);
 *                                                       a string or a finite number is the key
 * A message the expression finds nothing in (no client id, no such property, a payload that
 * is not JSON or lacks the field, a field that is an object) has no key: `undefined`.
 */
import type { Message, StoredMessage } from './message.ts';

export const DEFAULT_KEY_EXPRESSION = 'message.from';
/** Longest expression accepted (the REST layer's limit too: queue-spec.ts). */
const MAX_EXPRESSION_LENGTH = 1024;

export type KeyFunction = (message: StoredMessage | Message) => string | undefined;

const USER_PROPERTY_PREFIX = 'message.headers.properties.User-Property.';
const PAYLOAD_PREFIX = 'message.payload.';

const SUPPORTED = `supported: message.from, message.topic, ${USER_PROPERTY_PREFIX}<name>, ${PAYLOAD_PREFIX}<path>`;

/** Compiles `expression`; throws RangeError naming the problem for an unsupported one. */
export function compileKeyExpression(expression: string): KeyFunction {
  if (typeof expression !== 'string') throw new RangeError('key expression must be a string');
  const expr = expression.trim();
  if (expr.length === 0) throw new RangeError(`key expression is empty (${SUPPORTED})`);
  if (expr.length > MAX_EXPRESSION_LENGTH) throw new RangeError(`key expression is longer than ${MAX_EXPRESSION_LENGTH} characters`);
  if (expr === 'message.from') return (m) => (m.from === undefined || m.from.length === 0 ? undefined : m.from);
  if (expr === 'message.topic') return (m) => m.topic;
  if (expr.startsWith(USER_PROPERTY_PREFIX)) {
    // The name is everything after the prefix: user property names may contain dots.
    const name = expr.slice(USER_PROPERTY_PREFIX.length);
    if (name.length === 0) throw new RangeError(`key expression ${JSON.stringify(expr)} names no user property`);
    return (m) => {
      const props = m.properties?.userProperties;
      if (props === undefined) return undefined;
      for (const [n, v] of props) if (n === name) return v;
      return undefined;
    };
  }
  if (expr.startsWith(PAYLOAD_PREFIX)) {
    const path = expr.slice(PAYLOAD_PREFIX.length).split('.');
    for (const segment of path) {
      if (segment.length === 0) throw new RangeError(`key expression ${JSON.stringify(expr)} has an empty path segment`);
    }
    return (m) => payloadField(m.payload, path);
  }
  throw new RangeError(`unsupported key expression ${JSON.stringify(expr.slice(0, 100))} (${SUPPORTED})`);
}

function payloadField(payload: Buffer, path: readonly string[]): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(payload.toString('utf8'));
  } catch {
    return undefined;
  }
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    if (Array.isArray(value)) {
      if (!/^\d+$/.test(segment)) return undefined;
      value = value[Number(segment)];
    } else {
      if (!Object.prototype.hasOwnProperty.call(value, segment)) return undefined;
      value = (value as Record<string, unknown>)[segment];
    }
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}
