import { describe, expect, it } from 'vitest';
import { splitBlocks } from './blocks.js';
import { readHeader } from './header.js';
import { normaliseText } from './normalise.js';

function read(raw: string) {
  const text = normaliseText(raw).text;
  const result = readHeader(text, splitBlocks(text));
  return { text, ...result };
}

describe('readHeader', () => {
  it('reads the cover page fields with spans that slice to them', () => {
    const r = read(
      'Brussels, 24 March 2023\n(OR. en)\n\n7725/23\n\nLIMITE\n\nJAIEX 14\nJAI 345\n\nOUTCOME OF PROCEEDINGS\n\nFrom: General Secretariat of the Council\nTo: Delegations\nSubject: Outcome of proceedings of the EU-US Senior Officials Meeting (Stockholm, 16-17 March 2023)\n\nSummary\n',
    );
    const m = r.meta;
    expect(m).toMatchObject({
      documentNumber: '7725/23',
      issuedOn: '2023-03-24',
      issuedAt: 'Brussels',
      language: 'en',
      classification: 'LIMITE',
      documentType: 'OUTCOME OF PROCEEDINGS',
      from: 'General Secretariat of the Council',
      to: 'Delegations',
      subjectCodes: [
        { code: 'JAIEX', number: 14 },
        { code: 'JAI', number: 345 },
      ],
    });
    const slice = (k: string) => r.text.slice(m.spans[k]?.start, m.spans[k]?.end);
    expect(slice('documentNumber')).toBe('7725/23');
    expect(slice('issuedOn')).toBe('24 March 2023');
    expect(slice('subject')).toBe(m.subject);
    expect(slice('subjectCodes.1')).toBe('JAI 345');
    expect(r.warnings).toEqual([]);
  });

  it('leaves a footnote call glued after the closing bracket out of the subject', () => {
    for (const marker of [' 1', '1', '¹', ' 12']) {
      const r = read(
        `7725/23\n\nOUTCOME OF PROCEEDINGS\n\nFrom: General Secretariat of the Council\nTo: Delegations\nSubject: Outcome of proceedings of the EU-US Senior Officials Meeting (Budapest, 13-14 November 2024)${marker}\n\nSummary\n`,
      );
      expect(r.meta.subject).toBe(
        'Outcome of proceedings of the EU-US Senior Officials Meeting (Budapest, 13-14 November 2024)',
      );
      const span = r.meta.spans.subject;
      expect(r.text.slice(span?.start, span?.end)).toBe(r.meta.subject);
    }
  });

  it('keeps a number that is part of the subject (not after a closing bracket)', () => {
    const r = read(
      '7725/23\n\nFrom: General Secretariat of the Council\nTo: Delegations\nSubject: Draft Council Decision 2023/12\n\nSummary\n',
    );
    expect(r.meta.subject).toBe('Draft Council Decision 2023/12');
  });

  it('reads subject codes run together on one line and a register number with REV', () => {
    const r = read(
      'Brussels, 2 March 2017\nST 7163 2017 REV 1\nLIMITE\nJAIEX 14 JAI 345 USA 24\nSubject: Outcome\n',
    );
    expect(r.meta.documentNumber).toBe('7163/17');
    expect(r.meta.revision).toBe('REV 1');
    expect(r.meta.subjectCodes.map((c) => `${c.code} ${c.number}`)).toEqual([
      'JAIEX 14',
      'JAI 345',
      'USA 24',
    ]);
  });

  it('reads From/To/Subject written on separate lines from their values', () => {
    const r = read(
      'Brussels, 2 March 2017\n7163/17\nFrom:\nGeneral Secretariat of the Council\nTo:\nDelegations\nSubject:\nOutcome of the meeting\n\n1. Visa\n',
    );
    expect([r.meta.from, r.meta.to, r.meta.subject]).toEqual([
      'General Secretariat of the Council',
      'Delegations',
      'Outcome of the meeting',
    ]);
  });

  it('recognises a joint statement: no LIMITE, no number, no warnings about them', () => {
    const r = read(
      'Joint EU-U.S. statement following the EU-U.S. Justice and Home Affairs Ministerial Meeting\n\nWashington D.C., 15 December 2022\n\n1. The United States and the European Union met.',
    );
    expect(r.jointTitle?.text).toMatch(/^Joint EU-U.S. statement/);
    expect(r.placeDate?.text).toBe('Washington D.C., 15 December 2022');
    expect(r.meta.classification).toBeNull();
    expect(r.meta.documentNumber).toBeNull();
    expect(r.warnings).toEqual([]);
  });

  it('reads a joint statement whose place is written "Washington, D.C." and whose title block holds an aside line', () => {
    const r = read(
      'Joint EU-U.S. statement following the EU-U.S. Justice and Home Affairs Ministerial Meeting\nPress release\nWashington, D.C., 15 December 2022\n1. The United States and the European Union met.',
    );
    expect(r.jointTitle?.text).toMatch(/^Joint EU-U.S. statement/);
    expect(r.placeDate?.text).toBe('Washington, D.C., 15 December 2022');
  });

  it('warns when a record has no number, date or subject', () => {
    const r = read('Summary\n\nThe US side warned.');
    expect(r.warnings.map((w) => w.code)).toEqual(['no-document-number', 'no-issue-date', 'no-subject']);
  });
});
