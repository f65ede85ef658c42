// API figures of issue 4: GET /api/compare (warm cache) against the trivial GET /api/health in the same
// server and run, with autocannon on loopback; and ingest throughput into SQLite.
// The server runs in this process (as in `buildApp` tests) and autocannon in a worker thread; both share
// the machine's cores with whatever else runs, so the ratio is the figure to read, not the absolute req/s.
import { mkdtempSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, openSqliteStore, resolveDatabasePath } from '../apps/api/src/index.js';
import { readFixtureTexts } from './fixtures.js';
import type { BenchFigure, RunBench } from './types.js';
import { buildMeetingSeries } from './vary-meetings.js';

/** Target of issue 4: compare (warm cache) serves at least 70 % of the trivial route's requests/s. */
const TARGET_RATIO = 0.7;
/** Seconds per route per round: short rounds, many of them, so a burst of load from other processes
 * on this shared machine falls on both routes of a round rather than on one route's whole run. */
const DURATION_S = 1;
const ROUNDS = 6;
const WARMUP_S = 2;
const CONNECTIONS = 10;
const INGEST_DOCS = 200;

interface AutocannonResult {
  requests: { average: number };
  latency: { p99: number };
  errors: number;
  non2xx: number;
  timeouts: number;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  workers: number;
  headers: Record<string, string>;
}) => Promise<AutocannonResult>;
// autocannon ships no types; only the fields read here are declared.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

export const runBench: RunBench = async () => {
  const fixtures = readFixtureTexts();
  if (fixtures.length === 0) throw new Error('need at least one fixtures/*.txt');
  const dir = mkdtempSync(join(tmpdir(), 'som-api-bench-'));
  const store = openSqliteStore(resolveDatabasePath(dir));
  try {
    const docs = buildMeetingSeries(
      fixtures.map((f) => f.text),
      INGEST_DOCS,
    );
    const originals = docs.map((doc) => new TextEncoder().encode(doc.source.text));
    const started = process.hrtime.bigint();
    for (const [i, document] of docs.entries())
      await store.ingest({ document, original: originals[i]!, fileName: null });
    const ingestSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    const docsPerSecond = docs.length / ingestSeconds;

    const app = await buildApp({ store, rateLimit: 0 });
    const origin = await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const [base, target] = [docs[0]!.id, docs[1]!.id];
      const compareUrl = `${origin}/api/compare?base=${base}&target=${target}`;
      const warm = await fetch(compareUrl);
      if (warm.status !== 200) throw new Error(`compare warm-up answered ${warm.status}`);
      const bodyKb = (await warm.arrayBuffer()).byteLength / 1024;
      // The cache computes Brotli in the background after the first request that accepts it: wait for it.
      const brotliKb = (await waitForCoding(compareUrl, BROWSER, 'br')) / 1024;
      const gzipKb = (await waitForCoding(compareUrl, GZIP, 'gzip')) / 1024;
      // Both routes warmed first (JIT, connection pools, the cache), so neither run pays for start-up.
      await load(`${origin}/api/health`, BROWSER, WARMUP_S);
      await load(compareUrl, BROWSER, WARMUP_S);
      // As a browser asks (Accept-Encoding: gzip, deflate, br), both routes with the same headers and
      // connections; the cached comparison is sent from its stored Brotli. The gzip-only and uncompressed
      // runs are for information. The routes take turns in short rounds so a change in machine load hits
      // them alike.
      const runs: Record<'trivial' | 'compare' | 'gzip' | 'identity', AutocannonResult[]> = {
        trivial: [],
        compare: [],
        gzip: [],
        identity: [],
      };
      for (let round = 0; round < ROUNDS; round++) {
        runs.trivial.push(await load(`${origin}/api/health`, BROWSER));
        runs.compare.push(await load(compareUrl, BROWSER));
        runs.gzip.push(await load(compareUrl, GZIP));
        runs.identity.push(await load(compareUrl, {}));
      }
      const trivial = summarise(runs.trivial);
      const compare = summarise(runs.compare);
      const gzip = summarise(runs.gzip);
      const identity = summarise(runs.identity);
      const ratio = compare.requests.average / trivial.requests.average;
      const figures: BenchFigure[] = [
        {
          name: 'api.compare.throughput',
          label: `GET /api/compare warm cache, browser Accept-Encoding (${bodyKb.toFixed(0)} KB JSON sent as ${brotliKb.toFixed(1)} KB Brotli), ${CONNECTIONS} conns, ${ROUNDS}x${DURATION_S} s`,
          value: Math.round(compare.requests.average),
          unit: 'req/s',
          baseline: {
            label: 'GET /api/health, same server',
            value: Math.round(trivial.requests.average),
            unit: 'req/s',
          },
          ratio: round(ratio),
          ratioMeaning: 'x trivial route',
          target: '>= 0.7x trivial route',
          pass: ratio >= TARGET_RATIO,
        },
        {
          name: 'api.compare.p99',
          label: 'p99 latency of GET /api/compare (warm cache), worst round',
          value: compare.latency.p99,
          unit: 'ms',
          baseline: { label: 'GET /api/health p99', value: trivial.latency.p99, unit: 'ms' },
          ratio: trivial.latency.p99 > 0 ? round(compare.latency.p99 / trivial.latency.p99) : undefined,
          ratioMeaning: 'x trivial route (lower is better)',
        },
        {
          name: 'api.compare.throughputGzip',
          label: `GET /api/compare warm cache, Accept-Encoding: gzip only (${gzipKb.toFixed(1)} KB sent)`,
          value: Math.round(gzip.requests.average),
          unit: 'req/s',
          baseline: {
            label: 'GET /api/health, same server',
            value: Math.round(trivial.requests.average),
            unit: 'req/s',
          },
          ratio: round(gzip.requests.average / trivial.requests.average),
          ratioMeaning: 'x trivial route (information: the target is measured as a browser asks)',
        },
        {
          name: 'api.compare.throughputIdentity',
          label: `GET /api/compare warm cache without Accept-Encoding (${bodyKb.toFixed(0)} KB sent uncompressed)`,
          value: Math.round(identity.requests.average),
          unit: 'req/s',
          baseline: {
            label: 'GET /api/health, same server',
            value: Math.round(trivial.requests.average),
            unit: 'req/s',
          },
          ratio: round(identity.requests.average / trivial.requests.average),
          ratioMeaning: 'x trivial route (information: the target is measured as a browser asks)',
        },
        {
          name: 'api.ingest.throughput',
          label: `store.ingest of ${docs.length} parsed meetings into SQLite (WAL, one transaction each; parse excluded)`,
          value: Math.round(docsPerSecond),
          unit: 'docs/s',
        },
      ];
      return figures;
    } finally {
      await app.close();
    }
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
};

/** Mean requests/s over the rounds, and the worst round's p99. */
function summarise(results: AutocannonResult[]): AutocannonResult {
  const mean = results.reduce((sum, r) => sum + r.requests.average, 0) / results.length;
  return {
    requests: { average: mean },
    latency: { p99: Math.max(...results.map((r) => r.latency.p99)) },
    errors: 0,
    non2xx: 0,
    timeouts: 0,
  };
}

/** What browsers send (they add zstd, which Node 20 cannot produce). */
const BROWSER = { 'accept-encoding': 'gzip, deflate, br' };
const GZIP = { 'accept-encoding': 'gzip' };

/** Asks `url` until its answer comes in `coding` (at most ~5 s); returns the bytes on the wire. */
async function waitForCoding(url: string, headers: Record<string, string>, coding: string): Promise<number> {
  for (let attempt = 0; attempt < 250; attempt++) {
    const { encoding, bytes } = await fetchRaw(url, headers);
    if (encoding === coding) return bytes;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${url} never answered in ${coding}`);
}

function fetchRaw(
  url: string,
  headers: Record<string, string>,
): Promise<{ encoding: string; bytes: number }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      res.on('end', () => resolve({ encoding: String(res.headers['content-encoding'] ?? ''), bytes }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

async function load(
  url: string,
  headers: Record<string, string>,
  duration = DURATION_S,
): Promise<AutocannonResult> {
  // The client runs in a worker thread: its JS HTTP parser would otherwise share the server's event loop.
  const result = await autocannon({ url, connections: CONNECTIONS, duration, workers: 1, headers });
  if (result.errors > 0 || result.non2xx > 0 || result.timeouts > 0)
    throw new Error(`${url}: ${result.errors} errors, ${result.non2xx} non-2xx, ${result.timeouts} timeouts`);
  return result;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
