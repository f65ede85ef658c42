// `pnpm load:test [--seconds 30] [--connections 8] [--ingesters 2]`: a bounded load run on 127.0.0.1
// against a real server process (temp data dir, removed after): autocannon sends mixed reads (documents
// list, a document, its source, compare, timeline, search) while other clients ingest new records.
// Ingests run during the first half only; the second half is reads alone on the grown store. Fails
// (exit 1) on any error, timeout or non-2xx, on an unclean shutdown, or when memory grows by more than
// 100 MB during the read-only second half (a per-request leak). The logic is in apps/api/test/reliability/load-run.ts (its 5-s twin is a test).
import { runLoad } from '../apps/api/test/reliability/load-run.js';

function readFlag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0 || value > 600) throw new Error(`--${name} must be 1..600`);
  return value;
}

const seconds = readFlag('seconds', 30);
process.stderr.write(`load test: ${seconds} s on 127.0.0.1 ...\n`);
const report = await runLoad({
  seconds,
  connections: readFlag('connections', 8),
  ingesters: readFlag('ingesters', 2),
});
const { reads, ingests, rssMb } = report;
const lines = [
  `reads     ${reads.requests} requests, ${reads.perSecond} req/s, p50 ${reads.p50Ms} ms, p99 ${reads.p99Ms} ms (${report.connections} connections)`,
  `          errors ${reads.errors}, timeouts ${reads.timeouts}, non-2xx ${reads.non2xx}`,
  `ingests   ${ingests.acknowledged}/${ingests.sent} acknowledged (201), ${ingests.failed.length} failed`,
  `memory    server RSS ${rssMb.start} MB after warm-up, ${rssMb.mid} MB when ingests stop, peak ${rssMb.peak} MB, end ${rssMb.end} MB`,
  `shutdown  exit code ${report.exitCode} after SIGTERM`,
  `afterwards, ${report.documents} documents stored; one call each (median of 3):`,
  ...Object.entries(report.endpointsMs).map(
    ([path, ms]) => `          ${String(ms).padStart(7)} ms  GET ${path}`,
  ),
];
process.stdout.write(`${lines.join('\n')}\n`);
for (const f of ingests.failed.slice(0, 10)) process.stdout.write(`  ingest failed: ${f}\n`);
const problems = [
  reads.errors + reads.timeouts + reads.non2xx > 0 && 'read errors',
  ingests.failed.length > 0 && 'ingest failures',
  report.exitCode !== 0 && 'unclean shutdown',
  rssMb.end - rssMb.mid > 100 && 'memory grew by more than 100 MB with reads alone',
].filter(Boolean);
process.stdout.write(problems.length === 0 ? 'PASS\n' : `FAIL: ${problems.join(', ')}\n`);
process.exitCode = problems.length === 0 ? 0 : 1;
