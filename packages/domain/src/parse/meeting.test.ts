import { describe, expect, it } from 'vitest';
import { splitBlocks } from './blocks.js';
import { readHeader } from './header.js';
import { findBodyBounds, readMeeting } from './meeting.js';
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

  it("takes a joint statement's meeting days from its opening sentence when they end by its dateline", () => {
    const head =
      'Joint EU-U.S. statement following the EU-U.S. Justice and Home Affairs Ministerial Meeting\n\nBrussels, 13 December 2024\n\n';
    const r = meet(
      `${head}The European Union and the United States held their Justice and Home Affairs Ministerial Meeting in Brussels on 12-13 December 2024.`,
    );
    expect([r.meeting.city, r.meeting.startDate, r.meeting.endDate]).toEqual([
      'Brussels',
      '2024-12-12',
      '2024-12-13',
    ]);
    expect(r.text.slice(r.meeting.spans.dates!.start, r.meeting.spans.dates!.end)).toBe(
      '12-13 December 2024',
    );
    // days after the dateline are not the meeting's (a next meeting announced in the opening)
    const later = meet(`${head}The two sides met in Brussels on 14 January 2025.`);
    expect([later.meeting.startDate, later.meeting.endDate]).toEqual(['2024-12-13', '2024-12-13']);
  });

  it('reads "U.S.-EU Joint Statement" as ministerial and a date line in parentheses in the body', () => {
    const r = meet(
      'U.S.-EU Joint Statement Following the U.S.-EU Ministerial on Justice and Home Affairs\n\n(Stockholm, 21 June 2023)\n\nThe two sides met.',
    );
    expect(r.meeting.kind).toBe('ministerial');
    expect(r.meeting.startDate).toBe('2023-06-21');
    expect(r.meeting.city).toBe('Stockholm');
  });

  it('reads "JHA SOM" as a Senior Officials Meeting and names a videoconference in the id', () => {
    const som = meet(
      'Brussels, 10 February 2020\nSubject: EU-U.S. JHA SOM, Zagreb, 4-5 February 2020\n\n1. Introduction\n',
    );
    expect([som.meeting.kind, som.id]).toEqual(['senior-officials', 'som-2020-02-04-zagreb']);
    const remote = meet(
      'Brussels, 4 December 2020\nSubject: EU-US JHA Ministerial meeting via videoconference, 2 December 2020\n\n1. Introduction\n',
    );
    expect([remote.meeting.kind, remote.meeting.city, remote.id]).toEqual([
      'ministerial',
      null,
      'ministerial-2020-12-02-videoconference',
    ]);
  });

  it('leaves a trailing "- Outcome" out of the title', () => {
    const r = meet(
      'Brussels, 5 July 2016\nSubject: EU-US JHA Senior Officials Meeting, Amsterdam, 2-3 June 2016 - Outcome\n\n1. Introduction\n',
    );
    expect([r.meeting.title, r.meeting.city, r.meeting.startDate]).toEqual([
      'EU-US JHA Senior Officials Meeting',
      'Amsterdam',
      '2016-06-02',
    ]);
  });

  it('leaves a trailing "- Place, date" out of the title', () => {
    const r = meet(
      'Brussels, 20 December 2019\nSubject: EU-US JHA Senior Officials Meeting - Helsinki, 3-4 December 2019\n\n1. Introduction\n',
    );
    expect([r.meeting.title, r.meeting.city, r.meeting.startDate, r.meeting.endDate]).toEqual([
      'EU-US JHA Senior Officials Meeting',
      'Helsinki',
      '2019-12-03',
      '2019-12-04',
    ]);
  });

  it.each([
    ['EU-U.S. JHA SOM held in Lisbon on 20-21 May 2021', 'EU-U.S. JHA SOM', 'Lisbon', '2021-05-20'],
    ['EU-US JHA SOM in Washington, D.C. on 20-21 May 2021', 'EU-US JHA SOM', 'Washington D.C.', '2021-05-20'],
    [
      'EU-US Senior Officials Meeting on JHA, 14 and 15 March 2024, Brussels',
      'EU-US Senior Officials Meeting on JHA',
      'Brussels',
      '2024-03-14',
    ],
    ['EU-US JHA SOM (Frankfurt am Main, 2 May 2021)', 'EU-US JHA SOM', 'Frankfurt am Main', '2021-05-02'],
    ['EU-US JHA Meeting on 20-21 May 2021', 'EU-US JHA Meeting', null, '2021-05-20'],
    [
      'EU-US Justice and Home Affairs Ministerial Meeting, 22-23 June 2022 - Outcome of proceedings',
      'EU-US Justice and Home Affairs Ministerial Meeting',
      null,
      '2022-06-22',
    ],
    ['EU-US JHA Ministerial Meeting, June 22-23, 2022', 'EU-US JHA Ministerial Meeting', null, '2022-06-22'],
    [
      'EU-US JHA Ministerial Meeting - Videoconference, 22 June 2021',
      'EU-US JHA Ministerial Meeting',
      null,
      '2021-06-22',
    ],
  ])('reads title, city and date of "%s"', (subject, title, city, start) => {
    const r = meet(`Brussels, 20 December 2022\nSubject: ${subject}\n\n1. Introduction\n`);
    expect([r.meeting.title, r.meeting.city, r.meeting.startDate]).toEqual([title, city, start]);
    if (r.meeting.city !== null) expect(r.meeting.spans.city).toBeDefined();
  });

  it('falls back to a doc- id and warns without dates', () => {
    const r = meet('Some text about nothing in particular.');
    expect(r.id).toBe(`doc-${SHA.slice(0, 12)}`);
    expect(r.meeting.kind).toBe('other');
    expect(r.warnings.map((w) => w.code)).toEqual(['no-meeting-dates']);
  });
});

describe('readMeeting: records without a place-and-date line', () => {
  it('reads city, dates and the hosting Presidency from the opening sentence of a joint statement', () => {
    const r = meet(
      'Joint EU-US statement following the EU-US Justice and Home Affairs Ministerial Meeting\n\n1. On 22 June 2021, the Portuguese Presidency of the Council of the European Union hosted the EU-U.S. Ministerial Meeting on Justice and Home Affairs in Lisbon. The United States was represented by the Secretary for Homeland Security.\n\n2. The two sides concurred that cooperation remains crucial.\n',
    );
    expect(r.meeting).toMatchObject({
      kind: 'ministerial',
      city: 'Lisbon',
      startDate: '2021-06-22',
      endDate: '2021-06-22',
      presidency: 'Portugal',
      incomingPresidency: 'Slovenia',
    });
    expect(r.id).toBe('ministerial-2021-06-22-lisbon');
    const at = (k: 'city' | 'dates' | 'presidency') =>
      r.text.slice(r.meeting.spans[k]?.start, r.meeting.spans[k]?.end);
    expect([at('city'), at('dates'), at('presidency')]).toEqual(['Lisbon', '22 June 2021', 'Portuguese']);
    expect(r.warnings).toEqual([]);
  });

  it('takes the Presidency from the date when the opening sentence names none', () => {
    const r = meet(
      'U.S. - EU Statement Following U.S. - EU Justice and Home Affairs Ministerial Meeting\n\nWASHINGTON – On 17 November 2017, the U.S - EU Ministerial Meeting on Justice and Home Affairs took place in Washington, D.C. The meeting reaffirmed the partnership.\n',
    );
    expect(r.meeting).toMatchObject({
      city: 'Washington D.C.',
      startDate: '2017-11-17',
      presidency: 'Estonia',
    });
    expect(r.id).toBe('ministerial-2017-11-17-washington-dc');
    expect(r.text.slice(r.meeting.spans.city?.start, r.meeting.spans.city?.end)).toBe('Washington, D.C.');
  });

  it('prefers the place-and-date line to the opening sentence', () => {
    const r = meet(
      'Joint EU-U.S. statement following the EU-U.S. Justice and Home Affairs Ministerial Meeting\n\nStockholm, 21 June 2023\n\n1. The Ministerial Meeting was held in Lund on 22 June 2023.\n',
    );
    expect(r.meeting).toMatchObject({ city: 'Stockholm', startDate: '2023-06-21' });
  });

  it('reads "Washington, D.C., <date>" in a Subject as the city Washington D.C.', () => {
    const r = meet(
      'Brussels, 20 December 2022\n16000/22\nSubject: Outcome of proceedings of the EU-US Justice and Home Affairs Ministerial Meeting, Washington, D.C., 15 December 2022\n\n1. The two sides met.',
    );
    expect(r.meeting.city).toBe('Washington D.C.');
    expect(r.text.slice(r.meeting.spans.city?.start, r.meeting.spans.city?.end)).toBe('Washington, D.C.');
    expect(r.id).toBe('ministerial-2022-12-15-washington-dc');
  });

  it('keeps the city and warns when the opening sentence gives no year', () => {
    const r = meet(
      'U.S.-EU Joint Statement Following the U.S.-EU Ministerial on Justice and Home Affairs\n\nOn 13 and 14 November, the U.S.-EU Ministerial Meeting on Justice and Home Affairs took place in Washington, D.C. The United States was represented by the Attorney General.\n',
    );
    expect(r.meeting).toMatchObject({ city: 'Washington D.C.', startDate: null, presidency: null });
    expect(r.warnings.map((w) => w.code)).toEqual(['no-meeting-dates']);
  });
});

describe('findBodyBounds', () => {
  const block = (start: number, end: number, kind: 'header' | 'paragraph' | 'heading') => ({
    span: { start, end },
    kind,
    number: null,
  });

  it('spans the body from its first block to the end of its twelfth', () => {
    const blocks = [block(0, 5, 'header'), block(6, 9, 'header')];
    for (let i = 0; i < 15; i++)
      blocks.push(block(10 + i * 10, 18 + i * 10, i % 3 === 0 ? 'heading' : 'paragraph'));
    expect(findBodyBounds('x'.repeat(200), blocks)).toEqual({ start: 10, end: 128 });
  });

  it('ends at the last body block of a shorter body, header blocks among it left out', () => {
    const blocks = [
      block(0, 5, 'header'),
      block(6, 9, 'paragraph'),
      block(10, 12, 'header'),
      block(13, 20, 'paragraph'),
    ];
    expect(findBodyBounds('x'.repeat(30), blocks)).toEqual({ start: 6, end: 20 });
  });

  it('gives the end of the text for a text of header blocks only', () => {
    expect(findBodyBounds('x'.repeat(30), [block(0, 5, 'header')])).toEqual({ start: 30, end: 30 });
    expect(findBodyBounds('', [])).toEqual({ start: 0, end: 0 });
  });
});
