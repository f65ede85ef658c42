/** The fixture records the e2e run loads, and what the seed learnt about them. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root of the fixtures folder of the repository (`SOM_E2E_FIXTURES_DIR` overrides it). */
export const FIXTURES_DIR =
  process.env.SOM_E2E_FIXTURES_DIR ?? join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures');
/** Where screenshots go (gitignored with the rest of test-results). */
export const SCREENSHOTS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../test-results/screenshots');
/** What the seed wrote: fixture file → stored document. */
export const SEED_FILE = join(dirname(fileURLToPath(import.meta.url)), '../test-results/seed.json');

/** One loaded fixture. */
export interface SeededFixture {
  file: string;
  bytes: number;
  id: string;
  startDate: string | null;
  classification: string | null;
  statements: number;
}

/** Lists the text fixtures (the sample records) with their sizes. */
export function listFixtureFiles(): { file: string; path: string; bytes: number }[] {
  return readdirSync(FIXTURES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({
      file,
      path: join(FIXTURES_DIR, file),
      bytes: statSync(join(FIXTURES_DIR, file)).size,
    }));
}

/** Reads what the seed stored (the text fixtures). */
export function readSeed(): SeededFixture[] {
  return (JSON.parse(readFileSync(SEED_FILE, 'utf8')) as { fixtures: SeededFixture[] }).fixtures;
}

/** How many records the library held right after the seed. */
export function readSeedTotal(): number {
  return (JSON.parse(readFileSync(SEED_FILE, 'utf8')) as { total: number }).total;
}

/** The two largest fixtures, older first (base, target). */
export function pickLargestPair(seed: SeededFixture[]): [SeededFixture, SeededFixture] {
  const two = [...seed].sort((a, b) => b.bytes - a.bytes).slice(0, 2);
  if (two.length < 2) throw new Error('need two fixtures to compare');
  two.sort((a, b) => (a.startDate ?? '').localeCompare(b.startDate ?? ''));
  return [two[0]!, two[1]!];
}
