import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './harness.js';
import { makeMeetingPair } from './make-document.js';

const apiDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const [first, second] = makeMeetingPair();

describe('a real server on 127.0.0.1', () => {
  let t: TestApp;
  let base: string;

  beforeAll(async () => {
    t = await createTestApp({ seed: [first, second] });
    base = await t.app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => t.close());

  it('answers health, documents and compare over HTTP', async () => {
    expect(await (await fetch(`${base}/api/health`)).json()).toMatchObject({ status: 'ok', documents: 2 });
    const list = await fetch(`${base}/api/documents`);
    expect(list.headers.get('x-som-marking')).toBe('LIMITE');
    const compare = await fetch(`${base}/api/compare?base=${first.id}&target=${second.id}`);
    expect(compare.status).toBe(200);
    const etag = compare.headers.get('etag')!;
    const cached = await fetch(`${base}/api/compare?base=${first.id}&target=${second.id}`, {
      headers: { 'if-none-match': etag },
    });
    expect(cached.status).toBe(304);
  });

  it('turns malformed JSON, wrong types and unsupported bodies into 4xx problems and keeps serving', async () => {
    const post = (body: string | Uint8Array, type: string) =>
      fetch(`${base}/api/documents`, { method: 'POST', body, headers: { 'content-type': type } });
    const malformed = await post('{"text": ', 'application/json');
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get('content-type')).toContain('application/problem+json');
    expect((await post('{"text": 5}', 'application/json')).status).toBe(400);
    expect((await post('[]', 'application/json')).status).toBe(400);
    expect((await post('hello', 'text/plain')).status).toBe(415);
    expect((await post(new Uint8Array([0xff, 0xfe, 0x00]), 'application/octet-stream')).status).toBe(415);
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
  });

  it('refuses a body over 20 MB with 413', async () => {
    const huge = `{"text": "${'a'.repeat(22 * 1024 * 1024)}"}`;
    const res = await fetch(`${base}/api/documents`, {
      method: 'POST',
      body: huge,
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(413);
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
  });
});

describe('server.ts start-up', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'som-start-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function start(env: Record<string, string>) {
    return spawnSync(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      cwd: apiDir,
      env: { ...process.env, SOM_LOAD_FIXTURES: 'false', SOM_LOG_LEVEL: 'silent', PORT: '0', ...env },
      encoding: 'utf8',
      timeout: 15_000,
    });
  }

  it('refuses to listen off loopback without authentication', () => {
    const run = start({ HOST: '0.0.0.0', SOM_AUTH: 'off', SOM_DATA_DIR: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('refusing to listen on 0.0.0.0 without authentication');
  });

  it('stops with one clear line on a corrupt database file', () => {
    const dataDir = join(dir, 'corrupt');
    rmSync(dataDir, { recursive: true, force: true });
    const dbPath = join(dataDir, 'som.db');
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(dbPath, 'not a database '.repeat(100));
    const run = start({ SOM_DATA_DIR: dataDir });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/som-api: database .*som\.db is not a readable SQLite database/);
    expect(run.stderr).not.toContain('    at ');
  });

  it('refuses an invalid configuration', () => {
    const run = start({ PORT: 'eighty', SOM_DATA_DIR: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('invalid configuration: PORT');
  });
});
