/**
 * Bounds concurrent password hashing. scrypt runs on libuv's thread pool (4 threads by
 * default), which file I/O and DNS share: a burst of CONNECTs must not take all of it. Work
 * beyond `concurrency` waits in FIFO order; beyond `maxWaiting` it is refused at once.
 */
export class HashLimiter {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly concurrency: number,
    private readonly maxWaiting: number,
  ) {
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`HashLimiter concurrency ${concurrency}`);
    if (!Number.isInteger(maxWaiting) || maxWaiting < 0) throw new RangeError(`HashLimiter maxWaiting ${maxWaiting}`);
  }

  /** Runs `work` when a slot frees up; null when too much is already waiting. */
  run<T>(work: () => Promise<T>): Promise<T> | null {
    if (this.running >= this.concurrency && this.waiting.length >= this.maxWaiting) return null;
    return this.acquire().then(async () => {
      try {
        return await work();
      } finally {
        this.release();
      }
    });
  }

  get pending(): number {
    return this.running + this.waiting.length;
  }

  private acquire(): Promise<void> {
    if (this.running < this.concurrency) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next !== undefined) next(); // the slot passes on; running stays the same
    else this.running--;
  }
}
