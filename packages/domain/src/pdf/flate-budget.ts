import { constants, inflateSync } from 'node:zlib';

/** How far the Flate streams of a PDF may inflate before it is refused as a decompression bomb. */
export interface FlateBudget {
  /** Most bytes one stream (page content, form, object stream) may inflate to. */
  maxStreamBytes: number;
  /** Most bytes one embedded font file may inflate to (fonts are legitimately larger). */
  maxFontStreamBytes: number;
  /** Most bytes all measured streams together may inflate to. */
  maxTotalBytes: number;
}

/** Why a PDF's Flate streams break the budget, or null when they fit. */
export type FlateBudgetBreach = { offset: number; reason: 'stream' | 'total' } | null;

const STREAM = Buffer.from('stream');
const END = Buffer.from('end');

/**
 * Inflates, with node:zlib and a hard output cap, every Flate-first stream of a PDF that is not an image
 * (images are never decoded for text), before pdf.js sees it: pdf.js inflates without any cap, so a
 * 64 KB stream of compressed spaces costs it seconds and hundreds of MB. Returns where the first stream
 * over its limit (`maxStreamBytes`, `maxFontStreamBytes` for font files) starts, or where the running total passed `maxTotalBytes`; null when all fit.
 * Streams that fail to inflate for other reasons are left for pdf.js to judge.
 * Not covered: bombs behind another filter first (ASCII85, LZW) or in an unusual layout.
 */
export function findFlateBudgetBreach(bytes: Uint8Array, budget: FlateBudget): FlateBudgetBreach {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (let at = buf.indexOf(STREAM); at >= 0; at = buf.indexOf(STREAM, at + STREAM.length)) {
    if (at >= 3 && buf.subarray(at - 3, at).equals(END)) continue;
    const start = dataStart(buf, at + STREAM.length);
    const dictionary = dictionaryBefore(buf, at);
    if (start < 0 || !isTextRelevantFlate(dictionary)) continue;
    const maxStream = isFontFile(dictionary) ? budget.maxFontStreamBytes : budget.maxStreamBytes;
    const endAt = buf.indexOf('endstream', start);
    const data = buf.subarray(start, endAt < 0 ? buf.length : endAt);
    const cap = Math.min(maxStream, budget.maxTotalBytes - total) + 1;
    const size = measureInflated(data, cap);
    if (size === null) continue;
    if (size >= cap) return { offset: at, reason: cap - 1 === maxStream ? 'stream' : 'total' };
    total += size;
  }
  return null;
}

/** The stream data begins after `stream` and an end of line (CRLF or LF); -1 when it is not a keyword. */
function dataStart(buf: Buffer, after: number): number {
  if (buf[after] === 0x0d && buf[after + 1] === 0x0a) return after + 2;
  if (buf[after] === 0x0a) return after + 1;
  return -1;
}

/** The text between the object header (`n g obj`) and the `stream` keyword, at most 4 KB back. */
function dictionaryBefore(buf: Buffer, at: number): string {
  const window = buf.toString('latin1', Math.max(0, at - 4096), at);
  const obj = window.lastIndexOf('obj');
  return obj < 0 ? window : window.slice(obj);
}

function isTextRelevantFlate(dictionary: string): boolean {
  if (/\/Subtype\s*\/Image\b/.test(dictionary)) return false;
  return /\/Filter\s*(\[\s*)?\/(FlateDecode|Fl)\b/.test(dictionary);
}

/** An embedded font program (FontFile: /Length1-3; FontFile3: a font /Subtype). */
function isFontFile(dictionary: string): boolean {
  return (
    /\/Length[123]\b/.test(dictionary) || /\/Subtype\s*\/(Type1C|CIDFontType0C|OpenType)\b/.test(dictionary)
  );
}

/** Inflated size, `cap` when it reaches the cap, null when the data is not a readable zlib stream. */
function measureInflated(data: Buffer, cap: number): number | null {
  try {
    return inflateSync(data, { maxOutputLength: cap, finishFlush: constants.Z_SYNC_FLUSH }).length;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return cap;
    return null;
  }
}
