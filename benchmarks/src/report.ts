/**
 * Turns the runs into per-scenario medians, the comparison table, and the JSON report.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LoadResult } from './load.ts';
import { SCENARIOS, type LoadOptions, type ScenarioName } from './scenarios.ts';

export interface RunRecord {
  scenario: ScenarioName;
  target: string;
  round: number;
  startedAt: string;
  result: LoadResult | null;
  /** Why the run failed (broker did not start, connection dropped, ...). */
  error: string | null;
}

export interface Medians {
  runs: number;
  failed: number;
  publishedPerSec: number | null;
  deliveredPerSec: number | null;
  p50Us: number | null;
  p99Us: number | null;
  ackP50Us: number | null;
  ackP99Us: number | null;
  generatorCpuPct: number | null;
  brokerCpuPct: number | null;
  brokerRssMb: number | null;
  /** Totals over all rounds: any non-zero value is a correctness problem (QoS 0 may lose). */
  lost: number;
  duplicates: number;
  misrouted: number;
}

export type Summary = Partial<Record<ScenarioName, Record<string, Medians>>>;

export interface Report {
  startedAt: string;
  finishedAt: string;
  machine: { cpus: number; model: string; node: string; loadavgAtStart: number[] };
  options: LoadOptions & { rounds: number; pinned: boolean; peerNoDelay: boolean };
  targets: string[];
  scenarios: ScenarioName[];
  summary: Summary;
  runs: RunRecord[];
}

function median(values: number[]): number | null {
  const finite = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (finite.length === 0) return null;
  const mid = finite.length >> 1;
  return finite.length % 2 === 1 ? finite[mid] : (finite[mid - 1] + finite[mid]) / 2;
}

export function summarize(runs: RunRecord[], scenarios: ScenarioName[], targets: string[]): Summary {
  const summary: Summary = {};
  for (const scenario of scenarios) {
    const perTarget: Record<string, Medians> = {};
    for (const target of targets) {
      const mine = runs.filter((r) => r.scenario === scenario && r.target === target);
      const ok = mine.map((r) => r.result).filter((r): r is LoadResult => r !== null && r.errors.length === 0);
      const pick = (f: (r: LoadResult) => number | null | undefined): number | null =>
        median(ok.map(f).filter((v): v is number => typeof v === 'number'));
      perTarget[target] = {
        runs: mine.length,
        failed: mine.length - ok.length,
        publishedPerSec: pick((r) => r.publishedPerSec),
        deliveredPerSec: pick((r) => r.deliveredPerSec),
        p50Us: pick((r) => r.latencyUs.p50),
        p99Us: pick((r) => r.latencyUs.p99),
        ackP50Us: pick((r) => r.ackLatencyUs?.p50),
        ackP99Us: pick((r) => r.ackLatencyUs?.p99),
        generatorCpuPct: pick((r) => r.generatorCpuPct),
        brokerCpuPct: pick((r) => r.brokerCpuPct),
        brokerRssMb: pick((r) => r.brokerRssMb),
        lost: ok.reduce((sum, r) => sum + r.lost, 0),
        duplicates: ok.reduce((sum, r) => sum + r.duplicates, 0),
        misrouted: ok.reduce((sum, r) => sum + r.misrouted, 0),
      };
    }
    summary[scenario] = perTarget;
  }
  return summary;
}

function formatNumber(value: number | null): string {
  if (value === null) return '—';
  return Math.round(value).toLocaleString('en-US');
}

function formatRatio(a: number | null, b: number | null): string {
  if (a === null || b === null || b === 0) return '—';
  return `${(a / b).toFixed(2)}×`;
}

interface Row {
  metric: string;
  value: (m: Medians) => number | null;
  /** Ratios are shown for rates and latencies, not for counts. */
  ratio: boolean;
  text?: (m: Medians) => string;
}

const ROWS: Row[] = [
  { metric: 'delivered msg/s', value: (m) => m.deliveredPerSec, ratio: true },
  { metric: 'published msg/s', value: (m) => m.publishedPerSec, ratio: true },
  { metric: 'p50 µs', value: (m) => m.p50Us, ratio: true },
  { metric: 'p99 µs', value: (m) => m.p99Us, ratio: true },
  { metric: 'PUBACK p50/p99 µs', value: (m) => m.ackP50Us, ratio: false, text: (m) => (m.ackP50Us === null ? '—' : `${formatNumber(m.ackP50Us)} / ${formatNumber(m.ackP99Us)}`) },
  { metric: 'lost / dup / misrouted', value: () => null, ratio: false, text: (m) => `${m.lost} / ${m.duplicates} / ${m.misrouted}` },
  { metric: 'CPU % broker / generator', value: () => null, ratio: false, text: (m) => `${formatNumber(m.brokerCpuPct)} / ${formatNumber(m.generatorCpuPct)}` },
  { metric: 'failed runs', value: () => null, ratio: false, text: (m) => `${m.failed}/${m.runs}` },
];

/** A Markdown table: one block of rows per scenario; ratio columns compare the first target with each other one. */
export function renderTable(summary: Summary, scenarios: ScenarioName[], targets: string[]): string {
  const [first, ...others] = targets;
  const header = ['scenario', 'metric', ...targets, ...others.map((o) => `${first}/${o}`)];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i < 2 ? '---' : '---:')).join('|')}|`];
  for (const scenario of scenarios) {
    const perTarget = summary[scenario];
    if (perTarget === undefined) continue;
    for (const row of ROWS) {
      if (row.metric.startsWith('PUBACK') && targets.every((t) => perTarget[t]?.ackP50Us === null)) continue;
      const cells = targets.map((t) => {
        const m = perTarget[t];
        if (m === undefined) return '—';
        return row.text !== undefined ? row.text(m) : formatNumber(row.value(m));
      });
      const ratios = others.map((o) => {
        const a = perTarget[first];
        const b = perTarget[o];
        return row.ratio && a !== undefined && b !== undefined ? formatRatio(row.value(a), row.value(b)) : '';
      });
      lines.push(`| ${SCENARIOS[scenario].title} | ${row.metric} | ${[...cells, ...ratios].join(' | ')} |`);
    }
  }
  return lines.join('\n');
}

export function describeRun(record: RunRecord): string {
  const head = `[${record.scenario} round ${record.round}] ${record.target}:`;
  if (record.result === null) return `${head} FAILED ${record.error ?? ''}`;
  const r = record.result;
  const parts = [
    `delivered ${formatNumber(r.deliveredPerSec)}/s`,
    `published ${formatNumber(r.publishedPerSec)}/s`,
    `p50 ${formatNumber(r.latencyUs.p50)}µs p99 ${formatNumber(r.latencyUs.p99)}µs`,
  ];
  if (r.ackLatencyUs !== null) parts.push(`puback p50 ${formatNumber(r.ackLatencyUs.p50)}µs`);
  parts.push(`lost ${r.lost} dup ${r.duplicates} misrouted ${r.misrouted}`);
  parts.push(`cpu broker ${formatNumber(r.brokerCpuPct)}% gen ${formatNumber(r.generatorCpuPct)}%`);
  if (r.errors.length > 0) parts.push(`ERRORS: ${r.errors.join('; ')}`);
  return `${head} ${parts.join(', ')}`;
}

export function writeReport(path: string, report: Report): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
}
