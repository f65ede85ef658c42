import { z } from 'zod';
import { OutcomeDocumentSchema } from './schema/outcome-document.js';

/**
 * The JSON Schema (draft 2020-12) of `OutcomeDocument`, generated from the zod contract, as the
 * text checked in at `outcome-document.schema.json` (two-space indent, final newline).
 */
export function renderOutcomeJsonSchema(): string {
  const schema = z.toJSONSchema(OutcomeDocumentSchema, { target: 'draft-2020-12' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
