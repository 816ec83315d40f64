export { MqttProxy, type MqttProxyOptions, type ConnectionInfo } from './proxy.ts';
export { LocalSessionPort, type LocalSessionPortOptions } from './session/local-session-port.ts';
export { ProxyStats } from './metrics.ts';
