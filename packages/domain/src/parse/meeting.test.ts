import { describe, expect, it } from 'vitest';
import { splitBlocks } from './blocks.js';
import { readHeader } from './header.js';
import { readMeeting } from './meeting.js';
import { normaliseText } from './normalise.js';

const SHA = 'ab'.repeat(32);

function meet(raw: string) {
  const text = normaliseText(raw).text;
  const blocks = splitBlocks(text);
  const r = readMeeting(text, blocks, readHeader(text, blocks), SHA);
  return { text, ...r };
}

describe('readMeeting', () => {
  it('reads kind, title, city, dates, presidencies and delegations of a SOM record', () => {
    const r = meet(
      'Brussels, 24 March 2023\n7725/23\nSubject: Outcome of proceedings of the EU-US Senior Officials Meeting on Justice and Home Affairs (Stockholm, 16-17 March 2023)\n\nSummary\n\nThe US delegation comprised representatives from the Departments of Justice, Homeland Security and State. The EU delegation included representatives from the Swedish Presidency of the Council of the EU (which hosted the event), the incoming Spanish Presidency, Europol and Eurojust.\n',
    );
    expect(r.id).toBe('som-2023-03-16-stockholm');
    expect(r.meeting).toMatchObject({
      kind: 'senior-officials',
      title: 'EU-US Senior Officials Meeting on Justice and Home Affairs',
      city: 'Stockholm',
      startDate: '2023-03-16',
      endDate: '2023-03-17',
      presidency: 'Sweden',
      incomingPresidency: 'Spain',
    });
    expect(r.meeting.delegations).toEqual([
      expect.objectContaining({
        side: 'us',
        members: ['Department of Justice', 'Department of Homeland Security', 'Department of State'],
      }),
      expect.objectContaining({
        side: 'eu',
        members: [
          'Swedish Presidency of the Council of the EU',
          'incoming Spanish Presidency',
          'Europol',
          'Eurojust',
        ],
      }),
    ]);
    expect(r.text.slice(r.meeting.spans.city?.start, r.meeting.spans.city?.end)).toBe('Stockholm');
    expect(r.ctx).toEqual({ defaultYear: 2023, meetingDate: '2023-03-16', incomingPresidency: 'Spain' });
  });

  it('reads the older Subject wording with a range across two months and the Presidency from the date', () => {
    const r = meet(
      'Brussels, 9 March 2017\n7163/17\nSubject: Outcome of the EU – US Justice and Home Affairs Senior Officials Meeting, Valletta, 28 February - 1 March 2017\n\n1. Visa\n',
    );
    expect(r.meeting).toMatchObject({
      city: 'Valletta',
      startDate: '2017-02-28',
      endDate: '2017-03-01',
      presidency: 'Malta',
      incomingPresidency: 'Estonia',
    });
    expect(r.id).toBe('som-2017-02-28-valletta');
  });

  it('treats a joint statement as ministerial and reads its place-and-date line', () => {
    const r = meet(
      'Joint EU-U.S. statement following the EU-U.S. Justice and Home Affairs Ministerial Meeting\n\nWashington D.C., 15 December 2022\n\n1. The United States and the European Union met.',
    );
    expect(r.meeting).toMatchObject({
      kind: 'ministerial',
      city: 'Washington D.C.',
      startDate: '2022-12-15',
      presidency: 'Czech Republic',
    });
    expect(r.id).toBe('ministerial-2022-12-15-washington-dc');
  });

  it('reads "U.S.-EU Joint Statement" as ministerial and a date line in parentheses in the body', () => {
    const r = meet(
      'U.S.-EU Joint Statement Following the U.S.-EU Ministerial on Justice and Home Affairs\n\n(Stockholm, 21 June 2023)\n\nThe two sides met.',
    );
    expect(r.meeting.kind).toBe('ministerial');
    expect(r.meeting.startDate).toBe('2023-06-21');
    expect(r.meeting.city).toBe('Stockholm');
  });

  it('falls back to a doc- id and warns without dates', () => {
    const r = meet('Some text about nothing in particular.');
    expect(r.id).toBe(`doc-${SHA.slice(0, 12)}`);
    expect(r.meeting.kind).toBe('other');
    expect(r.warnings.map((w) => w.code)).toEqual(['no-meeting-dates']);
  });
});
