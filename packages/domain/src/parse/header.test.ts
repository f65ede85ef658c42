import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitBlocks } from './blocks.js';
import { isCodesLine, readHeader } from './header.js';
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

  it('reads a revision written on its own line under the number', () => {
    const r = read(
      'Brussels, 24 March 2017\n(OR. en)\n7163/1/17\nREV 1\nLIMITE\nJAIEX 23\nSubject: Outcome\n',
    );
    expect([r.meta.documentNumber, r.meta.revision]).toEqual(['7163/1/17', 'REV 1']);
    expect(r.text.slice(r.meta.spans.revision!.start, r.meta.spans.revision!.end)).toBe('REV 1');
    expect(r.meta.subjectCodes.map((c) => c.code)).toEqual(['JAIEX']);
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

describe('readHeader, lines read by hand', () => {
  /** A text of header lines, one header block per line (no normalisation). */
  function readLines(lines: string[]) {
    const text = lines.join('\n');
    const blocks = [];
    let at = 0;
    for (const line of lines) {
      blocks.push({ span: { start: at, end: at + line.length }, kind: 'header' as const, number: null });
      at += line.length + 1;
    }
    return { text, ...readHeader(text, blocks) };
  }

  it('leaves out words that are not subject codes and keeps a code without a number', () => {
    const r = readLines(['REV 1 JAI 3', 'CT COPEN 12', 'COPEN 12 CT']);
    expect(r.meta.subjectCodes).toEqual([
      { code: 'JAI', number: 3 },
      { code: 'CT', number: null },
      { code: 'COPEN', number: 12 },
    ]);
    const slice = (k: string) => r.text.slice(r.meta.spans[k]?.start, r.meta.spans[k]?.end);
    expect([slice('subjectCodes.0'), slice('subjectCodes.1'), slice('subjectCodes.2')]).toEqual([
      'JAI 3',
      'CT',
      'COPEN 12',
    ]);
  });

  it('keys the spans of many subject codes by their position', () => {
    const codes = Array.from({ length: 70 }, (_, i) => `CODE ${i + 1}`);
    const r = readLines(codes);
    expect(r.meta.subjectCodes).toHaveLength(70);
    expect(Object.keys(r.meta.spans).at(-1)).toBe('subjectCodes.69');
    const span = r.meta.spans['subjectCodes.69'];
    expect(r.text.slice(span?.start, span?.end)).toBe('CODE 70');
  });

  it('reads a document number after leading white space, and none from a line of other words', () => {
    const r = readLines(['\u00a07725/23', 'Subject: Outcome']);
    expect(r.meta.documentNumber).toBe('7725/23');
    const span = r.meta.spans.documentNumber;
    expect(r.text.slice(span?.start, span?.end)).toBe('7725/23');
    expect(readLines(['Note 7725/23', 'Subject: Outcome']).meta.documentNumber).toBeNull();
  });

  it('recognises a joint statement title in any case, and one "following" a meeting', () => {
    expect(readLines(['JOINT EU-U.S. STATEMENT ON JUSTICE']).jointTitle?.text).toBe(
      'JOINT EU-U.S. STATEMENT ON JUSTICE',
    );
    expect(readLines(['EU-US Statement Following the Ministerial']).jointTitle?.text).toBe(
      'EU-US Statement Following the Ministerial',
    );
    expect(readLines(['Joint Research Centre']).jointTitle).toBeNull();
    expect(readLines(['Statement of the Presidency']).jointTitle).toBeNull();
  });

  it('reads the document type only as a whole line, curly or straight quotes', () => {
    expect(readLines(['“I” ITEM NOTE']).meta.documentType).toBe('“I” ITEM NOTE');
    expect(readLines(['"I” ITEM NOTE']).meta.documentType).toBe('"I” ITEM NOTE');
    expect(readLines(['NOTE BY THE PRESIDENCY']).meta.documentType).toBeNull();
  });

  it('reads "(OR. en)" only with its bracket and full stop', () => {
    expect(readLines(['Brussels, 2 March 2017 (OR. fr)']).meta.language).toBe('fr');
    expect(readLines(['OR. en']).meta.language).toBeNull();
  });
});

describe('isCodesLine', () => {
  const CODES_LINE = /^(?:[A-Z]{2,12}(?: \d{1,4})?)(?: [A-Z]{2,12} \d{1,4})*$/;

  it('accepts codes each followed by a number, the first one maybe without', () => {
    expect(isCodesLine('JAIEX 14 JAI 345 USA 24')).toBe(true);
    expect(isCodesLine('LIMITE')).toBe(true);
    expect(isCodesLine('CT COPEN 12')).toBe(true);
  });

  it('refuses other lines: a code without its number after the first, long codes or numbers, odd spacing', () => {
    for (const line of [
      'COPEN 12 CT',
      'JAIEX 12345',
      'ABCDEFGHIJKLM 1',
      'J 1',
      'JAI  345',
      ' JAI',
      'JAI ',
      '',
      '14',
      'Jai 3',
    ])
      expect(isCodesLine(line), line).toBe(false);
  });

  it('agrees with the pattern on any run of codes, numbers and spaces', () => {
    const token = fc.constantFrom(
      'JAI',
      'AB',
      'A',
      'ABCDEFGHIJKL',
      'ABCDEFGHIJKLM',
      '1',
      '1234',
      '12345',
      'J1',
      'Ja',
      'É',
      '',
    );
    const line = fc
      .array(fc.tuple(token, fc.constantFrom(' ', ' ', '  ', '\t', '')), { maxLength: 8 })
      .map((parts) => parts.map(([t, gap]) => t + gap).join(''));
    fc.assert(
      fc.property(line, (l) => isCodesLine(l) === CODES_LINE.test(l)),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(line, (l) => isCodesLine(l.trimEnd()) === CODES_LINE.test(l.trimEnd())),
      { numRuns: 3000 },
    );
  });
});
