/**
 * Session Expiry Interval (MQTT 5 §3.1.2.11.2, §3.14.2.2.2). tests/session.test.ts covers expiry 0
 * and a session gone after its interval; this file checks the session is kept within it, the
 * interval changed on DISCONNECT, and the one change DISCONNECT may not make.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  RawClient, clientId, collect, connackOf, connect, drain, shutdown, sleep, startBroker, type Broker,
} from '../harness/index.ts';
import { expectServerDisconnect } from './support.ts';

/** Past a 1 s interval, with room for brokers that count whole seconds. */
const PAST_ONE_SECOND_MS = 2100;

describe('conformance: Session Expiry Interval (MQTT 5.0)', () => {
  let broker: Broker;
  before(async () => {
    broker = await startBroker();
  });
  after(() => shutdown(broker));

  const session = (id: string, expiry: number) => ({ protocolVersion: 5 as const, clientId: id, clean: false, properties: { sessionExpiryInterval: expiry } });

  /** Connects raw with session expiry `expiry`, subscribes to `topic`, ends with DISCONNECT carrying `disconnectExpiry` (if any). */
  async function leave(id: string, topic: string, expiry: number, disconnectExpiry?: number): Promise<void> {
    const raw = await RawClient.open(broker, 5);
    await raw.connect({ clientId: id, clean: false, properties: { sessionExpiryInterval: expiry } });
    raw.send({ cmd: 'subscribe', messageId: 1, subscriptions: [{ topic, qos: 1 }] });
    await raw.expect('suback');
    raw.send(disconnectExpiry === undefined
      ? { cmd: 'disconnect', reasonCode: 0 }
      : { cmd: 'disconnect', reasonCode: 0, properties: { sessionExpiryInterval: disconnectExpiry } });
    await raw.waitClosed();
  }

  test('MQTT-3.1.2-23: the session and its messages are kept within the interval, and gone after it', async () => {
    const id = clientId('within');
    const topic = `se/within/${id}`;
    await leave(id, topic, 1);
    const pub = await connect(broker, { protocolVersion: 5 });
    await pub.publishAsync(topic, 'while away', { qos: 1 });
    const back = await connect(broker, session(id, 1));
    assert.equal(connackOf(back).sessionPresent, true, 'the session ended before its interval');
    assert.equal((await collect(back, 1))[0]!.payload.toString(), 'while away');
    await back.endAsync();
    await sleep(PAST_ONE_SECOND_MS);
    const gone = await connect(broker, session(id, 1));
    assert.equal(connackOf(gone).sessionPresent, false, 'the session outlived its interval');
  });

  test('§3.14.2.2.2: DISCONNECT changes the interval — shortened (60 → 1) ends it, lengthened (1 → 60) keeps it', async () => {
    const shortId = clientId('shorter');
    const longId = clientId('longer');
    await leave(shortId, `se/shorter/${shortId}`, 60, 1);
    await leave(longId, `se/longer/${longId}`, 1, 60);
    const pub = await connect(broker, { protocolVersion: 5 });
    await pub.publishAsync(`se/longer/${longId}`, 'kept', { qos: 1 });
    await sleep(PAST_ONE_SECOND_MS);
    const shorter = await connect(broker, session(shortId, 60));
    assert.equal(connackOf(shorter).sessionPresent, false, 'a session shortened to 1 s on DISCONNECT was still there');
    const longer = await connect(broker, session(longId, 60));
    assert.equal(connackOf(longer).sessionPresent, true, 'a session lengthened to 60 s on DISCONNECT was gone');
    assert.equal((await collect(longer, 1))[0]!.payload.toString(), 'kept');
  });

  test('§3.14.2.2.2: DISCONNECT with Session Expiry 0 ends the session at once', async () => {
    const id = clientId('zero');
    await leave(id, `se/zero/${id}`, 60, 0);
    const back = await connect(broker, session(id, 60));
    assert.equal(connackOf(back).sessionPresent, false);
  });

  test('§3.14.2.2.2: CONNECT with expiry 0 then DISCONNECT with a non-zero expiry → DISCONNECT 0x82, the will is sent, no session kept', async () => {
    const id = clientId('zero-to-60');
    const willTopic = `se/will/${id}`;
    const watcher = await connect(broker, { protocolVersion: 5 });
    await watcher.subscribeAsync(willTopic, { qos: 1 });
    const raw = await RawClient.open(broker, 5);
    await raw.connect({
      clientId: id, clean: true, properties: { sessionExpiryInterval: 0 },
      will: { topic: willTopic, payload: Buffer.from('not a normal disconnect'), qos: 1, retain: false },
    });
    raw.send({ cmd: 'disconnect', reasonCode: 0, properties: { sessionExpiryInterval: 60 } });
    await expectServerDisconnect(raw, 0x82, 'DISCONNECT raising the session expiry from 0');
    // Not a valid DISCONNECT, so the will is not discarded.
    assert.equal((await collect(watcher, 1, 3000))[0]!.payload.toString(), 'not a normal disconnect');
    const back = await connect(broker, session(id, 60));
    assert.equal(connackOf(back).sessionPresent, false, 'the session was kept with the new interval');
    assert.deepEqual(await drain(watcher, 0), []);
  });
});
