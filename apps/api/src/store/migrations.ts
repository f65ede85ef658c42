import { FACETS_SQL } from './search-facets.js';

/**
 * Schema migrations, applied in order; `PRAGMA user_version` records how many have run.
 * Append new steps, never edit one that has shipped.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    content_sha256 TEXT NOT NULL UNIQUE,
    text_sha256 TEXT NOT NULL,
    parse_sha256 TEXT NOT NULL,
    file_name TEXT,
    format TEXT NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    city TEXT,
    start_date TEXT,
    end_date TEXT,
    meeting_date TEXT,
    document_number TEXT,
    issued_on TEXT,
    classification TEXT,
    section_count INTEGER NOT NULL,
    statement_count INTEGER NOT NULL,
    warning_count INTEGER NOT NULL,
    parser_version TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    parsed_at TEXT NOT NULL,
    document_json TEXT NOT NULL
  );
  CREATE INDEX documents_meeting_date ON documents(meeting_date);
  CREATE TABLE originals (
    document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    bytes BLOB NOT NULL
  );
  CREATE TABLE document_topics (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    topic_id TEXT NOT NULL,
    label TEXT NOT NULL,
    PRIMARY KEY (document_id, topic_id)
  );
  CREATE INDEX document_topics_topic ON document_topics(topic_id);
  CREATE TABLE statements (
    rowid INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    statement_id TEXT NOT NULL,
    ord INTEGER NOT NULL,
    actor_id TEXT NOT NULL,
    side TEXT NOT NULL,
    stance TEXT,
    topic_id TEXT,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    text TEXT NOT NULL,
    UNIQUE (document_id, statement_id)
  );
  CREATE INDEX statements_document ON statements(document_id);
  CREATE VIRTUAL TABLE statements_fts USING fts5(
    text, content='statements', content_rowid='rowid', tokenize='porter unicode61 remove_diacritics 2'
  );
  CREATE TRIGGER statements_ai AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts(rowid, text) VALUES (new.rowid, new.text);
  END;
  CREATE TRIGGER statements_ad AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
  END;
  CREATE TABLE tokens (
    id TEXT PRIMARY KEY,
    token_sha256 TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('reader', 'editor', 'admin')),
    label TEXT,
    created_at TEXT NOT NULL,
    revoked_at TEXT
  );
  CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT,
    status INTEGER NOT NULL
  );
  CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  `,
  // 2: search filters as index words (see search-facets.ts): statements get a `facets` column, indexed by
  // FTS5 beside the text; the walk in meeting-date order for searches without words gets its indexes.
  `
  ALTER TABLE statements ADD COLUMN facets TEXT NOT NULL DEFAULT '';
  UPDATE statements SET facets = ${FACETS_SQL};
  DROP TRIGGER statements_ai;
  DROP TRIGGER statements_ad;
  DROP TABLE statements_fts;
  CREATE VIRTUAL TABLE statements_fts USING fts5(
    text, facets, content='statements', content_rowid='rowid', tokenize='porter unicode61 remove_diacritics 2'
  );
  INSERT INTO statements_fts(statements_fts) VALUES ('rebuild');
  CREATE TRIGGER statements_ai AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts(rowid, text, facets) VALUES (new.rowid, new.text, new.facets);
  END;
  CREATE TRIGGER statements_ad AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, text, facets) VALUES ('delete', old.rowid, old.text, old.facets);
  END;
  CREATE INDEX documents_by_date ON documents(meeting_date DESC, id);
  CREATE INDEX statements_document_ord ON statements(document_id, ord);
  `,
];
