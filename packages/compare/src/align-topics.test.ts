import { describe, expect, it } from 'vitest';
import { alignTopics } from './align-topics.js';
import { DEFAULT_THRESHOLDS } from './options.js';
import { buildDocument, type SectionSpec } from './test-support/build-document.js';
import { collectTopicUnits } from './topic-units.js';

const units = (sections: SectionSpec[]) =>
  collectTopicUnits(buildDocument({ id: 'd', startDate: null, sections }));
const say = (text: string) => ({ actor: 'us', stance: 'information' as const, text });
const summary = (groups: ReturnType<typeof alignTopics>) =>
  groups.map((g) => [g.base.map((u) => u.topicId), g.target.map((u) => u.topicId), g.method]);

describe('alignTopics', () => {
  it('aligns the same canonical topic id with score 1, whatever the title', () => {
    const g = alignTopics(
      units([
        { title: 'Update on progress towards Visa Reciprocity', topic: 'visa-reciprocity', statements: [] },
      ]),
      units([{ title: 'Visa Waiver Program', topic: 'visa-reciprocity', statements: [] }]),
      DEFAULT_THRESHOLDS,
    );
    expect(summary(g)).toEqual([[['visa-reciprocity'], ['visa-reciprocity'], 'topic-id']]);
    expect(g[0]!.score).toBe(1);
  });
  it('aligns derived topics by text similarity with the cosine as score', () => {
    const g = alignTopics(
      units([
        {
          title: 'Hybrid threats at the borders',
          topic: 'x-hybrid-threats-at-the-borders',
          statements: [say('Instrumentalisation of migrants at the external borders was discussed.')],
        },
      ]),
      units([
        {
          title: 'Hybrid threats',
          topic: 'x-hybrid-threats',
          statements: [say('The instrumentalisation of migrants at the borders remains a hybrid threat.')],
        },
      ]),
      DEFAULT_THRESHOLDS,
    );
    expect(summary(g)).toEqual([[['x-hybrid-threats-at-the-borders'], ['x-hybrid-threats'], 'similarity']]);
    expect(g[0]!.score).toBeGreaterThan(DEFAULT_THRESHOLDS.topicSimilarity);
    expect(g[0]!.score).toBeLessThan(1);
  });
  it('does not align two different canonical topics whose texts share little', () => {
    const g = alignTopics(
      units([{ title: 'Drugs', topic: 'drugs', statements: [say('Fentanyl precursors from abroad.')] }]),
      units([
        {
          title: 'Organised crime',
          topic: 'organised-crime',
          statements: [say('Fentanyl precursors from abroad.')],
        },
      ]),
      DEFAULT_THRESHOLDS,
    );
    expect(summary(g)).toEqual([
      [['drugs'], [], 'unmatched'],
      [[], ['organised-crime'], 'unmatched'],
    ]);
  });
  it('leaves dissimilar derived topics unmatched with score 0', () => {
    const g = alignTopics(
      units([
        {
          title: 'Hybrid threats',
          topic: 'x-hybrid',
          statements: [say('Migrants instrumentalised at borders.')],
        },
      ]),
      units([{ title: 'Space law', topic: 'x-space', statements: [say('Satellites and orbital debris.')] }]),
      DEFAULT_THRESHOLDS,
    );
    expect(g.map((x) => [x.method, x.score])).toEqual([
      ['unmatched', 0],
      ['unmatched', 0],
    ]);
  });
  it('detects one topic split into two', () => {
    const g = alignTopics(
      units([
        {
          title: 'Counter-Terrorism and Information Sharing',
          topic: 'counter-terrorism',
          statements: [
            say('Violent extremism is rising.'),
            say('Fingerprint data of suspects goes to Europol.'),
          ],
        },
      ]),
      units([
        {
          title: 'Counter-terrorism',
          topic: 'counter-terrorism',
          statements: [say('Violent extremism is rising.')],
        },
        {
          title: 'Information sharing',
          topic: 'x-information-sharing',
          statements: [say('Fingerprint data was handed to Europol.')],
        },
      ]),
      DEFAULT_THRESHOLDS,
    );
    expect(summary(g)).toEqual([
      [['counter-terrorism'], ['counter-terrorism', 'x-information-sharing'], 'split'],
    ]);
    expect(g[0]!.partScores).toHaveLength(2);
  });
  it('detects two topics merged into one', () => {
    const g = alignTopics(
      units([
        {
          title: 'Migration',
          topic: 'migration',
          statements: [say('Smuggling of migrants across the Mediterranean.')],
        },
        {
          title: 'Border screening',
          topic: 'x-border-screening',
          statements: [say('Screening of travellers at the external borders.')],
        },
      ]),
      units([
        {
          title: 'Migration and border screening',
          topic: 'migration',
          statements: [
            say('Smuggling of migrants across the Mediterranean.'),
            say('Screening of travellers at the borders.'),
          ],
        },
      ]),
      DEFAULT_THRESHOLDS,
    );
    expect(summary(g)).toEqual([[['migration', 'x-border-screening'], ['migration'], 'merge']]);
  });
  describe('split between two confidently placed topics', () => {
    // Illustrative: a joint-statement paragraph on drugs, then a meeting with two items.
    const base = (opening: string) =>
      units([
        {
          title: 'Drugs',
          topic: 'drugs',
          statements: [
            say(opening),
            say('The Global Coalition on synthetic drugs will be launched in July.'),
          ],
        },
      ]);
    const target = units([
      {
        title: 'Transnational organised crime',
        topic: 'organised-crime',
        statements: [say('Criminal networks active in ports were discussed.')],
      },
      {
        title: 'Synthetic drugs',
        topic: 'drugs',
        statements: [say('The Global Coalition on synthetic drugs was launched in July.')],
      },
    ]);
    const naming = 'Both sides discussed transnational organized crime and criminal networks in ports.';
    it('is found when a statement of the one topic names the subject of the new one', () => {
      const g = alignTopics(base(naming), target, DEFAULT_THRESHOLDS);
      expect(summary(g)).toEqual([[['drugs'], ['drugs', 'organised-crime'], 'split']]);
    });
    it('is not found when no statement names it, however close the texts', () => {
      const g = alignTopics(
        base('Both sides discussed criminal networks active in ports.'),
        target,
        DEFAULT_THRESHOLDS,
      );
      expect(summary(g)).toContainEqual([[], ['organised-crime'], 'unmatched']);
    });
    it('is not found when the texts are further apart than splitSimilarity', () => {
      const g = alignTopics(base(naming), target, { ...DEFAULT_THRESHOLDS, splitSimilarity: 0.9 });
      expect(summary(g)).toContainEqual([[], ['organised-crime'], 'unmatched']);
    });
    it('is found the other way round as a merge', () => {
      const g = alignTopics(target, base(naming), DEFAULT_THRESHOLDS);
      expect(summary(g)).toContainEqual([['drugs', 'organised-crime'], ['drugs'], 'merge']);
    });
  });
  it('returns nothing for two empty documents', () => {
    expect(alignTopics([], [], DEFAULT_THRESHOLDS)).toEqual([]);
  });
});
