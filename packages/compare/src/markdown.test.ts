import { describe, expect, it } from 'vitest';
import { compareMeetings } from './compare-meetings.js';
import { escapeMarkdown, renderRedline, toMarkdown } from './markdown.js';
import { buildDocument } from './test-support/build-document.js';
import { buildAutumnMeeting, buildSpringMeeting } from './test-support/sample-meetings.js';
import { topicTimeline } from './timeline.js';

describe('toMarkdown of a MeetingDiff', () => {
  const md = toMarkdown(compareMeetings(buildSpringMeeting(), buildAutumnMeeting()));
  const lines = md.trim().split('\n');
  it('puts the marking first and last', () => {
    expect(lines[0]).toBe('**LIMITE**');
    expect(lines[lines.length - 1]).toMatch(/^\*\*LIMITE\*\* — /);
  });
  it('has headlines and a section per topic', () => {
    expect(md).toContain('## Headlines');
    expect(md).toContain('- The US moved from information to concern on visa reciprocity.');
    expect(md).toMatch(/### Hybrid threats at the borders — added/);
  });
  it('renders redlines with struck deletions and bold insertions', () => {
    expect(md).toContain('~~283~~**300**');
  });
  it('says so when the documents carry no marking', () => {
    const a = buildDocument({ id: 'a', startDate: null, classification: null, sections: [] });
    expect(toMarkdown(compareMeetings(a, a)).split('\n')[0]).toBe(
      '_No marking recorded on the source documents._',
    );
  });
});

describe('toMarkdown of a TopicTimeline', () => {
  const md = toMarkdown(topicTimeline([buildSpringMeeting(), buildAutumnMeeting()], 'visa-reciprocity'));
  it('puts the marking first and last and has a row per meeting', () => {
    const lines = md.trim().split('\n');
    expect(lines[0]).toBe('**LIMITE**');
    expect(lines[lines.length - 1]).toMatch(/^\*\*LIMITE\*\*/);
    expect(md).toContain('| Meeting | On the agenda | Positions |');
    expect(md.match(/^\| EU-US Senior Officials Meeting/gm)).toHaveLength(2);
  });
});

describe('escapeMarkdown and renderRedline', () => {
  it('escapes formatting characters in record text', () => {
    expect(escapeMarkdown('*Security threats* | _x_ [1]')).toBe('\\*Security threats\\* \\| \\_x\\_ \\[1\\]');
  });
  it('keeps spaces outside the markers', () => {
    expect(
      renderRedline([
        { op: 'equal', text: 'over' },
        { op: 'delete', text: ' 283 ' },
        { op: 'insert', text: '300' },
      ]),
    ).toBe('over ~~283~~ **300**');
  });
});
