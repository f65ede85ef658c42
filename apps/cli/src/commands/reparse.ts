import { reparseAll } from '@som/api';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { openStore } from './ingest.js';

/**
 * `som reparse [--db PATH]`: re-parses every stored original with the current parser, keeping ids.
 * A record the parser now refuses keeps its previous parse and is listed; exits 1 if there was any.
 */
export function registerReparseCommand(program: Command): void {
  program
    .command('reparse')
    .description('re-parse every stored original with the current parser')
    .option('--db <path>', 'SQLite database file (default: $SOM_DATA_DIR/som.db, else data/som.db)')
    .action(async (options: { db?: string }) => {
      const store = openStore(options.db);
      const bar = new SingleBar({
        stream: process.stderr,
        format: 'reparse [{bar}] {value}/{total} {id}',
        hideCursor: true,
      });
      try {
        let started = false;
        const report = await reparseAll(store, (done, total, id) => {
          if (!started) bar.start(total, 0, { id });
          started = true;
          bar.update(done, { id });
        });
        bar.stop();
        const lines = [
          `changed ${report.changed.length}, unchanged ${report.unchanged.length}, failed ${report.failed.length}`,
          ...report.changed.map((id) => `  changed    ${id}`),
          ...report.failed.map((f) => `  failed     ${f.id}: ${f.reason}`),
        ];
        process.stdout.write(`${lines.join('\n')}\n`);
        if (report.failed.length > 0) process.exitCode = 1;
      } finally {
        store.close();
      }
    });
}
