// The job queue again, with `least_inflight` and one worker 5× slower per job. The queue gives
// each job to the worker with the fewest unacknowledged jobs, so the fast worker takes most of
// them, and the whole run takes about as long as the fast worker would need alone; with
// `random` the slow worker would get half the jobs and take 5× longer.
//
// Each worker holds at most 2 unacknowledged jobs (MQTT 5 Receive Maximum): one in hand, one
// waiting. Claims: the fast worker does most of the jobs, and the wall time is at most 1.3×
// that of the fast worker alone (its measured time per job × all jobs).
//
//   node examples/slow-worker.mjs    (broker: pnpm wharf start --api-keys-file examples/api-keys.txt)
import { client, deleteQueue, finish, recreateQueue, run, sleep, until } from './lib.mjs';

const TOPIC = 'examples/slow-jobs';
const JOBS = Number(process.env.JOBS ?? 500);
const FAST_MS = 4;
const SLOW_MS = 5 * FAST_MS;

run(async () => {
  await recreateQueue({ topic_filter: TOPIC, is_lastvalue: false, dispatch_strategy: 'least_inflight' });
  console.log(`queue $q/${TOPIC} created (dispatch_strategy: least_inflight)`);

  const done = new Set();
  let lastDone = 0;
  const workers = [];
  for (const [name, jobMs] of [['fast-worker', FAST_MS], ['slow-worker', SLOW_MS]]) {
    const worker = { name, jobMs, jobs: 0, busyMs: 0 };
    worker.client = await client(name, {
      protocolVersion: 5,
      properties: { receiveMaximum: 2 },
      onJob: async (_topic, payload) => {
        const { id } = JSON.parse(payload.toString());
        const t0 = performance.now();
        await sleep(jobMs); // the work
        worker.busyMs += performance.now() - t0;
        worker.jobs++;
        done.add(id);
        lastDone = performance.now();
      },
    });
    await worker.client.subscribeAsync(`$q/${TOPIC}`, { qos: 1 });
    workers.push(worker);
  }

  const producer = await client('producer');
  const started = performance.now();
  await Promise.all(Array.from({ length: JOBS }, (_, id) => producer.publishAsync(TOPIC, JSON.stringify({ id }), { qos: 1 })));
  await until(() => done.size === JOBS, 30_000);
  const wall = lastDone - started;

  const [fast, slow] = workers;
  const fastPerJob = fast.busyMs / Math.max(1, fast.jobs);
  const fastAlone = JOBS * fastPerJob;
  for (const w of workers) console.log(`${w.name.padEnd(11)} (${w.jobMs} ms/job) did ${w.jobs} jobs`);
  console.log(`wall time ${wall.toFixed(0)} ms; the fast worker alone: ~${fastAlone.toFixed(0)} ms (${JOBS} × ${fastPerJob.toFixed(1)} ms)`);
  console.log(`(with random, the slow worker's half alone would take ~${((JOBS / 2) * (slow.busyMs / Math.max(1, slow.jobs))).toFixed(0)} ms)`);

  await Promise.all([producer, ...workers.map((w) => w.client)].map((c) => c.endAsync()));
  await deleteQueue(TOPIC);
  finish([
    [done.size === JOBS, `all ${JOBS} jobs were done (${done.size} were)`],
    [fast.jobs > 2 * slow.jobs, `the fast worker did most of the jobs (${fast.jobs} vs ${slow.jobs})`],
    [wall <= 1.3 * fastAlone, `the run took about as long as the fast worker alone (${wall.toFixed(0)} ≤ 1.3 × ${fastAlone.toFixed(0)} ms)`],
  ]);
});
