/**
 * Enhanced authentication (MQTT 5 §4.12) with the broker's default configuration: an
 * Authentication Method it does not support is refused at CONNECT, and AUTH or Authentication Data
 * without a method are protocol errors. With a password file (wharf's SCRAM-SHA-256): no AUTH or
 * CONNACK of the exchange exceeds the client's Maximum Packet Size.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  QUIET_MS, RawClient, clientId, connect, drain, isMosquitto, shutdown, sleep, startBroker, type Broker,
} from '../harness/index.ts';
import { SCRAM, scramClient, writePasswordFile } from './scram-client.ts';
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

/** Sizes of the MQTT packets in `bytes` (fixed header included), in order. */
function frameSizes(bytes: Buffer): number[] {
  const sizes: number[] = [];
  let pos = 0;
  while (pos < bytes.length) {
    let remaining = 0;
    let i = 1;
    for (let shift = 0; ; shift += 7, i++) {
      const b = bytes[pos + i]!;
      remaining += (b & 0x7f) << shift;
      if ((b & 0x80) === 0) break;
    }
    sizes.push(1 + i + remaining);
    pos += 1 + i + remaining;
  }
  return sizes;
}

describe("conformance: enhanced authentication within the client's Maximum Packet Size (MQTT 5.0)", {
  skip: mosquittoLacks('has no SCRAM-SHA-256 (enhanced authentication needs a plugin there)'),
}, () => {
  const USER = 'sizer';
  const PASSWORD = 'sizer-secret-1';
  let dir: string;
  let broker: Broker;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wharf-ea-size-'));
    const passwords = join(dir, 'passwords');
    writePasswordFile(passwords, USER, PASSWORD);
    broker = await startBroker({ args: ['--password-file', passwords] });
  });
  after(async () => {
    await shutdown(broker);
    rmSync(dir, { recursive: true, force: true });
  });

  /**
   * CONNECT with SCRAM-SHA-256 (client nonce of `nonceChars`), answering the AUTH if one comes.
   * Returns the raw client, its first packet after the CONNECT and the CONNACK (if any).
   */
  async function scramConnect(fields: { clientId: string; maximumPacketSize?: number; nonceChars: number }) {
    const raw = await RawClient.open(broker, 5);
    const scram = scramClient(USER, PASSWORD, fields.nonceChars);
    raw.send({
      cmd: 'connect', protocolId: 'MQTT', protocolVersion: 5, clientId: fields.clientId, clean: true, keepalive: 30,
      properties: {
        authenticationMethod: SCRAM, authenticationData: scram.first,
        ...(fields.maximumPacketSize !== undefined ? { maximumPacketSize: fields.maximumPacketSize } : {}),
      },
    });
    const first = await raw.next();
    if (first.cmd !== 'auth') return { raw, first, connack: first.cmd === 'connack' ? first : undefined };
    const final = scram.final(first.properties?.authenticationData);
    raw.send({ cmd: 'auth', reasonCode: 0x18, properties: { authenticationMethod: SCRAM, authenticationData: final.data } });
    return { raw, first, connack: await raw.expect('connack') };
  }

  /** The sizes of the AUTH challenge and the CONNACK of a SCRAM CONNECT without a limit. */
  async function unlimitedSizes(clientId: string, nonceChars: number): Promise<{ auth: number; connack: number }> {
    const { raw, first, connack } = await scramConnect({ clientId, nonceChars });
    assert.equal(first.cmd, 'auth');
    assert.equal(hex(connack?.reasonCode), hex(0), 'SCRAM without a Maximum Packet Size');
    const [auth, ack] = frameSizes(raw.bytes);
    raw.destroy();
    return { auth: auth!, connack: ack! };
  }

  test("MQTT-3.1.2-24: an AUTH that would exceed the client's Maximum Packet Size is not sent → CONNACK 0x87, closed", async () => {
    const sizes = await unlimitedSizes(clientId('ea-size'), 24);
    const max = sizes.auth - 1;
    const { raw, first } = await scramConnect({ clientId: clientId('ea-size'), maximumPacketSize: max, nonceChars: 24 });
    assert.equal(first.cmd, 'connack', `got ${first.cmd} (${sizes.auth} bytes) where the client allows ${max}`);
    assert.equal(hex(first.cmd === 'connack' ? first.reasonCode : undefined), hex(0x87));
    assert.deepEqual(describePackets(await raw.waitClosed(2000)), [], 'nothing may follow a refusing CONNACK');
    for (const size of frameSizes(raw.bytes)) assert.ok(size <= max, `a ${size}-byte packet sent to a client that allows ${max}`);
  });

  test("MQTT-3.1.2-24: a CONNACK whose Authentication Data would exceed the client's Maximum Packet Size is not sent → CONNACK 0x87 instead", async () => {
    // An empty client id adds an Assigned Client Identifier, so this CONNACK is larger than the AUTH before it.
    const sizes = await unlimitedSizes('', 8);
    assert.ok(sizes.connack > sizes.auth, `precondition: CONNACK ${sizes.connack} bytes, AUTH ${sizes.auth} bytes`);
    const max = sizes.connack - 1;
    const { raw, first, connack } = await scramConnect({ clientId: '', maximumPacketSize: max, nonceChars: 8 });
    assert.equal(first.cmd, 'auth', 'the AUTH fits and is sent');
    assert.equal(hex(connack?.reasonCode), hex(0x87));
    assert.equal(connack?.properties?.authenticationData, undefined);
    await raw.waitClosed(2000);
    for (const size of frameSizes(raw.bytes)) assert.ok(size <= max, `a ${size}-byte packet sent to a client that allows ${max}`);
  });

  test("MQTT-3.1.2-24: a re-authentication whose AUTH would exceed the client's Maximum Packet Size → DISCONNECT 0x87", async () => {
    const id = clientId('ea-reauth');
    const sizes = await unlimitedSizes(id, 8);
    const max = Math.max(sizes.auth, sizes.connack);
    const { raw, connack } = await scramConnect({ clientId: id, maximumPacketSize: max, nonceChars: 8 });
    assert.equal(hex(connack?.reasonCode), hex(0), 'a CONNECT exchange that fits');
    // A longer client nonce makes the server-first message, and so the AUTH, larger than the limit.
    const again = scramClient(USER, PASSWORD, 200);
    raw.send({ cmd: 'auth', reasonCode: 0x19, properties: { authenticationMethod: SCRAM, authenticationData: again.first } });
    await expectServerDisconnect(raw, 0x87, 'oversize re-authentication');
    assert.deepEqual(describePackets(raw.packets).filter((p) => p.startsWith('auth')), ['auth 0x18'], "only the CONNECT exchange's AUTH");
    for (const size of frameSizes(raw.bytes)) assert.ok(size <= max, `a ${size}-byte packet sent to a client that allows ${max}`);
  });
});
