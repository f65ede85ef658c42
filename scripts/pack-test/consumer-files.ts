/** The files of the plain Node project that installs the tarballs: what a developer would write. */

/** package.json of the consumer: ESM, nothing else. */
export const CONSUMER_PACKAGE_JSON = `${JSON.stringify(
  { name: 'som-pack-consumer', version: '1.0.0', private: true, type: 'module' },
  null,
  2,
)}\n`;

/** The ten lines of the domain README: parse a record, count its statements. */
export const PARSE_SCRIPT = `import { readFileSync } from 'node:fs';
import { OutcomeDocumentSchema, parseOutcome } from '@som/domain';

const text = readFileSync(process.argv[2], 'utf8');
const doc = parseOutcome(text);
if (!OutcomeDocumentSchema.safeParse(doc).success) throw new Error('result does not validate');
console.log(doc.statements.length);
`;

/** Compares the record with itself through @som/compare: prints topics and non-unchanged statements. */
export const COMPARE_SCRIPT = `import { readFileSync } from 'node:fs';
import { compareMeetings, toMarkdown } from '@som/compare';
import { parseOutcome } from '@som/domain';

const doc = parseOutcome(readFileSync(process.argv[2], 'utf8'));
const diff = compareMeetings(doc, doc);
const changed = diff.topics.flatMap((t) => t.statements).filter((s) => s.status !== 'unchanged').length;
if (typeof toMarkdown(diff) !== 'string') throw new Error('toMarkdown did not return text');
console.log(diff.topics.length, changed);
`;

/** Loads the PDF entry (Node-only) and reports which functions it exports. */
export const PDF_SCRIPT = `const pdf = await import('@som/domain/pdf');
console.log(Object.keys(pdf).filter((k) => typeof pdf[k] === 'function').sort().join(','));
`;

/** A TypeScript consumer that must type-check under nodenext resolution. */
export const TS_GOOD = `import { readFileSync } from 'node:fs';
import { type OutcomeDocument, parseOutcome } from '@som/domain';
import { compareMeetings, type MeetingDiff } from '@som/compare';

const doc: OutcomeDocument = parseOutcome(readFileSync('record.txt', 'utf8'));
const count: number = doc.statements.length;
const diff: MeetingDiff = compareMeetings(doc, doc);
const topicIds: string[] = diff.topics.map((t) => t.topic.id);
console.log(count, topicIds);
`;

/** Must NOT type-check: proves the published types are real, not \`any\`. */
export const TS_BAD = `import { parseOutcome } from '@som/domain';

const doc = parseOutcome('x');
const wrong: string = doc.statements.length;
console.log(wrong);
`;

/** tsconfig of the TypeScript consumer: the strictest resolution a published package must satisfy. */
export const TS_CONFIG = `${JSON.stringify(
  {
    compilerOptions: {
      target: 'ES2022',
      module: 'nodenext',
      moduleResolution: 'nodenext',
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      types: ['node'],
    },
  },
  null,
  2,
)}\n`;
