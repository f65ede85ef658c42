import type { SearchHit, SnippetPart } from '../schemas/api-schemas.js';
import type { SearchQuery } from './document-store.js';
import { buildFtsQuery } from './fts-query.js';
import { buildFacetMatch } from './search-facets.js';
import type { SqliteDatabase } from './sqlite-database.js';

// Private-use characters mark matches inside FTS5 snippets; they never occur in parsed records
// (the normaliser keeps text characters only) and are stripped from the text if they ever do.
const OPEN = '\uE000';
const CLOSE = '\uE001';

interface HitRow {
  id: number;
  document_id: string;
  statement_id: string;
  span_start: number;
  span_end: number;
  actor_id: string;
  side: string;
  stance: string | null;
  topic_id: string | null;
  text: string;
  title: string;
  city: string | null;
  start_date: string | null;
  kind: string;
  classification: string | null;
  snip: string | null;
}

const HIT_COLUMNS = `s.rowid AS id, s.document_id, s.statement_id, s.span_start, s.span_end, s.actor_id, s.side, s.stance,
  s.topic_id, s.text, d.title, d.city, d.start_date, d.kind, d.classification`;
const JOIN_ROWS =
  'JOIN statements s ON s.rowid = statements_fts.rowid JOIN documents d ON d.id = s.document_id';
/** Newest meeting first, then document id and statement order: the order of searches without words. */
const BY_DATE = 'ORDER BY d.meeting_date DESC, d.id, s.ord';
/** Filtered searches without words with at most this many hits sort them all; more, and the walk is cheaper. */
const SORT_ALL_MAX = 3000;

/**
 * Full-text search over statements (FTS5, porter stemming), filtered by actor, stance, topic and
 * meeting date. Words are ranked by BM25 over the text; without words, matching statements come newest
 * meeting first. The user's words are quoted (`buildFtsQuery`), so no input can change the query's meaning.
 *
 * Cost stays near the page, not the store: filters are index words (`search-facets.ts`), so counting is a
 * posting-list intersection; ranking reads only the index; rows and snippets are read for the page alone;
 * without words, a large result is read by walking meetings newest first and stops at the page.
 */
export function searchStatements(
  db: SqliteDatabase,
  query: SearchQuery,
  sortAllMax = SORT_ALL_MAX,
): { items: SearchHit[]; total: number } {
  const words = query.q ? buildFtsQuery(query.q) : null;
  if (query.q && words === null) return { items: [], total: 0 };
  const sql = statementsOf(db);
  const dates = describeDates(query);
  const facets = buildFacetMatch(query, dates.params.length > 0 ? readYearSpan(sql) : null);
  const join = dates.params.length > 0 ? JOIN_ROWS : '';
  const page = [query.limit, query.offset];

  if (words || facets) {
    const match = [words && `text : (${words})`, facets].filter(Boolean).join(' AND ');
    const total = readCount(
      sql(`SELECT count(*) AS n FROM statements_fts ${join} WHERE statements_fts MATCH ? ${dates.sql}`),
      match,
      ...dates.params,
    );
    if (total <= query.offset) return { items: [], total };
    let ids: number[];
    if (words)
      ids = readIds(
        sql(`SELECT statements_fts.rowid AS id FROM statements_fts ${join} WHERE statements_fts MATCH ? ${dates.sql}
             ORDER BY bm25(statements_fts, 1.0, 0.0), statements_fts.rowid LIMIT ? OFFSET ?`),
        match,
        ...dates.params,
        ...page,
      );
    else if (total <= sortAllMax)
      ids = readIds(
        sql(
          `SELECT s.rowid AS id FROM statements_fts ${JOIN_ROWS} WHERE statements_fts MATCH ? ${dates.sql} ${BY_DATE} LIMIT ? OFFSET ?`,
        ),
        match,
        ...dates.params,
        ...page,
      );
    else ids = walkByDate(sql, query, dates, page);
    return { items: readHits(sql, ids, words && `text : (${words})`), total };
  }
  const total = readCount(
    dates.params.length > 0
      ? sql(
          `SELECT count(*) AS n FROM documents d JOIN statements s ON s.document_id = d.id WHERE 1 ${dates.sql}`,
        )
      : sql('SELECT count(*) AS n FROM statements'),
    ...dates.params,
  );
  if (total <= query.offset) return { items: [], total };
  return { items: readHits(sql, walkByDate(sql, query, dates, page), null), total };
}

type Prepare = (sql: string) => Statement;
interface Statement {
  all(...params: unknown[]): unknown[];
}

const prepared = new WeakMap<SqliteDatabase, Map<string, Statement>>();

/** Prepared statements of `db`, compiled once per SQL text. */
function statementsOf(db: SqliteDatabase): Prepare {
  const statements = prepared.get(db) ?? new Map<string, Statement>();
  prepared.set(db, statements);
  return (text) => {
    let statement = statements.get(text);
    if (!statement) {
      statement = db.prepare<unknown[]>(text) as Statement;
      statements.set(text, statement);
    }
    return statement;
  };
}

function describeDates(query: SearchQuery): { sql: string; params: string[] } {
  const sql: string[] = [];
  const params: string[] = [];
  if (query.from) {
    sql.push('AND d.meeting_date >= ?');
    params.push(query.from);
  }
  if (query.to) {
    sql.push('AND d.meeting_date <= ?');
    params.push(query.to);
  }
  return { sql: sql.join(' '), params };
}

/** First and last meeting year stored (index lookups), to bound a date range's year words. */
function readYearSpan(sql: Prepare): { min: number; max: number } | null {
  const row = sql(
    `SELECT min(meeting_date) AS lo, max(meeting_date) AS hi FROM documents
      WHERE meeting_date GLOB '[0-9][0-9][0-9][0-9]*'`,
  ).all()[0] as { lo: string | null; hi: string | null } | undefined;
  if (!row?.lo || !row.hi) return null;
  return { min: Number(row.lo.slice(0, 4)), max: Number(row.hi.slice(0, 4)) };
}

/**
 * The page of a search without words, newest meeting first, by walking meetings in date order and
 * their statements in document order (both indexed) until the page is full: cheap when hits are many.
 */
function walkByDate(
  sql: Prepare,
  query: SearchQuery,
  dates: { sql: string; params: string[] },
  page: number[],
): number[] {
  const where: string[] = [];
  const params: unknown[] = [];
  for (const [column, value] of [
    ['s.actor_id', query.actor],
    ['s.stance', query.stance],
    ['s.topic_id', query.topic],
  ] as const) {
    if (!value) continue;
    where.push(`AND ${column} = ?`);
    params.push(value);
  }
  return readIds(
    sql(`SELECT s.rowid AS id FROM documents d INDEXED BY documents_by_date
           CROSS JOIN statements s INDEXED BY statements_document_ord ON s.document_id = d.id
         WHERE 1 ${where.join(' ')} ${dates.sql} ${BY_DATE} LIMIT ? OFFSET ?`),
    ...params,
    ...dates.params,
    ...page,
  );
}

/** The hits of `ids`, in that order; with `match`, each carries its highlighted snippet. */
function readHits(sql: Prepare, ids: number[], match: string | null): SearchHit[] {
  if (ids.length === 0) return [];
  const rows = (
    match
      ? sql(`SELECT ${HIT_COLUMNS}, snippet(statements_fts, 0, '${OPEN}', '${CLOSE}', '…', 32) AS snip
               FROM statements_fts ${JOIN_ROWS}
              WHERE statements_fts MATCH ? AND statements_fts.rowid IN (SELECT value FROM json_each(?))`).all(
          match,
          JSON.stringify(ids),
        )
      : sql(`SELECT ${HIT_COLUMNS}, NULL AS snip FROM statements s JOIN documents d ON d.id = s.document_id
              WHERE s.rowid IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids))
  ) as HitRow[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toSearchHit(row)] : [];
  });
}

function readCount(statement: Statement, ...params: unknown[]): number {
  return (statement.all(...params)[0] as { n: number }).n;
}

function readIds(statement: Statement, ...params: unknown[]): number[] {
  return (statement.all(...params) as { id: number }[]).map((row) => row.id);
}

function toSearchHit(row: HitRow): SearchHit {
  return {
    documentId: row.document_id,
    statementId: row.statement_id,
    span: { start: row.span_start, end: row.span_end },
    meeting: {
      title: row.title,
      city: row.city,
      startDate: row.start_date,
      kind: row.kind as SearchHit['meeting']['kind'],
    },
    classification: row.classification,
    actor: { id: row.actor_id, side: row.side as SearchHit['actor']['side'] },
    stance: row.stance as SearchHit['stance'],
    topicId: row.topic_id,
    text: row.text,
    snippet: row.snip === null ? [{ text: row.text, match: false }] : splitSnippet(row.snip),
  };
}

/**
 * Splits an FTS5 snippet with OPEN/CLOSE markers into text segments, so the web app renders
 * matches without ever injecting HTML.
 * @example splitSnippet('a \uE000visa\uE001 b') // [{text:'a ',match:false},{text:'visa',match:true},{text:' b',match:false}]
 */
export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let rest = snippet;
  while (rest.length > 0) {
    const open = rest.indexOf(OPEN);
    if (open === -1) {
      parts.push({ text: rest, match: false });
      break;
    }
    if (open > 0) parts.push({ text: rest.slice(0, open), match: false });
    const close = rest.indexOf(CLOSE, open + 1);
    const end = close === -1 ? rest.length : close;
    parts.push({ text: rest.slice(open + 1, end).replaceAll(CLOSE, ''), match: true });
    rest = close === -1 ? '' : rest.slice(close + 1);
  }
  return parts
    .map((p) => ({ ...p, text: p.text.replace(/[\uE000\uE001]/g, '') }))
    .filter((p) => p.text !== '');
}
