import type { SearchHit, SnippetPart } from '../schemas/api-schemas.js';
import type { SearchQuery } from './document-store.js';
import { buildFtsQuery } from './fts-query.js';
import type { SqliteDatabase } from './sqlite-database.js';

// Private-use characters mark matches inside FTS5 snippets; they never occur in parsed records
// (the normaliser keeps text characters only) and are stripped from the text if they ever do.
const OPEN = '\uE000';
const CLOSE = '\uE001';

interface HitRow {
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

/**
 * Full-text search over statements (FTS5, porter stemming), filtered by actor, stance, topic and
 * meeting date. Without words, lists matching statements newest meeting first. The user's words are
 * quoted (`buildFtsQuery`), so no input can change the query's meaning.
 */
export function searchStatements(
  db: SqliteDatabase,
  query: SearchQuery,
): { items: SearchHit[]; total: number } {
  const match = query.q ? buildFtsQuery(query.q) : null;
  if (query.q && match === null) return { items: [], total: 0 };
  const where: string[] = [];
  const params: unknown[] = [];
  if (match) {
    where.push('statements_fts MATCH ?');
    params.push(match);
  }
  const filters: [string, string | undefined][] = [
    ['s.actor_id = ?', query.actor],
    ['s.stance = ?', query.stance],
    ['s.topic_id = ?', query.topic],
    ['d.meeting_date >= ?', query.from],
    ['d.meeting_date <= ?', query.to],
  ];
  for (const [sql, value] of filters) {
    if (value === undefined || value === '') continue;
    where.push(sql);
    params.push(value);
  }
  const from = match
    ? 'statements_fts JOIN statements s ON s.rowid = statements_fts.rowid JOIN documents d ON d.id = s.document_id'
    : 'statements s JOIN documents d ON d.id = s.document_id';
  const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const snippet = match ? `snippet(statements_fts, 0, '${OPEN}', '${CLOSE}', '…', 32)` : 'NULL';
  const order = match ? 'ORDER BY rank, s.rowid' : 'ORDER BY d.meeting_date DESC, d.id, s.ord';
  const countRow = db.prepare(`SELECT count(*) AS n FROM ${from} ${whereSql}`).all(...params)[0] as {
    n: number;
  };
  const rows = db
    .prepare(
      `SELECT s.document_id, s.statement_id, s.span_start, s.span_end, s.actor_id, s.side, s.stance, s.topic_id, s.text,
        d.title, d.city, d.start_date, d.kind, d.classification, ${snippet} AS snip
       FROM ${from} ${whereSql} ${order} LIMIT ? OFFSET ?`,
    )
    .all(...params, query.limit, query.offset) as HitRow[];
  return { items: rows.map(toSearchHit), total: countRow.n };
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
