/** One measured figure of `pnpm bench`, with the baseline measured in the same run. */
export interface BenchFigure {
  /** Stable key, e.g. `parse.throughput`. */
  name: string;
  label: string;
  value: number;
  unit: string;
  baseline?: { label: string; value: number; unit: string };
  /** value / baseline.value (or the inverse when lower is better; say which in `ratioMeaning`). */
  ratio?: number;
  ratioMeaning?: string;
  /** Human-readable target, e.g. ">= 20 MB/s". */
  target?: string;
  pass?: boolean;
}

/** A bench module: `bench/<area>.bench.ts` exports `runBench` and `bench/run.ts` collects them. */
export type RunBench = () => Promise<BenchFigure[]>;
