// Entry point of `pnpm start`: reads the environment, opens the store, loads the sample records on the
// first start, serves API and web app, and shuts down cleanly on SIGINT / SIGTERM.
import { join } from 'node:path';
import { buildApp } from './app.js';
import { ConfigError, loadConfig, REPO_ROOT } from './config.js';
import { loadFixturesOnce } from './ingest/load-fixtures.js';
import { StoreOpenError } from './store/sqlite-database.js';
import { openSqliteStore, resolveDatabasePath } from './store/sqlite-store.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const store = openSqliteStore(resolveDatabasePath(config.SOM_DATA_DIR));
  if (config.SOM_LOAD_FIXTURES) {
    const report = await loadFixturesOnce(store, join(REPO_ROOT, 'fixtures'));
    if (!report.skipped)
      process.stderr.write(
        `sample records: ${report.ingested.length} ingested, ${report.unchanged.length} unchanged, ${report.failed.length} failed\n`,
      );
    for (const f of report.failed) process.stderr.write(`  ${f.file}: ${f.reason}\n`);
  }
  const app = await buildApp({
    store,
    auth: config.SOM_AUTH,
    host: config.HOST,
    corsOrigin: config.SOM_CORS_ORIGIN ?? null,
    rateLimit: config.SOM_RATE_LIMIT,
    webDist: config.SOM_WEB_DIST,
    logger: config.SOM_LOG_LEVEL === 'silent' ? false : { level: config.SOM_LOG_LEVEL },
  });
  const shutdown = (signal: string) => {
    app.log.info(`${signal}: closing`);
    app
      .close()
      .then(() => store.close())
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  const address = await app.listen({ port: config.PORT, host: config.HOST });
  process.stderr.write(
    `SOM Compare on ${address} (data: ${config.SOM_DATA_DIR}, auth: ${config.SOM_AUTH})\n`,
  );
}

main().catch((error: unknown) => {
  // Configuration and database problems are the operator's to fix: one clear line, exit code 1, no stack.
  if (error instanceof ConfigError || error instanceof StoreOpenError) {
    process.stderr.write(`som-api: ${error.message}\n`);
  } else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    process.stderr.write(`som-api: ${(error as Error).message} (is another server running? set PORT)\n`);
  } else {
    process.stderr.write(
      `som-api: failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
