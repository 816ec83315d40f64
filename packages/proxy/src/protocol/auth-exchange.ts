/**
 * MQTT 5 enhanced authentication (§4.12) on a connection: the AUTH exchange at CONNECT and
 * re-authentication after it. The methods (SCRAM-SHA-256, …) live in ../auth/enhanced; this
 * file carries their data in AUTH packets and enforces the order of the exchange.
 *
 *   CONNECT (method M, data)  → start(data)
 *   'continue'                → AUTH 0x18 (M, data) … the client's AUTH 0x18 (M, data) → continue(data)
 *   'success'                 → CONNACK 0x00 (M, data)          re-auth: AUTH 0x00 (M, data)
 *   'failure'                 → CONNACK 0x86 / 0x87              re-auth: DISCONNECT 0x87
 *   anything out of order     → CONNACK 0x82                     re-auth: DISCONNECT 0x82
 *   AUTH or CONNACK over the client's Maximum Packet Size
 *                             → CONNACK 0x87                     re-auth: DISCONNECT 0x87
 * (0x86 and 0x8C are not DISCONNECT codes, so a failed re-authentication says 0x87.)
 */
import { generate, type IAuthPacket, type IConnackPacket } from 'mqtt-packet';
import type { EnhancedAuthContext, EnhancedAuthMethod } from '../auth/enhanced/method.ts';
import type { ClientIdentity } from '../auth/identity.ts';
import type { Connection } from '../connection/connection.ts';
import { Reason } from '../reason-codes.ts';
import { revokeDeniedSubscriptions } from './revoke-subscriptions.ts';

/** AUTH 0x18 rounds one exchange may take (SCRAM needs one): bounds a method that never settles. */
export const MAX_AUTH_ROUNDS = 8;

const V5 = { protocolVersion: 5 } as const;

type Outcome =
  | { readonly kind: 'success'; readonly identity: ClientIdentity; readonly data?: Buffer }
  | { readonly kind: 'failure'; readonly reason: 'bad-credentials' | 'not-authorized'; readonly message: string }
  | { readonly kind: 'protocol-error'; readonly message: string }
  /** The method's next AUTH would exceed the client's Maximum Packet Size (MQTT-3.1.2-24). */
  | { readonly kind: 'too-large'; readonly bytes: number }
  /** The connection closed meanwhile: nothing more to send. */
  | { readonly kind: 'gone' };

/** What the client is told when a method fails (the method's own message may reveal which users exist). */
const FAILURE_TOLD = { 'bad-credentials': 'bad user name or password', 'not-authorized': 'not authorized' } as const;

/**
 * Runs the method from the client's first data to success or failure. `replyTimeoutMs` bounds
 * each wait for the client's AUTH (0: the connect timeout does).
 */
async function exchange(conn: Connection, method: EnhancedAuthMethod, firstData: Buffer | undefined, ctx: EnhancedAuthContext, replyTimeoutMs: number): Promise<Outcome> {
  let step = await method.start(firstData, ctx);
  for (let round = 0; step.kind === 'continue'; round++) {
    if (conn.state === 'closed') return { kind: 'gone' };
    if (round === MAX_AUTH_ROUNDS) return { kind: 'failure', reason: 'not-authorized', message: `${method.name} did not settle within ${MAX_AUTH_ROUNDS} rounds` };
    const challenge = generate({ cmd: 'auth', reasonCode: Reason.continueAuthentication, properties: { authenticationMethod: method.name, authenticationData: step.data } }, V5);
    if (overClientLimit(conn, challenge)) return { kind: 'too-large', bytes: challenge.length };
    conn.write(challenge);
    const reply = await conn.nextAuth(replyTimeoutMs);
    if (reply === 'closed') return { kind: 'gone' };
    if (reply === 'timeout') return { kind: 'failure', reason: 'not-authorized', message: `no AUTH reply within ${replyTimeoutMs} ms` };
    if (reply.reasonCode !== Reason.continueAuthentication) {
      return { kind: 'protocol-error', message: `AUTH with reason 0x${reply.reasonCode.toString(16)} where 0x18 (continue) was due` };
    }
    if (reply.properties?.authenticationMethod !== method.name) return { kind: 'protocol-error', message: 'AUTH names a different Authentication Method' };
    step = await step.continue(reply.properties.authenticationData);
  }
  if (conn.state === 'closed') return { kind: 'gone' };
  return step;
}

/**
 * CONNECT named an Authentication Method: runs the exchange. Returns the identity and the
 * CONNACK properties to add, or null when the connection was refused or went away.
 */
export async function authenticateEnhanced(
  conn: Connection,
  methodName: string,
  data: Buffer | undefined,
  username: string | undefined,
): Promise<{ identity: ClientIdentity; connack: NonNullable<IConnackPacket['properties']> } | null> {
  const ctx = conn.ctx;
  const method = ctx.security.authenticator.enhanced(methodName);
  if (method === undefined) {
    ctx.metrics.authFailure('bad-method');
    conn.refuse(Reason.badAuthenticationMethod, `authentication method ${methodName} not supported`, undefined, `authentication method ${methodName} is not supported`);
    return null;
  }
  conn.authMethod = methodName;
  const outcome = await exchange(conn, method, data, { clientId: conn.clientId, username, remoteAddress: conn.remoteAddress }, 0);
  switch (outcome.kind) {
    case 'gone':
      return null;
    case 'protocol-error':
      conn.refuse(Reason.protocolError, outcome.message, 'protocol-error', outcome.message);
      return null;
    case 'too-large':
      refuseOversizeAuth(conn, `AUTH of ${outcome.bytes} bytes`);
      return null;
    case 'failure':
      ctx.logger.info('CONNECT refused by enhanced authentication', { clientId: conn.clientId, remote: conn.remoteAddress, method: methodName, reason: outcome.reason, message: outcome.message });
      ctx.metrics.authFailure(outcome.reason);
      conn.refuse(outcome.reason === 'bad-credentials' ? Reason.badUsernameOrPassword : Reason.notAuthorized, `${methodName}: ${outcome.message}`, undefined, FAILURE_TOLD[outcome.reason]);
      return null;
    case 'success': {
      const connack: NonNullable<IConnackPacket['properties']> = { authenticationMethod: methodName };
      if (outcome.data !== undefined) connack.authenticationData = outcome.data;
      return { identity: outcome.identity, connack };
    }
  }
}

/**
 * An AUTH packet after CONNACK that no exchange was waiting for: the start of a
 * re-authentication (0x19, the CONNECT's method), or a protocol error.
 */
export function handleAuth(conn: Connection, packet: IAuthPacket): void {
  const name = conn.authMethod;
  const protocolError = (reason: string): void => {
    conn.close({ reason, code: Reason.protocolError, publishWill: true, error: 'protocol-error', reasonString: reason });
  };
  if (name === null) return protocolError('AUTH from a client that named no Authentication Method at CONNECT');
  if (packet.reasonCode !== Reason.reAuthenticate) return protocolError(`unexpected AUTH with reason 0x${packet.reasonCode.toString(16)}`);
  if (conn.reauthenticating) return protocolError('AUTH 0x19 while a re-authentication is under way');
  if (packet.properties?.authenticationMethod !== name) return protocolError('re-authentication names a different Authentication Method');
  const method = conn.ctx.security.authenticator.enhanced(name);
  if (method === undefined) {
    // A reload took the method away (e.g. the password file is gone).
    conn.close({ reason: `re-authentication: ${name} no longer supported`, code: Reason.notAuthorized, publishWill: true, reasonString: `authentication method ${name} is no longer supported` });
    return;
  }
  conn.reauthenticating = true;
  reauthenticate(conn, method, packet.properties.authenticationData)
    .catch((err: unknown) => {
      conn.ctx.logger.error('re-authentication failed with an error', { clientId: conn.clientId, remote: conn.remoteAddress, err });
      conn.close({ reason: 're-authentication error', code: Reason.implementationSpecificError, publishWill: true });
    })
    .finally(() => {
      conn.reauthenticating = false;
    });
}

/** The connection keeps working while this runs; only its identity changes at the end. */
async function reauthenticate(conn: Connection, method: EnhancedAuthMethod, data: Buffer | undefined): Promise<void> {
  const ctx = conn.ctx;
  // The same user must come back: a session does not change hands by re-authentication.
  const username = conn.identity?.username;
  const outcome = await exchange(conn, method, data, { clientId: conn.clientId, username, remoteAddress: conn.remoteAddress }, ctx.config.connectTimeoutMs);
  switch (outcome.kind) {
    case 'gone':
      return;
    case 'protocol-error':
      conn.close({ reason: `re-authentication: ${outcome.message}`, code: Reason.protocolError, publishWill: true, error: 'protocol-error', reasonString: outcome.message });
      return;
    case 'too-large':
      closeOversizeReauth(conn, `AUTH of ${outcome.bytes} bytes`);
      return;
    case 'failure':
      ctx.logger.info('re-authentication failed', { clientId: conn.clientId, remote: conn.remoteAddress, method: method.name, reason: outcome.reason, message: outcome.message });
      ctx.metrics.authFailure(outcome.reason);
      conn.close({ reason: `re-authentication failed: ${outcome.message}`, code: Reason.notAuthorized, publishWill: true, reasonString: `re-authentication failed: ${FAILURE_TOLD[outcome.reason]}` });
      return;
    case 'success': {
      const properties: NonNullable<IAuthPacket['properties']> = { authenticationMethod: method.name };
      if (outcome.data !== undefined) properties.authenticationData = outcome.data;
      const done = generate({ cmd: 'auth', reasonCode: Reason.success, properties }, V5);
      if (overClientLimit(conn, done)) {
        // Without its last data the client cannot tell the exchange succeeded: it ends as one that failed.
        closeOversizeReauth(conn, `AUTH of ${done.length} bytes`);
        return;
      }
      conn.identity = outcome.identity;
      conn.armCredentialExpiry();
      conn.write(done);
      // The new identity may be allowed less than the old one was.
      revokeDeniedSubscriptions(conn, 're-authentication');
    }
  }
}

/**
 * MQTT-3.1.2-24 covers every packet the server sends, AUTH and CONNACK included. An AUTH of
 * wharf's carries no Reason String or User Property that could be left out to make it fit
 * (MQTT-3.15.2-2/3), and Authentication Data cannot be cut, so a packet that does not fit ends
 * the exchange. True when `encoded` exceeds the client's limit.
 */
export function overClientLimit(conn: Connection, encoded: Buffer): boolean {
  const max = conn.clientMaxPacketSize;
  return max > 0 && encoded.length > max;
}

const OVERSIZE_TOLD = "authentication data exceeds the client's Maximum Packet Size";

/**
 * The CONNECT exchange cannot go on within the client's Maximum Packet Size: CONNACK 0x87 (the
 * client is not authenticated; no code says more, and 0x95 would blame the CONNECT's size).
 */
export function refuseOversizeAuth(conn: Connection, what: string): void {
  const ctx = conn.ctx;
  ctx.logger.info('CONNECT refused: enhanced authentication exceeds the client Maximum Packet Size', { clientId: conn.clientId, remote: conn.remoteAddress, packet: what, maximumPacketSize: conn.clientMaxPacketSize });
  ctx.metrics.authFailure('not-authorized');
  conn.refuse(Reason.notAuthorized, `${what} over the client's Maximum Packet Size of ${conn.clientMaxPacketSize}`, undefined, OVERSIZE_TOLD);
}

function closeOversizeReauth(conn: Connection, what: string): void {
  const ctx = conn.ctx;
  ctx.logger.info('re-authentication ended: it exceeds the client Maximum Packet Size', { clientId: conn.clientId, remote: conn.remoteAddress, packet: what, maximumPacketSize: conn.clientMaxPacketSize });
  ctx.metrics.authFailure('not-authorized');
  conn.close({ reason: `re-authentication: ${what} over the client's Maximum Packet Size of ${conn.clientMaxPacketSize}`, code: Reason.notAuthorized, publishWill: true, reasonString: OVERSIZE_TOLD });
}
