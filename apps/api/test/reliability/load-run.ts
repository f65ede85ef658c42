import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseOutcome } from '@som/domain';
import { REPO_ROOT } from '../../src/config.js';
import { openSqliteStore, resolveDatabasePath } from '../../src/store/sqlite-store.js';
import { startServer } from './child-server.js';

/** What one bounded load run measured. */
export interface LoadReport {
  seconds: number;
  connections: number;
  reads: {
    requests: number;
    perSecond: number;
    p50Ms: number;
    p99Ms: number;
    errors: number;
    timeouts: number;
    non2xx: number;
  };
  ingests: { sent: number; acknowledged: number; failed: string[] };
  /**
   * Resident memory of the server process (MB): after warm-up, when the ingests stop (half-way: the
   * store has grown, reads go on), highest during the run, at the end. Steady = end close to `mid`.
   */
  rssMb: { start: number; mid: number; peak: number; end: number };
  /** Median of 3 sequential calls of each read endpoint on the grown store, after the run (ms). */
  endpointsMs: Record<string, number>;
  /** Documents stored at the end. */
  documents: number;
  /** Exit code of the server after SIGTERM at the end (0 = clean shutdown). */
  exitCode: number | null;
}

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  requests: { method: 'GET'; path: string }[];
}) => Promise<AutocannonResult>;
// autocannon ships no types; only the fields read here are declared.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

function readFixtureTexts(): string[] {
  const dir = join(REPO_ROOT, 'fixtures');
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => readFileSync(join(dir, n), 'utf8'));
}

/** Resident set size of a Linux process in MB (from /proc), or NaN elsewhere. */
function readRssMb(pid: number): number {
  try {
    const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
    return match ? Math.round(Number(match[1]) / 102.4) / 10 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/**
 * A bounded load run against a real `server.ts` child on 127.0.0.1: the fixture records are stored
 * first, then autocannon sends a mix of reads (list, a document, compare, timeline, search) for
 * `seconds` while, for the first half, `ingesters` clients post new (varied) records one after another.
 * Memory of the server is sampled every 250 ms. Everything is stopped and removed at the end.
 */
export async function runLoad(options: {
  seconds: number;
  connections?: number;
  ingesters?: number;
}): Promise<LoadReport> {
  const connections = options.connections ?? 8;
  const texts = readFixtureTexts();
  const dataDir = mkdtempSync(join(tmpdir(), 'som-load-'));
  try {
    const store = openSqliteStore(resolveDatabasePath(dataDir));
    const ids: string[] = [];
    for (const text of texts) {
      const document = parseOutcome(text, { format: 'txt' });
      ids.push(
        (await store.ingest({ document, original: new TextEncoder().encode(text), fileName: null })).document
          .id,
      );
    }
    const topics = await store.listTopics();
    store.close();
    const topic =
      [...topics].sort((a, b) => b.meetings - a.meetings || a.id.localeCompare(b.id))[0]?.id ??
      'visa-reciprocity';
    const server = await startServer(dataDir);
    try {
      const requests = [
        { method: 'GET' as const, path: '/api/documents' },
        { method: 'GET' as const, path: `/api/documents/${ids[0]}` },
        { method: 'GET' as const, path: `/api/compare?base=${ids[0]}&target=${ids[1]}` },
        { method: 'GET' as const, path: `/api/topics/${topic}/timeline` },
        { method: 'GET' as const, path: '/api/search?q=visa+reciprocity' },
        { method: 'GET' as const, path: `/api/compare?base=${ids[1]}&target=${ids[2] ?? ids[0]}` },
        { method: 'GET' as const, path: '/api/search?q=delegation&stance=concern' },
        { method: 'GET' as const, path: `/api/documents/${ids[ids.length - 1]}/source` },
      ];
      // Warm-up: every endpoint once (JIT, compare cache), so the start RSS is the working server's.
      for (const r of requests) {
        const res = await fetch(`${server.origin}${r.path}`);
        if (res.status !== 200) throw new Error(`warm-up ${r.path}: ${res.status}`);
        await res.arrayBuffer();
      }
      const start = readRssMb(server.pid);
      let peak = start;
      const sampler = setInterval(() => {
        peak = Math.max(peak, readRssMb(server.pid));
      }, 250);
      let running = true;
      let mid = Number.NaN;
      const halfway = setTimeout(
        () => {
          running = false;
        },
        (options.seconds * 1000) / 2,
      );
      const ingests = { sent: 0, acknowledged: 0, failed: [] as string[] };
      const ingester = async (worker: number) => {
        for (let n = 0; running; n++) {
          const text = `${texts[n % texts.length]!.trimEnd()}\n\n(Illustrative load-test variant ${worker}-${n}.)\n`;
          ingests.sent++;
          try {
            const res = await fetch(`${server.origin}/api/documents`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ text, fileName: `load-${worker}-${n}.txt` }),
              signal: AbortSignal.timeout(30_000),
            });
            await res.arrayBuffer();
            if (res.status === 201) ingests.acknowledged++;
            else ingests.failed.push(`${worker}-${n}: ${res.status}`);
          } catch (error) {
            ingests.failed.push(`${worker}-${n}: ${(error as Error).message}`);
          }
        }
      };
      const writers = Promise.all(Array.from({ length: options.ingesters ?? 2 }, (_, w) => ingester(w))).then(
        () => {
          mid = readRssMb(server.pid);
        },
      );
      const result = await autocannon({
        url: server.origin,
        connections,
        duration: options.seconds,
        requests,
      });
      clearTimeout(halfway);
      running = false;
      await writers;
      clearInterval(sampler);
      const end = readRssMb(server.pid);
      const endpointsMs: Record<string, number> = {};
      for (const r of requests) {
        const times: number[] = [];
        for (let k = 0; k < 3; k++) {
          const started = performance.now();
          await (await fetch(`${server.origin}${r.path}`)).arrayBuffer();
          times.push(performance.now() - started);
        }
        endpointsMs[r.path] = Math.round(times.sort((a, b) => a - b)[1]! * 10) / 10;
      }
      const health = (await (await fetch(`${server.origin}/api/health`)).json()) as { documents: number };
      await server.stop(10_000);
      return {
        seconds: options.seconds,
        connections,
        reads: {
          requests: result.requests.total,
          perSecond: Math.round(result.requests.average),
          p50Ms: result.latency.p50,
          p99Ms: result.latency.p99,
          errors: result.errors,
          timeouts: result.timeouts,
          non2xx: result.non2xx,
        },
        ingests,
        rssMb: { start, mid, peak: Math.max(peak, end), end },
        endpointsMs,
        documents: health.documents,
        exitCode: server.process.exitCode,
      };
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
