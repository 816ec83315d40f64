/** The e2e harness: one import for test files. */
import type { Broker } from './broker.ts';
import { closeAllClients } from './client.ts';
import { destroyAllRaw } from './raw.ts';

export * from './broker.ts';
export * from './cluster.ts';
export * from './client.ts';
export * from './props.ts';
export * from './raw.ts';
export * from './redis.ts';
export * from './wait.ts';

export const VERSIONS = [4, 5] as const;
export type MqttVersion = (typeof VERSIONS)[number];
export const versionName = (v: 3 | 4 | 5): string => (v === 5 ? 'MQTT 5.0' : v === 4 ? 'MQTT 3.1.1' : 'MQTT 3.1');

/** For `after` hooks: closes every client and raw socket, then stops the brokers (even if some are undefined). */
export async function shutdown(...brokers: (Broker | undefined)[]): Promise<void> {
  destroyAllRaw();
  await closeAllClients();
  for (const b of brokers) await b?.stop();
}
