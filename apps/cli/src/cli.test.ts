import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OutcomeDocumentSchema } from '@som/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_RECORD, REPO_ROOT, runCli, runCommand } from './test-support/run-cli.js';

// Each case spawns the CLI (tsx + the parser): allow for a slow, busy 2-core machine.
const SLOW = 60_000;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'som-cli-test-'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), '  \n\n \t\n');
  writeFileSync(
    join(dir, 'binary.txt'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0xff, 0xfe, 0x00]),
  );
  writeFileSync(join(dir, 'fake.pdf'), 'This is text, not a PDF.\n');
  writeFileSync(join(dir, 'not-a-doc.json'), '{"hello": "world"}');
  writeFileSync(join(dir, 'broken.json'), '{"schemaVersion": ');
  writeFileSync(
    join(dir, 'shopping.txt'),
    'Shopping list\n\neggs\nmilk\nbread\n\nRemember to call the plumber on Tuesday about the kitchen sink.\n',
  );
});

/** The one-line error contract: exit 1, nothing on stdout, exactly one line on stderr. */
function expectOneLineError(
  run: { code: number | null; stdout: string; stderr: string },
  pattern: RegExp,
): void {
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(pattern);
}

describe.concurrent('som parse: refusing what is not a record', () => {
  it(
    'fails with one line and exit code 1 for a missing file',
    async () => {
      expectOneLineError(await runCli(['parse', join(dir, 'nope.txt')]), /no such file/);
    },
    SLOW,
  );

  it(
    'fails with one line and exit code 1 for an empty file',
    async () => {
      expectOneLineError(await runCli(['parse', join(dir, 'empty.txt')]), /is empty/);
    },
    SLOW,
  );

  it(
    'fails for a file of white space only',
    async () => {
      expectOneLineError(await runCli(['parse', join(dir, 'blank.txt')]), /white space/);
    },
    SLOW,
  );

  it(
    'fails for a binary file',
    async () => {
      expectOneLineError(await runCli(['parse', join(dir, 'binary.txt')]), /binary/);
    },
    SLOW,
  );

  it(
    'fails for a directory',
    async () => {
      expectOneLineError(await runCli(['parse', dir]), /directory/);
    },
    SLOW,
  );

  it(
    'fails for a .pdf file without a PDF header',
    async () => {
      expectOneLineError(await runCli(['parse', join(dir, 'fake.pdf')]), /not a PDF/);
    },
    SLOW,
  );

  it(
    'fails for text that is not an outcome record',
    async () => {
      expectOneLineError(
        await runCli(['parse', join(dir, 'shopping.txt')]),
        /does not look like an outcome record/,
      );
    },
    SLOW,
  );

  it(
    'rejects an unknown --format with exit code 1 and nothing on stdout',
    async () => {
      const run = await runCli(['parse', REFERENCE_RECORD, '--format', 'yaml']);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/yaml/);
    },
    SLOW,
  );
});

describe.concurrent('som parse: the reference record', () => {
  it(
    'prints nothing but the OutcomeDocument JSON on stdout',
    async () => {
      const run = await runCli(['parse', REFERENCE_RECORD, '--format', 'json']);
      expect(run.code).toBe(0);
      expect(run.stdout.startsWith('{')).toBe(true);
      expect(run.stdout.endsWith('}\n')).toBe(true);
      const doc = OutcomeDocumentSchema.parse(JSON.parse(run.stdout));
      expect(doc.source.text.length).toBeGreaterThan(1000);
      expect(doc.statements.length).toBeGreaterThan(0);
    },
    SLOW,
  );

  it(
    'prints pure JSON through `pnpm --silent som parse FILE --format json`, with the path taken from the caller',
    async () => {
      // Run from fixtures/ with a relative path: the script itself runs in the repository root.
      const run = await runCommand(
        'pnpm',
        ['--silent', 'som', 'parse', '2023-03-som-stockholm.txt', '--format', 'json'],
        join(REPO_ROOT, 'fixtures'),
      );
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(() => OutcomeDocumentSchema.parse(JSON.parse(run.stdout))).not.toThrow();
    },
    SLOW,
  );

  it(
    'prints an outline with the meeting, sections with topics, statements with actor and stance, commitments',
    async () => {
      const run = await runCli(['parse', REFERENCE_RECORD, '--format', 'outline']);
      expect(run.code).toBe(0);
      const lines = run.stdout.split('\n');
      expect(lines[0]).toMatch(/^Document: 7725\/23/);
      expect(run.stdout).toMatch(/^Meeting: .*Stockholm/m);
      expect(run.stdout).toMatch(/\[visa-reciprocity\]/);
      expect(run.stdout).toMatch(/^ +- us · concern \(warn\): The US delegation warned/m);
      expect(run.stdout).toMatch(/^Commitments \(\d+\):/m);
      expect(() => JSON.parse(run.stdout)).toThrow();
    },
    SLOW,
  );
});

describe.concurrent('som compare and som timeline', () => {
  it(
    'compares a record with its own parsed JSON: valid diff, every statement unchanged',
    async () => {
      const parsed = await runCli(['parse', REFERENCE_RECORD]);
      const jsonFile = join(dir, 'stockholm.json');
      writeFileSync(jsonFile, parsed.stdout);
      const run = await runCli(['compare', REFERENCE_RECORD, jsonFile, '--format', 'json']);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const diff = JSON.parse(run.stdout) as {
        topics: { status: string; statements: { status: string }[] }[];
      };
      expect(diff.topics.length).toBeGreaterThan(0);
      expect(diff.topics.every((t) => t.status === 'continued')).toBe(true);
      expect(diff.topics.flatMap((t) => t.statements).every((s) => s.status === 'unchanged')).toBe(true);
    },
    SLOW,
  );

  it(
    'renders a compare as Markdown carrying the marking',
    async () => {
      const run = await runCli(['compare', REFERENCE_RECORD, REFERENCE_RECORD, '--format', 'md']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/LIMITE/);
      expect(run.stdout).toMatch(/^#/m);
    },
    SLOW,
  );

  it(
    'refuses a .json file that is not an OutcomeDocument, naming the file',
    async () => {
      const run = await runCli(['compare', REFERENCE_RECORD, join(dir, 'not-a-doc.json')]);
      expectOneLineError(run, /not-a-doc\.json is not an OutcomeDocument/);
    },
    SLOW,
  );

  it(
    'refuses a .json file that is not valid JSON',
    async () => {
      expectOneLineError(
        await runCli(['compare', join(dir, 'broken.json'), REFERENCE_RECORD]),
        /not valid JSON/,
      );
    },
    SLOW,
  );

  it(
    'follows a topic across records as a TopicTimeline',
    async () => {
      const run = await runCli(['timeline', 'visa-reciprocity', REFERENCE_RECORD, '--format', 'json']);
      expect(run.code).toBe(0);
      const timeline = JSON.parse(run.stdout) as { topic: { id: string }; points: { present: boolean }[] };
      expect(timeline.topic.id).toBe('visa-reciprocity');
      expect(timeline.points).toHaveLength(1);
      expect(timeline.points[0]?.present).toBe(true);
    },
    SLOW,
  );
});

describe.concurrent('the CLI as a whole', () => {
  it(
    'lists every command in --help',
    async () => {
      const run = await runCli(['--help']);
      expect(run.code).toBe(0);
      for (const command of ['parse', 'compare', 'timeline', 'ingest', 'reparse', 'token']) {
        expect(run.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
      }
    },
    SLOW,
  );

  it('keeps the bin shim executable with a node shebang', () => {
    const shim = readFileSync(join(REPO_ROOT, 'apps', 'cli', 'bin', 'som.js'), 'utf8');
    expect(shim.startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
});
