/**
 * A real all-in-one broker for integration tests: Store (RocksDB in a temp dir) + NotifyService
 * + LocalSessionPort + MqttProxy on port 0.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig, silentLogger, type Logger, type StorePort, type WharfConfig } from '@wharf/core';
import { NotifyService } from '@wharf/notify';
import { Store } from '@wharf/store';
import { LocalSessionPort, MqttProxy } from '../../src/index.ts';

export interface TestBroker {
  port: number;
  url: string;
  dataDir: string;
  config: WharfConfig;
  proxy: MqttProxy;
  store: Store;
  sessions: LocalSessionPort;
  notify: NotifyService;
  /** Graceful stop of every part (data dir kept). */
  stop(): Promise<void>;
  /** Stop and delete the data dir. */
  close(): Promise<void>;
}

export interface BrokerOptions {
  config?: Partial<WharfConfig>;
  /** Reuse a data dir (restart tests). */
  dataDir?: string;
  /** Wrap the store the proxy sees (fault injection). */
  wrapStore?: (store: StorePort) => StorePort;
  logger?: Logger;
}

export async function startBroker(options: BrokerOptions = {}): Promise<TestBroker> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'wharf-proxy-test-')));
  const config = defaultConfig({ host: '127.0.0.1', mqttPort: 0, dataDir, fsync: 'never', offsetFlushMs: 20, ...options.config });
  const logger = options.logger ?? silentLogger;
  const notify = new NotifyService({ coalesceMs: config.notifyCoalesceMs, inlineMaxBytes: config.inlineMaxBytes, logger });
  const store = await Store.open({ dataDir, config, logger, sink: notify });
  const proxyStore = options.wrapStore ? options.wrapStore(store) : store;
  const sessions = new LocalSessionPort({ store: proxyStore, logger, offsetFlushMs: config.offsetFlushMs, takeoverTimeoutMs: 2000 });
  await sessions.start();
  const proxy = new MqttProxy({ config, stores: [proxyStore], notify: notify.connect(), sessions, logger });
  const { port } = await proxy.listen(0, '127.0.0.1');
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    await proxy.close();
    await sessions.close();
    await notify.close();
    await store.close();
  };
  return {
    port,
    url: `mqtt://127.0.0.1:${port}`,
    dataDir,
    config,
    proxy,
    store,
    sessions,
    notify,
    stop,
    async close() {
      await stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Forwards every StorePort call to `inner`; override what a test needs. */
export class DelegatingStore implements StorePort {
  constructor(protected readonly inner: StorePort) {}
  append(...a: Parameters<StorePort['append']>) { return this.inner.append(...a); }
  pull(...a: Parameters<StorePort['pull']>) { return this.inner.pull(...a); }
  endOffset(...a: Parameters<StorePort['endOffset']>) { return this.inner.endOffset(...a); }
  endOffsets(...a: Parameters<StorePort['endOffsets']>) { return this.inner.endOffsets(...a); }
  registerFilter(...a: Parameters<StorePort['registerFilter']>) { return this.inner.registerFilter(...a); }
  unregisterFilter(...a: Parameters<StorePort['unregisterFilter']>) { return this.inner.unregisterFilter(...a); }
  getRetained(...a: Parameters<StorePort['getRetained']>) { return this.inner.getRetained(...a); }
  loadOffsets(...a: Parameters<StorePort['loadOffsets']>) { return this.inner.loadOffsets(...a); }
  saveOffsets(...a: Parameters<StorePort['saveOffsets']>) { return this.inner.saveOffsets(...a); }
  deleteOffsets(...a: Parameters<StorePort['deleteOffsets']>) { return this.inner.deleteOffsets(...a); }
  getMeta(...a: Parameters<StorePort['getMeta']>) { return this.inner.getMeta(...a); }
  listMeta(...a: Parameters<StorePort['listMeta']>) { return this.inner.listMeta(...a); }
  putMeta(...a: Parameters<StorePort['putMeta']>) { return this.inner.putMeta(...a); }
  createQueue(...a: Parameters<StorePort['createQueue']>) { return this.inner.createQueue(...a); }
  updateQueue(...a: Parameters<StorePort['updateQueue']>) { return this.inner.updateQueue(...a); }
  deleteQueue(...a: Parameters<StorePort['deleteQueue']>) { return this.inner.deleteQueue(...a); }
  getQueue(...a: Parameters<StorePort['getQueue']>) { return this.inner.getQueue(...a); }
  listQueues(...a: Parameters<StorePort['listQueues']>) { return this.inner.listQueues(...a); }
  getQueuesConfig(...a: Parameters<StorePort['getQueuesConfig']>) { return this.inner.getQueuesConfig(...a); }
  putQueuesConfig(...a: Parameters<StorePort['putQueuesConfig']>) { return this.inner.putQueuesConfig(...a); }
  openQueueChannel(...a: Parameters<StorePort['openQueueChannel']>) { return this.inner.openQueueChannel(...a); }
}
