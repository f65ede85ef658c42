// `pnpm bench`: runs every bench/*.bench.ts module, each in a fresh process (run-module.ts), prints one
// table and writes bench/results.json (machine, date, commit, each figure with its baseline and ratio,
// peak memory).
// `pnpm bench parse compare` runs only the modules whose names are given.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, renameSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ModuleRun } from './run-module.js';
import { formatTable } from './table.js';
import type { BenchFigure } from './types.js';

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

interface ModuleResult extends ModuleRun {
  module: string;
}

/** Runs one module in a child process with this process's loader flags (tsx), and reads its JSON line. */
function runModule(file: string): ModuleResult {
  const child = spawnSync(process.execPath, [...process.execArgv, join(benchDir, 'run-module.ts'), file], {
    cwd: benchDir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  const line = child.stdout.trim().split('\n').pop() ?? '';
  try {
    return { module: file, ...(JSON.parse(line) as ModuleRun) };
  } catch {
    const why = child.error?.message ?? `exit ${child.status ?? child.signal}`;
    return { module: file, figures: [], seconds: 0, error: `no result (${why})`, peakRssMb: 0 };
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
  const result = runModule(file);
  process.stderr.write(
    result.error ? `  ${file} failed: ${result.error}\n` : `  done in ${result.seconds.toFixed(1)} s\n`,
  );
  results.push(result);
}

// The highest of the module processes' high-water marks.
const peakRssMb = Math.max(0, ...results.map((r) => r.peakRssMb));
const memoryFigure: BenchFigure = {
  name: 'memory.peakRss',
  label: 'Peak resident memory of a bench module process (the highest)',
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
