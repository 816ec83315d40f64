// A last-value command queue for a device that is often offline. While lamp-1 is away, the app
// sends it many commands; the queue keeps only the newest per command type (the key is the
// payload field `command`), so when the lamp connects it gets one `set-color` (the last color)
// and one `set-brightness`, not the whole history. Once online it gets every command live.
//
//   node examples/last-value.mjs     (broker: pnpm wharf start --api-keys-file examples/api-keys.txt)
import { api, client, deleteQueue, finish, recreateQueue, run, sleep, until } from './lib.mjs';

const DEVICE = 'lamp-1';
const TOPIC = `examples/devices/${DEVICE}/commands`;
const COLORS = ['red', 'orange', 'yellow', 'green', 'blue', 'indigo', 'violet'];
const OFFLINE_COLORS = 50;
const OFFLINE_BRIGHTNESS = 10;

run(async () => {
  await recreateQueue({ topic_filter: TOPIC, is_lastvalue: true, key_expression: 'message.payload.command' });
  console.log(`last-value queue $q/${TOPIC} created (key_expression: message.payload.command)`);

  const app = await client('app');
  const send = (command) => app.publishAsync(TOPIC, JSON.stringify(command), { qos: 1 });
  for (let i = 0; i < OFFLINE_COLORS; i++) await send({ command: 'set-color', color: COLORS[i % COLORS.length], seq: i });
  for (let i = 0; i < OFFLINE_BRIGHTNESS; i++) await send({ command: 'set-brightness', level: (i + 1) * 10, seq: i });
  console.log(`sent ${OFFLINE_COLORS} set-color and ${OFFLINE_BRIGHTNESS} set-brightness commands while ${DEVICE} was offline`);
  let queue = await api('GET', `/queues/${encodeURIComponent(TOPIC)}`);
  await until(async () => (queue = await api('GET', `/queues/${encodeURIComponent(TOPIC)}`)).stats.depth <= 2, 2000);
  console.log(`queue depth: ${queue.stats.depth} (one per command type)`);

  const received = [];
  const lamp = await client(DEVICE);
  lamp.on('message', (_topic, payload) => received.push(JSON.parse(payload.toString())));
  await lamp.subscribeAsync(`$q/${TOPIC}`, { qos: 1 });
  await until(() => received.length >= 2, 10_000);
  await sleep(500); // nothing else may come
  const backlog = received.splice(0);
  console.log(`${DEVICE} came online and got: ${backlog.map((c) => JSON.stringify(c)).join(', ')}`);
  const lastColor = COLORS[(OFFLINE_COLORS - 1) % COLORS.length];
  const color = backlog.filter((c) => c.command === 'set-color');
  const brightness = backlog.filter((c) => c.command === 'set-brightness');

  const live = ['white', 'red', 'green'];
  for (const [i, c] of live.entries()) {
    await send({ command: 'set-color', color: c, seq: OFFLINE_COLORS + i });
    await until(() => received.length === i + 1, 5000);
  }
  await sleep(300);
  console.log(`then live: ${received.map((c) => c.color).join(', ')}`);

  await Promise.all([app.endAsync(), lamp.endAsync()]);
  await deleteQueue(TOPIC);
  finish([
    [queue.stats.depth === 2, `while offline the queue held 2 commands, not ${OFFLINE_COLORS + OFFLINE_BRIGHTNESS}`],
    [backlog.length === 2, `the device got 2 commands on connect (got ${backlog.length})`],
    [color.length === 1 && color[0].color === lastColor && color[0].seq === OFFLINE_COLORS - 1, `the set-color it got is the last one (${lastColor})`],
    [brightness.length === 1 && brightness[0].level === OFFLINE_BRIGHTNESS * 10, 'the set-brightness it got is the last one'],
    [received.length === live.length && received.every((c, i) => c.color === live[i]), `online, it got every live command in order (${live.join(', ')})`],
  ]);
});
