import { describe, expect, it } from 'vitest';
import { findDocumentNumber, readDocumentNumber, readRevisionLine } from './header-number.js';

describe('readDocumentNumber', () => {
  it('reads a plain number without revision', () => {
    expect(readDocumentNumber('7725/23')).toMatchObject({ number: '7725/23', revision: null });
  });

  it.each([
    ['10430/19 REV 1', 'REV 1'],
    ['10430/19 REV1', 'REV 1'],
    ['10430/19  REV  2', 'REV 2'],
    ['10430/19 ADD 1', 'ADD 1'],
    ['10430/19 COR 1', 'COR 1'],
    ['9531/1/14 REV 1', 'REV 1'],
    ['10430/19 REV 1 ADD 1', 'REV 1'],
  ])('writes the revision of "%s" with a single space', (line, revision) => {
    expect(readDocumentNumber(line)?.revision).toBe(revision);
  });

  it('reads the register form with and without revision', () => {
    expect(readDocumentNumber('ST 12385 2016 INIT')).toMatchObject({ number: '12385/16', revision: null });
    expect(readDocumentNumber('ST 7163 2017 REV 1')).toMatchObject({ number: '7163/17', revision: 'REV 1' });
    expect(readDocumentNumber('ST 7163 2017 ADD1')?.revision).toBe('ADD 1');
  });

  it('gives the offsets of the number as written on the line', () => {
    const line = '  10430/19 REV 1';
    const found = readDocumentNumber(line);
    expect(found && line.slice(found.start, found.end)).toBe('10430/19');
  });

  it('does not read a date, a reference or prose as a number', () => {
    expect(readDocumentNumber('Brussels, 14 December 2016')).toBeNull();
    expect(readDocumentNumber('Council Decision 2023/12 of 5 May')).toBeNull();
    expect(readDocumentNumber('10430/19 was discussed')).toBeNull();
  });
});

describe('readDocumentNumber: lines it skips by their first character', () => {
  it('still reads a number after leading white space of any kind', () => {
    for (const space of [' ', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff'])
      expect(readDocumentNumber(`${space}7725/23`)?.number).toBe('7725/23');
  });

  it('reads nothing from a line starting with another character', () => {
    for (const line of [
      'A 7725/23',
      '(7725/23)',
      'x7725/23',
      'é 7725/23',
      'SST 7725 2023 INIT',
      'Subject: 7725/23',
    ])
      expect(readDocumentNumber(line)).toBeNull();
  });
});

describe('findDocumentNumber', () => {
  it('finds the number among the first lines of the cover page', () => {
    expect(findDocumentNumber(['Council of the European Union', '', '10430/19 REV 1', 'LIMITE'])).toBe(
      '10430/19',
    );
  });
});

describe('readRevisionLine', () => {
  it('reads a line that is only a revision mark, and nothing else', () => {
    expect(readRevisionLine('REV 1')).toBe('REV 1');
    expect(readRevisionLine('ADD1')).toBe('ADD 1');
    expect(readRevisionLine('REV 2 ADD 1')).toBe('REV 2');
    for (const line of ['REV', 'REVIEW 1', 'JAI 345', 'REV 1 JAI 3', ''])
      expect(readRevisionLine(line)).toBeNull();
  });
});
