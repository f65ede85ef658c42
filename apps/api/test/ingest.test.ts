import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OutcomeDocumentSchema } from '@som/domain';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../src/config.js';
import { createTestApp, multipartBody, type TestApp } from './harness.js';

/** A PDF with the text's lines drawn in Helvetica (characters outside WinAnsi become '?'). */
async function makePdf(text: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const lines = text.split('\n').map((line) => line.replace(/[^\x20-\x7e\u00a0-\u00ff]/g, '?'));
  for (let start = 0; start < lines.length; start += 60) {
    const page = pdf.addPage([595, 842]);
    lines.slice(start, start + 60).forEach((line, i) => {
      page.drawText(line, { x: 40, y: 800 - i * 12, size: 9, font });
    });
  }
  return pdf.save();
}

const RECORD = readFileSync(join(REPO_ROOT, 'fixtures', '2023-03-som-stockholm.txt'));

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(async () => t.close());

const postJson = (payload: unknown, query = '') =>
  t.app.inject({ method: 'POST', url: `/api/documents${query}`, payload: payload as object });
const postFile = (name: string, bytes: Uint8Array, field = 'file') =>
  t.app.inject({ method: 'POST', url: '/api/documents', ...multipartBody(name, bytes, field) });

describe('POST /api/documents', () => {
  it('ingests JSON text, then answers unchanged with the same id', async () => {
    const res = await postJson({ text: RECORD.toString('utf8'), fileName: 'stockholm.txt' });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.status).toBe('ingested');
    const doc = OutcomeDocumentSchema.parse(body.document);
    expect(doc.source.fileName).toBe('stockholm.txt');
    expect(res.headers['x-som-marking']).toBe(doc.meta.classification ?? undefined);
    const again = await postJson({ text: RECORD.toString('utf8') });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ status: 'unchanged', document: { id: doc.id } });
    expect((await t.app.inject({ method: 'GET', url: '/api/documents' })).json().total).toBe(1);
    const audit = await t.store.listAudit({ limit: 10, offset: 0 });
    expect(audit.items).toContainEqual(
      expect.objectContaining({ action: 'ingest', target: doc.id, status: 201 }),
    );
  });

  it('fails cleanly with 507 when the disk is full, storing nothing', async () => {
    const pages = t.store.db.prepare('PRAGMA page_count').all()[0] as { page_count: number };
    t.store.db.exec(`PRAGMA max_page_count = ${pages.page_count}`);
    const res = await postJson({ text: RECORD.toString('utf8') });
    expect(res.statusCode).toBe(507);
    expect(res.headers['content-type']).toContain('application/problem+json');
    t.store.db.exec('PRAGMA max_page_count = 1073741823');
    expect(await t.store.countDocuments()).toBe(0);
    expect((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });

  it('previews with dryRun=true without storing', async () => {
    const res = await postJson({ text: RECORD.toString('utf8') }, '?dryRun=true');
    expect(res.json().status).toBe('preview');
    expect(await t.store.countDocuments()).toBe(0);
  });

  it('ingests a multipart .txt upload and keeps the original bytes', async () => {
    const res = await postFile('stockholm.txt', RECORD);
    expect(res.statusCode).toBe(201);
    const id = res.json().document.id;
    expect(Buffer.from((await t.store.getOriginal(id))!.bytes).equals(RECORD)).toBe(true);
  });

  it('ingests a PDF upload through its text layer', async () => {
    const res = await postFile('record.pdf', await makePdf(RECORD.toString('utf8')));
    expect(res.statusCode).toBe(201);
    const doc = OutcomeDocumentSchema.parse(res.json().document);
    expect(doc.source.format).toBe('pdf');
    expect(doc.source.fileName).toBe('record.pdf');
    expect(doc.statements.length).toBeGreaterThan(0);
  });

  it.each([
    ['an empty file', 'empty.txt', new Uint8Array(0), 422],
    ['a binary file', 'x.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]), 415],
    ['non-UTF-8 text', 'latin1.txt', new Uint8Array([0x52, 0xe9, 0x75, 0x6e, 0x69, 0x6f, 0x6e]), 415],
    ['a .docx', 'notes.docx', new TextEncoder().encode('hello'), 415],
    ['a .pdf that is not a PDF', 'fake.pdf', new TextEncoder().encode('just text'), 422],
    ['a PDF header with garbage', 'broken.pdf', new TextEncoder().encode('%PDF-1.7\n%garbage\n'), 422],
  ])('refuses %s with a problem, never a 500', async (_name, file, bytes, status) => {
    const res = await postFile(file, bytes);
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(await t.store.countDocuments()).toBe(0);
  });

  it('refuses a file in another field, and a multipart body without a file', async () => {
    expect((await postFile('a.txt', RECORD, 'upload')).statusCode).toBe(400);
    const boundary = 'b';
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/documents',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="x"\r\n\r\nvalue\r\n--${boundary}--\r\n`,
    });
    expect(res.statusCode).toBe(400);
  });

  it.each([
    ['an empty text', { text: '' }, 422],
    ['white space only', { text: ' \n\t ' }, 422],
    ['NUL characters', { text: 'a\u0000b' }, 415],
    ['a number', { text: 5 }, 400],
    ['no text', {}, 400],
    ['a file name too long', { text: 'x', fileName: 'x'.repeat(300) }, 400],
  ])('refuses JSON with %s', async (_name, payload, status) => {
    const res = await postJson(payload);
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('answers text that is not an outcome record with a stored parse or a 422, never a 500', async () => {
    const res = await postJson({ text: 'Shopping list: eggs, milk, bread.' });
    expect([201, 422]).toContain(res.statusCode);
  });
});
