import { toMarkdown, topicTimeline } from '@som/compare';
import { type Command, Option } from 'commander';
import { loadDocument } from '../load-document.js';
import { formatJson, writeOutput } from '../write-output.js';

/** `som timeline TOPIC FILE... [--actor ID] [--format json|md]`: one topic followed across meetings in date order. */
export function registerTimelineCommand(program: Command): void {
  program
    .command('timeline')
    .description('follow one topic across several meetings, in date order')
    .argument('<topic>', 'topic id, e.g. visa-reciprocity or going-dark')
    .argument('<files...>', 'the records: .txt, .pdf or parsed .json')
    .option('--actor <id>', 'only this actor id (us, eu, europol, ...)')
    .addOption(
      new Option('--format <format>', 'json: the TopicTimeline; md: a Markdown briefing')
        .choices(['json', 'md'])
        .default('json'),
    )
    .action(async (topic: string, files: string[], options: { actor?: string; format: 'json' | 'md' }) => {
      const docs = await Promise.all(files.map((file) => loadDocument(file)));
      const timeline = topicTimeline(docs, topic, { actor: options.actor ?? null });
      writeOutput(options.format === 'md' ? toMarkdown(timeline) : formatJson(timeline));
    });
}
