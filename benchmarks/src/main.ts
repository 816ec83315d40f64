/**
 * `pnpm bench`: runs the MQTT scenarios against Wharf and the peers (or any broker at host:port),
 * alternating between brokers, one at a time, each started fresh per run; prints the median
 * table and writes benchmarks/reports/<timestamp>.json.
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { killAllBrokers, parseTargets, REPO_ROOT, type BrokerHandle, type BrokerTarget } from './brokers.ts';
import { runLoad } from './load.ts';
import { describeRun, renderTable, summarize, writeReport, type Report, type RunRecord } from './report.ts';
import { DEFAULT_LOAD_OPTIONS, parseScenarioNames, SCENARIOS, SCENARIO_NAMES, type LoadOptions } from './scenarios.ts';

const USAGE = `usage: pnpm bench [options]

  --target <t>        wharf | wharf-cluster | aedes | mosquitto | host:port; repeatable or
                      comma list. wharf-cluster: redis, notify, store and two proxies;
                      subscribers on proxy A, publishers on proxy B (needs redis-server)
                      (default: wharf,aedes,mosquitto). The first target is the one the ratio
                      columns compare against the others.
  --scenario <s>      ${SCENARIO_NAMES.join(' | ')} | all; repeatable or comma list (default: all)
  --duration <s>      measured window per run, seconds (default ${DEFAULT_LOAD_OPTIONS.measureSec})
  --warmup <s>        load before measuring, seconds (default ${DEFAULT_LOAD_OPTIONS.warmupSec})
  --rounds <n>        runs per scenario and target; the table shows medians (default 3)
  --rate <msg/s>      publish rate of latency-qos1 (default ${DEFAULT_LOAD_OPTIONS.rate})
  --pairs <n>         pairs in p2p scenarios (default ${DEFAULT_LOAD_OPTIONS.pairs})
  --fanout <n>        subscribers in fanout-qos0 (default ${DEFAULT_LOAD_OPTIONS.fanout})
  --fanin <n>         publishers in fanin-qos1 (default ${DEFAULT_LOAD_OPTIONS.fanin})
  --inflight <n>      QoS 1 in-flight window per publisher (default ${DEFAULT_LOAD_OPTIONS.inflight})
  --e2e-window <n>    messages a subscriber may have outstanding, split among its publishers
                      (each at least --inflight) (default ${DEFAULT_LOAD_OPTIONS.e2eWindow})
  --payload <bytes>   payload size, at least 16 (default ${DEFAULT_LOAD_OPTIONS.payloadBytes})
  --read-coalesce-ms <ms>  in throughput scenarios, each of 10+ publishers or subscribers
                      pauses this long after a read, so one read carries many messages
                      (default: 1, or 1 per 33 QoS 0 subscribers up to 3; 0 turns it off)
  --drain <s>         longest wait for in-flight messages after a run (default ${DEFAULT_LOAD_OPTIONS.drainSec})
  --pin               pin the generator to CPU 0 and local brokers to CPU 1 (taskset)
  --peer-nodelay      set TCP_NODELAY in aedes and mosquitto, as Wharf does (by default they
                      run as shipped, with Nagle on)
  --wharf-args "<a>"  extra arguments for \`wharf start\` and every wharf-cluster role, space separated
  --out <file>        JSON report path (default benchmarks/reports/<timestamp>.json)
  --no-report         do not write the JSON report
`;

function positive(name: string, raw: string | undefined, fallback: number, integer = true): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw new Error(`--${name} must be a positive ${integer ? 'integer' : 'number'}, got "${raw}"`);
  }
  return value;
}

function nonNegative(name: string, raw: string): number {
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number >= 0, got "${raw}"`);
  return value;
}

function timestamp(date: Date): string {
  return date.toISOString().replace(/:/g, '-').replace(/\..*$/, '');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      target: { type: 'string', multiple: true },
      scenario: { type: 'string', multiple: true },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      rounds: { type: 'string' },
      rate: { type: 'string' },
      pairs: { type: 'string' },
      fanout: { type: 'string' },
      fanin: { type: 'string' },
      inflight: { type: 'string' },
      'e2e-window': { type: 'string' },
      payload: { type: 'string' },
      'read-coalesce-ms': { type: 'string' },
      drain: { type: 'string' },
      pin: { type: 'boolean', default: false },
      'peer-nodelay': { type: 'boolean', default: false },
      'wharf-args': { type: 'string' },
      out: { type: 'string' },
      'no-report': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }

  const d = DEFAULT_LOAD_OPTIONS;
  const options: LoadOptions = {
    measureSec: positive('duration', values.duration, d.measureSec, false),
    warmupSec: positive('warmup', values.warmup, d.warmupSec, false),
    drainSec: positive('drain', values.drain, d.drainSec, false),
    rate: positive('rate', values.rate, d.rate),
    pairs: positive('pairs', values.pairs, d.pairs),
    fanout: positive('fanout', values.fanout, d.fanout),
    fanin: positive('fanin', values.fanin, d.fanin),
    inflight: positive('inflight', values.inflight, d.inflight),
    e2eWindow: positive('e2e-window', values['e2e-window'], d.e2eWindow),
    payloadBytes: positive('payload', values.payload, d.payloadBytes),
    maxBatch: d.maxBatch,
    coalesceReadsMs: values['read-coalesce-ms'] === undefined ? d.coalesceReadsMs : nonNegative('read-coalesce-ms', values['read-coalesce-ms']),
  };
  if (options.inflight > 0xffff) throw new Error('--inflight must be at most 65535');
  if (options.pairs > 0xffff || options.fanin > 0xffff) throw new Error('--pairs and --fanin must be at most 65535');
  const rounds = positive('rounds', values.rounds, 3);
  const scenarios = parseScenarioNames(values.scenario ?? ['all']);
  const pinned = values.pin === true;
  const targets: BrokerTarget[] = parseTargets(values.target ?? ['wharf,aedes,mosquitto'], {
    pinCpu: pinned ? 1 : null,
    wharfArgs: (values['wharf-args'] ?? '').split(/\s+/).filter((a) => a !== ''),
    peerNoDelay: values['peer-nodelay'] === true,
  });
  if (targets.length === 0) throw new Error('no --target given');
  if (scenarios.length === 0) throw new Error('no --scenario given');
  if (pinned) execFileSync('taskset', ['-a', '-p', '-c', '0', String(process.pid)], { stdio: 'ignore' });

  const startedAt = new Date();
  const loadavg = os.loadavg();
  process.stderr.write(
    `bench: ${scenarios.join(', ')} × ${targets.map((t) => t.name).join(', ')} × ${rounds} rounds; ` +
      `warm-up ${options.warmupSec}s, measure ${options.measureSec}s; load average ${loadavg.map((l) => l.toFixed(2)).join(' ')}` +
      `${loadavg[0] > 0.5 ? ' (the machine is busy: numbers will be noisy)' : ''}\n`,
  );

  const usable: BrokerTarget[] = [];
  const runs: RunRecord[] = [];
  for (const target of targets) {
    try {
      await target.prepare();
      usable.push(target);
    } catch (err) {
      process.stderr.write(`bench: ${target.name} skipped: ${(err as Error).message}\n`);
      for (const scenario of scenarios) {
        runs.push({ scenario, target: target.name, round: 0, startedAt: new Date().toISOString(), result: null, error: (err as Error).message });
      }
    }
  }

  for (const scenario of scenarios) {
    for (let round = 1; round <= rounds; round++) {
      // Rotating the order keeps any drift in machine load from favouring one broker.
      const order = usable.map((_, i) => usable[(i + round - 1) % usable.length]);
      for (const target of order) {
        const record: RunRecord = { scenario, target: target.name, round, startedAt: new Date().toISOString(), result: null, error: null };
        let broker: BrokerHandle | null = null;
        try {
          broker = await target.start();
          const handle = broker;
          record.result = await runLoad(
            { host: handle.host, port: handle.port, publishTo: handle.publishTo, sample: () => handle.sample() },
            SCENARIOS[scenario],
            options,
          );
          if (record.result.errors.length > 0) record.error = record.result.errors.join('; ');
        } catch (err) {
          record.error = err instanceof Error ? err.message : String(err);
        } finally {
          if (broker !== null) await broker.stop();
        }
        runs.push(record);
        process.stderr.write(`${describeRun(record)}\n`);
      }
    }
  }

  const targetNames = targets.map((t) => t.name);
  const summary = summarize(runs, scenarios, targetNames);
  process.stdout.write(`\n${renderTable(summary, scenarios, targetNames)}\n\n`);
  if (values['no-report'] !== true) {
    const path = values.out ?? join(REPO_ROOT, 'benchmarks', 'reports', `${timestamp(startedAt)}.json`);
    const cpus = os.cpus();
    const report: Report = {
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      machine: { cpus: cpus.length, model: cpus[0]?.model ?? 'unknown', node: process.version, loadavgAtStart: loadavg },
      options: { ...options, rounds, pinned, peerNoDelay: values['peer-nodelay'] === true },
      targets: targetNames,
      scenarios,
      summary,
      runs,
    };
    writeReport(path, report);
    process.stderr.write(`bench: report written to ${path}\n`);
  }
  return runs.some((r) => r.error !== null) ? 1 : 0;
}

process.on('exit', killAllBrokers);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    process.stderr.write(`bench: ${signal}, stopping brokers\n`);
    killAllBrokers();
    process.exit(130);
  });
}

main().then(
  (code) => {
    process.exitCode = code;
    // Sockets of a failed run may linger; nothing else is left to wait for.
    setTimeout(() => process.exit(code), 100).unref();
  },
  (err: unknown) => {
    process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n`);
    killAllBrokers();
    process.exit(2);
  },
);
