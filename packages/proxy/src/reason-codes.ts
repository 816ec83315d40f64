/** MQTT 3.1.1 CONNACK return codes (§3.2.2.3). */
export const ConnackV4 = {
  accepted: 0x00,
  unacceptableProtocolVersion: 0x01,
  identifierRejected: 0x02,
  serverUnavailable: 0x03,
  badUsernameOrPassword: 0x04,
  notAuthorized: 0x05,
} as const;

/** MQTT 5 reason codes (§2.4) used by the proxy. */
export const Reason = {
  success: 0x00,
  grantedQos1: 0x01,
  grantedQos2: 0x02,
  disconnectWithWill: 0x04,
  /** PUBACK/PUBREC: a success, but no subscription matched (§3.4.2.1). */
  noMatchingSubscribers: 0x10,
  noSubscriptionExisted: 0x11,
  unspecifiedError: 0x80,
  malformedPacket: 0x81,
  protocolError: 0x82,
  implementationSpecificError: 0x83,
  unsupportedProtocolVersion: 0x84,
  clientIdentifierNotValid: 0x85,
  badUsernameOrPassword: 0x86,
  notAuthorized: 0x87,
  serverUnavailable: 0x88,
  serverBusy: 0x89,
  badAuthenticationMethod: 0x8c,
  keepAliveTimeout: 0x8d,
  sessionTakenOver: 0x8e,
  topicFilterInvalid: 0x8f,
  topicNameInvalid: 0x90,
  packetIdentifierNotFound: 0x92,
  receiveMaximumExceeded: 0x93,
  topicAliasInvalid: 0x94,
  packetTooLarge: 0x95,
  quotaExceeded: 0x97,
  payloadFormatInvalid: 0x99,
  serverShuttingDown: 0x8b,
  sharedSubscriptionsNotSupported: 0x9e,
  /** DISCONNECT: the credentials' lifetime (a JWT's exp) is over. */
  maximumConnectTime: 0xa0,
  /** AUTH (§3.15.2.1). */
  continueAuthentication: 0x18,
  reAuthenticate: 0x19,
} as const;

/** SUBACK failure code of MQTT 3.1.1 (§3.9.3). */
export const SUBACK_FAILURE_V4 = 0x80;
