// A job queue shared by two workers (dispatch: random). 500 jobs are published to
// `examples/jobs`; the queue bound to that topic hands each job to one worker, and the worker's
// PUBACK, sent when the job is done, acknowledges it. Claim: every job is done exactly once,
// and both workers share the work.
//
//   node examples/job-queue.mjs      (broker: pnpm wharf start --api-keys-file examples/api-keys.txt)
import { client, deleteQueue, finish, recreateQueue, run, sleep, until } from './lib.mjs';

const TOPIC = 'examples/jobs';
const JOBS = Number(process.env.JOBS ?? 500);
const JOB_MS = 2;

run(async () => {
  await recreateQueue({ topic_filter: TOPIC, is_lastvalue: false, dispatch_strategy: 'random' });
  console.log(`queue $q/${TOPIC} created (dispatch_strategy: random)`);

  const doneCount = new Map(); // job id → times done
  const workers = [];
  for (const name of ['worker-1', 'worker-2']) {
    const worker = { name, jobs: 0 };
    worker.client = await client(name, {
      onJob: async (_topic, payload) => {
        const { id } = JSON.parse(payload.toString());
        await sleep(JOB_MS); // the work
        worker.jobs++;
        doneCount.set(id, (doneCount.get(id) ?? 0) + 1);
      },
    });
    await worker.client.subscribeAsync(`$q/${TOPIC}`, { qos: 1 });
    workers.push(worker);
  }

  const producer = await client('producer');
  const started = Date.now();
  await Promise.all(Array.from({ length: JOBS }, (_, id) => producer.publishAsync(TOPIC, JSON.stringify({ id }), { qos: 1 })));
  console.log(`published ${JOBS} jobs`);

  await until(() => doneCount.size === JOBS, 30_000);
  // Anything done twice would show up right after the last first-time completion.
  await sleep(500);
  const elapsed = Date.now() - started;
  for (const w of workers) console.log(`${w.name} did ${w.jobs} jobs`);
  const twice = [...doneCount.values()].filter((n) => n > 1).length;
  console.log(`${doneCount.size} distinct jobs done in ${elapsed} ms, ${twice} more than once`);

  await Promise.all([producer, ...workers.map((w) => w.client)].map((c) => c.endAsync()));
  await deleteQueue(TOPIC);
  finish([
    [doneCount.size === JOBS, `all ${JOBS} jobs were done (${doneCount.size} were)`],
    [twice === 0, 'no job was done twice'],
    [workers.every((w) => w.jobs > 0), 'both workers took jobs'],
  ]);
});
