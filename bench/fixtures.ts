import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's `fixtures/` folder, or `SOM_BENCH_FIXTURES` to measure other records. */
export const FIXTURES_DIR =
  process.env.SOM_BENCH_FIXTURES ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/** One fixture record as text. */
export interface FixtureText {
  name: string;
  text: string;
  /** Size in UTF-8 bytes. */
  bytes: number;
}

/** Every `.txt` record under `fixtures/` (the sample series and the reference record), in path order. */
export function readFixtureTexts(): FixtureText[] {
  return readdirSync(FIXTURES_DIR, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(FIXTURES_DIR, name), 'utf8');
      return { name, text, bytes: Buffer.byteLength(text, 'utf8') };
    });
}
