import { compareMeetings, toMarkdown } from '@som/compare';
import { type Command, Option } from 'commander';
import { loadDocument } from '../load-document.js';
import { formatJson, writeOutput } from '../write-output.js';

/** `som compare BASE TARGET [--topic ID]... [--actor ID] [--format json|md]`: a MeetingDiff of two records. */
export function registerCompareCommand(program: Command): void {
  program
    .command('compare')
    .description('what moved between two meetings, topic by topic and actor by actor')
    .argument('<base>', 'the earlier record: .txt, .pdf or parsed .json')
    .argument('<target>', 'the later record: .txt, .pdf or parsed .json')
    .option('--topic <id>', 'only this topic id (repeat for several)', collect, [])
    .option('--actor <id>', 'only this actor id (us, eu, europol, ...)')
    .addOption(
      new Option('--format <format>', 'json: the MeetingDiff; md: a Markdown briefing')
        .choices(['json', 'md'])
        .default('json'),
    )
    .action(async (base: string, target: string, options: CompareCliOptions) => {
      const [baseDoc, targetDoc] = await Promise.all([loadDocument(base), loadDocument(target)]);
      const diff = compareMeetings(baseDoc, targetDoc, {
        topic: options.topic.length > 0 ? options.topic : null,
        actor: options.actor ?? null,
      });
      writeOutput(options.format === 'md' ? toMarkdown(diff) : formatJson(diff));
    });
}

interface CompareCliOptions {
  topic: string[];
  actor?: string;
  format: 'json' | 'md';
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
