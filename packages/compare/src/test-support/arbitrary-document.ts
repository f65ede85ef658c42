// fast-check arbitraries for ILLUSTRATIVE documents: small pools of topics, actors and sentences, so two
// generated documents overlap often and their diff has every kind of row.
import type { OutcomeDocument, Stance } from '@som/domain';
import fc from 'fast-check';
import { buildDocument, type SectionSpec, type StatementSpec } from './build-document.js';

const TOPICS = [
  { id: 'visa-reciprocity', title: 'Visa reciprocity' },
  { id: 'going-dark', title: 'Going dark' },
  { id: 'e-evidence', title: 'Access to electronic evidence' },
  { id: 'drugs', title: 'Synthetic drugs' },
  { id: 'x-hybrid-threats', title: 'Hybrid threats' },
  { id: 'x-border-hybrid-threats', title: 'Hybrid threats at the borders' },
];
const ACTORS = ['us', 'eu', 'both', 'europol', 'unattributed'];
const STANCES: (Stance | null)[] = ['support', 'concern', 'request', 'information', 'commitment', null];
const SENTENCES = [
  'warned against a parallel data protection regime under the new agreement',
  'welcomed the resumption of the negotiations on electronic evidence',
  'called for full visa reciprocity for all Member States',
  'informed on refusal rates of the Member States outside the programme',
  'stressed lawful access by design for encrypted services',
  'presented the hybrid threats seen at the external borders',
];
const NAMES = ['Europol', 'Eurojust', 'ESTA'];

const statementArb: fc.Arbitrary<StatementSpec> = fc
  .record({
    actor: fc.constantFrom(...ACTORS),
    stance: fc.constantFrom(...STANCES),
    sentence: fc.constantFrom(...SENTENCES),
    extra: fc.option(fc.constantFrom('again', 'strongly', 'once more'), { nil: null }),
    figure: fc.option(fc.integer({ min: 1, max: 400 }), { nil: null }),
    entity: fc.option(fc.constantFrom(...NAMES), { nil: null }),
  })
  .map(({ actor, stance, sentence, extra, figure, entity }) => {
    let text = `The ${actor} side ${sentence}${extra ? ` ${extra}` : ''}`;
    const figures: StatementSpec['figures'] = [];
    const entities: StatementSpec['entities'] = [];
    if (figure !== null) {
      const f = `${figure},000`;
      text += ` with ${f} applications`;
      figures.push({ text: f, value: figure * 1000 });
    }
    if (entity) {
      text += ` together with ${entity}`;
      entities.push({ name: entity, kind: 'agency' });
    }
    return { actor, stance, text: `${text}.`, figures, entities };
  });

const sectionArb: fc.Arbitrary<SectionSpec> = fc
  .record({
    topic: fc.constantFrom(...TOPICS),
    statements: fc.array(statementArb, { maxLength: 4 }),
    renamed: fc.boolean(),
  })
  .map(({ topic, statements, renamed }) => ({
    title: renamed ? `Update on ${topic.title.toLowerCase()}` : topic.title,
    topic: topic.id,
    statements,
  }));

/** An arbitrary small illustrative OutcomeDocument (0-4 sections of 0-4 statements). */
export const documentArb = (id: string): fc.Arbitrary<OutcomeDocument> =>
  fc
    .record({
      sections: fc.array(sectionArb, { maxLength: 4 }),
      month: fc.integer({ min: 1, max: 12 }),
      classification: fc.constantFrom('LIMITE', null),
    })
    .map(({ sections, month, classification }) =>
      buildDocument({
        id,
        startDate: `2023-${String(month).padStart(2, '0')}-15`,
        classification,
        sections,
      }),
    );
