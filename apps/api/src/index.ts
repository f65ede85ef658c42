export { type AppOptions, buildApp } from './app.js';
export {
  ConfigError,
  isLoopbackHost,
  loadConfig,
  REPO_ROOT,
  resolveDataDir,
  type ServerConfig,
} from './config.js';
export { type FixtureLoadReport, loadFixturesOnce } from './ingest/load-fixtures.js';
export { MAX_UPLOAD_BYTES, type ParsedUpload, parseText, parseUpload } from './ingest/parse-upload.js';
export { type ReparseReport, reparseAll } from './ingest/reparse-all.js';
export type { Role } from './schemas/api-schemas.js';
export { RoleSchema } from './schemas/api-schemas.js';
export type { DocumentStore, IngestResult } from './store/document-store.js';
export { StoreOpenError } from './store/sqlite-database.js';
export { openSqliteStore, resolveDatabasePath, SqliteDocumentStore } from './store/sqlite-store.js';
