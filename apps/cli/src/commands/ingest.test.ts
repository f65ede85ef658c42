import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_RECORD, runCli } from '../test-support/run-cli.js';

// End-to-end runs of `som ingest`, `som token create` and `som reparse` against a temp database.
let dir: string;
let db: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'som-cli-store-'));
  db = join(dir, 'som.db');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('som ingest', () => {
  it('ingests a record, then reports it unchanged, and names files that failed', async () => {
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, Buffer.from([0x00, 0x01, 0x02]));
    const first = await runCli(['ingest', REFERENCE_RECORD, '--db', db]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^ingested 1, unchanged 0, failed 0/);
    const second = await runCli(['ingest', REFERENCE_RECORD, bad, '--db', db]);
    expect(second.code).toBe(1);
    expect(second.stdout).toMatch(/^ingested 0, unchanged 1, failed 1/);
    expect(second.stdout).toContain('bad.txt: the file is binary');
  });

  it('refuses a path that does not exist', async () => {
    const run = await runCli(['ingest', join(dir, 'missing.txt'), '--db', db]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no such file or directory');
  });

  it('says clearly when the database file is corrupt', async () => {
    const corrupt = join(dir, 'corrupt.db');
    writeFileSync(corrupt, 'not a database '.repeat(100));
    const run = await runCli(['ingest', REFERENCE_RECORD, '--db', corrupt]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('is not a readable SQLite database');
  });
});

describe('som token create', () => {
  it('prints a new token once on stdout', async () => {
    const run = await runCli(['token', 'create', '--role', 'reader', '--label', 'ci', '--db', db]);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(/^som_[\w-]{43}$/);
    expect(run.stderr).toMatch(/created reader token tok-[0-9a-f]{12} \(ci\)/);
  });

  it('refuses an unknown role', async () => {
    const run = await runCli(['token', 'create', '--role', 'root', '--db', db]);
    expect(run.code).not.toBe(0);
  });
});

describe('som reparse', () => {
  it('re-parses stored originals with the current parser', async () => {
    const run = await runCli(['reparse', '--db', db]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^changed \d+, unchanged \d+, failed 0/);
  });
});
