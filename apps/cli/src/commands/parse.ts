import { type Command, Option } from 'commander';
import { loadDocument } from '../load-document.js';
import { renderOutline } from '../render-outline.js';
import { formatJson, writeOutput } from '../write-output.js';

/** `som parse FILE [--format json|outline]`: one .txt or .pdf record as OutcomeDocument JSON or a readable tree. */
export function registerParseCommand(program: Command): void {
  program
    .command('parse')
    .description('parse an outcome record (.txt or .pdf) into an OutcomeDocument')
    .argument('<file>', 'the record: .txt, or .pdf (read through its text layer)')
    .addOption(
      new Option('--format <format>', 'json: the OutcomeDocument; outline: a readable tree')
        .choices(['json', 'outline'])
        .default('json'),
    )
    .action(async (file: string, options: { format: 'json' | 'outline' }) => {
      const doc = await loadDocument(file, { allowJson: false });
      writeOutput(options.format === 'outline' ? renderOutline(doc) : formatJson(doc));
    });
}
