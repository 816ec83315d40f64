export { MqttProxy, type MqttProxyOptions, type ConnectionInfo } from './proxy.ts';
export { LocalSessionPort, type LocalSessionPortOptions } from './session/local-session-port.ts';
export { RedisSessionPort, type RedisSessionPortOptions } from './session/redis-session-port.ts';
export { RedisSessionStats } from './session/redis/metrics.ts';
export { ProxyStats } from './metrics.ts';
export { loadTlsCredentials, type TlsCredentials } from './listener/tls.ts';
export * from './auth/index.ts';
