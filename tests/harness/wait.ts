/** Waiting without fixed sleeps: poll a condition, or time out with a message that says what was awaited. */

export interface WaitOptions {
  timeoutMs?: number;
  intervalMs?: number;
  /** Shown in the timeout error; a function is called at timeout so it can describe the state then. */
  message?: string | (() => string);
}

export async function waitFor(cond: () => boolean | Promise<boolean>, opts: WaitOptions = {}): Promise<void> {
  const timeoutMs = opts.timeoutMs ?? 5000;
  const intervalMs = opts.intervalMs ?? 10;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await cond()) return;
    if (Date.now() >= deadline) {
      const m = typeof opts.message === 'function' ? opts.message() : (opts.message ?? 'condition');
      throw new Error(`waitFor timed out after ${timeoutMs} ms: ${m}`);
    }
    await sleep(intervalMs);
  }
}

/** Only for negative checks ("nothing more arrives") and protocol timers; never to await an event. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Rejects with `what` if `p` does not settle within `ms`. */
export async function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** How long negative checks wait for something that must not arrive. */
export const QUIET_MS = 300;
