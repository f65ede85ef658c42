// Runs one bench module in a process of its own (started by run.ts) and prints its result as one
// JSON line on stdout: each module measures a fresh engine, not the heap and JIT state the modules
// before it left behind.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { elapsedMs } from './measure.js';
import type { BenchFigure, RunBench } from './types.js';

/** What a module run reports to run.ts. */
export interface ModuleRun {
  figures: BenchFigure[];
  seconds: number;
  error: string | null;
  /** This process's peak resident memory, MB. */
  peakRssMb: number;
}

const file = process.argv[2];
const start = process.hrtime.bigint();
let result: Omit<ModuleRun, 'peakRssMb'>;
try {
  if (file === undefined) throw new Error('usage: run-module.ts <name>.bench.ts');
  const mod = (await import(pathToFileURL(join(import.meta.dirname, file)).href)) as { runBench?: RunBench };
  if (typeof mod.runBench !== 'function') throw new Error('does not export runBench');
  const figures = await mod.runBench();
  result = { figures, seconds: elapsedMs(start) / 1000, error: null };
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  result = { figures: [], seconds: elapsedMs(start) / 1000, error: message };
}
const run: ModuleRun = { ...result, peakRssMb: process.resourceUsage().maxRSS / 1024 };
process.stdout.write(`${JSON.stringify(run)}\n`);
