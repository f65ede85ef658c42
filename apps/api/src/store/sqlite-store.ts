import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { OutcomeDocument } from '@som/domain';
import { generateToken, generateTokenId, hashToken } from '../auth/tokens.js';
import { LruCache } from '../cache/lru-cache.js';
import type { AuditEntry, Role, TopicCount } from '../schemas/api-schemas.js';
import { AuditQueue } from './audit-queue.js';
import {
  collectDocumentTopics,
  describeDocument,
  describeMeetingDate,
  SUMMARY_COLUMNS,
  type SummaryRow,
  toDocumentSummary,
} from './document-rows.js';
import type {
  DocumentStore,
  DocumentVersion,
  IngestInput,
  IngestResult,
  ListDocumentsQuery,
  SearchQuery,
  StoredOriginal,
  TokenRecord,
} from './document-store.js';
import { describeFacets } from './search-facets.js';
import { openDatabase, readPragma, type SqliteDatabase, stripMetadata } from './sqlite-database.js';
import { searchStatements } from './sqlite-search.js';
import { TOKEN_SELECT, type TokenRow, toTokenRecord } from './token-rows.js';
import { VersionCache } from './version-cache.js';

/** Longest document id the store creates (ids are at most 120 characters, a suffix may be added). */
const MAX_BASE_ID = 110;

/** The database file inside a data directory. */
export function resolveDatabasePath(dataDir: string): string {
  return join(dataDir, 'som.db');
}

/** Opens the SQLite store at `path` (`:memory:` for a throw-away one). See `openDatabase` for errors. */
export function openSqliteStore(path: string): SqliteDocumentStore {
  return new SqliteDocumentStore(openDatabase(path));
}

/**
 * `DocumentStore` on embedded SQLite (libsql): WAL, one transaction per ingest, FTS5 over statements,
 * the original bytes in `originals` beside the parse. Synchronous underneath; async to match the interface.
 */
export class SqliteDocumentStore implements DocumentStore {
  readonly db: SqliteDatabase;
  private readonly statements = new Map<string, Statement>();
  /** Audit lines waiting to be written (see `AuditQueue`). */
  private readonly audit = new AuditQueue((lines) => this.writeAudit(lines));
  /** Parsed `document_json` by `id NUL parse_sha256`, for `loadDocuments` (timelines). */
  private readonly parsedDocuments = new LruCache<string, OutcomeDocument>(1000);
  private readonly versions: VersionCache;

  constructor(db: SqliteDatabase) {
    this.db = db;
    this.versions = new VersionCache(() => readPragma(db, 'data_version'));
  }

  async ingest(input: IngestInput): Promise<IngestResult> {
    return this.ingestSync(input);
  }

  async ingestMany(inputs: readonly IngestInput[]): Promise<IngestResult[]> {
    return this.runTransaction(() => inputs.map((input) => this.writeIngest(input)));
  }

  /** The synchronous ingest (one IMMEDIATE transaction): what `ingest` runs. */
  ingestSync(input: IngestInput): IngestResult {
    return this.runTransaction(() => this.writeIngest(input));
  }

  /** The writes of one ingest; the caller holds the transaction. Same original bytes → `unchanged`. */
  private writeIngest(input: IngestInput): IngestResult {
    const contentSha256 = createHash('sha256').update(input.original).digest('hex');
    const existing = this.getRow<{ id: string }>(
      'SELECT id FROM documents WHERE content_sha256 = ?',
      contentSha256,
    );
    if (existing) return { status: 'unchanged', document: this.getDocumentSync(existing.id)! };
    const id = this.chooseId(input.document.id);
    this.versions.forget(id);
    const document: OutcomeDocument = { ...input.document, id };
    const now = new Date().toISOString();
    this.prepare(
      `INSERT INTO documents (id, content_sha256, file_name, ingested_at, parsed_at, text_sha256, parse_sha256, format, kind,
        title, city, start_date, end_date, meeting_date, document_number, issued_on, classification, section_count,
        statement_count, warning_count, parser_version, document_json)
       VALUES (@id, @content_sha256, @file_name, @now, @now, @text_sha256, @parse_sha256, @format, @kind, @title, @city,
        @start_date, @end_date, @meeting_date, @document_number, @issued_on, @classification, @section_count,
        @statement_count, @warning_count, @parser_version, @document_json)`,
    ).run({
      ...describeDocument(document),
      id,
      content_sha256: contentSha256,
      file_name: input.fileName,
      now,
    });
    this.prepare('INSERT INTO originals (document_id, bytes) VALUES (?, ?)').run(
      id,
      Buffer.from(input.original),
    );
    this.insertDerivedRows(document);
    return { status: 'ingested', document };
  }

  async replaceParse(id: string, document: OutcomeDocument): Promise<void> {
    const doc: OutcomeDocument = { ...document, id };
    this.versions.forget(id);
    this.runTransaction(() => {
      const columns = describeDocument(doc);
      const result = this.prepare(
        `UPDATE documents SET parsed_at = @now, text_sha256 = @text_sha256, parse_sha256 = @parse_sha256, format = @format,
            kind = @kind, title = @title, city = @city, start_date = @start_date, end_date = @end_date,
            meeting_date = @meeting_date, document_number = @document_number, issued_on = @issued_on,
            classification = @classification, section_count = @section_count, statement_count = @statement_count,
            warning_count = @warning_count, parser_version = @parser_version, document_json = @document_json
           WHERE id = @id`,
      ).run({ ...columns, id, now: new Date().toISOString() });
      if (result.changes === 0) throw new Error(`replaceParse: no document ${id}`);
      this.prepare('DELETE FROM statements WHERE document_id = ?').run(id);
      this.prepare('DELETE FROM document_topics WHERE document_id = ?').run(id);
      this.insertDerivedRows(doc);
    });
  }

  async countDocuments(): Promise<number> {
    return this.getRow<{ n: number }>('SELECT count(*) AS n FROM documents')!.n;
  }

  async listDocuments(query: ListDocumentsQuery) {
    const where: string[] = [];
    const params: unknown[] = [];
    const filters: [string, string | undefined][] = [
      ['kind = ?', query.kind],
      ['substr(meeting_date, 1, 4) = ?', query.year === undefined ? undefined : String(query.year)],
      ['classification = ?', query.classification],
    ];
    for (const [sql, value] of filters) {
      if (value === undefined || value === '') continue;
      where.push(sql);
      params.push(value);
    }
    if (query.q) {
      const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      where.push(
        "(title LIKE ? ESCAPE '\\' OR city LIKE ? ESCAPE '\\' OR document_number LIKE ? ESCAPE '\\' OR file_name LIKE ? ESCAPE '\\')",
      );
      params.push(like, like, like, like);
    }
    const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const direction = query.sort === 'date' ? 'ASC' : 'DESC';
    const total = (
      this.prepare(`SELECT count(*) AS n FROM documents ${whereSql}`).all(...params)[0] as { n: number }
    ).n;
    const rows = this.prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM documents ${whereSql}
         ORDER BY meeting_date IS NULL, meeting_date ${direction}, id LIMIT ? OFFSET ?`,
    ).all(...params, query.pageSize, (query.page - 1) * query.pageSize) as SummaryRow[];
    return { items: rows.map(toDocumentSummary), total };
  }

  /** Served from memory once read (see `VersionCache` for how it stays current). */
  async getVersion(id: string): Promise<DocumentVersion | null> {
    return this.versions.get(id, () => this.readVersion(id));
  }

  private readVersion(id: string): DocumentVersion | null {
    const row = this.getRow<{ id: string; c: string; t: string; p: string; classification: string | null }>(
      'SELECT id, content_sha256 AS c, text_sha256 AS t, parse_sha256 AS p, classification FROM documents WHERE id = ?',
      id,
    );
    if (!row) return null;
    return {
      id: row.id,
      contentSha256: row.c,
      textSha256: row.t,
      parseSha256: row.p,
      classification: row.classification,
    };
  }

  async getDocument(id: string): Promise<OutcomeDocument | null> {
    return this.getDocumentSync(id);
  }

  async getDocumentJson(id: string): Promise<string | null> {
    return this.getRow<{ j: string }>('SELECT document_json AS j FROM documents WHERE id = ?', id)?.j ?? null;
  }

  /**
   * Every document in the date range, parsed. Parsed documents are kept (LRU) by id and parse hash (the
   * sha256 of the stored JSON), so only new or reparsed ones are read and parsed again; the objects are
   * shared between calls and must not be mutated.
   */
  async loadDocuments(range: { from?: string; to?: string }): Promise<OutcomeDocument[]> {
    const rows = this.prepare(
      `SELECT id, parse_sha256 AS p FROM documents
         WHERE (? IS NULL OR meeting_date >= ?) AND (? IS NULL OR meeting_date <= ?) ORDER BY meeting_date, id`,
    ).all(range.from ?? null, range.from ?? null, range.to ?? null, range.to ?? null) as {
      id: string;
      p: string;
    }[];
    const documents: OutcomeDocument[] = [];
    for (const row of rows) {
      const key = `${row.id}\u0000${row.p}`;
      let document = this.parsedDocuments.get(key);
      if (!document) {
        const json = this.getRow<{ j: string }>(
          'SELECT document_json AS j FROM documents WHERE id = ? AND parse_sha256 = ?',
          row.id,
          row.p,
        )?.j;
        if (json === undefined) continue; // deleted or reparsed since the first query
        document = JSON.parse(json) as OutcomeDocument;
        this.parsedDocuments.set(key, document);
      }
      documents.push(document);
    }
    return documents;
  }

  async listOriginalIds(): Promise<string[]> {
    return (
      this.prepare('SELECT document_id AS id FROM originals ORDER BY document_id').all() as {
        id: string;
      }[]
    ).map((r) => r.id);
  }

  async getOriginal(id: string): Promise<StoredOriginal | null> {
    const row = this.getRow<{ id: string; bytes: Buffer; file_name: string | null; format: string }>(
      'SELECT d.id, o.bytes, d.file_name, d.format FROM documents d JOIN originals o ON o.document_id = d.id WHERE d.id = ?',
      id,
    );
    if (!row) return null;
    return { id: row.id, bytes: new Uint8Array(row.bytes), fileName: row.file_name, format: row.format };
  }

  async deleteDocument(id: string): Promise<boolean> {
    this.versions.forget(id);
    return this.prepare('DELETE FROM documents WHERE id = ?').run(id).changes > 0;
  }

  async listTopics(): Promise<TopicCount[]> {
    return this.prepare(
      `SELECT topic_id AS id, min(label) AS label, count(DISTINCT document_id) AS meetings
         FROM document_topics GROUP BY topic_id ORDER BY topic_id`,
    ).all() as TopicCount[];
  }

  async search(query: SearchQuery) {
    return searchStatements(this.db, query);
  }

  async createToken(input: { role: Role; label: string | null }) {
    const token = generateToken();
    const info = {
      id: generateTokenId(),
      role: input.role,
      label: input.label,
      createdAt: new Date().toISOString(),
    };
    this.prepare('INSERT INTO tokens (id, token_sha256, role, label, created_at) VALUES (?, ?, ?, ?, ?)').run(
      info.id,
      hashToken(token),
      info.role,
      info.label,
      info.createdAt,
    );
    return { token, info };
  }

  async findToken(tokenHash: string): Promise<TokenRecord | null> {
    const row = this.getRow<TokenRow>(
      `${TOKEN_SELECT} WHERE token_sha256 = ? AND revoked_at IS NULL`,
      tokenHash,
    );
    return row ? toTokenRecord(row) : null;
  }

  async listTokens(): Promise<TokenRecord[]> {
    return (this.prepare(`${TOKEN_SELECT} ORDER BY created_at, id`).all() as TokenRow[]).map(toTokenRecord);
  }

  async revokeToken(id: string): Promise<boolean> {
    const now = new Date().toISOString();
    return (
      this.prepare('UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(now, id)
        .changes > 0
    );
  }

  /** Queues an audit line; it is written within milliseconds (see `AuditQueue`), and on close. */
  async appendAudit(entry: Omit<AuditEntry, 'at'>): Promise<void> {
    this.audit.push(entry);
  }

  /** Writes the queued audit lines now (throws if the database cannot take them). */
  flushAudit(): void {
    this.audit.flush();
  }

  private writeAudit(lines: readonly AuditEntry[]): void {
    if (!this.db.open) return;
    const insert = this.prepare(
      'INSERT INTO audit (at, actor, action, target, status) VALUES (?, ?, ?, ?, ?)',
    );
    this.runTransaction(() => {
      for (const e of lines) insert.run(e.at, e.actor, e.action, e.target, e.status);
    });
  }

  async listAudit(page: { limit: number; offset: number }) {
    this.flushAudit();
    const items = this.prepare(
      'SELECT at, actor, action, target, status FROM audit ORDER BY seq DESC LIMIT ? OFFSET ?',
    ).all(page.limit, page.offset) as AuditEntry[];
    return { items, total: this.getRow<{ n: number }>('SELECT count(*) AS n FROM audit')!.n };
  }

  async getSetting(key: string): Promise<string | null> {
    return this.getRow<{ value: string }>('SELECT value FROM settings WHERE key = ?', key)?.value ?? null;
  }

  async setSetting(key: string, value: string): Promise<void> {
    this.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    ).run(key, value);
  }

  close(): void {
    this.flushAudit();
    if (this.db.open) this.db.close();
  }

  private getDocumentSync(id: string): OutcomeDocument | null {
    const row = this.getRow<{ j: string }>('SELECT document_json AS j FROM documents WHERE id = ?', id);
    return row ? (JSON.parse(row.j) as OutcomeDocument) : null;
  }

  /** The document's own id if free, else the first free `<id>-2`, `<id>-3`, ... */
  private chooseId(wanted: string): string {
    const base = slugify(wanted).slice(0, MAX_BASE_ID).replace(/-+$/, '') || 'document';
    const taken = this.prepare('SELECT 1 AS x FROM documents WHERE id = ?');
    if (taken.all(base).length === 0) return base;
    for (let n = 2; ; n++) {
      const candidate = `${base}-${n}`;
      if (taken.all(candidate).length === 0) return candidate;
    }
  }

  private insertDerivedRows(doc: OutcomeDocument): void {
    const insertStatement = this.prepare(
      `INSERT INTO statements (document_id, statement_id, ord, actor_id, side, stance, topic_id, span_start, span_end, text, facets)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const meetingDate = describeMeetingDate(doc);
    doc.statements.forEach((s, ord) => {
      insertStatement.run(
        doc.id,
        s.id,
        ord,
        s.actor.id,
        s.actor.side,
        s.stance,
        s.topicId,
        s.span.start,
        s.span.end,
        s.text,
        describeFacets(s.actor.id, s.stance, s.topicId, meetingDate),
      );
    });
    const insertTopic = this.prepare(
      'INSERT INTO document_topics (document_id, topic_id, label) VALUES (?, ?, ?)',
    );
    for (const topic of collectDocumentTopics(doc)) insertTopic.run(doc.id, topic.id, topic.label);
  }

  /**
   * Runs `write` inside BEGIN IMMEDIATE ... COMMIT, rolling back on any error and rethrowing the
   * original one. (libsql's own `transaction()` issues a ROLLBACK even when SQLite has already rolled
   * back, e.g. on a full disk, and then throws "no transaction is active" instead of SQLITE_FULL.)
   */
  private runTransaction<T>(write: () => T): T {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const result = write();
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
  }

  /** A prepared statement, compiled once per SQL text (preparing costs more than running most queries here). */
  private prepare(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare<unknown[]>(sql) as Statement;
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private getRow<T extends Record<string, unknown>>(sql: string, ...params: unknown[]): T | undefined {
    return stripMetadata(this.prepare(sql).get(...params) as T | undefined);
  }
}

/** A prepared statement taking positional or named parameters. */
interface Statement {
  run(...params: unknown[]): { changes: number };
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+/, '');
}
