import { describe, expect, it } from 'vitest';
import { readNumber, splitBlocks, splitTrimmedLines } from './blocks.js';

function kinds(text: string) {
  return splitBlocks(text).map((b) => [text.slice(b.span.start, b.span.end), b.kind, b.number]);
}

describe('splitBlocks', () => {
  it('marks the cover page up to the Subject as header, then headings and paragraphs', () => {
    const text =
      'Brussels, 24 March 2023\n(OR. en)\n\n7725/23\n\nLIMITE\n\nJAIEX 14\n\nOUTCOME OF PROCEEDINGS\n\nFrom: GSC\nTo: Delegations\nSubject: Outcome\n\nSummary\n\nBoth sides met in Stockholm.\n\n1. Going dark\n\nThe US side warned.\n';
    expect(kinds(text)).toEqual([
      ['Brussels, 24 March 2023', 'header', null],
      ['(OR. en)', 'header', null],
      ['7725/23', 'header', null],
      ['LIMITE', 'header', null],
      ['JAIEX 14', 'header', null],
      ['OUTCOME OF PROCEEDINGS', 'header', null],
      ['From: GSC', 'header', null],
      ['To: Delegations', 'header', null],
      ['Subject: Outcome', 'header', null],
      ['Summary', 'heading', null],
      ['Both sides met in Stockholm.', 'paragraph', null],
      ['1. Going dark', 'heading', '1'],
      ['The US side warned.', 'paragraph', null],
    ]);
  });

  it('reads Roman, parenthesised, lettered and dotted numbers', () => {
    expect(
      kinds(
        'I. COUNTER-TERRORISM\n\n2) Visa policy\n\n(a) Encryption\n\nb) Data retention\n\n2.1 Europol\n',
      ).map((k) => k[2]),
    ).toEqual(['I', '2', 'a', 'b', '2.1']);
  });

  it('keeps a long numbered paragraph of a joint statement as a paragraph with its number', () => {
    const text =
      'Joint EU-U.S. statement following the EU-U.S. Justice and Home Affairs Ministerial Meeting\n\nWashington D.C., 15 December 2022\n\n1. The United States and the European Union met in Washington on 15 December 2022 to reaffirm their partnership.\n';
    expect(kinds(text)).toEqual([
      [
        'Joint EU-U.S. statement following the EU-U.S. Justice and Home Affairs Ministerial Meeting',
        'header',
        null,
      ],
      ['Washington D.C., 15 December 2022', 'header', null],
      [
        '1. The United States and the European Union met in Washington on 15 December 2022 to reaffirm their partnership.',
        'paragraph',
        '1',
      ],
    ]);
  });

  it("keeps a lettered item of a sentence's list a list item, not a sub-heading", () => {
    const text =
      'The US side outlined three priorities:\n\n(a) the ratification of the Protocol;\n\n(b) Ransomware; and\n\nb) Cybercrime\n';
    expect(kinds(text).map((k) => k[1])).toEqual(['paragraph', 'list-item', 'list-item', 'heading']);
  });

  it('marks footnotes after the rule and everything after ANNEX', () => {
    const text =
      'Summary\n\nThe Committee1 met.\n\n____\n1 The Standing Committee.\n\nANNEX\n\nList of participants\n\nEuropol\n';
    expect(kinds(text).map((k) => k[1])).toEqual([
      'heading',
      'paragraph',
      'footnote',
      'footnote',
      'heading',
      'annex',
      'annex',
    ]);
  });

  it('does not take a sentence ending with a full stop for a heading', () => {
    expect(kinds('Summary\n\nBoth sides agreed.\n')[1]?.[1]).toBe('paragraph');
  });

  it('gives no blocks for empty text', () => {
    expect(splitBlocks('')).toEqual([]);
  });
});

describe('splitTrimmedLines', () => {
  it('gives each non-blank line trimmed, with its offsets', () => {
    const text = '  Title\t\n\n\u00a0 body line \r\n \nlast';
    expect(splitTrimmedLines(text)).toEqual([
      { start: 2, end: 7, line: 'Title' },
      { start: 12, end: 21, line: 'body line' },
      { start: 26, end: 30, line: 'last' },
    ]);
  });

  it('gives nothing for blank text', () => {
    expect(splitTrimmedLines(' \n\t\n\u3000')).toEqual([]);
  });
});

describe('readNumber', () => {
  it('reads each form of heading number', () => {
    expect(['1. A', '2.1 B', 'IV. C', '(a) d', 'b) e', 'C. F', '12) G'].map(readNumber)).toEqual([
      '1',
      '2.1',
      'IV',
      'a',
      'b',
      'C',
      '12',
    ]);
  });

  it('gives null for lines that only look numbered', () => {
    expect(
      ['Introduction', 'I am here', 'a.b', '1.Going', 'Mr. Smith', '(OR. en)', ''].map(readNumber),
    ).toEqual([null, null, null, null, null, null, null]);
  });
});
