import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  type DocumentStore,
  openSqliteStore,
  parseUpload,
  resolveDatabasePath,
  resolveDataDir,
  StoreOpenError,
} from '@som/api';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { CliError } from '../cli-error.js';
import { resolveInputPath } from '../load-document.js';

/** What `som ingest` did with each file. */
export interface IngestSummary {
  ingested: { file: string; id: string }[];
  unchanged: { file: string; id: string }[];
  failed: { file: string; reason: string }[];
}

/**
 * `som ingest FILE|DIR... [--db PATH]`: parses .txt / .pdf records (a directory gives its own .txt and
 * .pdf files, not sub-folders) and stores them with their originals, one transaction each. Prints a
 * progress bar on stderr and a summary on stdout; exits 1 when any file failed.
 */
export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description('store outcome records (.txt, .pdf, or directories of them) in the SQLite store')
    .argument('<paths...>', 'files or directories')
    .option('--db <path>', 'SQLite database file (default: $SOM_DATA_DIR/som.db, else data/som.db)')
    .action(async (paths: string[], options: { db?: string }) => {
      const files = paths.flatMap(expandPath);
      const store = openStore(options.db);
      try {
        const summary = await ingestFiles(store, files);
        process.stdout.write(formatIngestSummary(summary));
        if (summary.failed.length > 0) process.exitCode = 1;
      } finally {
        store.close();
      }
    });
}

/** Ingests each file in turn; a file that fails is reported and the others still go in. */
export async function ingestFiles(store: DocumentStore, files: string[]): Promise<IngestSummary> {
  const summary: IngestSummary = { ingested: [], unchanged: [], failed: [] };
  const bar = new SingleBar({
    stream: process.stderr,
    format: 'ingest [{bar}] {value}/{total} {file}',
    hideCursor: true,
  });
  bar.start(files.length, 0, { file: '' });
  for (const file of files) {
    bar.increment(0, { file: basename(file) });
    try {
      const bytes = readFileSync(file);
      const parsed = await parseUpload(bytes, basename(file));
      if (!parsed.ok) summary.failed.push({ file, reason: parsed.detail });
      else {
        const result = await store.ingest({
          document: parsed.document,
          original: bytes,
          fileName: basename(file),
        });
        summary[result.status].push({ file, id: result.document.id });
      }
    } catch (error) {
      summary.failed.push({ file, reason: error instanceof Error ? error.message : String(error) });
    }
    bar.increment(1);
  }
  bar.stop();
  return summary;
}

/** The summary printed after an ingest: counts, then one line per file that was stored or failed. */
export function formatIngestSummary(summary: IngestSummary): string {
  const lines = [
    `ingested ${summary.ingested.length}, unchanged ${summary.unchanged.length}, failed ${summary.failed.length}`,
    ...summary.ingested.map((x) => `  ingested   ${x.id}  ${x.file}`),
    ...summary.unchanged.map((x) => `  unchanged  ${x.id}  ${x.file}`),
    ...summary.failed.map((x) => `  failed     ${x.file}: ${x.reason}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** Opens the store at `--db` (relative to where the command was typed), else the data directory's. */
export function openStore(db: string | undefined) {
  const path = db ? resolveInputPath(db) : resolveDatabasePath(resolveDataDir());
  try {
    return openSqliteStore(path);
  } catch (error) {
    if (error instanceof StoreOpenError) throw new CliError(error.message);
    throw error;
  }
}

function expandPath(path: string): string[] {
  const full = resolveInputPath(path);
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(full);
  } catch {
    throw new CliError(`cannot read ${path}: no such file or directory`);
  }
  if (!stat.isDirectory()) return [full];
  return readdirSync(full, { withFileTypes: true })
    .filter((e) => e.isFile() && /\.(txt|pdf)$/i.test(e.name))
    .map((e) => join(full, e.name))
    .sort();
}
