/**
 * Enhanced authentication (MQTT 5 §4.12) with the broker's default configuration: an
 * Authentication Method it does not support is refused at CONNECT, and AUTH or Authentication Data
 * without a method are protocol errors.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  QUIET_MS, RawClient, clientId, connect, drain, isMosquitto, shutdown, sleep, startBroker, type Broker,
} from '../harness/index.ts';
import { describePackets, expectServerDisconnect, hex, mosquittoLacks } from './support.ts';

/**
 * A method no broker here supports. (SCRAM-SHA-256 will not do: wharf supports it once a password
 * file is configured.)
 */
const UNSUPPORTED_METHOD = 'GS2-KRB5';

describe('conformance: enhanced authentication (MQTT 5.0)', () => {
  let broker: Broker;
  before(async () => {
    broker = await startBroker();
  });
  after(() => shutdown(broker));

  test('MQTT-4.12.0-1: an unsupported Authentication Method → CONNACK 0x8C, connection closed, the will never sent', async () => {
    const topic = `ea/will/${clientId('t')}`;
    const watcher = await connect(broker, { protocolVersion: 5 });
    await watcher.subscribeAsync(topic, { qos: 1 });
    const raw = await RawClient.open(broker, 5);
    const ack = await raw.connect({
      properties: { authenticationMethod: UNSUPPORTED_METHOD, authenticationData: Buffer.from('token') },
      will: { topic, payload: Buffer.from('never accepted'), qos: 1, retain: false },
    });
    // 0x87 (Not authorized) is the other answer the spec allows; 0x8C says what is wrong.
    assert.equal(hex(ack.reasonCode), hex(0x8c));
    assert.equal(ack.sessionPresent, false, 'MQTT-3.2.2-6: session present must be 0 on a refusal');
    const after = await raw.waitClosed(2000);
    assert.deepEqual(describePackets(after), [], 'nothing may follow a refusing CONNACK (no AUTH)');
    await sleep(QUIET_MS);
    assert.deepEqual(await drain(watcher, 0), [], 'the will of a refused connection was published');
  });

  test('§4.12: AUTH from a client that named no Authentication Method → DISCONNECT 0x82', async () => {
    const raw = await RawClient.open(broker, 5);
    const ack = await raw.connect();
    assert.equal(hex(ack.reasonCode), hex(0));
    assert.equal(ack.properties?.authenticationMethod, undefined, 'a method in CONNACK although the client named none');
    raw.send({ cmd: 'auth', reasonCode: 0x19, properties: { authenticationMethod: UNSUPPORTED_METHOD } });
    if (isMosquitto) {
      // mosquitto closes without a DISCONNECT, which §4.13 allows (it MAY send one first).
      assert.deepEqual(describePackets(await raw.waitClosed(3000)), []);
      return;
    }
    await expectServerDisconnect(raw, 0x82, 'unexpected AUTH');
  });

  test(
    '§3.1.2.11.10: Authentication Data without an Authentication Method → CONNACK 0x82',
    { skip: mosquittoLacks('accepts the CONNECT (CONNACK 0x00)') },
    async () => {
      const raw = await RawClient.open(broker, 5);
      const ack = await raw.connect({ properties: { authenticationData: Buffer.from('orphan') } });
      assert.equal(hex(ack.reasonCode), hex(0x82));
      await raw.waitClosed(2000);
    },
  );
});
