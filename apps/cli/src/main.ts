import { Command } from 'commander';
import { describeFailure } from './cli-error.js';
import { registerCompareCommand } from './commands/compare.js';
import { registerParseCommand } from './commands/parse.js';
import { registerTimelineCommand } from './commands/timeline.js';

/** Commands that read files only; the others need the API's store and are loaded only when asked for. */
const FILE_COMMANDS = new Set(['parse', 'compare', 'timeline']);

/**
 * Builds the `som` program with every command registered. Results go to stdout, everything else to stderr.
 * The store commands (ingest, reparse, token) pull in the whole API (about half a second of start-up),
 * so they are imported only when `argv` does not name a file command: `som parse` stays quick, while
 * `som --help`, `som ingest` or a mistyped command see every command.
 */
export async function buildProgram(argv: readonly string[] = process.argv): Promise<Command> {
  const program = new Command('som')
    .description('SOM Compare: read, compare and follow EU-US JHA outcome records')
    .showHelpAfterError('(run som --help for usage)');
  registerParseCommand(program);
  registerCompareCommand(program);
  registerTimelineCommand(program);
  if (!FILE_COMMANDS.has(argv[2] ?? '')) {
    const [ingest, reparse, token] = await Promise.all([
      import('./commands/ingest.js'),
      import('./commands/reparse.js'),
      import('./commands/token.js'),
    ]);
    ingest.registerIngestCommand(program);
    reparse.registerReparseCommand(program);
    token.registerTokenCommand(program);
  }
  return program;
}

// A reader that closed the pipe early (`som parse x | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  const program = await buildProgram(process.argv);
  await program.parseAsync(process.argv);
} catch (error) {
  const { line, exitCode } = describeFailure(error);
  process.stderr.write(`${line}\n`);
  if (process.env.SOM_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exitCode = exitCode;
}
