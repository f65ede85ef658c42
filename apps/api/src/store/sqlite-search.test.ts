import type { Stance } from '@som/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDocument, type TestStatement } from '../../test/make-document.js';
import type { SearchQuery } from './document-store.js';
import { buildFtsQuery } from './fts-query.js';
import { buildFacetMatch, describeFacets, FACETS_SQL } from './search-facets.js';
import { searchStatements } from './sqlite-search.js';
import { openSqliteStore, type SqliteDocumentStore } from './sqlite-store.js';

const STANCES: Stance[] = ['support', 'concern', 'request', 'information'];
const TOPICS = ['visa-reciprocity', 'drugs', 'x-ransomware'];
const WORDS = ['visa waiver', 'synthetic drugs', 'ransomware attacks', 'lawful access'];

/** 40 small meetings over 40 years (some undated), with actors, stances, topics and words varying by index. */
function buildSeries() {
  return Array.from({ length: 40 }, (_, i) =>
    makeDocument({
      id: `meeting-${String(i).padStart(2, '0')}`,
      startDate: i % 9 === 4 ? null : `${1990 + i}-0${1 + (i % 9)}-1${i % 10}`,
      classification: i % 2 === 0 ? 'LIMITE' : null,
      sections: TOPICS.map((topicId, t) => ({
        topicId,
        title: `Topic ${topicId}`,
        statements: Array.from({ length: 3 }, (_, k): TestStatement => {
          const n = i + t + k;
          return {
            actor: (['us', 'eu', 'both'] as const)[n % 3]!,
            stance: STANCES[n % STANCES.length]!,
            verb: 'noted',
            text: `The delegation noted ${WORDS[(i * k + t) % WORDS.length]} item ${i}-${t}-${k}.`,
          };
        }),
      })),
    }),
  );
}

let store: SqliteDocumentStore;

beforeAll(async () => {
  store = openSqliteStore(':memory:');
  await store.ingestMany(
    buildSeries().map((document) => ({
      document,
      original: new TextEncoder().encode(document.source.text),
      fileName: null,
    })),
  );
});
afterAll(() => store.close());

/** Every hit of a query, straight from the tables: the meaning `searchStatements` must keep. */
function referenceSearch(query: SearchQuery): string[] {
  const where: string[] = [];
  const params: unknown[] = [];
  const words = query.q ? buildFtsQuery(query.q) : null;
  if (words) {
    where.push('s.rowid IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)');
    params.push(`text : (${words})`);
  }
  for (const [sql, value] of [
    ['s.actor_id = ?', query.actor],
    ['s.stance = ?', query.stance],
    ['s.topic_id = ?', query.topic],
    ['d.meeting_date >= ?', query.from],
    ['d.meeting_date <= ?', query.to],
  ] as const)
    if (value) {
      where.push(sql);
      params.push(value);
    }
  const rows = store.db
    .prepare(
      `SELECT s.document_id || '/' || s.statement_id AS key FROM statements s JOIN documents d ON d.id = s.document_id
        ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY d.meeting_date DESC, d.id, s.ord`,
    )
    .all(...params) as { key: string }[];
  return rows.map((r) => r.key);
}

const keys = (result: { items: { documentId: string; statementId: string }[] }) =>
  result.items.map((i) => `${i.documentId}/${i.statementId}`);

const QUERIES: Omit<SearchQuery, 'limit' | 'offset'>[] = [
  {},
  { stance: 'concern' },
  { actor: 'eu', topic: 'visa-reciprocity' },
  { topic: 'x-ransomware', stance: 'support', from: '2000-01-01' },
  { from: '1995-03-01', to: '2011-06-30' },
  { to: '1999-12-31', actor: 'us' },
  { actor: 'nobody' },
  { q: 'drugs' },
  { q: 'visa', actor: 'us' },
  { q: 'noted', stance: 'request', from: '2001-05-05', to: '2020-01-01' },
  { q: 'lawful access', topic: 'drugs' },
  { q: 'delegation', from: '2030-01-01', to: '2020-01-01' },
];

describe('searchStatements', () => {
  it.each(QUERIES)('finds exactly the matching statements and counts them: %o', (filters) => {
    const expected = referenceSearch({ ...filters, limit: 100, offset: 0 });
    const all = searchStatements(store.db, { ...filters, limit: 100, offset: 0 });
    expect(all.total).toBe(expected.length);
    if (filters.q) expect(keys(all).sort()).toEqual([...expected].sort());
    else expect(keys(all)).toEqual(expected.slice(0, 100));
  });

  it.each(QUERIES.filter((q) => !q.q))(
    'pages searches without words newest meeting first, sorted or walked alike: %o',
    (filters) => {
      const expected = referenceSearch({ ...filters, limit: 100, offset: 0 });
      for (const offset of [0, 7, 50])
        for (const sortAllMax of [0, 1_000_000]) {
          const page = searchStatements(store.db, { ...filters, limit: 7, offset }, sortAllMax);
          expect(keys(page)).toEqual(expected.slice(offset, offset + 7));
          expect(page.total).toBe(expected.length);
        }
    },
  );

  it('pages ranked word searches without gaps or repeats, with highlighted snippets', () => {
    const all = keys(searchStatements(store.db, { q: 'drugs', limit: 100, offset: 0 }));
    const paged = [0, 10, 20, 30].flatMap((offset) =>
      keys(searchStatements(store.db, { q: 'drugs', limit: 10, offset })),
    );
    expect(paged).toEqual(all.slice(0, 40));
    const hit = searchStatements(store.db, { q: 'drugs', limit: 1, offset: 0 }).items[0]!;
    expect(hit.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase())).toEqual(['drugs']);
    expect(hit.snippet.map((p) => p.text).join('')).toBe(hit.text);
  });

  it('matches words in the text only, never the filter words', () => {
    const token = describeFacets('eu', 'support', 'drugs', '2001-01-01').split(' ')[0]!;
    expect(searchStatements(store.db, { q: token, limit: 10, offset: 0 }).total).toBe(0);
    expect(searchStatements(store.db, { q: 'y2001', limit: 10, offset: 0 }).total).toBe(0);
  });
});

describe('search facets', () => {
  it('are the same whether written by the store or by the migration SQL', () => {
    const rows = store.db.prepare(`SELECT facets, ${FACETS_SQL} AS sql FROM statements`).all() as {
      facets: string;
      sql: string;
    }[];
    expect(rows.length).toBeGreaterThan(100);
    for (const row of rows) expect(row.facets).toBe(row.sql);
  });

  it('encode every value as one token, and missing values and dates as their own', () => {
    expect(describeFacets('eu', null, null, null)).toBe('a65750 s0 t0 yx');
    expect(describeFacets('us', 'support', 'visa-reciprocity', '2023-06')).toMatch(
      /^a75730 s[0-9A-F]+0 t[0-9A-F]+0 y2023$/,
    );
  });

  it('turn a date range into the years it spans within the stored ones, or nothing when too wide', () => {
    expect(buildFacetMatch({ from: '2001-05-01', to: '2003-01-01' }, { min: 1990, max: 2030 })).toBe(
      'facets : ("yx" OR "y2001" OR "y2002" OR "y2003")',
    );
    expect(buildFacetMatch({ from: '2029-01-01' }, { min: 1990, max: 2030 })).toBe(
      'facets : ("yx" OR "y2029" OR "y2030")',
    );
    expect(buildFacetMatch({ to: '2500-01-01' }, { min: 1000, max: 2500 })).toBeNull();
    expect(buildFacetMatch({}, null)).toBeNull();
  });
});

describe('migration 2 (search facets)', () => {
  it('indexes the statements of a store created before it, so filters find them', async () => {
    const { default: Database } = await import('libsql');
    const { MIGRATIONS } = await import('./migrations.js');
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'som-migrate-'));
    const path = join(dir, 'som.db');
    const old = new Database(path);
    old.exec(MIGRATIONS[0]!);
    old.exec('PRAGMA user_version = 1');
    old.exec(`INSERT INTO documents (id, content_sha256, text_sha256, parse_sha256, format, kind, title, meeting_date,
        section_count, statement_count, warning_count, parser_version, ingested_at, parsed_at, document_json)
      VALUES ('m1', 'c', 't', 'p', 'txt', 'senior-officials', 'M1', '2021-02-03', 1, 2, 0, 'x', 'now', 'now', '{}')`);
    old.exec(`INSERT INTO statements (document_id, statement_id, ord, actor_id, side, stance, topic_id, span_start, span_end, text)
      VALUES ('m1', 's1', 0, 'us', 'us', 'concern', 'drugs', 0, 10, 'The US raised synthetic drugs.'),
             ('m1', 's2', 1, 'eu', 'eu', NULL, NULL, 10, 20, 'The EU noted drugs.')`);
    old.close();
    const migrated = openSqliteStore(path);
    try {
      const search = (query: Omit<SearchQuery, 'limit' | 'offset'>) =>
        keys(searchStatements(migrated.db, { ...query, limit: 10, offset: 0 }));
      expect(search({ q: 'drugs' }).sort()).toEqual(['m1/s1', 'm1/s2']);
      expect(search({ q: 'drugs', actor: 'eu' })).toEqual(['m1/s2']);
      expect(search({ stance: 'concern', from: '2021-01-01', to: '2021-12-31' })).toEqual(['m1/s1']);
      expect(search({ q: 'drugs', from: '2022-01-01' })).toEqual([]);
    } finally {
      migrated.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
