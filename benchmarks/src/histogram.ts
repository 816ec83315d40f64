/**
 * Fixed-size log-linear latency histogram in microseconds: exact below 256 µs, within 1/128
 * (< 0.8 %) above. Recording is an array increment, so it can sit on the delivery path.
 */

const EXACT_LIMIT = 256;
const SUB_BUCKET_BITS = 7;
const SUB_BUCKETS = 1 << SUB_BUCKET_BITS;
/** Largest recordable value; larger values are clamped (and still counted in `max`). */
const MAX_MICROS = 0x7fffffff;
const BUCKETS = EXACT_LIMIT + (31 - 8) * SUB_BUCKETS;

function bucketOf(micros: number): number {
  if (micros < EXACT_LIMIT) return micros;
  const exponent = 31 - Math.clz32(micros);
  const shift = exponent - SUB_BUCKET_BITS;
  return EXACT_LIMIT + (exponent - 8) * SUB_BUCKETS + ((micros >>> shift) - SUB_BUCKETS);
}

/** Midpoint of a bucket, so a percentile is off by at most half a bucket. */
function valueOf(bucket: number): number {
  if (bucket < EXACT_LIMIT) return bucket;
  const rel = bucket - EXACT_LIMIT;
  const exponent = Math.floor(rel / SUB_BUCKETS) + 8;
  const shift = exponent - SUB_BUCKET_BITS;
  const low = ((rel % SUB_BUCKETS) + SUB_BUCKETS) * 2 ** shift;
  return low + (2 ** shift - 1) / 2;
}

export interface LatencySummary {
  count: number;
  p50: number;
  p90: number;
  p99: number;
  p999: number;
  max: number;
  mean: number;
}

export class LatencyHistogram {
  private readonly counts = new Float64Array(BUCKETS);
  private total = 0;
  private sum = 0;
  private maxSeen = 0;

  /** Records one sample given in milliseconds (the unit of `performance.now()`). */
  recordMs(ms: number): void {
    let micros = Math.round(ms * 1000);
    if (micros < 0) micros = 0; // clocks are the same; a negative value is rounding only
    if (micros > this.maxSeen) this.maxSeen = micros;
    this.sum += micros;
    this.total++;
    this.counts[bucketOf(micros > MAX_MICROS ? MAX_MICROS : micros)]++;
  }

  get count(): number {
    return this.total;
  }

  reset(): void {
    this.counts.fill(0);
    this.total = 0;
    this.sum = 0;
    this.maxSeen = 0;
  }

  percentile(p: number): number {
    if (this.total === 0) return Number.NaN;
    const rank = Math.max(1, Math.ceil((p / 100) * this.total));
    let seen = 0;
    for (let i = 0; i < BUCKETS; i++) {
      seen += this.counts[i];
      if (seen >= rank) return Math.min(valueOf(i), this.maxSeen);
    }
    return this.maxSeen;
  }

  summary(): LatencySummary {
    return {
      count: this.total,
      p50: this.percentile(50),
      p90: this.percentile(90),
      p99: this.percentile(99),
      p999: this.percentile(99.9),
      max: this.total === 0 ? Number.NaN : this.maxSeen,
      mean: this.total === 0 ? Number.NaN : this.sum / this.total,
    };
  }
}
