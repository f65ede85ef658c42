import { RoleSchema } from '@som/api';
import { type Command, Option } from 'commander';
import { openStore } from './ingest.js';

/**
 * `som token create --role reader|editor|admin [--label TEXT] [--db PATH]`: creates an API token and
 * prints it once on stdout (only its sha256 is stored; it cannot be shown again).
 */
export function registerTokenCommand(program: Command): void {
  const token = program.command('token').description('manage API tokens (for SOM_AUTH=token)');
  token
    .command('create')
    .description('create an API token and print it once')
    .addOption(
      new Option('--role <role>', 'what the token may do').choices(RoleSchema.options).makeOptionMandatory(),
    )
    .option('--label <text>', 'who or what the token is for')
    .option('--db <path>', 'SQLite database file (default: $SOM_DATA_DIR/som.db, else data/som.db)')
    .action(async (options: { role: 'reader' | 'editor' | 'admin'; label?: string; db?: string }) => {
      const store = openStore(options.db);
      try {
        const created = await store.createToken({ role: options.role, label: options.label ?? null });
        process.stderr.write(
          `created ${created.info.role} token ${created.info.id}${created.info.label ? ` (${created.info.label})` : ''}; it is shown only now:\n`,
        );
        process.stdout.write(`${created.token}\n`);
      } finally {
        store.close();
      }
    });
}
