/**
 * Authentication and authorization end to end, on real broker processes: password file (written
 * by `wharf passwd -b`), JWT (HS256, RS256, expiry, `acl` claim), ACL file (%c, %u, reload on
 * SIGHUP), refused filters, read-only `$SYS`, wills, MQTT 5 enhanced authentication with
 * SCRAM-SHA-256 (a client-side SCRAM written here with node:crypto) and re-authentication, and the
 * `$SYS/brokers/<node>/…` statistics.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHmac, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { IConnackPacket, IConnectPacket, Packet } from 'mqtt-packet';
import {
  QUIET_MS, REPO_ROOT, RawClient, clientId, sleep, shutdown, startBroker, waitFor, wharfOnly, type Broker, type Version,
} from './harness/index.ts';
import { SCRAM, scramClient } from './conformance/scram-client.ts';
import { apiKeysFile, createQueue, queueBody } from './queues/support.ts';

const hex = (code: number | undefined): string => (code === undefined ? 'none' : `0x${code.toString(16).padStart(2, '0')}`);
const code = (p: IConnackPacket): number | undefined => p.reasonCode ?? p.returnCode;

const ALICE_PASSWORD = 'alice-secret-1';
const BOB_PASSWORD = 'bob-secret-2';
/** HS256 needs at least 32 bytes. */
const JWT_SECRET = 'a-test-secret-of-at-least-32-bytes!!';

// ---- credentials made here ----

const dir = mkdtempSync(join(tmpdir(), 'wharf-auth-'));
const passwordFile = join(dir, 'passwords');
const aclFile = join(dir, 'acl');
const reloadAclFile = join(dir, 'acl-reload');
const publicKeyFile = join(dir, 'jwt-rs256.pem');

function wharfPasswd(...args: string[]): void {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'packages/cli/src/main.ts', 'passwd', ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, `wharf passwd ${args.join(' ')}: ${r.stderr}`);
}

const b64url = (data: string | Buffer): string => Buffer.from(data).toString('base64url');

function jwt(alg: 'HS256' | 'RS256', claims: Record<string, unknown>, key: string | KeyObject): Buffer {
  const signingInput = `${b64url(JSON.stringify({ alg, typ: 'JWT' }))}.${b64url(JSON.stringify(claims))}`;
  const signature =
    alg === 'HS256' ? createHmac('sha256', key as string).update(signingInput).digest() : sign('RSA-SHA256', Buffer.from(signingInput), key as KeyObject);
  return Buffer.from(`${signingInput}.${b64url(signature)}`);
}

const nowSeconds = (): number => Math.floor(Date.now() / 1000);

let rsaKey: KeyObject | undefined;

/** The password file (two users, by `wharf passwd -b`) and the RS256 key, made once for both brokers. */
function credentials(): KeyObject {
  if (rsaKey !== undefined) return rsaKey;
  // The lowest scrypt cost keeps the test fast; SCRAM keeps its standard 4096 iterations.
  wharfPasswd('-c', '-b', '--cost', '10', passwordFile, 'alice', ALICE_PASSWORD);
  wharfPasswd('-b', '--cost', '10', passwordFile, 'bob', BOB_PASSWORD);
  const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
  writeFileSync(publicKeyFile, pair.publicKey.export({ type: 'spki', format: 'pem' }));
  rsaKey = pair.privateKey;
  return rsaKey;
}

after(() => rmSync(dir, { recursive: true, force: true }));

// ---- raw-client helpers ----

async function open(broker: Broker, version: Version): Promise<RawClient> {
  return RawClient.open(broker, version);
}

/** CONNECT with a user name and password; the CONNACK. */
async function login(broker: Broker, version: Version, username: string | undefined, password: string | Buffer | undefined, fields: Partial<IConnectPacket> = {}) {
  const raw = await open(broker, version);
  const ack = await raw.connect({
    ...(username !== undefined ? { username } : {}),
    ...(password !== undefined ? { password: Buffer.from(password) } : {}),
    ...fields,
  });
  return { raw, ack };
}

let packetId = 0;
const nextId = (): number => (packetId = (packetId % 65535) + 1);

/** PUBACK 0x10: accepted, and no subscription matched. */
const NO_MATCHING_SUBSCRIBERS = 0x10;

/** PUBLISH at QoS 1; the PUBACK's reason code (0 for MQTT 3.1.1, which has none; 0x10 counts as 0: accepted). */
async function publish1(raw: RawClient, topic: string, payload = 'x'): Promise<number> {
  const messageId = nextId();
  raw.send({ cmd: 'publish', topic, payload: Buffer.from(payload), qos: 1, messageId, retain: false, dup: false });
  const ack = await raw.expect('puback');
  assert.equal(ack.messageId, messageId);
  const rc = ack.reasonCode ?? 0;
  return rc === NO_MATCHING_SUBSCRIBERS ? 0 : rc;
}

/** SUBSCRIBE one filter at QoS 1; the SUBACK code. */
async function subscribe(raw: RawClient, topic: string): Promise<number> {
  const messageId = nextId();
  raw.send({ cmd: 'subscribe', messageId, subscriptions: [{ topic, qos: 1 }] });
  const ack = await raw.expect('suback');
  assert.equal(ack.messageId, messageId);
  return ack.granted[0] as number;
}

/** Publishes that reached `raw` (acknowledging QoS 1 ones), after a quiet period. */
async function received(raw: RawClient, ms = QUIET_MS): Promise<string[]> {
  await sleep(ms);
  const out: string[] = [];
  for (const p of raw.unread()) {
    if (p.cmd !== 'publish') continue;
    out.push(`${p.topic}=${p.payload.toString()}`);
    if (p.qos === 1) raw.send({ cmd: 'puback', messageId: p.messageId! });
  }
  // Everything looked at is taken.
  while (raw.unread().length > 0) await raw.next(10);
  return out;
}

/** Waits for the broker to close the connection; the packets that came before. */
async function closedWith(raw: RawClient, timeoutMs = 5000): Promise<string[]> {
  const before: Packet[] = await raw.waitClosed(timeoutMs);
  return before.map((p) => ('reasonCode' in p && typeof p.reasonCode === 'number' ? `${p.cmd} ${hex(p.reasonCode)}` : p.cmd));
}

/** A full SCRAM-SHA-256 CONNECT; the CONNACK after the exchange, and the expected server-final. */
async function scramConnect(broker: Broker, user: string, password: string, fields: Partial<IConnectPacket> = {}) {
  const raw = await open(broker, 5);
  const scram = scramClient(user, password);
  raw.send({
    cmd: 'connect', protocolId: 'MQTT', protocolVersion: 5, clientId: clientId('scram'), clean: true, keepalive: 30,
    ...fields,
    properties: { authenticationMethod: SCRAM, authenticationData: scram.first, ...fields.properties },
  } as IConnectPacket);
  const challenge = await raw.next();
  assert.equal(challenge.cmd, 'auth', `expected AUTH, got ${challenge.cmd}`);
  if (challenge.cmd !== 'auth') throw new Error('unreachable');
  assert.equal(hex(challenge.reasonCode), hex(0x18));
  assert.equal(challenge.properties?.authenticationMethod, SCRAM);
  const final = scram.final(challenge.properties?.authenticationData);
  raw.send({ cmd: 'auth', reasonCode: 0x18, properties: { authenticationMethod: SCRAM, authenticationData: final.data } });
  const ack = await raw.expect('connack');
  return { raw, ack, serverFinal: final.serverFinal };
}

/** `wharf start` that must fail: its exit status, stderr, and whether it created its data dir. */
function startFails(args: string[]): { status: number | null; stderr: string; dataDirMade: boolean } {
  const dataDir = join(dir, `never-${randomBytes(4).toString('hex')}`);
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'packages/cli/src/main.ts', 'start', '--host', '127.0.0.1', '--mqtt-port', '0', '--http-port', '0', '--data-dir', dataDir, ...args],
    // A start that wrongly succeeds runs until this kills it, and the test fails on the status.
    { cwd: REPO_ROOT, encoding: 'utf8', timeout: 20_000, killSignal: 'SIGKILL' },
  );
  return { status: r.status, stderr: r.stderr, dataDirMade: existsSync(dataDir) };
}

const skipAll = wharfOnly('security options, SCRAM and $SYS layout are wharf features (mosquitto is configured differently)');

describe('auth: password file, JWT, ACL file, refused filters, wills, SCRAM', { skip: skipAll }, () => {
  let broker: Broker;
  let rsa: KeyObject;

  before(async () => {
    rsa = credentials();
    writeFileSync(aclFile, [
      '# first match wins; no match: deny (--acl-no-match deny)',
      'deny any subscribe secret/#',
      'allow any both public/#',
      'allow user alice both users/%u/#',
      'allow any both clients/%c/#',
      'allow any subscribe ro/#',
      'allow user bob publish ro/#',
      '',
    ].join('\n'));
    broker = await startBroker({
      args: [
        '--allow-anonymous', 'false',
        '--password-file', passwordFile,
        '--acl-file', aclFile,
        '--acl-no-match', 'deny',
        '--deny-filters', '#',
        '--jwt-secret', JWT_SECRET,
        '--jwt-public-key-file', publicKeyFile,
        '--jwt-clock-skew-seconds', '0',
        '--sys-interval', '0',
      ],
    });
  });
  after(() => shutdown(broker));

  for (const v of [4, 5] as const) {
    const [notAuthorized, badCredentials] = v === 5 ? [0x87, 0x86] : [0x05, 0x04];
    describe(v === 5 ? 'MQTT 5.0' : 'MQTT 3.1.1', () => {
      test(`anonymous access off: a CONNECT without credentials → ${hex(notAuthorized)}`, async () => {
        const { raw, ack } = await login(broker, v, undefined, undefined);
        assert.equal(hex(code(ack)), hex(notAuthorized));
        await raw.waitClosed(2000);
      });

      test(`wrong password → ${hex(badCredentials)}`, async () => {
        const { raw, ack } = await login(broker, v, 'alice', 'not-her-password');
        assert.equal(hex(code(ack)), hex(badCredentials));
        await raw.waitClosed(2000);
      });

      test(`unknown user → ${hex(badCredentials)}`, async () => {
        const { raw, ack } = await login(broker, v, 'mallory', ALICE_PASSWORD);
        assert.equal(hex(code(ack)), hex(badCredentials));
        await raw.waitClosed(2000);
      });

      test(`expired JWT → ${hex(badCredentials)}`, async () => {
        const token = jwt('HS256', { sub: 'jwt-user', exp: nowSeconds() - 60 }, JWT_SECRET);
        const { raw, ack } = await login(broker, v, 'jwt-user', token);
        assert.equal(hex(code(ack)), hex(badCredentials));
        await raw.waitClosed(2000);
      });

      test(`a will to a topic the client may not publish to → ${hex(notAuthorized)}`, async () => {
        const { raw, ack } = await login(broker, v, 'alice', ALICE_PASSWORD, {
          will: { topic: 'users/bob/last-words', payload: Buffer.from('never'), qos: 1, retain: false },
        });
        assert.equal(hex(code(ack)), hex(notAuthorized));
        await raw.waitClosed(2000);
      });

      test(`SUBSCRIBE to a denied filter → ${v === 5 ? '0x87' : '0x80'}; a refused filter (--deny-filters #) → 0x80`, async () => {
        const { raw, ack } = await login(broker, v, 'alice', ALICE_PASSWORD);
        assert.equal(code(ack), 0);
        assert.equal(hex(await subscribe(raw, 'secret/plans')), hex(v === 5 ? 0x87 : 0x80));
        // A deny rule on secret/# also refuses the wider filter that would deliver secret/… .
        assert.equal(hex(await subscribe(raw, 'public/#')), hex(1), 'an allowed filter in the same session');
        assert.equal(hex(await subscribe(raw, '#')), hex(0x80));
        raw.destroy();
      });

      test('good password connects; the ACL file applies %u and %c', async () => {
        const id = clientId('dev');
        const { raw, ack } = await login(broker, v, 'alice', ALICE_PASSWORD, { clientId: id });
        assert.equal(code(ack), 0);
        const denied = v === 5 ? 0x87 : 0;
        assert.equal(hex(await publish1(raw, 'users/alice/x')), hex(0));
        assert.equal(hex(await publish1(raw, 'users/bob/x')), hex(denied));
        assert.equal(hex(await publish1(raw, `clients/${id}/x`)), hex(0));
        assert.equal(hex(await publish1(raw, 'clients/someone-else/x')), hex(denied));
        assert.equal(hex(await subscribe(raw, `clients/${id}/#`)), hex(1));
        assert.equal(hex(await subscribe(raw, 'clients/someone-else/#')), hex(v === 5 ? 0x87 : 0x80));
        raw.destroy();
      });
    });
  }

  test('MQTT 5.0: a denied PUBLISH gets PUBACK 0x87 (QoS 1) and PUBREC 0x87 (QoS 2), and reaches no subscriber', async () => {
    const sub = await login(broker, 5, 'alice', ALICE_PASSWORD);
    assert.equal(await subscribe(sub.raw, 'ro/#'), 1);
    const pub = await login(broker, 5, 'alice', ALICE_PASSWORD);
    assert.equal(hex(await publish1(pub.raw, 'ro/denied-1')), hex(0x87));
    const messageId = nextId();
    pub.raw.send({ cmd: 'publish', topic: 'ro/denied-2', payload: Buffer.from('x'), qos: 2, messageId, retain: false, dup: false });
    const rec = await pub.raw.expect('pubrec');
    assert.equal(hex(rec.reasonCode), hex(0x87));
    // bob may publish there: his message arrives, alice's never did.
    const bob = await login(broker, 5, 'bob', BOB_PASSWORD);
    assert.equal(hex(await publish1(bob.raw, 'ro/marker', 'from bob')), hex(0));
    await waitFor(() => sub.raw.unread().some((p) => p.cmd === 'publish'), { message: 'the marker' });
    assert.deepEqual(await received(sub.raw), ['ro/marker=from bob']);
  });

  test('MQTT 3.1.1: a denied PUBLISH is acknowledged as usual and dropped (QoS 1 and 2)', async () => {
    const sub = await login(broker, 5, 'alice', ALICE_PASSWORD);
    assert.equal(await subscribe(sub.raw, 'ro/#'), 1);
    const pub = await login(broker, 4, 'alice', ALICE_PASSWORD);
    assert.equal(await publish1(pub.raw, 'ro/v4-denied-1'), 0);
    const messageId = nextId();
    pub.raw.send({ cmd: 'publish', topic: 'ro/v4-denied-2', payload: Buffer.from('x'), qos: 2, messageId, retain: false, dup: false });
    assert.equal((await pub.raw.expect('pubrec')).messageId, messageId);
    pub.raw.send({ cmd: 'pubrel', messageId });
    assert.equal((await pub.raw.expect('pubcomp')).messageId, messageId);
    const bob = await login(broker, 4, 'bob', BOB_PASSWORD);
    await publish1(bob.raw, 'ro/marker-v4', 'from bob');
    await waitFor(() => sub.raw.unread().some((p) => p.cmd === 'publish'), { message: 'the marker' });
    assert.deepEqual(await received(sub.raw), ['ro/marker-v4=from bob']);
  });

  test('MQTT 5.0: $share/g/secret/# is refused with 0x87 (authorization comes before shared-subscription support)', async () => {
    const { raw } = await login(broker, 5, 'alice', ALICE_PASSWORD);
    assert.equal(hex(await subscribe(raw, '$share/g/secret/#')), hex(0x87));
    raw.destroy();
  });

  test('MQTT 5.0: publishing to $SYS is refused (PUBACK 0x87)', async () => {
    const { raw } = await login(broker, 5, 'alice', ALICE_PASSWORD);
    assert.equal(hex(await publish1(raw, '$SYS/brokers/wharf/uptime', '0')), hex(0x87));
    raw.destroy();
  });

  test('JWT HS256 and RS256 connect; the user name must be the token subject', async () => {
    for (const [alg, key] of [['HS256', JWT_SECRET], ['RS256', rsa]] as const) {
      const token = jwt(alg, { sub: 'alice', exp: nowSeconds() + 600 }, key);
      const other = await login(broker, 5, 'bob', token);
      assert.equal(hex(code(other.ack)), hex(0x86), `${alg}: a token of alice presented as bob`);
      const { raw, ack } = await login(broker, 5, 'alice', token);
      assert.equal(hex(code(ack)), hex(0), alg);
      // %u is alice: her own tree is allowed, bob's is not.
      assert.equal(hex(await publish1(raw, 'users/alice/jwt')), hex(0), alg);
      assert.equal(hex(await publish1(raw, 'users/bob/jwt')), hex(0x87), alg);
      raw.destroy();
    }
  });

  test('JWT signed with a key the broker does not have → 0x86', async () => {
    const token = jwt('HS256', { sub: 'alice' }, 'some-other-secret-that-is-32-bytes-long');
    const { ack } = await login(broker, 5, 'alice', token);
    assert.equal(hex(code(ack)), hex(0x86));
  });

  test('JWT acl claim: its rules come before the ACL file (a deny narrows it, an allow widens it)', async () => {
    const token = jwt('HS256', {
      sub: 'jwt-user',
      exp: nowSeconds() + 600,
      acl: [
        { permission: 'deny', action: 'publish', topic: 'public/blocked' },
        { permission: 'allow', action: 'publish', topic: 'tokens/%u/#' },
      ],
    }, JWT_SECRET);
    const { raw, ack } = await login(broker, 5, 'jwt-user', token);
    assert.equal(hex(code(ack)), hex(0));
    assert.equal(hex(await publish1(raw, 'public/ok')), hex(0), 'the ACL file allows public/#');
    assert.equal(hex(await publish1(raw, 'public/blocked')), hex(0x87), 'the claim denies it first');
    assert.equal(hex(await publish1(raw, 'tokens/jwt-user/x')), hex(0), 'the claim allows it');
    assert.equal(hex(await publish1(raw, 'tokens/other/x')), hex(0x87), 'nothing allows it');
    raw.destroy();
  });

  test('enhanced authentication: SCRAM-SHA-256 succeeds, proves the server, and sets the identity', async () => {
    const { raw, ack, serverFinal } = await scramConnect(broker, 'alice', ALICE_PASSWORD);
    assert.equal(hex(ack.reasonCode), hex(0));
    assert.equal(ack.properties?.authenticationMethod, SCRAM);
    assert.equal(ack.properties?.authenticationData?.toString(), serverFinal, 'server-final does not prove the server knows the password');
    assert.equal(hex(await publish1(raw, 'users/alice/scram')), hex(0));
    assert.equal(hex(await publish1(raw, 'users/bob/scram')), hex(0x87));
    raw.destroy();
  });

  test('enhanced authentication: SCRAM-SHA-256 with a wrong password or an unknown user → CONNACK 0x86', async () => {
    for (const [user, password] of [['alice', 'wrong'], ['nobody', 'whatever']] as const) {
      const { raw, ack } = await scramConnect(broker, user, password);
      assert.equal(hex(ack.reasonCode), hex(0x86), user);
      assert.equal(ack.properties?.reasonString, 'bad user name or password', 'the same words for both: which users exist stays hidden');
      await raw.waitClosed(2000);
    }
  });

  test('a bad password file, ACL file or TLS key stops the start before the data directory is touched', () => {
    const bad = join(dir, 'bad-file');
    writeFileSync(bad, 'this line is no rule\n');
    for (const [args, named] of [
      [['--password-file', bad], /--password-file/],
      [['--acl-file', bad], /--acl-file/],
      [['--tls-port', '0', '--tls-cert', bad, '--tls-key', join(dir, 'missing.pem')], /--tls-key/],
    ] as const) {
      const r = startFails([...args]);
      assert.notEqual(r.status, 0, args.join(' '));
      assert.match(r.stderr, named);
      assert.equal(r.dataDirMade, false, `${args[0]}: the data directory was created before the check`);
    }
  });

  test('enhanced authentication: an unsupported method → CONNACK 0x8C naming it', async () => {
    const raw = await open(broker, 5);
    const ack = await raw.connect({ properties: { authenticationMethod: 'GS2-KRB5', authenticationData: Buffer.from('x') } });
    assert.equal(hex(ack.reasonCode), hex(0x8c));
    assert.match(ack.properties?.reasonString ?? '', /GS2-KRB5/);
    await raw.waitClosed(2000);
  });
});

describe('auth: re-authentication, protocol errors, JWT expiry, ACL reload, $SYS', { skip: skipAll }, () => {
  let broker: Broker;
  let apiKeys: { file: string; remove: () => void };

  before(async () => {
    credentials();
    writeFileSync(reloadAclFile, '# reloaded by the test\ndeny any publish nothing-here/#\n');
    apiKeys = apiKeysFile();
    broker = await startBroker({
      args: [
        '--api-keys-file', apiKeys.file,
        '--password-file', passwordFile,
        '--acl-file', reloadAclFile,
        '--jwt-secret', JWT_SECRET,
        '--jwt-clock-skew-seconds', '0',
        '--sys-interval', '1',
      ],
    });
  });
  after(async () => {
    await shutdown(broker);
    apiKeys.remove();
  });

  test('re-authentication (AUTH 0x19): the same exchange ends in AUTH 0x00; the connection works meanwhile', async () => {
    const { raw, ack } = await scramConnect(broker, 'alice', ALICE_PASSWORD);
    assert.equal(hex(ack.reasonCode), hex(0));
    const again = scramClient('alice', ALICE_PASSWORD);
    raw.send({ cmd: 'auth', reasonCode: 0x19, properties: { authenticationMethod: SCRAM, authenticationData: again.first } });
    const challenge = await raw.expect('auth');
    assert.equal(hex(challenge.reasonCode), hex(0x18));
    // Mid-exchange, publishing and pinging go on as usual.
    assert.equal(hex(await publish1(raw, 'reauth/meanwhile')), hex(0));
    raw.send({ cmd: 'pingreq' });
    await raw.expect('pingresp');
    const final = again.final(challenge.properties?.authenticationData);
    raw.send({ cmd: 'auth', reasonCode: 0x18, properties: { authenticationMethod: SCRAM, authenticationData: final.data } });
    const done = await raw.expect('auth');
    assert.equal(hex(done.reasonCode), hex(0));
    assert.equal(done.properties?.authenticationMethod, SCRAM);
    assert.equal(done.properties?.authenticationData?.toString(), final.serverFinal);
    assert.equal(hex(await publish1(raw, 'reauth/after')), hex(0));
    raw.destroy();
  });

  test('re-authentication with a wrong password → DISCONNECT 0x87', async () => {
    const { raw } = await scramConnect(broker, 'alice', ALICE_PASSWORD);
    const wrong = scramClient('alice', 'not-the-password');
    raw.send({ cmd: 'auth', reasonCode: 0x19, properties: { authenticationMethod: SCRAM, authenticationData: wrong.first } });
    const challenge = await raw.expect('auth');
    raw.send({ cmd: 'auth', reasonCode: 0x18, properties: { authenticationMethod: SCRAM, authenticationData: wrong.final(challenge.properties?.authenticationData).data } });
    assert.deepEqual(await closedWith(raw), ['disconnect 0x87']);
  });

  test('re-authentication naming another method → DISCONNECT 0x82', async () => {
    const { raw } = await scramConnect(broker, 'alice', ALICE_PASSWORD);
    raw.send({ cmd: 'auth', reasonCode: 0x19, properties: { authenticationMethod: 'SCRAM-SHA-1', authenticationData: Buffer.from('n,,n=alice,r=abcdefghij') } });
    assert.deepEqual(await closedWith(raw), ['disconnect 0x82']);
  });

  test('a packet other than AUTH during the CONNECT exchange → CONNACK 0x82', async () => {
    const raw = await open(broker, 5);
    const scram = scramClient('alice', ALICE_PASSWORD);
    raw.send({
      cmd: 'connect', protocolId: 'MQTT', protocolVersion: 5, clientId: clientId('early'), clean: true, keepalive: 30,
      properties: { authenticationMethod: SCRAM, authenticationData: scram.first },
    } as IConnectPacket);
    assert.equal((await raw.expect('auth')).reasonCode, 0x18);
    raw.send({ cmd: 'pingreq' });
    assert.deepEqual(await closedWith(raw), ['connack 0x82']);
  });

  test('Request Problem Information 0: a refused CONNACK carries no Reason String', async () => {
    const raw = await open(broker, 5);
    const ack = await raw.connect({ properties: { requestProblemInformation: false, authenticationMethod: 'GS2-KRB5' } });
    assert.equal(hex(ack.reasonCode), hex(0x8c));
    assert.equal(ack.properties?.reasonString, undefined);
  });

  for (const v of [4, 5] as const) {
    test(`${v === 5 ? 'MQTT 5.0' : 'MQTT 3.1.1'}: a JWT that expires while connected ends the connection${v === 5 ? ' (DISCONNECT 0xA0)' : ''}`, async () => {
      const token = jwt('HS256', { sub: 'expiring', exp: nowSeconds() + 2 }, JWT_SECRET);
      const { raw, ack } = await login(broker, v, 'expiring', token);
      assert.equal(hex(code(ack)), hex(0));
      raw.send({ cmd: 'pingreq' });
      await raw.expect('pingresp');
      assert.deepEqual(await closedWith(raw, 5000), v === 5 ? ['disconnect 0xa0'] : []);
    });
  }

  test('SIGHUP reloads the ACL file: the next PUBLISH of an existing connection is decided by the new rules', async () => {
    const { raw, ack } = await login(broker, 5, undefined, undefined);
    assert.equal(hex(code(ack)), hex(0));
    assert.equal(hex(await publish1(raw, 'reload/x')), hex(0));
    writeFileSync(reloadAclFile, `${readFileSync(reloadAclFile, 'utf8')}deny any publish reload/#\n`);
    const mark = broker.logs().length;
    process.kill(broker.pid()!, 'SIGHUP');
    await waitFor(() => broker.logs().slice(mark).some((l) => l.includes('"security reloaded"')), { message: 'the reload log line' });
    assert.equal(hex(await publish1(raw, 'reload/x')), hex(0x87));
    assert.equal(hex(await publish1(raw, 'other/x')), hex(0));
    raw.destroy();
  });

  /** PUBLISH at QoS 1; the PUBACK's reason code as sent (0x10: no subscription matched). */
  async function publishCode(raw: RawClient, topic: string, payload: string): Promise<number> {
    const messageId = nextId();
    raw.send({ cmd: 'publish', topic, payload: Buffer.from(payload), qos: 1, messageId, retain: false, dup: false });
    const ack = await raw.expect('puback');
    assert.equal(ack.messageId, messageId);
    return ack.reasonCode ?? 0;
  }

  /** Writes the ACL file, sends SIGHUP, and waits until the broker says it reloaded. */
  async function reloadAcl(text: string): Promise<void> {
    writeFileSync(reloadAclFile, text);
    const mark = broker.logs().length;
    process.kill(broker.pid()!, 'SIGHUP');
    await waitFor(() => broker.logs().slice(mark).some((l) => l.includes('"security reloaded"')), { message: 'the reload log line' });
  }

  /** Runs `body` with the ACL file as it is, then puts that back (a deny on `x/a/#` also refuses a later test's `#`). */
  async function restoringAcl(body: (original: string) => Promise<void>): Promise<void> {
    const original = readFileSync(reloadAclFile, 'utf8');
    try {
      await body(original);
    } finally {
      await reloadAcl(original);
    }
  }

  /** Waits for the warning that names the client and the removed filter. */
  async function removedLogged(id: string, filter: string, cause: string): Promise<void> {
    const json = (v: string): string => JSON.stringify(v);
    await waitFor(
      () => broker.logs().some((l) => l.includes('"subscription removed: no longer authorized"') && l.includes(`"clientId":${json(id)}`) && l.includes(`"filter":${json(filter)}`) && l.includes(`"cause":${json(cause)}`)),
      { message: `the warning for ${id} ${filter} (${cause})` },
    );
  }

  test('SIGHUP: subscriptions the reloaded ACL file denies are removed from live sessions ($share/, $q/, $queue/ included), silently; the others still deliver', () => restoringAcl(async (original) => {
    const root = `revoke-${randomBytes(4).toString('hex')}`;
    const name = `${root}-named`;
    await createQueue(broker.httpPort, queueBody(`${root}/q`));
    await createQueue(broker.httpPort, queueBody(`${root}/n`, { name }));
    const id = clientId('revoked');
    const { raw: sub, ack } = await login(broker, 5, undefined, undefined, { clientId: id });
    assert.equal(hex(code(ack)), hex(0));
    const denied = [`${root}/a/#`, `$share/g/${root}/c/#`, `$q/${root}/q`, `$queue/${name}`];
    for (const filter of [`${root}/b/#`, ...denied]) assert.equal(hex(await subscribe(sub, filter)), hex(1), filter);
    const { raw: pub } = await login(broker, 5, undefined, undefined);
    const everything = [`${root}/a/x`, `${root}/b/x`, `${root}/c/x`, `${root}/q`, `${root}/n`];
    for (const topic of everything) assert.equal(hex(await publishCode(pub, topic, 'before')), hex(0), topic);
    assert.deepEqual((await received(sub)).sort(), everything.map((t) => `${t}=before`).sort(), 'all five deliver before the reload');

    // The literal `$queue/<name>` stays allowed: the queue's topic filter is what is denied.
    await reloadAcl(`${original}deny any subscribe ${root}/a/#\ndeny any subscribe ${root}/c/#\ndeny any subscribe ${root}/q\ndeny any subscribe ${root}/n\n`);
    for (const filter of denied) await removedLogged(id, filter, 'ACL reload');
    // Their registrations went back with them: nothing collects a/ and c/ any more.
    for (const topic of [`${root}/a/x`, `${root}/c/x`]) {
      await waitFor(async () => (await publishCode(pub, topic, 'probe')) === 0x10, { message: `PUBACK 0x10 for ${topic}` });
    }
    for (const topic of everything) await publishCode(pub, topic, 'after');
    assert.deepEqual(await received(sub), [`${root}/b/x=after`], 'only the still-allowed subscription delivers');
    // MQTT has no server-side unsubscribe: the client was told nothing, and stays connected.
    assert.deepEqual(sub.packets.filter((p) => p.cmd !== 'publish' && p.cmd !== 'suback' && p.cmd !== 'connack').map((p) => p.cmd), []);
    assert.equal(sub.isClosed, false);
    sub.destroy();
    pub.destroy();
  }));

  test('a persistent session offline during the reload resumes without the subscriptions the new rules deny', () => restoringAcl(async (original) => {
    const root = `revoke-offline-${randomBytes(4).toString('hex')}`;
    const id = clientId('offline');
    const fields = { clientId: id, clean: false, properties: { sessionExpiryInterval: 300 } };
    const first = await login(broker, 5, undefined, undefined, fields);
    assert.equal(hex(code(first.ack)), hex(0));
    for (const filter of [`${root}/a/#`, `${root}/b/#`]) assert.equal(hex(await subscribe(first.raw, filter)), hex(1));
    first.raw.send({ cmd: 'disconnect', reasonCode: 0 });
    await first.raw.waitClosed(2000);

    await reloadAcl(`${original}deny any subscribe ${root}/a/#\n`);
    const { raw: pub } = await login(broker, 5, undefined, undefined);
    // Stored for the offline session, both of them: its filters still hold their registrations.
    for (const topic of [`${root}/a/x`, `${root}/b/x`]) assert.equal(hex(await publishCode(pub, topic, 'while away')), hex(0), topic);

    const again = await login(broker, 5, undefined, undefined, fields);
    assert.equal(hex(code(again.ack)), hex(0));
    assert.equal(again.ack.sessionPresent, true);
    await removedLogged(id, `${root}/a/#`, 'session resumed');
    assert.deepEqual(await received(again.raw), [`${root}/b/x=while away`]);
    await waitFor(async () => (await publishCode(pub, `${root}/a/x`, 'probe')) === 0x10, { message: 'the denied filter unregistered' });
    await publishCode(pub, `${root}/b/x`, 'live');
    assert.deepEqual(await received(again.raw), [`${root}/b/x=live`]);
    again.raw.send({ cmd: 'disconnect', reasonCode: 0, properties: { sessionExpiryInterval: 0 } });
    pub.destroy();
  }));

  test('$SYS/brokers/wharf/… statistics reach a $SYS/# subscriber and not a # subscriber (MQTT-4.7.2-1)', async () => {
    const all = await login(broker, 5, undefined, undefined);
    assert.equal(await subscribe(all.raw, '#'), 1);
    const sys = await login(broker, 5, undefined, undefined);
    assert.equal(await subscribe(sys.raw, '$SYS/#'), 1);
    const prefix = '$SYS/brokers/wharf/';
    const stats = new Map<string, string>();
    // The retained values come first (from before these two connected); the next ones count them.
    await waitFor(
      () => {
        for (const p of sys.raw.unread()) if (p.cmd === 'publish') stats.set(p.topic, p.payload.toString());
        return stats.size >= 8 && Number(stats.get(`${prefix}clients/connected`)) >= 2 && Number(stats.get(`${prefix}subscriptions/count`)) >= 2;
      },
      { message: () => `$SYS so far: ${JSON.stringify([...stats])}` },
    );
    for (const name of ['version', 'uptime', 'clients/connected', 'messages/received', 'messages/sent', 'bytes/received', 'bytes/sent', 'subscriptions/count']) {
      assert.ok(stats.has(prefix + name), `no ${prefix}${name}`);
    }
    assert.match(stats.get(`${prefix}version`)!, /^\d+\.\d+\.\d+/);
    assert.ok(Number(stats.get(`${prefix}messages/received`)) > 0, 'earlier tests published');
    assert.ok(Number(stats.get(`${prefix}bytes/sent`)) > 0);
    // The uptime changes every second, so live publications keep coming; none may reach '#'.
    const seen = sys.raw.packets.length;
    await waitFor(() => sys.raw.packets.length > seen, { timeoutMs: 3000, message: 'a live $SYS publication' });
    const leaked = all.raw.packets.filter((p) => p.cmd === 'publish' && p.topic.startsWith('$'));
    assert.deepEqual(leaked.map((p) => (p.cmd === 'publish' ? p.topic : '')), []);
    all.raw.destroy();
    sys.raw.destroy();
  });
});
