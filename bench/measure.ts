/** Timing helpers shared by the bench modules: warm-up, repeated samples, medians, in nanosecond precision. */

/** Milliseconds elapsed since a `process.hrtime.bigint()` reading. */
export function elapsedMs(startNs: bigint): number {
  return Number(process.hrtime.bigint() - startNs) / 1e6;
}

/** The median of a non-empty list of numbers. */
export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A quantile (0..1) of a non-empty list, by nearest rank. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) throw new Error('quantile of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

export interface SampleOptions {
  /** Untimed calls first, so the JIT has compiled the code being measured. */
  warmup: number;
  /** Number of timed samples; the median is reported. */
  samples: number;
  /** Each sample repeats the call until at least this long has passed, then divides (for fast calls). */
  minSampleMs?: number;
}

/**
 * Times `run` and returns the median milliseconds per call over `samples` samples, after `warmup` calls.
 * With `minSampleMs`, each sample loops the call until that much time has passed, so sub-millisecond
 * work is measured over many calls rather than at the timer's resolution.
 */
export function measureMs(run: () => unknown, options: SampleOptions): number {
  for (let i = 0; i < options.warmup; i++) consume(run());
  const perCall: number[] = [];
  for (let s = 0; s < options.samples; s++) {
    let calls = 0;
    const start = process.hrtime.bigint();
    let ms = 0;
    do {
      consume(run());
      calls++;
      ms = elapsedMs(start);
    } while (ms < (options.minSampleMs ?? 0));
    perCall.push(ms / calls);
  }
  return median(perCall);
}

/** The async twin of `measureMs`, for work that returns a promise. */
export async function measureMsAsync(run: () => Promise<unknown>, options: SampleOptions): Promise<number> {
  for (let i = 0; i < options.warmup; i++) consume(await run());
  const perCall: number[] = [];
  for (let s = 0; s < options.samples; s++) {
    let calls = 0;
    const start = process.hrtime.bigint();
    let ms = 0;
    do {
      consume(await run());
      calls++;
      ms = elapsedMs(start);
    } while (ms < (options.minSampleMs ?? 0));
    perCall.push(ms / calls);
  }
  return median(perCall);
}

let sink: unknown;
/** Keeps a result reachable so the engine cannot drop the work that produced it. */
function consume(value: unknown): void {
  sink = value;
}

/** The last consumed value (exported only so the sink is observably used). */
export function lastConsumed(): unknown {
  return sink;
}
