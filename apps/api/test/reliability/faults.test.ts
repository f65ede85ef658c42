import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/config.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { createTestApp, type TestApp } from '../harness.js';
import { makeMeetingPair } from '../make-document.js';
import { runUntilExit, startServer } from './child-server.js';

const root = mkdtempSync(join(tmpdir(), 'som-faults-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A data dir holding a real store with two documents, closed cleanly; returns the database path. */
async function makeStoredDataDir(name: string): Promise<string> {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  const store = openSqliteStore(join(dir, 'som.db'));
  for (const document of makeMeetingPair())
    await store.ingest({
      document,
      original: new TextEncoder().encode(document.source.text),
      fileName: null,
    });
  store.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  store.close();
  return join(dir, 'som.db');
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** The refusal an operator should see: exit code 1, one `som-api:` line, no stack trace, no listening. */
function expectCleanRefusal(run: Awaited<ReturnType<typeof runUntilExit>>, pattern: RegExp): void {
  expect(run.signal, run.stderr).toBeNull(); // exited on its own, not killed by our timeout
  expect(run.code, run.stderr).toBe(1);
  const lines = run.stderr.trim().split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^som-api: /);
  expect(lines[0]).toMatch(pattern);
  expect(run.stderr).not.toContain('SOM Compare on');
}

describe('a damaged database at start-up', () => {
  /** A stored data dir whose pages after the first (header and schema root) are overwritten with garbage. */
  async function makeScribbledDataDir(name: string): Promise<string> {
    const db = await makeStoredDataDir(name);
    const bytes = readFileSync(db);
    for (let i = 4096; i < bytes.length; i++) bytes[i] = (i * 7919) & 0xff;
    writeFileSync(db, bytes);
    return db;
  }

  it('never rewrites a file whose pages are garbage, and never reports it healthy', async () => {
    const db = await makeScribbledDataDir('pages');
    const before = sha(db);
    const server = await startServer(join(root, 'pages')).catch(() => null);
    if (server) {
      try {
        const health = await fetch(`${server.origin}/api/health`);
        expect(health.status).toBeGreaterThanOrEqual(500);
        expect((await fetch(`${server.origin}/api/documents`)).status).toBeGreaterThanOrEqual(500);
      } finally {
        await server.stop();
      }
    }
    expect(sha(db)).toBe(before);
  });

  // Once a gap: a file with damaged pages but an intact header opened and answered 500 to every
  // request. `openDatabase` now runs `PRAGMA quick_check(1)` on an existing file.
  it('refuses a file whose pages are garbage (header intact) with one line, every time it is restarted', async () => {
    await makeScribbledDataDir('pages-refusal');
    for (let attempt = 0; attempt < 2; attempt++) {
      const run = await runUntilExit(join(root, 'pages-refusal'), {}, 6_000);
      expectCleanRefusal(run, /som\.db/);
    }
  }, 20_000);

  it('refuses a file cut short after the header the same way on every restart, leaving it as it was', async () => {
    const db = await makeStoredDataDir('truncated');
    writeFileSync(db, readFileSync(db).subarray(0, 100));
    const before = sha(db);
    // Restarted as a supervisor would: the same quick one-line refusal each time, no crash loop.
    for (let attempt = 0; attempt < 3; attempt++) {
      const run = await runUntilExit(join(root, 'truncated'));
      expectCleanRefusal(run, /som\.db/);
      expect(run.ms).toBeLessThan(10_000);
    }
    expect(sha(db)).toBe(before);
  }, 40_000);

  it('refuses a database path that cannot be opened as a file (a directory is in its place)', async () => {
    const dir = join(root, 'unreadable');
    mkdirSync(join(dir, 'som.db'), { recursive: true });
    expectCleanRefusal(await runUntilExit(dir), /cannot open database .*som\.db/);
  });

  it('refuses a database written by a newer version instead of migrating it down', async () => {
    const db = await makeStoredDataDir('newer');
    const store = openSqliteStore(db);
    store.db.exec('PRAGMA user_version = 99');
    store.close();
    expectCleanRefusal(await runUntilExit(join(root, 'newer')), /schema version 99, newer/);
  });

  it('starts on a torn write-ahead log (random bytes) and keeps every committed document', async () => {
    const db = await makeStoredDataDir('torn-wal');
    writeFileSync(`${db}-wal`, Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 31 + 7) & 0xff)));
    const server = await startServer(join(root, 'torn-wal'));
    try {
      const health = (await (await fetch(`${server.origin}/api/health`)).json()) as { documents: number };
      expect(health.documents).toBe(2);
    } finally {
      await server.stop();
    }
  });
});

// A full disk, simulated honestly within SQLite: `PRAGMA max_page_count` caps the database file on the
// app's own connection, so a write that needs a new page fails with SQLITE_FULL exactly as on a full disk.
// (No tmpfs can be mounted here.) What it does not cover: the OS refusing the WAL or a temp file.
describe('a full disk during a bulk ingest', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(async () => t.close());

  const FIXTURE = readFileSync(join(REPO_ROOT, 'fixtures', '2023-03-som-stockholm.txt'), 'utf8');
  const post = (n: number) =>
    t.app.inject({
      method: 'POST',
      url: '/api/documents',
      payload: {
        text: `${FIXTURE.trimEnd()}\n\n(Illustrative disk-full variant ${n}.)\n`,
        fileName: `v${n}.txt`,
      },
    });

  it('stores what fitted, answers 507 for the rest, keeps serving, and resumes once space is back', async () => {
    const pages = Number(Object.values(t.store.db.prepare('PRAGMA page_count').get() as object)[0]);
    // Room for a few documents only (each takes well over 10 pages of 4 KB).
    t.store.db.exec(`PRAGMA max_page_count = ${pages + 120}`);
    const statuses: number[] = [];
    for (let n = 0; n < 30 && !statuses.includes(507); n++) {
      const res = await post(n);
      statuses.push(res.statusCode);
      if (res.statusCode === 507) {
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.json().detail).toMatch(/disk is full/);
      }
    }
    const stored = statuses.filter((s) => s === 201).length;
    expect(stored).toBeGreaterThan(0);
    expect(statuses.at(-1)).toBe(507);
    expect(statuses.slice(0, -1).every((s) => s === 201)).toBe(true);

    // Reads still work while full (their audit lines wait in memory instead of crashing the server).
    const list = await t.app.inject({ method: 'GET', url: '/api/documents' });
    expect(list.statusCode).toBe(200);
    expect(list.json().total).toBe(stored);
    const again = await post(statuses.length - 1);
    expect(again.statusCode).toBe(507);
    expect(
      t.store.db
        .prepare('PRAGMA integrity_check')
        .all()
        .map((r) => Object.values(r as object)[0]),
    ).toEqual(['ok']);

    // Space is back: the refused document goes in, nothing half-written blocks it.
    t.store.db.exec('PRAGMA max_page_count = 1073741823');
    const retry = await post(statuses.length - 1);
    expect(retry.statusCode).toBe(201);
    expect(await t.store.countDocuments()).toBe(stored + 1);
    const audit = await t.store.listAudit({ limit: 500, offset: 0 });
    expect(
      audit.items.filter((a) => a.action === 'ingest' && a.status === 507).length,
    ).toBeGreaterThanOrEqual(2);
  }, 30_000);
});
