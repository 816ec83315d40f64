/**
 * Shared pieces of the conformance suite. A test that fails on wharf because a feature is missing
 * or wrong is marked `{ todo: wharfTodo('what wharf does instead') }`: it still runs and reports,
 * and turns into an ordinary pass once the broker is fixed. Against the reference broker the same
 * test must pass outright, which is what proves it right.
 */
import assert from 'node:assert/strict';
import type { Packet } from 'mqtt-packet';
import { isMosquitto, isWharf, type RawClient } from '../harness/index.ts';

/** For `test(name, { todo: wharfTodo('…') })`: the gap on wharf; no todo against mosquitto. */
export const wharfTodo = (what: string): string | false => (isWharf ? what : false);

/** For `test(name, { skip: mosquittoLacks('…') })`: where mosquitto 2.0.11 lacks the (optional) feature or breaks the rule. */
export const mosquittoLacks = (why: string): string | false => (isMosquitto ? `mosquitto 2.0.11: ${why}` : false);

/** Packets as short strings for assertion messages: `disconnect 0x94`, `puback 0x10`, `publish`. */
export function describePackets(packets: readonly Packet[]): string[] {
  return packets.map((p) => {
    const code = 'reasonCode' in p && typeof p.reasonCode === 'number' ? p.reasonCode : 'returnCode' in p ? p.returnCode : undefined;
    return code === undefined ? p.cmd : `${p.cmd} 0x${code.toString(16).padStart(2, '0')}`;
  });
}

export const hex = (code: number | undefined): string => (code === undefined ? 'none' : `0x${code.toString(16).padStart(2, '0')}`);

/**
 * The server must end the connection with DISCONNECT `code` (MQTT 5 §4.13): waits for the close
 * and asserts that the last packet before it was that DISCONNECT.
 */
export async function expectServerDisconnect(raw: RawClient, code: number, what: string, timeoutMs = 3000): Promise<void> {
  let before: Packet[];
  try {
    before = await raw.waitClosed(timeoutMs);
  } catch {
    assert.fail(`${what}: the connection stayed open (got: ${describePackets(raw.unread()).join(', ') || 'nothing'})`);
  }
  const disc = before.filter((p) => p.cmd === 'disconnect');
  assert.ok(disc.length > 0, `${what}: closed without a DISCONNECT (got: ${describePackets(before).join(', ') || 'nothing'})`);
  const got = disc[disc.length - 1]!;
  assert.equal(hex(got.cmd === 'disconnect' ? got.reasonCode : undefined), hex(code), `${what}: DISCONNECT reason code`);
}
