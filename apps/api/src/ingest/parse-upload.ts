import { type OutcomeDocument, parseOutcome } from '@som/domain';

/** Largest upload accepted, in bytes (20 MB). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** Parser warnings that mean the input is not an outcome record at all: it is refused, not stored. */
const FATAL_WARNINGS = new Set(['empty-input', 'binary-content', 'not-an-outcome-record']);

/** Why an upload was refused: an HTTP status (415 unsupported, 422 unreadable) and one sentence. */
export interface UploadRefusal {
  ok: false;
  status: 415 | 422;
  detail: string;
}

export type ParsedUpload = { ok: true; document: OutcomeDocument } | UploadRefusal;

/**
 * Turns uploaded bytes into a parsed document, or says why not. A PDF (by `%PDF-` header or `.pdf`
 * name) goes through `parseOutcomePdf`; anything else must be UTF-8 text without NUL bytes and goes
 * through `parseOutcome`. Never throws for bad input: empty, binary, non-UTF-8, a fake PDF or a text
 * that is not an outcome record all come back as a refusal.
 */
export async function parseUpload(bytes: Uint8Array, fileName: string | null): Promise<ParsedUpload> {
  const extension = fileName?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? null;
  if (bytes.length === 0) return refuse(422, 'the file is empty');
  const looksPdf = startsWith(bytes, '%PDF-');
  if (looksPdf || extension === 'pdf') return parsePdf(bytes, fileName);
  if (extension !== null && extension !== 'txt' && extension !== 'text')
    return refuse(415, `.${extension} files are not supported: upload a .txt or .pdf outcome record`);
  if (bytes.includes(0)) return refuse(415, 'the file is binary, not a text or PDF outcome record');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse(415, 'the file is not UTF-8 text (binary, or another encoding: save it as UTF-8)');
  }
  return parseText(text, fileName);
}

/** Parses text already decoded (the JSON `{ text }` upload); same refusals as `parseUpload`. */
export function parseText(text: string, fileName: string | null): ParsedUpload {
  if (text.trim() === '') return refuse(422, 'the text is empty');
  if (text.includes('\u0000')) return refuse(415, 'the text contains NUL characters (binary content)');
  return checkDocument(parseOutcome(text, { fileName: fileName ?? undefined, format: 'txt' }));
}

/** The PDF reader decides what is a PDF (it allows a few bytes before `%PDF-`) and refuses the rest. */
async function parsePdf(bytes: Uint8Array, fileName: string | null): Promise<ParsedUpload> {
  let result: { ok: true; document: OutcomeDocument } | { ok: false; error: string };
  try {
    // Loaded on demand: the PDF reader is heavy and only PDFs need it.
    const { parseOutcomePdf } = await import('@som/domain/pdf');
    result = await parseOutcomePdf(bytes, {
      ...(fileName === null ? {} : { fileName }),
      limits: { maxBytes: MAX_UPLOAD_BYTES, maxPages: 500 },
    });
  } catch (error) {
    // The reader should return { ok: false } for a broken PDF; a throw is still the file's fault here.
    return refuse(
      422,
      `the PDF could not be read (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (!result.ok) return refuse(422, `the PDF could not be read: ${result.error}`);
  return checkDocument({ ...result.document, source: { ...result.document.source, fileName } });
}

function checkDocument(document: OutcomeDocument): ParsedUpload {
  const fatal = document.warnings.find((w) => FATAL_WARNINGS.has(w.code));
  if (fatal)
    return refuse(422, `this does not look like an outcome record (${fatal.code}: ${fatal.message})`);
  return { ok: true, document };
}

function refuse(status: 415 | 422, detail: string): UploadRefusal {
  return { ok: false, status, detail };
}

function startsWith(bytes: Uint8Array, prefix: string): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix.charCodeAt(i)) return false;
  return true;
}
