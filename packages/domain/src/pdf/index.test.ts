import { deflateSync } from 'node:zlib';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { parseOutcomePdf, readPdfText } from './index.js';

async function makePdf(pages: string[][]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = pdf.addPage([595, 842]);
    lines.forEach((line, i) => {
      page.drawText(line, { x: 50, y: 780 - i * 16, size: 10, font });
    });
  }
  return pdf.save();
}

/** A one-page PDF written by hand whose content stream is `content`, Flate-compressed (illustrative, not a real record). */
function makeRawPdf(content: Buffer): Uint8Array {
  const data = deflateSync(content, { level: 9 });
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    Buffer.concat([
      Buffer.from(`<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`),
      data,
      Buffer.from('\nendstream'),
    ]),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`),
      Buffer.from(body),
      Buffer.from('\nendobj\n'),
    ]);
    parts.push(chunk);
    length += chunk.length;
  });
  const xref = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  parts.push(
    Buffer.from(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`,
    ),
  );
  return new Uint8Array(Buffer.concat(parts));
}

const SHOWN_TEXT = Buffer.from('BT /F1 9 Tf 40 800 Td (Outcome of proceedings) Tj ET\n');

const PAGE_1 = [
  'Brussels, 24 March 2023',
  '(OR. en)',
  '7725/23',
  'LIMITE',
  'JAIEX 14',
  'OUTCOME OF PROCEEDINGS',
  'From: General Secretariat of the Council',
  'To: Delegations',
  'Subject: Outcome of proceedings of the EU-US Senior Officials Meeting on Justice and Home',
  'Affairs (Stockholm, 16-17 March 2023)',
  '1. Access to electronic evidence',
  'The Parties welcomed the resumption of the EU-US negotiations on an e-evidence agree-',
  'ment. The US delegation warned against the creation of a parallel data protection',
  '7725/23 RS/mr 1',
  'JAI.1 LIMITE EN',
];
const PAGE_2 = [
  'regime under the new UN agreement.',
  '2. Update on progress towards Visa Reciprocity',
  'Both sides agreed to continue working in the tripartite process.',
];

describe('readPdfText', () => {
  it('reads the text of every page, footers included, in page order', async () => {
    const result = await readPdfText(await makePdf([PAGE_1, PAGE_2]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pages).toBe(2);
    expect(result.text).toContain('7725/23 RS/mr 1');
    expect(result.text.indexOf('JAI.1')).toBeLessThan(result.text.indexOf('regime under'));
  });

  it('refuses bytes that are not a PDF', async () => {
    const result = await readPdfText(new TextEncoder().encode('just some text, not a pdf at all'));
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/not a PDF/) });
  });

  it('refuses a PDF with more pages than the limit', async () => {
    const result = await readPdfText(await makePdf([['a'], ['b'], ['c']]), { maxPages: 2 });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/3 pages/) });
  });

  it('refuses a PDF without a text layer', async () => {
    const result = await readPdfText(await makePdf([[], []]));
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/no text layer/) });
  });

  it('refuses a PDF declaring encryption', async () => {
    const bytes = await makePdf([['hello']]);
    const marked = new Uint8Array([
      ...bytes,
      ...new TextEncoder().encode('\ntrailer\n<< /Encrypt 5 0 R >>\n'),
    ]);
    const result = await readPdfText(marked);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/encrypted/) });
  });

  it('reads a hand-written PDF whose Flate content stream is small', async () => {
    const result = await readPdfText(makeRawPdf(SHOWN_TEXT));
    expect(result).toMatchObject({
      ok: true,
      pages: 1,
      text: expect.stringContaining('Outcome of proceedings'),
    });
  });

  it('refuses a Flate bomb (about 64 KB inflating to 64 MB) quickly, before pdf.js inflates it', async () => {
    const bomb = makeRawPdf(Buffer.concat([SHOWN_TEXT, Buffer.alloc(64 * 1024 * 1024, 0x20)]));
    expect(bomb.length).toBeLessThan(100 * 1024);
    const started = performance.now();
    const result = await readPdfText(bomb);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/inflates past the limit/) });
  });

  it('refuses a 10 MB stream of text operators before pdf.js runs them', async () => {
    const operators = Buffer.from('BT /F1 9 Tf 40 800 Td '.concat('(visa ) Tj '.repeat(1_000_000), 'ET\n'));
    const started = performance.now();
    const result = await readPdfText(makeRawPdf(operators));
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/inflates past the limit/) });
  });

  it('refuses a PDF whose streams together inflate past the total limit', async () => {
    const content = Buffer.concat([SHOWN_TEXT, Buffer.alloc(4096, 0x20)]);
    const result = await readPdfText(makeRawPdf(content), {
      maxInflatedStreamBytes: 1024 * 1024,
      maxInflatedTotalBytes: 1024,
    });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/together inflate/) });
  });

  it('refuses a PDF whose text is longer than the limit', async () => {
    const result = await readPdfText(await makePdf([PAGE_1, PAGE_2]), { maxTextChars: 100 });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/longer than 100 characters/) });
  });

  it('returns an error, not a throw, for a truncated PDF', async () => {
    const bytes = await makePdf([PAGE_1]);
    const result = await readPdfText(bytes.subarray(0, 200));
    expect(result.ok).toBe(false);
  });
});

describe('parseOutcomePdf', () => {
  it('parses a PDF record through the same parser, footer removed and paragraph rejoined', async () => {
    const result = await parseOutcomePdf(await makePdf([PAGE_1, PAGE_2]), { fileName: 'sample.pdf' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const doc = result.document;
    expect(doc.source.format).toBe('pdf');
    expect(doc.meta.documentNumber).toBe('7725/23');
    expect(doc.id).toBe('som-2023-03-16-stockholm');
    expect(doc.source.text).not.toContain('RS/mr');
    expect(doc.source.text).toContain(
      'e-evidence agreement. The US delegation warned against the creation of a parallel data protection regime under',
    );
    expect(doc.sections.map((s) => s.topic.id)).toEqual(['e-evidence', 'visa-reciprocity']);
    expect(doc.warnings.map((w) => w.code)).toContain('footer-inside-paragraph');
  });
});
