import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOutcome } from './parse-outcome.js';

// Golden parses: each `fixtures/<name>.txt` beside its reviewed `fixtures/<name>.json`.
// `UPDATE=1 pnpm exec vitest run src/parse/golden.test.ts` rewrites them; review the JSON diff like code.
const fixturesDir = join(import.meta.dirname, '../../../../fixtures');
const names = readdirSync(fixturesDir)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => basename(file, '.txt'))
  .sort();

describe('golden parses of the fixtures', () => {
  it('finds the reference record and the samples', () => {
    expect(names).toContain('2023-03-som-stockholm');
    expect(names.length).toBeGreaterThanOrEqual(6);
  });

  for (const name of names) {
    it(`parses ${name}.txt exactly as its reviewed ${name}.json`, () => {
      const text = readFileSync(join(fixturesDir, `${name}.txt`), 'utf8');
      const actual = parseOutcome(text, { fileName: `${name}.txt`, format: 'txt' });
      const goldenFile = join(fixturesDir, `${name}.json`);
      if (process.env.UPDATE === '1' || !existsSync(goldenFile)) {
        writeFileSync(goldenFile, `${JSON.stringify(actual, null, 2)}\n`);
      }
      const golden = JSON.parse(readFileSync(goldenFile, 'utf8'));
      expect(JSON.parse(JSON.stringify(actual))).toEqual(golden);
    });
  }
});
