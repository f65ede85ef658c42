import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDocument, makeMeetingPair } from '../../test/make-document.js';
import { hashToken } from '../auth/tokens.js';
import { readPragma, StoreOpenError } from './sqlite-database.js';
import { openSqliteStore, resolveDatabasePath, type SqliteDocumentStore } from './sqlite-store.js';

let dir: string;
let store: SqliteDocumentStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'som-store-'));
  store = openSqliteStore(resolveDatabasePath(dir));
});

afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('SqliteDocumentStore', () => {
  it('opens in WAL mode with foreign keys on', () => {
    expect(readPragma(store.db, 'journal_mode')).toBe('wal');
    expect(readPragma(store.db, 'foreign_keys')).toBe(1);
  });

  it('stores a parse with its original and lists it as a summary', async () => {
    const [doc] = makeMeetingPair();
    const result = await store.ingest({
      document: doc,
      original: bytesOf(doc.source.text),
      fileName: 'a.txt',
    });
    expect(result.status).toBe('ingested');
    expect(await store.getDocument(doc.id)).toEqual(doc);
    const { items, total } = await store.listDocuments({ sort: '-date', page: 1, pageSize: 10 });
    expect(total).toBe(1);
    expect(items[0]).toMatchObject({
      id: doc.id,
      classification: 'LIMITE',
      statements: 3,
      sections: 2,
      fileName: 'a.txt',
    });
    expect(Buffer.from((await store.getOriginal(doc.id))!.bytes).toString()).toBe(doc.source.text);
  });

  it('gives the same id, not a copy, for the same bytes twice', async () => {
    const [doc] = makeMeetingPair();
    const original = bytesOf(doc.source.text);
    await store.ingest({ document: doc, original, fileName: null });
    const again = await store.ingest({ document: { ...doc, id: 'other-id' }, original, fileName: null });
    expect(again).toMatchObject({ status: 'unchanged', document: { id: doc.id } });
    expect(await store.countDocuments()).toBe(1);
  });

  it('suffixes the id when a different record has the same slug', async () => {
    const [doc] = makeMeetingPair();
    await store.ingest({ document: doc, original: bytesOf('one'), fileName: null });
    const second = await store.ingest({ document: doc, original: bytesOf('two'), fileName: null });
    expect(second.document.id).toBe(`${doc.id}-2`);
  });

  it('leaves no half document when an ingest fails inside its transaction', async () => {
    const [doc] = makeMeetingPair();
    // The second statement insert violates UNIQUE(document_id, statement_id) after the document row,
    // the original and the first statement were written.
    const broken = {
      ...doc,
      statements: [doc.statements[0]!, { ...doc.statements[1]!, id: doc.statements[0]!.id }],
    };
    await expect(
      store.ingest({ document: broken, original: bytesOf('x'), fileName: null }),
    ).rejects.toThrow();
    expect(await store.countDocuments()).toBe(0);
    expect(store.db.prepare('SELECT count(*) AS n FROM statements').all()).toEqual([{ n: 0 }]);
    expect(store.db.prepare('SELECT count(*) AS n FROM originals').all()).toEqual([{ n: 0 }]);
    expect((await store.search({ q: 'visa', limit: 10, offset: 0 })).total).toBe(0);
  });

  it('stores a batch in one transaction: all of it, or none when one fails', async () => {
    const [a, b] = makeMeetingPair();
    const results = await store.ingestMany([
      { document: a, original: bytesOf('a'), fileName: null },
      { document: b, original: bytesOf('b'), fileName: null },
      { document: a, original: bytesOf('a'), fileName: null },
    ]);
    expect(results.map((r) => r.status)).toEqual(['ingested', 'ingested', 'unchanged']);
    const broken = { ...a, statements: [a.statements[0]!, a.statements[0]!] };
    await expect(
      store.ingestMany([
        { document: a, original: bytesOf('c'), fileName: null },
        { document: broken, original: bytesOf('d'), fileName: null },
      ]),
    ).rejects.toThrow();
    expect(await store.countDocuments()).toBe(2);
  });

  it('deletes a document with its statements, topics and search entries', async () => {
    const [doc] = makeMeetingPair();
    await store.ingest({ document: doc, original: bytesOf('x'), fileName: null });
    expect(await store.deleteDocument(doc.id)).toBe(true);
    expect(await store.deleteDocument(doc.id)).toBe(false);
    expect(await store.listTopics()).toEqual([]);
    expect((await store.search({ q: 'visa', limit: 10, offset: 0 })).total).toBe(0);
    expect(await store.getOriginal(doc.id)).toBeNull();
  });

  it('counts meetings per topic', async () => {
    const [a, b] = makeMeetingPair();
    await store.ingest({ document: a, original: bytesOf('a'), fileName: null });
    await store.ingest({ document: b, original: bytesOf('b'), fileName: null });
    const topics = await store.listTopics();
    expect(topics.find((t) => t.id === 'visa-reciprocity')?.meetings).toBe(2);
    expect(topics.find((t) => t.id === 'drugs')?.meetings).toBe(1);
  });

  it('filters and sorts the list by meeting date', async () => {
    const [a, b] = makeMeetingPair();
    await store.ingest({ document: a, original: bytesOf('a'), fileName: null });
    await store.ingest({ document: b, original: bytesOf('b'), fileName: null });
    const newest = await store.listDocuments({ sort: '-date', page: 1, pageSize: 10 });
    expect(newest.items.map((i) => i.id)).toEqual([b.id, a.id]);
    const oldest = await store.listDocuments({ sort: 'date', page: 1, pageSize: 1 });
    expect(oldest).toMatchObject({ total: 2, items: [{ id: a.id }] });
    expect((await store.listDocuments({ sort: 'date', page: 1, pageSize: 10, q: 'Washing' })).total).toBe(1);
    expect((await store.listDocuments({ sort: 'date', page: 1, pageSize: 10, q: '%' })).total).toBe(0);
    expect((await store.listDocuments({ sort: 'date', page: 1, pageSize: 10, year: 2022 })).total).toBe(0);
  });

  it('finds statements by stemmed words with filters and marked snippets', async () => {
    const [a, b] = makeMeetingPair();
    await store.ingest({ document: a, original: bytesOf('a'), fileName: null });
    await store.ingest({ document: b, original: bytesOf('b'), fileName: null });
    const hits = await store.search({ q: 'warning', limit: 10, offset: 0 });
    expect(hits.total).toBe(2);
    const us = await store.search({ q: 'warn', actor: 'us', limit: 10, offset: 0 });
    expect(us.items).toHaveLength(1);
    expect(us.items[0]).toMatchObject({
      documentId: b.id,
      stance: 'concern',
      actor: { id: 'us', side: 'us' },
    });
    expect(us.items[0]!.snippet.some((p) => p.match && /warned/i.test(p.text))).toBe(true);
    const hit = us.items[0]!;
    expect(b.source.text.slice(hit.span.start, hit.span.end)).toBe(hit.text);
    const dated = await store.search({ q: 'visa', from: '2023-06-01', limit: 10, offset: 0 });
    expect(dated.items.every((h) => h.documentId === b.id)).toBe(true);
  });

  it('treats SQL and FTS syntax in search strings as plain words', async () => {
    const [a] = makeMeetingPair();
    await store.ingest({ document: a, original: bytesOf('a'), fileName: null });
    for (const q of [
      '"',
      "'; DROP TABLE documents; --",
      'visa OR NOT drugs',
      'NEAR(visa drugs)',
      '*',
      'col:visa',
      '(((',
    ]) {
      await expect(store.search({ q, limit: 10, offset: 0 })).resolves.toBeDefined();
    }
    expect(await store.countDocuments()).toBe(1);
  });

  it('replaces a parse in place on reparse', async () => {
    const [a] = makeMeetingPair();
    await store.ingest({ document: a, original: bytesOf('a'), fileName: null });
    const before = await store.getVersion(a.id);
    const changed = makeDocument({ id: 'ignored', startDate: '2023-03-16', sections: [] });
    await store.replaceParse(a.id, changed);
    const after = await store.getDocument(a.id);
    expect(after?.id).toBe(a.id);
    expect(after?.statements).toEqual([]);
    expect((await store.getVersion(a.id))?.parseSha256).not.toBe(before?.parseSha256);
    expect((await store.search({ q: 'visa', limit: 10, offset: 0 })).total).toBe(0);
  });

  it('loads documents for timelines from its parse cache, and re-reads one that was reparsed', async () => {
    const [a, b] = makeMeetingPair();
    await store.ingest({ document: a, original: bytesOf('a'), fileName: null });
    await store.ingest({ document: b, original: bytesOf('b'), fileName: null });
    const first = await store.loadDocuments({});
    expect(first.map((d) => d.id).sort()).toEqual([a.id, b.id].sort());
    const second = await store.loadDocuments({});
    expect(second[0]).toBe(first[0]); // the same parsed object, not a fresh JSON.parse
    await store.replaceParse(
      a.id,
      makeDocument({ id: 'ignored', startDate: a.meeting.startDate ?? null, sections: [] }),
    );
    const third = await store.loadDocuments({});
    const reparsed = third.find((d) => d.id === a.id);
    expect(reparsed?.statements).toEqual([]);
    expect(third.find((d) => d.id === b.id)).toBe(first.find((d) => d.id === b.id));
    await store.deleteDocument(b.id);
    expect((await store.loadDocuments({})).map((d) => d.id)).toEqual([a.id]);
  });

  it('keeps tokens only as hashes and forgets revoked ones', async () => {
    const { token, info } = await store.createToken({ role: 'editor', label: 'ci' });
    expect(JSON.stringify(store.db.prepare('SELECT * FROM tokens').all())).not.toContain(token);
    expect(await store.findToken(hashToken(token))).toMatchObject({ id: info.id, role: 'editor' });
    expect(await store.findToken(hashToken(`${token}x`))).toBeNull();
    expect(await store.revokeToken(info.id)).toBe(true);
    expect(await store.findToken(hashToken(token))).toBeNull();
    expect(await store.revokeToken(info.id)).toBe(false);
  });

  it('keeps the audit log newest first', async () => {
    await store.appendAudit({ actor: 'a', action: 'read', target: 'x', status: 200 });
    await store.appendAudit({ actor: 'b', action: 'delete', target: 'y', status: 204 });
    const { items, total } = await store.listAudit({ limit: 10, offset: 0 });
    expect(total).toBe(2);
    expect(items.map((i) => i.actor)).toEqual(['b', 'a']);
  });

  it('keeps data across reopening (migrations run once)', async () => {
    const [a] = makeMeetingPair();
    await store.ingest({ document: a, original: bytesOf('a'), fileName: null });
    store.close();
    store = openSqliteStore(resolveDatabasePath(dir));
    expect(await store.countDocuments()).toBe(1);
  });
});

describe('openSqliteStore', () => {
  it('refuses a corrupt database file with a clear message', () => {
    const path = join(dir, 'corrupt.db');
    writeFileSync(path, 'this is not a database, just some text that is long enough to look like a header..');
    expect(() => openSqliteStore(path)).toThrow(StoreOpenError);
    expect(() => openSqliteStore(path)).toThrow(/not a readable SQLite database/);
  });

  it('refuses a database from a newer version', () => {
    const path = join(dir, 'newer.db');
    const s = openSqliteStore(path);
    s.db.exec('PRAGMA user_version = 99');
    s.close();
    expect(() => openSqliteStore(path)).toThrow(/newer than this SOM Compare understands/);
  });
});
