/**
 * Makes an A4 PDF from one sample record so that PDFs go through the same parser as text.
 * Usage: pnpm exec tsx scripts/make-pdf-fixture.ts [fixtures/sample-....txt]
 * (default: fixtures/sample-2024-03-som-brussels.txt → fixtures/sample-2024-03-som-brussels.pdf).
 * Lines are wrapped to the page width; blank lines are kept; every page gets the Council-style
 * footer "<number> JAI.1 KL/mn <page> LIMITE EN". Standard fonts are WinAnsi, so curly quotes
 * and dashes are mapped to ASCII first. Dates and metadata are fixed: the output is reproducible.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { PDFDocument, type PDFFont, StandardFonts } from 'pdf-lib';

const PAGE: [number, number] = [595.28, 841.89];
const MARGIN = 72;
const FONT_SIZE = 11;
const LEADING = 14;
const FOOTER_SIZE = 9;
const FIXED_DATE = new Date('2024-04-02T00:00:00Z');

const WIN_ANSI_MAP: Record<string, string> = {
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
  '–': '-',
  '—': '-',
  '‐': '-',
  '…': '...',
  '\u00A0': ' ',
};

/** The text with characters outside WinAnsi replaced (curly quotes, dashes; anything else but newlines → "?"). */
export function toWinAnsi(text: string): string {
  return [...text]
    .map((c) => WIN_ANSI_MAP[c] ?? c)
    .map((c) => (/[\n\x20-\x7E\u00A1-\u00FF]/.test(c) ? c : '?'))
    .join('');
}

/** Splits one line of text into lines no wider than `width` at the given font size. */
export function wrapLine(line: string, font: PDFFont, size: number, width: number): string[] {
  const words = line.split(' ');
  const out: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (current !== '' && font.widthOfTextAtSize(candidate, size) > width) {
      out.push(current);
      current = word;
    } else current = candidate;
  }
  out.push(current);
  return out;
}

async function main(): Promise<void> {
  const root = resolve(import.meta.dirname, '..');
  const input = resolve(root, process.argv[2] ?? 'fixtures/sample-2024-03-som-brussels.txt');
  if (!basename(input).startsWith('sample-'))
    throw new Error('only illustrative samples are turned into PDFs');
  const output = input.replace(/\.txt$/, '.pdf');
  const text = readFileSync(input, 'utf8');
  const documentNumber = /^\s*(\d{3,5}\/\d{2})\s*$/m.exec(text)?.[1] ?? 'SAMPLE';

  const pdf = await PDFDocument.create();
  pdf.setTitle(`ILLUSTRATIVE SAMPLE - ${basename(input)}`);
  pdf.setSubject('Illustrative sample - not an official Council document');
  pdf.setProducer('SOM Compare make-pdf-fixture');
  pdf.setCreator('SOM Compare make-pdf-fixture');
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const width = PAGE[0] - 2 * MARGIN;

  const lines = toWinAnsi(text)
    .split('\n')
    .flatMap((l) => (l.trim() === '' ? [''] : wrapLine(l.trimEnd(), font, FONT_SIZE, width)));
  const perPage = Math.floor((PAGE[1] - 2 * MARGIN - 2 * LEADING) / LEADING);
  for (let start = 0, page = 1; start < lines.length; start += perPage, page++) {
    const p = pdf.addPage(PAGE);
    let y = PAGE[1] - MARGIN;
    for (const line of lines.slice(start, start + perPage)) {
      if (line !== '') p.drawText(line, { x: MARGIN, y, size: FONT_SIZE, font });
      y -= LEADING;
    }
    const footer = `${documentNumber}    JAI.1    KL/mn    ${page}    LIMITE    EN`;
    p.drawText(footer, { x: MARGIN, y: MARGIN / 2, size: FOOTER_SIZE, font });
  }
  const bytes = await pdf.save({ useObjectStreams: false });
  writeFileSync(output, bytes);
  console.log(`${basename(output)}: ${pdf.getPageCount()} pages, ${bytes.length} bytes`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
