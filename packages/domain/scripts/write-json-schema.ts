// Writes packages/domain/outcome-document.schema.json from the zod contract.
// Run: pnpm --filter @som/domain schema:write   (a test fails when the checked-in file is stale)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderOutcomeJsonSchema } from '../src/json-schema.js';

const target = fileURLToPath(new URL('../outcome-document.schema.json', import.meta.url));
writeFileSync(target, renderOutcomeJsonSchema());
console.log(`wrote ${target}`);
