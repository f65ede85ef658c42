import type { Commitment, Entity, Figure } from '../schema/facts.js';
import type { Section } from '../schema/section.js';
import type { Statement } from '../schema/statement.js';
import type { ParseWarning } from '../schema/warning.js';
import type { Block, ParseContext } from './types.js';

/** Input of the statement/fact passes: the normalised text and the structure found in it. */
export interface StatementsInput {
  text: string;
  blocks: Block[];
  sections: Section[];
  ctx: ParseContext;
}

/** Output of the statement/fact passes, ready to be put into an OutcomeDocument. */
export interface StatementsOutput {
  statements: Statement[];
  figures: Figure[];
  entities: Entity[];
  commitments: Commitment[];
  warnings: ParseWarning[];
}

/**
 * Splits the body paragraphs of each section into sentences, reads actor + reporting verb + stance
 * from each, and extracts dates, figures, entities and commitments. Never throws.
 * (Stub: filled in by the statements work.)
 */
export function extractStatementsAndFacts(_input: StatementsInput): StatementsOutput {
  return { statements: [], figures: [], entities: [], commitments: [], warnings: [] };
}
