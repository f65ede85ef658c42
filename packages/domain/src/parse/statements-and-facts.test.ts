import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Section } from '../schema/section.js';
import type { TopicRef } from '../schema/topic.js';
import { extractStatementsAndFacts } from './statements-and-facts.js';
import type { Block } from './types.js';

const REFERENCE = readFileSync(
  new URL('../../../../fixtures/2023-03-som-stockholm.txt', import.meta.url),
  'utf8',
);

function topic(id: string): TopicRef {
  return { id, label: id, confidence: 1, matchedBy: 'derived' };
}

/**
 * A simple stand-in for the structure pass (built here so these passes are tested on their own):
 * one block per line, "N. Title" / "Summary" / "ANNEX" lines are headings, `*phrases*` sub-topics.
 */
function structure(text: string, from = 'Summary'): { blocks: Block[]; sections: Section[] } {
  const blocks: Block[] = [];
  const sections: Section[] = [];
  let started = false;
  for (const m of text.matchAll(/[^\n]+/g)) {
    const line = m[0];
    const span = { start: m.index, end: m.index + line.length };
    if (line === from) started = true;
    if (!started) continue;
    const h = /^(\d+)\. (.*)$/.exec(line);
    if (h !== null || line === 'Summary' || line === 'ANNEX') {
      blocks.push({ span, kind: line === 'ANNEX' ? 'annex' : 'heading', number: h?.[1] ?? null });
      const titleStart = span.start + (h ? (h[1] as string).length + 2 : 0);
      sections.push({
        id: `sec-${sections.length + 1}`,
        number: h?.[1] ?? null,
        title: h?.[2] ?? line,
        level: 1,
        parentId: null,
        kind: line === 'ANNEX' ? 'annex' : line === 'Summary' ? 'summary' : 'agenda-item',
        topic: topic(`topic-${sections.length + 1}`),
        span: { ...span },
        titleSpan: { start: titleStart, end: span.end },
        subtopics: [],
      });
      continue;
    }
    const section = sections[sections.length - 1];
    blocks.push({ span, kind: section?.kind === 'annex' ? 'annex' : 'paragraph', number: null });
    if (section === undefined) continue;
    section.span.end = span.end;
    for (const a of line.matchAll(/\*([^*]+)\*/g)) {
      const at = m.index + a.index;
      const previous = section.subtopics[section.subtopics.length - 1];
      if (previous) previous.bodySpan.end = at;
      const title = a[1] as string;
      section.subtopics.push({
        id: `${section.id}-st${section.subtopics.length + 1}`,
        title,
        topic: topic(`sub-${title.slice(0, 12)}`),
        span: { start: at + 1, end: at + 1 + title.length },
        bodySpan: { start: at, end: Number.MAX_SAFE_INTEGER },
      });
    }
  }
  for (const s of sections)
    for (const st of s.subtopics) st.bodySpan.end = Math.min(st.bodySpan.end, s.span.end);
  return { blocks, sections };
}

const ctx = { defaultYear: 2023, meetingDate: '2023-03-16' };

describe('extractStatementsAndFacts on the reference record', () => {
  const { blocks, sections } = structure(REFERENCE);
  const out = extractStatementsAndFacts({ text: REFERENCE, blocks, sections, ctx });
  const byStart = (prefix: string) => out.statements.find((s) => s.text.startsWith(prefix));

  it('gives every statement, mention, verb, date and figure a span that slices to its text', () => {
    expect(out.statements.length).toBeGreaterThan(60);
    for (const s of out.statements) {
      expect(REFERENCE.slice(s.span.start, s.span.end)).toBe(s.text);
      if (s.actor.mentionSpan)
        expect(REFERENCE.slice(s.actor.mentionSpan.start, s.actor.mentionSpan.end)).toBe(s.actor.mention);
      for (const d of [...s.dates, ...s.figures])
        expect(REFERENCE.slice(d.span.start, d.span.end)).toBe(d.text);
      for (const f of s.figures) expect(f.span.start >= s.span.start && f.span.end <= s.span.end).toBe(true);
    }
    expect(out.statements.map((s) => s.id)).toEqual(out.statements.map((_, k) => `s${k + 1}`));
  });

  it('never reads a heading as a statement', () => {
    expect(out.statements.some((s) => s.text.startsWith('Counter-Terrorism and Information Sharing'))).toBe(
      false,
    );
  });

  it('places statements in their section and sub-topic', () => {
    const s = byStart('Discussing *Support to people fleeing')!;
    expect(s.sectionId).toBe('sec-2');
    expect(s.subtopic).toBe('Support to people fleeing the war in Ukraine');
    expect(s.topicId).toBe('sub-Support to p');
    expect(byStart('The Parties welcomed the resumption')!.topicId).toBe('topic-4');
  });

  it('reads the genre phrasings of the record', () => {
    const pick = (prefix: string) => {
      const s = byStart(prefix)!;
      return [s.actor.id, s.verb, s.stance];
    };
    expect(pick('The Swedish Presidency confirmed')).toEqual(['presidency', 'confirm', 'information']);
    expect(pick('It confirmed that the EMPACT')).toEqual(['eu', 'confirm', 'information']);
    expect(pick('The EU’s conviction')).toEqual(['us', 'echo', 'agreement']);
    expect(pick('Beyond encryption')).toEqual(['us', 'identify', 'information']);
    expect(pick('Both sides agreed to continue')).toEqual(['both', 'agree to', 'commitment']);
    expect(pick('The incoming Spanish Presidency')).toEqual([
      'incoming-presidency',
      'present',
      'information',
    ]);
  });

  it('attaches facts to the statement they fall in, and lists all figures with their statement', () => {
    const admitted = byStart('The US has admitted')!;
    expect(admitted.figures.map((f) => [f.value, f.unit, f.qualifier])).toEqual([
      [283000, 'Ukrainians', 'over'],
    ]);
    expect(out.figures.map((f) => [f.value, f.per, f.statementId])).toEqual([
      [283000, null, admitted.id],
      [3000, 'week', byStart("The 'United for Ukraine'")!.id],
    ]);
    expect(byStart('On *Accountability')!.dates.map((d) => d.value)).toEqual(['2023-03-03']);
    expect(byStart('The EU delegation reiterated')!.entities).toEqual([
      'budapest-convention',
      'budapest-second-protocol',
    ]);
  });

  it('lists entities once per id with all their spans', () => {
    const europol = out.entities.find((e) => e.id === 'europol')!;
    expect(europol.spans.length).toBeGreaterThanOrEqual(3);
    expect(new Set(out.entities.map((e) => e.id)).size).toBe(out.entities.length);
  });

  it('reads the next steps with date and place', () => {
    expect(out.commitments.map((c) => [c.date, c.place])).toEqual([
      ['2023-06-21', 'Stockholm'],
      ['2023-06', 'Washington, DC'],
      ['2023-06', null],
      ['2023-07', null],
      [null, null],
      [null, null],
      ['2023-06-07', 'Washington, DC'],
    ]);
    for (const c of out.commitments) expect(REFERENCE.slice(c.span.start, c.span.end)).toBe(c.text);
  });

  it('warns once for the pronoun it cannot resolve, and not for unattributed sentences of attributed sections', () => {
    expect(out.warnings.map((w) => w.code)).toEqual(['unresolved-pronoun']);
  });
});

describe('extractStatementsAndFacts', () => {
  it('reads no statements from an annex section', () => {
    const text =
      'Summary\nThe US delegation welcomed the meeting.\nANNEX\nEuropol welcomed the participants.';
    const { blocks, sections } = structure(text);
    const out = extractStatementsAndFacts({ text, blocks, sections, ctx });
    expect(out.statements.map((s) => s.text)).toEqual(['The US delegation welcomed the meeting.']);
  });

  it('reads every body block with sectionId null when there are no sections', () => {
    const text = 'The US delegation warned.\nIt asked for support.';
    const blocks: Block[] = [
      { span: { start: 0, end: 25 }, kind: 'paragraph', number: null },
      { span: { start: 26, end: text.length }, kind: 'paragraph', number: null },
    ];
    const out = extractStatementsAndFacts({ text, blocks, sections: [], ctx });
    expect(out.statements.map((s) => [s.sectionId, s.actor.id, s.verb])).toEqual([
      [null, 'us', 'warn'],
      [null, 'us', 'ask'],
    ]);
  });

  it('reads figures and dates written without a digit or a month', () => {
    const text =
      'Summary\nThe US side noted that less than three percent were refused. The EU urged both sides to conclude before the end of the year.';
    const { blocks, sections } = structure(text);
    const out = extractStatementsAndFacts({ text, blocks, sections, ctx });
    expect(out.figures.map((f) => [f.value, f.unit, f.qualifier])).toEqual([[3, 'percent', 'less than']]);
    expect(out.statements[1]!.dates.map((d) => d.value)).toEqual(['2023-12']);
  });

  it('returns empty output for empty input', () => {
    expect(extractStatementsAndFacts({ text: '', blocks: [], sections: [], ctx })).toEqual({
      statements: [],
      figures: [],
      entities: [],
      commitments: [],
      warnings: [],
    });
  });

  it('never throws and keeps every span exact on arbitrary text', () => {
    const pieces = fc.constantFrom(
      'The US delegation',
      'It',
      'Its',
      'the EU side',
      ' welcomed',
      ' agreed to hold',
      ', whereas ',
      ' on 7 June',
      ' over 283,000',
      ' e.g.',
      '. ',
      '*',
      ' (',
      ')',
      '\n',
      ' U.S.',
      ' 2023',
      ' by the Commission',
    );
    const texts = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.array(pieces, { maxLength: 30 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const blocks: Block[] = [{ span: { start: 0, end: text.length }, kind: 'paragraph', number: null }];
        const out = extractStatementsAndFacts({
          text,
          blocks,
          sections: [],
          ctx: { defaultYear: null, meetingDate: null },
        });
        for (const s of out.statements) {
          expect(text.slice(s.span.start, s.span.end)).toBe(s.text);
          if (s.verbSpan) expect(s.verbSpan.start >= s.span.start && s.verbSpan.end <= s.span.end).toBe(true);
        }
        for (const f of out.figures) expect(text.slice(f.span.start, f.span.end)).toBe(f.text);
        for (const e of out.entities)
          for (const sp of e.spans) expect(sp.end).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 300 },
    );
  });
});
