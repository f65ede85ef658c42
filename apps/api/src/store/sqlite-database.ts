import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'libsql';
import { MIGRATIONS } from './migrations.js';

/** The libsql connection type (better-sqlite3-compatible, synchronous). */
export type SqliteDatabase = InstanceType<typeof Database>;

/** Thrown when the database file cannot be opened or migrated; `message` says what to do. */
export class StoreOpenError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreOpenError';
  }
}

/**
 * Opens (creating when missing) the SQLite file at `path`, checks it is a SQLite database this version
 * understands and that its pages read back (`quick_check`), turns on WAL and foreign keys, and applies pending
 * migrations in one transaction. Throws a `StoreOpenError` naming the file for a corrupt, foreign or newer database.
 */
export function openDatabase(path: string): SqliteDatabase {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const existed = path !== ':memory:' && existsSync(path);
  let db: SqliteDatabase;
  try {
    db = new Database(path, { timeout: 5 });
    db.exec('PRAGMA busy_timeout = 5000');
    readPragma(db, 'journal_mode = WAL');
    db.exec('PRAGMA synchronous = NORMAL');
    db.exec('PRAGMA foreign_keys = ON');
  } catch (error) {
    throw new StoreOpenError(describeOpenFailure(path, existed, error), { cause: error });
  }
  try {
    if (existed) checkPages(db, path);
    migrate(db, path);
  } catch (error) {
    db.close();
    if (error instanceof StoreOpenError) throw error;
    throw new StoreOpenError(describeOpenFailure(path, existed, error), { cause: error });
  }
  return db;
}

/**
 * Reads every page once (`PRAGMA quick_check`, O(file size), no index cross-check) so a file whose header
 * is intact but whose other pages are damaged is refused at start-up instead of answering 500 to everything.
 */
function checkPages(db: SqliteDatabase, path: string): void {
  const result = String(readPragma(db, 'quick_check(1)'));
  if (result !== 'ok')
    throw new StoreOpenError(
      `database ${path} is damaged (quick_check: ${result.split('\n')[0]}); restore it from a backup or move it away to start with an empty store`,
    );
}

function migrate(db: SqliteDatabase, path: string): void {
  const version = Number(readPragma(db, 'user_version'));
  if (version > MIGRATIONS.length)
    throw new StoreOpenError(
      `database ${path} has schema version ${version}, newer than this SOM Compare understands (${MIGRATIONS.length}); upgrade SOM Compare`,
    );
  if (version === MIGRATIONS.length) return;
  db.transaction(() => {
    for (let v = version; v < MIGRATIONS.length; v++) db.exec(MIGRATIONS[v]!);
    db.exec(`PRAGMA user_version = ${MIGRATIONS.length}`);
  })();
}

/** The first column of a PRAGMA's first row (libsql's `pluck` does not apply to `get`). */
export function readPragma(db: SqliteDatabase, pragma: string): unknown {
  const row = stripMetadata(db.prepare(`PRAGMA ${pragma}`).get() as Record<string, unknown> | undefined);
  return row ? Object.values(row)[0] : undefined;
}

/** libsql adds `_metadata` (timings) to rows from `.get()`: drop it so rows are plain data. */
export function stripMetadata<T extends Record<string, unknown>>(row: T | undefined): T | undefined {
  if (row === undefined || row === null) return undefined;
  if ('_metadata' in row) {
    const { _metadata, ...rest } = row;
    return rest as T;
  }
  return row;
}

function describeOpenFailure(path: string, existed: boolean, error: unknown): string {
  const code = (error as { code?: string }).code;
  const reason = error instanceof Error ? error.message : String(error);
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT')
    return `database ${path} is not a readable SQLite database (${reason}); restore it from a backup or move it away to start with an empty store`;
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY' || code === 'SQLITE_PERM')
    return `cannot open database ${path} (${reason}); check that the data directory exists and is writable`;
  return `cannot open database ${path}${existed ? '' : ' (new file)'}: ${reason}`;
}
