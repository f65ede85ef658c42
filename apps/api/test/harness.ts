import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OutcomeDocument } from '@som/domain';
import type { FastifyInstance } from 'fastify';
import { type AppOptions, buildApp } from '../src/app.js';
import { openSqliteStore, resolveDatabasePath, type SqliteDocumentStore } from '../src/store/sqlite-store.js';

/** An app on a fresh temp data dir; `close` stops it and removes the dir. */
export interface TestApp {
  app: FastifyInstance;
  store: SqliteDocumentStore;
  dir: string;
  close(): Promise<void>;
}

/** Builds the app over a temp SQLite store, seeded with `seed` (stored as if uploaded as their text). */
export async function createTestApp(
  options: Omit<AppOptions, 'store' | 'dataDir'> & { seed?: OutcomeDocument[] } = {},
): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'som-api-'));
  const store = openSqliteStore(resolveDatabasePath(dir));
  for (const document of options.seed ?? [])
    await store.ingest({
      document,
      original: new TextEncoder().encode(document.source.text),
      fileName: null,
    });
  const { seed: _seed, ...appOptions } = options;
  const app = await buildApp({ rateLimit: 0, ...appOptions, store });
  return {
    app,
    store,
    dir,
    async close() {
      await app.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A multipart/form-data body with one file in field `field`. */
export function multipartBody(
  fileName: string,
  bytes: Uint8Array,
  field = 'file',
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----som-test-boundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, Buffer.from(bytes), tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
