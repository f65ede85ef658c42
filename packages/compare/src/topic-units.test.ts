import { describe, expect, it } from 'vitest';
import { buildDocument } from './test-support/build-document.js';
import { collectTopicUnits } from './topic-units.js';

const doc = buildDocument({
  id: 'units',
  startDate: '2023-03-16',
  sections: [
    {
      title: 'Counter-Terrorism and Information Sharing',
      topic: 'counter-terrorism',
      statements: [
        { actor: 'eu', stance: 'emphasis', text: 'The EU underlined the threat of violent extremism.' },
      ],
      subtopics: [
        {
          title: 'Information sharing',
          topic: 'information-sharing',
          statements: [
            { actor: 'us', stance: 'information', text: 'The US informed on fingerprint data for Europol.' },
          ],
        },
      ],
    },
    { title: 'Hybrid threats', topic: 'x-hybrid-threats', statements: [] },
  ],
});

describe('collectTopicUnits', () => {
  const units = collectTopicUnits(doc);
  it('makes a unit per section topic and per sub-topic topic, in document order', () => {
    expect(units.map((u) => u.topicId)).toEqual([
      'counter-terrorism',
      'information-sharing',
      'x-hybrid-threats',
    ]);
  });
  it('gives each statement to its most specific topic', () => {
    expect(units[0]!.statements.map((s) => s.id)).toEqual(['s1']);
    expect(units[1]!.statements.map((s) => s.id)).toEqual(['s2']);
    expect(units[1]!.subtopicIds).toEqual(['sec-1-sub-1']);
    expect(units[1]!.sectionIds).toEqual([]);
  });
  it('keeps heading titles with spans that slice the text', () => {
    const title = units[1]!.titles[0]!;
    expect(doc.source.text.slice(title.span!.start, title.span!.end)).toBe('Information sharing');
  });
  it('marks derived ids as derived and reads the body when a topic has no statements', () => {
    expect(units[2]!.derived).toBe(true);
    expect(units[0]!.derived).toBe(false);
    expect(units[2]!.tokens).toContain('hybrid');
  });
  it('merges sections that share a topic id into one unit', () => {
    const twice = buildDocument({
      id: 'twice',
      startDate: null,
      sections: [
        { title: 'Visa reciprocity', topic: 'visa-reciprocity', statements: [] },
        { title: 'Visa Waiver Program', topic: 'visa-reciprocity', statements: [] },
      ],
    });
    const [unit] = collectTopicUnits(twice);
    expect(unit!.sectionIds).toEqual(['sec-1', 'sec-2']);
  });
  it('returns nothing for a document without sections', () => {
    expect(collectTopicUnits(buildDocument({ id: 'empty', startDate: null, sections: [] }))).toEqual([]);
  });
});
