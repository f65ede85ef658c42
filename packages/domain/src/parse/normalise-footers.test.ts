import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLANK, BREAK, mayStartWithFooterToken, removeFooters } from './normalise-footers.js';

/** A line whose first token is a footer token (the pattern `mayStartWithFooterToken` stands before). */
const FOOTER_TOKEN_FIRST =
  /^(?:\d{3,5}\/(?:\d\/)?\d{2}|[A-Za-z]{1,5}\/[a-z]{1,4}|\d{1,3}|(?:DG|D|DGD?\d?[A-Z]?|\d[A-Z]|[A-Z]{2,6}\.\d{1,2}[A-Z]?|GIP|JAI|RELEX|SGS|TREE|ECOMP|COMPET)|(?:LIMITE|EN|LIMITEEN|LIMITE\/EN|ANNEX|ANNEXE|REV|ADD|COR|[IVX]{1,4}))(?: |$)/;

const PIECES = ['7163/17', '12345/1/23', 'WvdR/nc', 'PC/pf', 'abcde/fghi', 'DGD1B', 'JAI.1', 'ECOFIN.12B'];
const MORE = ['LIMITE', 'EN', 'ANNEX', 'IV', '1', '123', 'The', 'a', 'É', '/', '.', ' ', ' ', 'x', 'Q'];
const line = fc.array(fc.constantFrom(...PIECES, ...MORE), { maxLength: 6 }).map((parts) => parts.join(''));

describe('mayStartWithFooterToken', () => {
  it('holds for every line whose first token is a footer token', () => {
    fc.assert(
      fc.property(line, (l) => {
        if (FOOTER_TOKEN_FIRST.test(l)) expect(mayStartWithFooterToken(l)).toBe(true);
      }),
      { numRuns: 5000 },
    );
    for (const l of ['7163/17 DGD1B', 'WvdR/nc', 'ECOFIN.12B 2', 'LIMITE/EN', '1'])
      expect(mayStartWithFooterToken(l)).toBe(true);
  });

  it('fails on text lines, lower-case words and long first tokens', () => {
    for (const l of ['The US side', 'Eurojust', 'delegations/', 'INTRODUCTORY', 'É 1'])
      expect(mayStartWithFooterToken(l)).toBe(false);
  });
});

describe('removeFooters', () => {
  it('replaces a footer by a break and keeps blank and text lines', () => {
    const items = removeFooters(
      ['Text before', '', '7163/17 DGD1B PC/pf 2 LIMITE EN', 'text after'],
      '7163/17',
    );
    expect(items).toEqual(['Text before', BLANK, BREAK, 'text after']);
  });

  it('removes an older footer whose directorate-general is a letter alone ("DG H")', () => {
    const items = removeFooters(
      ['expected to vote in July.', '10765/10 GS/np 1', 'DG H LIMITE EN', 'Agenda item 3: Migration'],
      '10765/10',
    );
    expect(items).toEqual(['expected to vote in July.', BREAK, 'Agenda item 3: Migration']);
  });

  it('keeps a heading number standing alone (a page number without the document number)', () => {
    expect(removeFooters(['1', '', 'INTRODUCTION'], '7163/17')).toEqual(['1', BLANK, 'INTRODUCTION']);
  });
});
