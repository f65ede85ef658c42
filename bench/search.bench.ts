// Search latency of issue 6: p95 of GET /api/search on a store of 10,000 meetings, with the same
// queries on a 100-meeting store and GET /api/health on the big one as baselines, in the same run.
// The 10,000 meetings are the fixture parses, parsed once, then varied without re-parsing: every digit
// of the text is remapped by a per-meeting permutation (same length, so every span still slices to its
// text), a numbered closing line makes each content hash unique, and ids and dates are new. They go
// into SQLite through the store's own `ingestMany` (the statements table, FTS5 index and topics
// included), in transactions of 500; the build time is reported as a figure of its own.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type OutcomeDocument, parseOutcome } from '@som/domain';
import {
  buildApp,
  openSqliteStore,
  resolveDatabasePath,
  type SqliteDocumentStore,
} from '../apps/api/src/index.js';
import { readFixtureTexts } from './fixtures.js';
import { elapsedMs, quantile } from './measure.js';
import type { BenchFigure, RunBench } from './types.js';

const BIG = Number(process.env.SOM_BENCH_SEARCH_MEETINGS ?? 10_000);
const SMALL = 100;
const BATCH = 500;
/** Timed rounds over the whole query list (after one untimed round). */
const ROUNDS = 10;
/** Target: p95 of a search on 10,000 meetings stays interactive. */
const TARGET_P95_MS = 200;

/** A mix of what officials type: common and rarer words, two-word queries, filters with and without words. */
const QUERIES = [
  'q=visa',
  'q=visa+reciprocity',
  'q=delegation',
  'q=terrorism',
  'q=encryption+lawful+access',
  'q=Europol',
  'q=ransomware',
  'q=extradition&actor=us',
  'q=welcomed&stance=support',
  'q=drugs&from=2000-01-01&to=2010-12-31',
  'stance=concern',
  'actor=eu&topic=visa-reciprocity',
  'q=%22a%22+OR+x+NEAR(',
];

/** Maps every ASCII digit through a permutation chosen by `variant`; lengths are unchanged. */
function remapDigits(text: string, digits: string): string {
  return text.replace(/[0-9]/g, (d) => digits[Number(d)]!);
}

function permutation(variant: number): string {
  const digits = '0123456789'.split('');
  let seed = variant * 2654435761 + 1;
  for (let i = digits.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [digits[i], digits[j]] = [digits[j]!, digits[i]!];
  }
  return digits.join('');
}

/** Meeting `variant` of the synthetic series: a fixture parse with its digits remapped, a new id, date and hash. */
function varyDocument(base: OutcomeDocument, variant: number): OutcomeDocument {
  const digits = permutation(variant);
  const text = `${remapDigits(base.source.text, digits)}\n\n(Illustrative bench variant ${variant}, not an official record.)\n`;
  const day = new Date(Date.UTC(1990, 0, 1) + variant * 3 * 86_400_000).toISOString().slice(0, 10);
  return {
    ...base,
    id: `${base.id}-b${variant}`,
    source: { ...base.source, text, sha256: createHash('sha256').update(text).digest('hex') },
    meeting: { ...base.meeting, startDate: day, endDate: day },
    statements: base.statements.map((s) => ({ ...s, text: remapDigits(s.text, digits) })),
  };
}

async function buildStore(
  bases: OutcomeDocument[],
  count: number,
): Promise<{ store: SqliteDocumentStore; dir: string; seconds: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'som-search-bench-'));
  const store = openSqliteStore(resolveDatabasePath(dir));
  const started = process.hrtime.bigint();
  for (let from = 0; from < count; from += BATCH) {
    const batch = [];
    for (let i = from; i < Math.min(count, from + BATCH); i++) {
      const document = varyDocument(bases[i % bases.length]!, i);
      batch.push({ document, original: Buffer.from(document.source.text, 'utf8'), fileName: null });
    }
    await store.ingestMany(batch);
  }
  store.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  return { store, dir, seconds: elapsedMs(started) / 1000 };
}

/** Latencies (ms) of `rounds` passes over `urls`, after one untimed pass; every answer must be 200. */
async function timeUrls(
  app: Awaited<ReturnType<typeof buildApp>>,
  urls: string[],
  rounds: number,
): Promise<number[]> {
  const samples: number[] = [];
  for (let round = -1; round < rounds; round++)
    for (const url of urls) {
      const started = process.hrtime.bigint();
      const res = await app.inject({ method: 'GET', url });
      const ms = elapsedMs(started);
      if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
      if (round >= 0) samples.push(ms);
    }
  return samples;
}

async function measureStore(bases: OutcomeDocument[], count: number) {
  const { store, dir, seconds } = await buildStore(bases, count);
  try {
    const megabytes = statSync(resolveDatabasePath(dir)).size / 1024 / 1024;
    const statements = Number(
      Object.values(store.db.prepare('SELECT count(*) FROM statements').get() as object)[0],
    );
    const app = await buildApp({ store, rateLimit: 0 });
    try {
      const search = await timeUrls(
        app,
        QUERIES.map((q) => `/api/search?${q}`),
        ROUNDS,
      );
      const health = await timeUrls(app, ['/api/health'], ROUNDS * QUERIES.length);
      const perQuery = QUERIES.map((q, i) => ({
        q,
        p95: quantile(
          search.filter((_, k) => k % QUERIES.length === i),
          0.95,
        ),
      }));
      return { seconds, megabytes, statements, search, health, perQuery };
    } finally {
      await app.close();
    }
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const round1 = (v: number) => Math.round(v * 10) / 10;
const round2 = (v: number) => Math.round(v * 100) / 100;

export const runBench: RunBench = async () => {
  const fixtures = readFixtureTexts();
  if (fixtures.length === 0) throw new Error('need at least one fixtures/*.txt');
  const bases = fixtures.map((f) => parseOutcome(f.text, { format: 'txt' }));
  const small = await measureStore(bases, SMALL);
  const big = await measureStore(bases, BIG);
  const p95 = quantile(big.search, 0.95);
  const smallP95 = quantile(small.search, 0.95);
  const healthP95 = quantile(big.health, 0.95);
  const slowest = [...big.perQuery].sort((a, b) => b.p95 - a.p95)[0]!;
  process.stderr.write(
    `  search p95 per query on ${BIG} meetings: ${big.perQuery.map((q) => `${q.q} ${round1(q.p95)} ms`).join('; ')}\n`,
  );
  return [
    {
      name: 'search.p95',
      label: `GET /api/search p95, ${QUERIES.length} queries x ${ROUNDS}, ${BIG} meetings (${big.statements} statements)`,
      value: round2(p95),
      unit: 'ms',
      baseline: { label: `same queries on ${SMALL} meetings`, value: round2(smallP95), unit: 'ms' },
      ratio: round2(p95 / smallP95),
      ratioMeaning: `x the ${SMALL}-meeting store (lower is better)`,
      target: `<= ${TARGET_P95_MS} ms`,
      pass: p95 <= TARGET_P95_MS,
    },
    {
      name: 'search.p95.slowestQuery',
      label: `slowest query's p95 on ${BIG} meetings (${decodeURIComponent(slowest.q)})`,
      value: round2(slowest.p95),
      unit: 'ms',
      baseline: { label: 'GET /api/health p95, same server', value: round2(healthP95), unit: 'ms' },
      ratio: round1(slowest.p95 / healthP95),
      ratioMeaning: 'x trivial route (lower is better)',
    },
    {
      name: 'search.storeBuild',
      label: `build the ${BIG}-meeting store (vary parses, ingestMany in batches of ${BATCH}; ${Math.round(big.megabytes)} MB)`,
      value: round1(big.seconds),
      unit: 's',
      baseline: { label: `${SMALL}-meeting store`, value: round2(small.seconds), unit: 's' },
    },
  ] satisfies BenchFigure[];
};
