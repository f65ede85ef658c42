import { extractText, getDocumentProxy } from 'unpdf';
import { parseOutcome } from '../parse/parse-outcome.js';
import type { OutcomeDocument } from '../schema/outcome-document.js';
import { findFlateBudgetBreach } from './flate-budget.js';

/** Limits of `readPdfText`. */
export interface PdfLimits {
  /** Refuse PDFs with more pages (default 500). */
  maxPages?: number;
  /** Refuse files larger than this many bytes (default 50 MB). */
  maxBytes?: number;
  /** Refuse a PDF with a Flate content, form or object stream inflating past this many bytes (default 8 MB). */
  maxInflatedStreamBytes?: number;
  /** Refuse a PDF with a Flate embedded font inflating past this many bytes (default 32 MB). */
  maxInflatedFontBytes?: number;
  /** Refuse a PDF whose (non-image) Flate streams together inflate past this many bytes (default 64 MB). */
  maxInflatedTotalBytes?: number;
  /** Refuse a PDF whose extracted text is longer than this many characters (default 5,000,000). */
  maxTextChars?: number;
}

/** Text read from a PDF, or why it could not be read. */
export type PdfTextResult = { ok: true; text: string; pages: number } | { ok: false; error: string };

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

/**
 * Reads the text layer of a PDF with unpdf, page by page, and joins the pages with a newline,
 * so page footers stay where extraction puts them (the normaliser removes them). Refuses, with
 * `{ ok: false, error }` and never a throw: bytes that are not a PDF, encrypted PDFs, more pages
 * than `maxPages` (500), PDFs without a text layer (scans), decompression bombs (a Flate stream
 * inflating past `maxInflatedStreamBytes`, checked with a capped inflate before pdf.js runs), and text
 * longer than `maxTextChars`.
 */
export async function readPdfText(bytes: Uint8Array, limits: PdfLimits = {}): Promise<PdfTextResult> {
  const maxPages = limits.maxPages ?? 500;
  const maxBytes = limits.maxBytes ?? 50 * 1024 * 1024;
  try {
    if (!(bytes instanceof Uint8Array) || bytes.length < 8)
      return { ok: false, error: 'not a PDF (too short)' };
    const head = bytes.subarray(0, 1024);
    const at = indexOfMagic(head);
    if (at < 0) return { ok: false, error: 'not a PDF (no %PDF- header)' };
    if (bytes.length > maxBytes) return { ok: false, error: `PDF larger than ${maxBytes} bytes` };
    if (hasEncryptDictionary(bytes))
      return { ok: false, error: 'encrypted PDF: remove the protection first' };
    const breach = findFlateBudgetBreach(bytes, {
      maxStreamBytes: limits.maxInflatedStreamBytes ?? 8 * 1024 * 1024,
      maxFontStreamBytes: limits.maxInflatedFontBytes ?? 32 * 1024 * 1024,
      maxTotalBytes: limits.maxInflatedTotalBytes ?? 64 * 1024 * 1024,
    });
    if (breach)
      return {
        ok: false,
        error:
          breach.reason === 'stream'
            ? `PDF stream at byte ${breach.offset} inflates past the limit (decompression bomb?)`
            : 'PDF streams together inflate past the limit (decompression bomb?)',
      };
    const copy = new Uint8Array(bytes);
    const pdf = await getDocumentProxy(copy);
    if (pdf.numPages > maxPages)
      return { ok: false, error: `PDF has ${pdf.numPages} pages (limit ${maxPages})` };
    const { totalPages, text } = await extractText(pdf, { mergePages: false });
    const joined = text.map((page) => page.replace(/\s+$/, '')).join('\n');
    const maxTextChars = limits.maxTextChars ?? 5_000_000;
    if (joined.length > maxTextChars)
      return { ok: false, error: `PDF text longer than ${maxTextChars} characters` };
    if (joined.trim() === '') return { ok: false, error: 'PDF has no text layer (scanned image?)' };
    return { ok: true, text: joined, pages: totalPages };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    const message = error instanceof Error ? error.message : String(error);
    if (name === 'PasswordException' || /password|encrypt/i.test(message)) {
      return { ok: false, error: 'encrypted PDF: remove the protection first' };
    }
    return { ok: false, error: `unreadable PDF: ${message.slice(0, 200)}` };
  }
}

/** Reads a PDF and parses its text: `{ ok: true, document }` or `{ ok: false, error }`. Never throws. */
export async function parseOutcomePdf(
  bytes: Uint8Array,
  options: { fileName?: string; limits?: PdfLimits } = {},
): Promise<{ ok: true; document: OutcomeDocument } | { ok: false; error: string }> {
  const read = await readPdfText(bytes, options.limits);
  if (!read.ok) return read;
  return {
    ok: true,
    document: parseOutcome(read.text, {
      format: 'pdf',
      ...(options.fileName === undefined ? {} : { fileName: options.fileName }),
    }),
  };
}

function indexOfMagic(head: Uint8Array): number {
  outer: for (let i = 0; i + PDF_MAGIC.length <= head.length; i++) {
    for (let k = 0; k < PDF_MAGIC.length; k++) if (head[i + k] !== PDF_MAGIC[k]) continue outer;
    return i;
  }
  return -1;
}

/** An `/Encrypt` entry in the trailer (searched in the last 64 KB, and the first for linearised files). */
function hasEncryptDictionary(bytes: Uint8Array): boolean {
  const decoder = new TextDecoder('latin1');
  const tail = decoder.decode(bytes.subarray(Math.max(0, bytes.length - 65536)));
  const head = decoder.decode(bytes.subarray(0, Math.min(bytes.length, 4096)));
  return /\/Encrypt\s/.test(tail) || /\/Encrypt\s/.test(head);
}
