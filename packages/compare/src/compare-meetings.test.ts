import { describe, expect, it } from 'vitest';
import { compareMeetings } from './compare-meetings.js';
import { MeetingDiffSchema } from './schema/meeting-diff.js';
import { buildDocument } from './test-support/build-document.js';
import { buildAutumnMeeting, buildSpringMeeting } from './test-support/sample-meetings.js';

const spring = buildSpringMeeting();
const autumn = buildAutumnMeeting();
const diff = compareMeetings(spring, autumn);
const topic = (id: string) => diff.topics.find((t) => t.topic.id === id)!;

describe('compareMeetings on two illustrative meetings', () => {
  it('validates against MeetingDiffSchema', () => {
    expect(() => MeetingDiffSchema.parse(diff)).not.toThrow();
  });
  it('names both documents with marking and hash', () => {
    expect(diff.base).toMatchObject({
      id: spring.id,
      classification: 'LIMITE',
      sha256: spring.source.sha256,
    });
    expect(diff.target.meeting.city).toBe('Washington');
    expect(diff.markings).toEqual(['LIMITE']);
  });
  it('finds continued, new and dropped topics, continued first', () => {
    expect(diff.topics.map((t) => [t.topic.id, t.status])).toEqual([
      ['ukraine-war', 'continued'],
      ['counter-terrorism', 'continued'],
      ['x-information-sharing', 'continued'],
      ['e-evidence', 'continued'],
      ['visa-reciprocity', 'continued'],
      ['x-hybrid-threats-at-the-borders', 'added'],
      ['mla-extradition', 'removed'],
    ]);
  });
  it('aligns a renamed canonical topic by id and a split topic as a split', () => {
    expect(topic('visa-reciprocity').alignment).toMatchObject({
      method: 'topic-id',
      score: 1,
      baseTitles: ['Update on progress towards Visa Reciprocity'],
      targetTitles: ['Visa policy'],
    });
    expect(topic('x-information-sharing').alignment).toMatchObject({
      method: 'split',
      baseTopicIds: ['counter-terrorism'],
      targetTopicIds: ['x-information-sharing'],
    });
  });
  it('gives the unmatched topics method unmatched and score 0', () => {
    expect(topic('mla-extradition').alignment).toMatchObject({ method: 'unmatched', score: 0 });
  });
  it('sees the US move from information to concern on visas, first among the bullets', () => {
    const visa = topic('visa-reciprocity');
    expect(visa.actors.find((a) => a.actor.id === 'us')).toMatchObject({
      before: ['information'],
      after: ['concern'],
      change: 'shifted',
    });
    expect(visa.summary[0]).toMatchObject({ kind: 'stance-shift', importance: 5 });
    expect(visa.summary[0]!.baseSpans[0]!.text).toContain('informed on the refusal rates');
    expect(visa.summary[0]!.targetSpans[0]!.text).toContain('warned');
  });
  it('pairs statements as unchanged, changed with a redline, added and removed', () => {
    const ukraine = topic('ukraine-war');
    expect(ukraine.statements.map((s) => s.status)).toEqual(['changed', 'unchanged', 'added']);
    const changed = ukraine.statements[0]!;
    expect(changed.redline.filter((p) => p.op !== 'equal').map((p) => p.text)).toEqual(['283', '300']);
    expect(changed.similarity).toBeGreaterThan(0.4);
    expect(changed.similarity).toBeLessThan(1);
  });
  it('reports the changed figure with both spans', () => {
    expect(topic('ukraine-war').figures).toEqual([
      expect.objectContaining({ label: 'Ukrainians', before: 283000, after: 300000, status: 'changed' }),
    ]);
  });
  it('reports a newly mentioned body', () => {
    expect(topic('ukraine-war').entities.added.map((e) => e.name)).toEqual([
      'International Centre for the Prosecution of the Crime of Aggression',
    ]);
  });
  it('lists commitments due with follow-up, in the topic they were made in', () => {
    expect(topic('e-evidence').commitmentsDue).toEqual([
      expect.objectContaining({ date: '2023-06', followedUp: true }),
    ]);
    expect(topic('visa-reciprocity').commitmentsDue).toEqual([
      expect.objectContaining({ date: '2023-06-07', followedUp: false, evidenceSpans: [] }),
    ]);
  });
  it('puts new and dropped topics and stance shifts at the top of the summary', () => {
    expect(
      diff.summary
        .slice(0, 4)
        .map((b) => b.kind)
        .sort(),
    ).toEqual(['stance-shift', 'stance-shift', 'topic-added', 'topic-removed']);
    expect(diff.stats).toMatchObject({
      topicsAdded: 1,
      topicsRemoved: 1,
      topicsContinued: 5,
      figuresChanged: 1,
      commitmentsDue: 2,
    });
  });
  it('is deterministic: same input, same JSON', () => {
    expect(JSON.stringify(compareMeetings(buildSpringMeeting(), buildAutumnMeeting()))).toBe(
      JSON.stringify(diff),
    );
  });
});

describe('compareMeetings options', () => {
  it('filters by topic, matching aligned ids too', () => {
    const d = compareMeetings(spring, autumn, { topic: 'counter-terrorism' });
    expect(d.topics.map((t) => t.topic.id)).toEqual(['counter-terrorism', 'x-information-sharing']);
    expect(d.options.topics).toEqual(['counter-terrorism']);
  });
  it('filters by actor: rows, statements and topics where the actor speaks', () => {
    const d = compareMeetings(spring, autumn, { actor: 'us' });
    for (const t of d.topics) {
      expect(t.actors.every((a) => a.actor.id === 'us')).toBe(true);
      expect(t.summary.every((b) => b.actor === null || b.actor.id === 'us')).toBe(true);
    }
    expect(d.topics.map((t) => t.topic.id)).not.toContain('mla-extradition');
  });
  it('echoes thresholds with defaults filled in', () => {
    const d = compareMeetings(spring, autumn, { thresholds: { statementPair: 0.9 } });
    expect(d.options.thresholds.statementPair).toBe(0.9);
    expect(d.options.thresholds.moved).toBe(0.7);
    const statuses = d.topics.find((t) => t.topic.id === 'ukraine-war')!.statements.map((s) => s.status);
    expect(statuses.sort()).toEqual(['added', 'added', 'removed', 'unchanged']);
  });
});

describe('compareMeetings moved statements', () => {
  it('marks a statement said under another topic as moved on both sides', () => {
    const text = 'The US delegation asked for support for a global coalition on synthetic drugs.';
    const base = buildDocument({
      id: 'mb',
      startDate: '2023-03-01',
      sections: [
        { title: 'Drugs', topic: 'drugs', statements: [{ actor: 'us', stance: 'request', text }] },
        {
          title: 'Organised crime',
          topic: 'organised-crime',
          statements: [{ actor: 'eu', stance: 'information', text: 'The EU presented EMPACT.' }],
        },
      ],
    });
    const target = buildDocument({
      id: 'mt',
      startDate: '2023-10-01',
      sections: [
        {
          title: 'Drugs',
          topic: 'drugs',
          statements: [{ actor: 'eu', stance: 'concern', text: 'The EU warned about cocaine in ports.' }],
        },
        {
          title: 'Organised crime',
          topic: 'organised-crime',
          statements: [
            { actor: 'eu', stance: 'information', text: 'The EU presented EMPACT.' },
            { actor: 'us', stance: 'request', text },
          ],
        },
      ],
    });
    const d = compareMeetings(base, target);
    const drugs = d.topics.find((t) => t.topic.id === 'drugs')!;
    const oc = d.topics.find((t) => t.topic.id === 'organised-crime')!;
    expect(drugs.statements.find((s) => s.status === 'moved')).toMatchObject({
      movedTo: 'organised-crime',
      similarity: 1,
    });
    expect(oc.statements.find((s) => s.status === 'moved')).toMatchObject({ movedFrom: 'drugs' });
    expect(d.stats.statementsMoved).toBe(1);
  });
});
