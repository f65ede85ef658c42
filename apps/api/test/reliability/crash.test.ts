import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseOutcome } from '@som/domain';
import Database from 'libsql';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/config.js';
import { type ChildServer, startServer } from './child-server.js';

// kill -9 during a bulk ingest, restart on the same data dir: the database is intact and every
// ingest that was acknowledged (2xx received by the client) is there, byte for byte.

const FIXTURES = readdirSync(join(REPO_ROOT, 'fixtures'))
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(REPO_ROOT, 'fixtures', name), 'utf8'));

/** Ingest n of the crash run: a fixture with a numbered closing line, so every content hash differs. */
function makeText(n: number): string {
  return `${FIXTURES[n % FIXTURES.length]!.trimEnd()}\n\n(Illustrative crash-test variant ${n}, not an official record.)\n`;
}

interface Acknowledged {
  n: number;
  id: string;
  sha256: string;
}

const dirs: string[] = [];
const servers: ChildServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.stop();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/**
 * Posts ingests `from..to-1` with `concurrency` in flight, until `killAfter` were acknowledged: then
 * kills the server with requests still in flight. Returns what was acknowledged.
 */
async function ingestUntilKilled(
  server: ChildServer,
  from: number,
  to: number,
  killAfter: number,
  concurrency = 3,
): Promise<{ acked: Acknowledged[]; failed: number }> {
  const acked: Acknowledged[] = [];
  let failed = 0;
  let next = from;
  let killing: Promise<void> | null = null;
  const worker = async () => {
    while (next < to && !killing) {
      const n = next++;
      try {
        const res = await fetch(`${server.origin}/api/documents`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ text: makeText(n), fileName: `variant-${n}.txt` }),
          signal: AbortSignal.timeout(15_000),
        });
        const body = (await res.json()) as { document?: { id: string; source: { sha256: string } } };
        if (res.status === 201 && body.document)
          acked.push({ n, id: body.document.id, sha256: body.document.source.sha256 });
        else if (res.status >= 300) throw new Error(`ingest ${n}: ${res.status} ${JSON.stringify(body)}`);
      } catch (error) {
        if (!killing) throw error;
        failed++; // in flight when the server died: not acknowledged, so nothing is promised
      }
      if (acked.length >= killAfter && !killing) killing = server.kill9();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  await (killing ?? server.kill9());
  return { acked, failed };
}

describe('kill -9 during a bulk ingest', () => {
  it('keeps the database intact and every acknowledged document, across two crashes', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'som-crash-'));
    dirs.push(dataDir);
    const acked: Acknowledged[] = [];
    let inFlight = 0;
    // Two crash rounds, each killed after a different number of acknowledgements.
    for (const [round, killAfter] of [6, 9].entries()) {
      const server = await startServer(dataDir);
      servers.push(server);
      const result = await ingestUntilKilled(server, round * 100, round * 100 + 40, killAfter);
      acked.push(...result.acked);
      inFlight += result.failed;
      expect(server.process.signalCode).toBe('SIGKILL');
    }
    expect(acked.length).toBeGreaterThanOrEqual(15);

    // The store opened directly: integrity, FTS index consistency, each acknowledged row intact.
    const db = new Database(join(dataDir, 'som.db'));
    try {
      expect(
        db
          .prepare('PRAGMA integrity_check')
          .all()
          .map((r) => Object.values(r as object)[0]),
      ).toEqual(['ok']);
      // Throws SQLITE_CORRUPT_VTAB if the FTS index disagrees with the statements table.
      db.exec("INSERT INTO statements_fts(statements_fts) VALUES ('integrity-check')");
      for (const a of acked) {
        const text = makeText(a.n);
        const fresh = parseOutcome(text, { fileName: `variant-${a.n}.txt`, format: 'txt' });
        const row = db
          .prepare(
            'SELECT d.content_sha256 AS c, d.text_sha256 AS t, d.statement_count AS n, o.bytes AS b FROM documents d JOIN originals o ON o.document_id = d.id WHERE d.id = ?',
          )
          .get(a.id) as { c: string; t: string; n: number; b: Buffer } | undefined;
        expect(row, a.id).toBeDefined();
        expect(row!.c).toBe(createHash('sha256').update(text).digest('hex'));
        expect(Buffer.from(row!.b).toString('utf8')).toBe(text);
        expect(row!.t).toBe(fresh.source.sha256);
        expect(row!.n).toBe(fresh.statements.length);
        const stored = db.prepare('SELECT count(*) AS k FROM statements WHERE document_id = ?').get(a.id) as {
          k: number;
        };
        expect(stored.k).toBe(fresh.statements.length);
      }
    } finally {
      db.close();
    }

    // And the restarted server serves them.
    const server = await startServer(dataDir);
    servers.push(server);
    for (const a of acked.slice(0, 5)) {
      const res = await fetch(`${server.origin}/api/documents/${a.id}`);
      expect(res.status).toBe(200);
      expect(((await res.json()) as { source: { sha256: string } }).source.sha256).toBe(a.sha256);
    }
    const health = (await (await fetch(`${server.origin}/api/health`)).json()) as { documents: number };
    // Unacknowledged ingests may or may not have committed before the kill; acknowledged ones must have.
    expect(health.documents).toBeGreaterThanOrEqual(acked.length);
    expect(health.documents).toBeLessThanOrEqual(acked.length + inFlight);
    await server.stop();
  }, 60_000);
});
