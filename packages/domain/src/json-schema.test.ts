import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderOutcomeJsonSchema } from './json-schema.js';

describe('outcome-document.schema.json', () => {
  it('is current with the zod contract (run `pnpm --filter @som/domain schema:write` to refresh)', () => {
    const onDisk = readFileSync(new URL('../outcome-document.schema.json', import.meta.url), 'utf8');
    expect(onDisk).toBe(renderOutcomeJsonSchema());
  });

  it('describes the top-level contract fields', () => {
    const schema = JSON.parse(renderOutcomeJsonSchema());
    expect(Object.keys(schema.$defs.OutcomeDocument.properties)).toEqual(
      expect.arrayContaining([
        'schemaVersion',
        'id',
        'source',
        'meta',
        'meeting',
        'sections',
        'statements',
        'warnings',
      ]),
    );
  });
});
