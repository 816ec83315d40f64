/**
 * CONNECT → CONNACK: protocol name and level, client identifier, limits, authentication (a
 * password or JWT, or an MQTT 5 enhanced-authentication exchange: ../protocol/auth-exchange.ts),
 * will, session expiry, keepalive; then the session claim and CONNACK. Refusals carry the code
 * the client's protocol version has for them, and an MQTT 5 Reason String.
 */
import { isUtf8 } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import { generate, type IConnectPacket, type IConnackPacket } from 'mqtt-packet';
import { checkTopicName, SessionStoreUnavailableError, userPropertiesFromRecord, type ClaimResult, type Message, type QoS } from '@wharf/core';
import type { AuthFailureReason, ClientIdentity } from '../auth/identity.ts';
import { authenticateEnhanced, overClientLimit, refuseOversizeAuth } from '../protocol/auth-exchange.ts';
import { REPLACEMENT_CHAR } from '../protocol/hot-packets.ts';
import { invalidResponseTopic, messageProperties, reservedTopic, TOPIC_ALIAS_MAXIMUM } from '../protocol/publish-in.ts';
import { finishResumeCheck, judgeStoredSubscriptions } from '../protocol/revoke-subscriptions.ts';
import { ConnackV4, Reason } from '../reason-codes.ts';
import { attachSession, startDelivery } from '../session/lifecycle.ts';
import type { Connection } from './connection.ts';

/**
 * Checks protocol name and level on the raw CONNECT before the parser sees it (the parser
 * only says "invalid"; the client deserves CONNACK 0x01). Returns false when it refused.
 */
export function handleConnectFrame(conn: Connection, frame: Buffer, headerLen: number): boolean {
  const end = frame.length;
  let pos = headerLen;
  if (end - pos < 2) {
    conn.close({ reason: 'CONNECT too short', publishWill: false, error: 'malformed' });
    return false;
  }
  const nameLen = (frame[pos]! << 8) | frame[pos + 1]!;
  pos += 2;
  if (end - pos < nameLen + 1) {
    conn.close({ reason: 'CONNECT too short', publishWill: false, error: 'malformed' });
    return false;
  }
  const name = frame.toString('utf8', pos, pos + nameLen);
  const level = frame[pos + nameLen]! & 0x7f; // the high bit marks a bridge
  const known = (name === 'MQTT' && (level === 4 || level === 5)) || (name === 'MQIsdp' && level === 3);
  if (known) {
    conn.protocolVersion = level as 3 | 4 | 5;
    return true;
  }
  if (name === 'MQTT' || name === 'MQIsdp') {
    // MQTT 3.1.1 §3.1.2.2: unsupported level → CONNACK 0x01 (in the 3.1.1 format the client can read).
    conn.protocolVersion = 4;
    conn.refuse(ConnackV4.unacceptableProtocolVersion, `unsupported protocol level ${level} for ${name}`, 'bad-protocol');
    return false;
  }
  conn.close({ reason: `unknown protocol name ${JSON.stringify(name.slice(0, 32))}`, publishWill: false, error: 'bad-protocol' });
  return false;
}

/** The connection closed while CONNECT awaited something (a function: TS keeps no narrowing across it). */
function gone(conn: Connection): boolean {
  return conn.state === 'closed';
}

/** CONNACK codes of an authentication failure, per protocol version, and what an MQTT 5 client is told. */
const AUTH_REFUSALS: Record<AuthFailureReason, { v4: number; v5: number; told: string }> = {
  // Not the authenticator's message: "unknown user" vs "wrong password" would tell which users exist.
  'bad-credentials': { v4: ConnackV4.badUsernameOrPassword, v5: Reason.badUsernameOrPassword, told: 'bad user name or password' },
  'not-authorized': { v4: ConnackV4.notAuthorized, v5: Reason.notAuthorized, told: 'not authorized' },
  busy: { v4: ConnackV4.serverUnavailable, v5: Reason.serverBusy, told: 'server busy, try again later' },
};

export async function handleConnect(conn: Connection, packet: IConnectPacket): Promise<void> {
  const ctx = conn.ctx;
  const config = ctx.config;
  const v5 = conn.protocolVersion === 5;
  const code = (v4: number, v5code: number): number => (v5 ? v5code : v4);
  const props = packet.properties;
  // Read first: it decides whether the refusals below carry a Reason String.
  if (v5 && props?.requestProblemInformation === false) conn.problemInfo = false;

  if (ctx.closing) {
    conn.refuse(code(ConnackV4.serverUnavailable, Reason.serverUnavailable), 'server shutting down', undefined, 'server shutting down');
    return;
  }
  if (ctx.connected >= config.maxConnections) {
    conn.refuse(code(ConnackV4.serverUnavailable, Reason.quotaExceeded), `${config.maxConnections} connections already`, undefined, 'connection limit reached');
    return;
  }

  const clean = packet.clean !== false;
  let clientId = packet.clientId ?? '';
  if (clientId.includes(REPLACEMENT_CHAR)) {
    conn.refuse(code(ConnackV4.identifierRejected, Reason.clientIdentifierNotValid), 'client id is not valid UTF-8', 'client-id-rejected', 'client identifier is not valid UTF-8');
    return;
  }
  let assigned = false;
  if (clientId.length === 0) {
    if (conn.protocolVersion === 3 || (conn.protocolVersion === 4 && !clean)) {
      conn.refuse(ConnackV4.identifierRejected, 'empty client id needs clean session (3.1.1) and is not allowed in 3.1', 'client-id-rejected');
      return;
    }
    clientId = `wharf-${randomBytes(9).toString('base64url')}`;
    assigned = true;
  }
  conn.clientId = clientId;

  if (v5 && props !== undefined) {
    if (props.maximumPacketSize !== undefined && props.maximumPacketSize > 0) conn.clientMaxPacketSize = props.maximumPacketSize;
    if (props.receiveMaximum === 0 || props.maximumPacketSize === 0) {
      conn.refuse(Reason.protocolError, 'Receive Maximum or Maximum Packet Size of 0', 'protocol-error', 'Receive Maximum and Maximum Packet Size must not be 0');
      return;
    }
    if (props.authenticationData !== undefined && props.authenticationMethod === undefined) {
      // §3.1.2.11.10: Authentication Data without an Authentication Method.
      conn.refuse(Reason.protocolError, 'Authentication Data without an Authentication Method', 'protocol-error', 'Authentication Data without an Authentication Method');
      return;
    }
  }

  let identity: ClientIdentity;
  let authProperties: NonNullable<IConnackPacket['properties']> | null = null;
  if (v5 && props?.authenticationMethod !== undefined) {
    const enhanced = await authenticateEnhanced(conn, props.authenticationMethod, props.authenticationData, packet.username);
    if (enhanced === null) return; // refused, or the client went away
    identity = enhanced.identity;
    authProperties = enhanced.connack;
  } else {
    const outcome = await ctx.security.authenticator.authenticate({
      clientId,
      ...(packet.username !== undefined ? { username: packet.username } : {}),
      ...(packet.password !== undefined ? { password: packet.password } : {}),
      remoteAddress: conn.remoteAddress,
    });
    if (!outcome.ok) {
      ctx.logger.info('CONNECT refused by authentication', { clientId, remote: conn.remoteAddress, reason: outcome.reason, message: outcome.message });
      ctx.metrics.authFailure(outcome.reason);
      const refusal = AUTH_REFUSALS[outcome.reason];
      conn.refuse(code(refusal.v4, refusal.v5), outcome.message, undefined, refusal.told);
      return;
    }
    identity = outcome.identity;
  }
  if (gone(conn)) return; // the client went away during authentication
  conn.identity = identity;

  const will = packet.will;
  if (will !== undefined) {
    const qos = will.qos ?? 0;
    if (qos > 2) {
      if (v5) conn.writePacket({ cmd: 'connack', reasonCode: Reason.malformedPacket, sessionPresent: false });
      conn.close({ reason: 'will QoS 3', publishWill: false, error: 'malformed' });
      return;
    }
    const invalid = will.topic.includes(REPLACEMENT_CHAR) ? 'not valid UTF-8' : (checkTopicName(will.topic) ?? reservedTopic(will.topic));
    if (invalid !== null) {
      if (v5) conn.refuse(Reason.topicNameInvalid, `invalid will topic (${invalid})`, 'topic-invalid', `invalid will topic (${invalid})`);
      else conn.close({ reason: `invalid will topic (${invalid})`, publishWill: false, error: 'topic-invalid' });
      return;
    }
    const wp = will.properties;
    const payload = typeof will.payload === 'string' ? Buffer.from(will.payload) : will.payload;
    if (wp?.responseTopic !== undefined) {
      const badResponse = wp.responseTopic.includes(REPLACEMENT_CHAR) ? 'Response Topic is not valid UTF-8' : invalidResponseTopic(wp.responseTopic);
      if (badResponse !== null) {
        conn.refuse(Reason.protocolError, `will: ${badResponse}`, 'protocol-error', `will ${badResponse}`);
        return;
      }
    }
    if (wp?.payloadFormatIndicator === true && !isUtf8(payload)) {
      // §3.1.3.2.3: the server MAY check; a will that could never be delivered as claimed is refused now.
      conn.refuse(Reason.payloadFormatInvalid, 'will payload is not the UTF-8 its Payload Format Indicator says', 'protocol-error', 'will payload is not valid UTF-8');
      return;
    }
    if (!ctx.security.authorizer.canPublish(identity, will.topic)) {
      // Refused now rather than dropped when it fires: the client learns it at once.
      ctx.metrics.denied('will');
      conn.refuse(code(ConnackV4.notAuthorized, Reason.notAuthorized), `not authorized to publish the will to ${will.topic}`, undefined, 'not authorized to publish the will topic');
      return;
    }
    const message: Message = { topic: will.topic, payload, qos: qos as QoS, retain: will.retain === true, from: clientId };
    if (wp !== undefined) {
      // mqtt-packet gives a will's user properties as a name → values record.
      const { userProperties, ...rest } = wp;
      const mp = messageProperties(userProperties === undefined ? rest : { ...rest, userProperties: userPropertiesFromRecord(userProperties) });
      if (mp !== null) message.properties = mp;
      conn.willDelay = wp.willDelayInterval ?? 0;
    }
    conn.will = message;
  }

  let expiry: number;
  let requestedExpiry = 0;
  if (v5) {
    requestedExpiry = props?.sessionExpiryInterval ?? 0;
    expiry = Math.min(requestedExpiry, config.maxSessionExpiry);
  } else {
    // 3.1.1 sessions never expire by the protocol; the operator's cap bounds them.
    expiry = clean ? 0 : config.maxSessionExpiry;
  }

  // MQTT 5 can tell the client to use another keepalive (MQTT-3.2.2-21); 3.1.1 cannot, so its value
  // stands (as mosquitto's max_keepalive, which also applies to MQTT 5 clients only).
  let keepalive = packet.keepalive ?? 0;
  let serverKeepAlive: number | undefined;
  if (v5 && (keepalive === 0 || keepalive > config.maxKeepalive)) {
    keepalive = config.maxKeepalive;
    serverKeepAlive = keepalive;
  }

  const connack: IConnackPacket = { cmd: 'connack', sessionPresent: false };
  if (v5) {
    connack.reasonCode = Reason.success;
    connack.properties = {
      receiveMaximum: config.receiveMaximum,
      maximumPacketSize: config.maxPacketSize,
      topicAliasMaximum: TOPIC_ALIAS_MAXIMUM,
      retainAvailable: true,
      wildcardSubscriptionAvailable: true,
      subscriptionIdentifiersAvailable: true,
      sharedSubscriptionAvailable: true,
    };
    if (assigned) connack.properties.assignedClientIdentifier = clientId;
    if (expiry !== requestedExpiry) connack.properties.sessionExpiryInterval = expiry;
    if (serverKeepAlive !== undefined) connack.properties.serverKeepAlive = serverKeepAlive;
    if (authProperties !== null) {
      Object.assign(connack.properties, authProperties);
      // Checked before the claim: a CONNACK that cannot carry the method's last data ends the
      // exchange like an AUTH that cannot (auth-exchange.ts), and no session is touched.
      const encoded = generate(connack, { protocolVersion: 5 });
      if (overClientLimit(conn, encoded)) {
        refuseOversizeAuth(conn, `CONNACK of ${encoded.length} bytes`);
        return;
      }
    }
  } else {
    connack.returnCode = ConnackV4.accepted;
  }

  // The claim also settles a will pending from an earlier connection (cancelled on resume).
  let claim: ClaimResult;
  try {
    claim = await ctx.sessions.claim(clientId, clean);
  } catch (err) {
    if (err instanceof SessionStoreUnavailableError) ctx.logger.warn('session claim failed: session store unavailable', { clientId, err: err.message });
    else ctx.logger.error('session claim failed', { clientId, err });
    conn.refuse(code(ConnackV4.serverUnavailable, Reason.serverUnavailable), 'session store unavailable', undefined, 'session store unavailable');
    return;
  }

  const receiveMaximum = v5 ? (props?.receiveMaximum ?? 65535) : 65535;
  const window = Math.min(config.maxInflight, receiveMaximum);
  // The identity that stored the session's subscriptions may not be this one.
  const unregister: string[] = [];
  const resumed = judgeStoredSubscriptions(conn, claim, unregister);
  const session = attachSession(conn, resumed, expiry, window);
  // Gone during the claim: a left-out filter keeps its registration (a leaked reference, the safe side).
  if (session === null) return;
  if (claim.state !== null) finishResumeCheck(conn, session, unregister, resumed !== claim);
  if (conn.will !== null) {
    // Registered before CONNACK, so a will outlives this proxy (another one publishes it if this one dies).
    session.hasWill = true;
    try {
      await ctx.sessions.setWill(clientId, session.epoch, { message: conn.will, delaySeconds: v5 ? conn.willDelay : 0 });
    } catch (err) {
      ctx.logger.warn('recording the will failed; refusing the connection', { clientId, err: err instanceof Error ? err.message : String(err) });
      conn.refuse(code(ConnackV4.serverUnavailable, Reason.serverUnavailable), 'session store unavailable', undefined, 'session store unavailable');
      return;
    }
    if (conn.state === 'closed') return; // released by its close
  }

  connack.sessionPresent = claim.state !== null;
  conn.writePacket(connack);
  ctx.stats.connectsTotal++;
  startDelivery(conn, session);
  conn.connected(keepalive);
  conn.armCredentialExpiry();
  if (session.persistent || claim.state !== null) {
    // Records the new expiry and drops the previous connection's in-flight list (now restored here).
    ctx.sessions.save(session.toState(false), session.epoch).catch((err: unknown) => {
      ctx.logger.warn('saving session after CONNECT failed', { clientId, err });
    });
  }
  if (ctx.pendingKicks.get(clientId) === claim.epoch) {
    // A newer claim arrived while this one was finishing.
    ctx.pendingKicks.delete(clientId);
    conn.close({ reason: 'session taken over', code: Reason.sessionTakenOver, publishWill: true });
  }
}
