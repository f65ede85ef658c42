import { readFileSync } from 'node:fs';
import fc from 'fast-check';

const REFERENCE = readFileSync(
  new URL('../../../../fixtures/2023-03-som-stockholm.txt', import.meta.url),
  'utf8',
);
const REFERENCE_LINES = REFERENCE.split('\n');

const FOOTERS = [
  '7725/23 RS/mr 3 JAI.1 LIMITE EN',
  '7725/23 DGD1B\nPC/pf\n2\nLIMITE\nEN',
  '7725/23 WvdR/nc 4 DG D LIMITEEN',
  '7725/23 ANNEX JAI.1 RS/mr 5 LIMITE EN',
];
const JUNK = [
  '\u0000',
  '\u0007',
  '\uFEFF',
  '\r\n',
  '\u00A0',
  'ﬁ',
  '____',
  '*',
  '1.',
  'a)',
  'ANNEX',
  '-\n',
  '\u000C',
];

/** The reference record with lines deleted, duplicated, swapped, and footers or junk injected. */
export const mutatedReference = fc
  .array(
    fc.oneof(
      fc.record({ op: fc.constant('delete'), at: fc.nat() }),
      fc.record({ op: fc.constant('duplicate'), at: fc.nat() }),
      fc.record({ op: fc.constant('swap'), at: fc.nat(), with: fc.nat() }),
      fc.record({ op: fc.constant('footer'), at: fc.nat(), which: fc.nat(), offset: fc.nat() }),
      fc.record({ op: fc.constant('junk'), at: fc.nat(), which: fc.nat(), offset: fc.nat() }),
    ),
    { maxLength: 8 },
  )
  .map((ops) => {
    const lines = [...REFERENCE_LINES];
    for (const op of ops) {
      const at = op.at % lines.length;
      const line = lines[at] ?? '';
      if (op.op === 'delete') lines.splice(at, 1);
      else if (op.op === 'duplicate') lines.splice(at, 0, line);
      else if (op.op === 'swap' && 'with' in op) {
        const other = op.with % lines.length;
        [lines[at], lines[other]] = [lines[other] ?? '', line];
      } else if ('which' in op) {
        const piece = op.op === 'footer' ? FOOTERS[op.which % FOOTERS.length] : JUNK[op.which % JUNK.length];
        const cut = line.length === 0 ? 0 : op.offset % line.length;
        lines[at] = `${line.slice(0, cut)}${op.op === 'footer' ? `\n${piece}\n` : piece}${line.slice(cut)}`;
      }
      if (lines.length === 0) lines.push('');
    }
    return lines.join('\n');
  });

export const genreText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...REFERENCE_LINES.filter((l) => l.length < 200)),
      fc.constantFrom(
        ...FOOTERS,
        ...JUNK,
        '',
        'I. COUNTER-TERRORISM',
        '(a) Visa',
        'Subject:',
        'Washington D.C., 15 December 2022',
      ),
      fc.string({ maxLength: 40 }),
    ),
    { maxLength: 30 },
  )
  .map((lines) => lines.join('\n'));
