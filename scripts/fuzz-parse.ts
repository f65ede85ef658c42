// `pnpm fuzz:parse [--runs N] [--seed S]`: a longer fuzz of parseOutcome than the CI property tests.
// Three properties, each over N runs: arbitrary strings, arbitrary strings built from record-like
// pieces, and the fixtures mutated (lines deleted, duplicated, shuffled; page footers, control
// characters and hyphenated splits injected; truncation). Each parse must not throw, must validate
// against the schema, keep every span inside the text and slicing to its text, and keep ids unique.
// Prints a summary (runs, failures with the shrunk counterexample, slowest parse); exit code 1 on failure.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseOutcome } from '@som/domain';
import fc from 'fast-check';
import { findInvariantViolations } from './fuzz/check-document.js';
import { applyMutations, arbitraryFooter, arbitraryMutation } from './fuzz/mutations.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const runs = Number(option('runs') ?? 2000);
const seed = option('seed') === undefined ? Date.now() % 2 ** 31 : Number(option('seed'));
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
  process.stderr.write('usage: pnpm fuzz:parse [--runs N] [--seed S]\n');
  process.exit(2);
}

const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const fixtures = readdirSync(fixturesDir, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(fixturesDir, name), 'utf8'));
if (fixtures.length === 0) throw new Error('no fixtures/*.txt to mutate');

let slowest = { ms: 0, length: 0 };
let parses = 0;

/** Parses one input and checks the invariants; throws (failing the property) when one breaks. */
function parseAndCheck(text: string): void {
  const start = process.hrtime.bigint();
  const doc = parseOutcome(text);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  parses++;
  if (ms > slowest.ms) slowest = { ms, length: text.length };
  const problems = findInvariantViolations(doc);
  if (problems.length > 0) throw new Error(problems.slice(0, 5).join('; '));
}

const recordPiece = fc.oneof(
  fc.constantFrom(
    '\n\n',
    '\n',
    'The US delegation ',
    'The EU side ',
    'It ',
    'Both sides ',
    'welcomed ',
    'warned against ',
    'called for ',
    'informed about ',
    '*Visa reciprocity* ',
    '1. ',
    'IV. ',
    'a) ',
    'ANNEX',
    'OUTCOME OF PROCEEDINGS',
    'Subject: ',
    'Delegations will find ',
    '16-17 March 2023',
    'over 283,000 ',
    'in June 2023 in Washington, DC',
    '. ',
    '(',
    ')',
    '"',
  ),
  arbitraryFooter,
  fc.string({ maxLength: 20 }),
);

const summary: {
  name: string;
  runs: number;
  failed: boolean;
  counterexample: string | null;
  error: string | null;
}[] = [];

function report<T>(name: string, details: fc.RunDetails<T>): void {
  const counterexample = details.counterexample
    ? JSON.stringify(details.counterexample).slice(0, 2000)
    : null;
  const error =
    details.errorInstance instanceof Error
      ? details.errorInstance.message
      : details.failed
        ? String(details.errorInstance)
        : null;
  summary.push({ name, runs: details.numRuns, failed: details.failed, counterexample, error });
  process.stdout.write(
    `${details.failed ? 'FAIL' : 'ok  '} ${name}: ${details.numRuns} runs${details.failed ? ` (shrunk ${details.numShrinks} times, path ${details.counterexamplePath})` : ''}\n`,
  );
}

const started = process.hrtime.bigint();
const params = { numRuns: runs, seed };

report(
  'arbitrary strings (any UTF-16, up to 4,000 units)',
  fc.check(fc.property(fc.string({ unit: 'binary', maxLength: 4000 }), parseAndCheck), params),
);
report(
  'record-like strings (headings, speakers, verbs, footers, dates)',
  fc.check(
    fc.property(
      fc.array(recordPiece, { maxLength: 300 }).map((parts) => parts.join('')),
      parseAndCheck,
    ),
    params,
  ),
);
report(
  'mutated fixtures (delete, duplicate, shuffle lines; footers, control characters, hyphen splits, truncation)',
  fc.check(
    fc.property(
      fc.nat({ max: fixtures.length - 1 }),
      fc.array(arbitraryMutation, { minLength: 1, maxLength: 12 }),
      (index, mutations) => parseAndCheck(applyMutations(fixtures[index]!, mutations)),
    ),
    // Fixture parses are larger: a third of the runs keeps the default run a few minutes at most.
    { ...params, numRuns: Math.max(1, Math.ceil(runs / 3)) },
  ),
);

const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const failed = summary.filter((s) => s.failed);
for (const f of failed) {
  process.stdout.write(`\n${f.name}\n  error: ${f.error}\n  counterexample: ${f.counterexample}\n`);
}
process.stdout.write(
  `\nfuzz:parse seed ${seed}: ${parses} parses in ${seconds.toFixed(1)} s, slowest ${slowest.ms.toFixed(1)} ms ` +
    `(input of ${slowest.length} chars); ${summary.length - failed.length} properties held, ${failed.length} failed\n`,
);
if (failed.length > 0) process.stdout.write(`re-run with: pnpm fuzz:parse --runs ${runs} --seed ${seed}\n`);
process.exitCode = failed.length > 0 ? 1 : 0;
