// `pnpm bench`: runs every bench/*.bench.ts module in one process, prints one table and writes
// bench/results.json (machine, date, commit, each figure with its baseline and ratio, peak memory).
// `pnpm bench parse compare` runs only the modules whose names are given.
import { execFileSync } from 'node:child_process';
import { readdirSync, renameSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { elapsedMs } from './measure.js';
import { formatTable } from './table.js';
import type { BenchFigure, RunBench } from './types.js';

const benchDir = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));

/** Every bench module's file name, e.g. `parse.bench.ts`, optionally filtered by the names on the command line. */
function listModules(): string[] {
  const all = readdirSync(benchDir)
    .filter((name) => name.endsWith('.bench.ts'))
    .sort();
  return only.length === 0 ? all : all.filter((name) => only.includes(name.replace(/\.bench\.ts$/, '')));
}

function readGitCommit(): { commit: string | null; dirty: boolean | null } {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: benchDir, encoding: 'utf8' }).trim();
    const status = execFileSync('git', ['status', '--porcelain'], { cwd: benchDir, encoding: 'utf8' });
    return { commit, dirty: status.trim().length > 0 };
  } catch {
    return { commit: null, dirty: null };
  }
}

interface ModuleResult {
  module: string;
  seconds: number;
  figures: BenchFigure[];
  error: string | null;
}

async function runModule(file: string): Promise<ModuleResult> {
  const start = process.hrtime.bigint();
  try {
    const mod = (await import(pathToFileURL(join(benchDir, file)).href)) as { runBench?: RunBench };
    if (typeof mod.runBench !== 'function') throw new Error('does not export runBench');
    const figures = await mod.runBench();
    return { module: file, seconds: elapsedMs(start) / 1000, figures, error: null };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { module: file, seconds: elapsedMs(start) / 1000, figures: [], error: message };
  }
}

const modules = listModules();
if (modules.length === 0) {
  process.stderr.write(`no bench modules match ${only.join(', ')}\n`);
  process.exit(1);
}
const started = new Date();
const results: ModuleResult[] = [];
for (const file of modules) {
  process.stderr.write(`running ${file} ...\n`);
  const result = await runModule(file);
  process.stderr.write(
    result.error ? `  ${file} failed: ${result.error}\n` : `  done in ${result.seconds.toFixed(1)} s\n`,
  );
  results.push(result);
}

// maxRSS is the process's high-water mark in KiB, over every module run above.
const peakRssMb = process.resourceUsage().maxRSS / 1024;
const memoryFigure: BenchFigure = {
  name: 'memory.peakRss',
  label: 'Peak resident memory of the whole bench run',
  value: Math.round(peakRssMb * 10) / 10,
  unit: 'MB',
};
const figures = [...results.flatMap((r) => r.figures), memoryFigure];
const totalSeconds = (Date.now() - started.getTime()) / 1000;

process.stdout.write(`${formatTable(figures)}\n`);
const failedModules = results.filter((r) => r.error);
for (const r of failedModules) process.stdout.write(`FAILED ${r.module}: ${r.error}\n`);
process.stdout.write(`total ${totalSeconds.toFixed(1)} s on ${cpus().length} cpus\n`);

const cpuList = cpus();
const report = {
  date: started.toISOString(),
  durationSeconds: Math.round(totalSeconds * 10) / 10,
  git: readGitCommit(),
  machine: {
    cpus: cpuList.length,
    cpuModel: cpuList[0]?.model ?? null,
    memoryMb: Math.round(totalmem() / 1024 / 1024),
    platform: `${process.platform}-${process.arch}`,
    node: process.version,
  },
  peakRssMb: memoryFigure.value,
  modules: results.map((r) => ({
    module: r.module,
    seconds: Math.round(r.seconds * 10) / 10,
    error: r.error,
  })),
  figures,
};
// Written whole then renamed, so an interrupted run never leaves a half-written results file.
// A run of some modules only does not replace the full results unless asked (--write).
if (only.length === 0 || process.argv.includes('--write')) {
  const out = join(benchDir, 'results.json');
  writeFileSync(`${out}.tmp`, `${JSON.stringify(report, null, 2)}\n`);
  renameSync(`${out}.tmp`, out);
  process.stderr.write(`wrote ${out}\n`);
} else {
  process.stderr.write('partial run: bench/results.json left as it was (add --write to replace it)\n');
}
process.exitCode = failedModules.length > 0 ? 1 : 0;
