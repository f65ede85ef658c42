import { readFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { type OutcomeDocument, OutcomeDocumentSchema, parseOutcome } from '@som/domain';
import { CliError } from './cli-error.js';

/** What a file given to the CLI holds. */
export type InputKind = 'txt' | 'pdf' | 'json';

/** Parser warnings that mean the input is not an outcome record at all: the CLI refuses it. */
const FATAL_WARNINGS = new Set(['empty-input', 'binary-content', 'not-an-outcome-record']);

/**
 * Reads a .txt, .pdf or parsed .json file into a validated OutcomeDocument.
 * Text and PDF go through `parseOutcome`; JSON must validate against `OutcomeDocumentSchema`.
 * Throws a `CliError` (one line, exit code 1) for a missing, unreadable, empty, binary or non-document file.
 */
export async function loadDocument(
  path: string,
  options: { allowJson?: boolean } = {},
): Promise<OutcomeDocument> {
  const bytes = await readInput(path);
  const kind = detectInputKind(path, bytes);
  if (kind === 'json') {
    if (options.allowJson === false) throw new CliError(`${path}: expected a .txt or .pdf file, got JSON`);
    return readParsedJson(path, bytes);
  }
  const text = kind === 'pdf' ? await extractPdf(path, bytes) : decodeText(path, bytes);
  return parseText(path, text, kind);
}

/**
 * Decides what a file holds from its first bytes, then its extension:
 * `%PDF-` is a PDF whatever its name; a `.json` name is parsed JSON; everything else is text.
 * @example detectInputKind('a.txt', Buffer.from('%PDF-1.7')) // 'pdf'
 */
export function detectInputKind(path: string, bytes: Uint8Array): InputKind {
  if (startsWith(bytes, '%PDF-')) return 'pdf';
  const ext = extname(path).toLowerCase();
  if (ext === '.pdf') return 'pdf';
  if (ext === '.json') return 'json';
  return 'txt';
}

/**
 * Where a file argument points. Under `pnpm som ...` the script runs in the repository root, so a
 * relative path is taken from the directory the user typed the command in (`INIT_CWD`, set by pnpm).
 */
export function resolveInputPath(path: string, env: NodeJS.ProcessEnv = process.env): string {
  const callerDir = env.npm_lifecycle_event === 'som' && env.INIT_CWD ? env.INIT_CWD : process.cwd();
  return resolve(callerDir, path);
}

async function readInput(path: string): Promise<Buffer> {
  let bytes: Buffer;
  try {
    bytes = await readFile(resolveInputPath(path));
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${describeFsError(error)}`);
  }
  if (bytes.length === 0) throw new CliError(`${path} is empty`);
  return bytes;
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** UTF-8 text without NUL bytes; a leading byte-order mark is dropped. */
function decodeText(path: string, bytes: Uint8Array): string {
  if (bytes.includes(0))
    throw new CliError(`${path} is a binary file, not a text, PDF or JSON outcome record`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new CliError(`${path} is not UTF-8 text (binary or another encoding)`);
  }
  if (text.trim() === '') throw new CliError(`${path} holds only white space`);
  return text;
}

async function extractPdf(path: string, bytes: Uint8Array): Promise<string> {
  if (!startsWith(bytes, '%PDF-')) throw new CliError(`${path} is not a PDF (no %PDF- header)`);
  // Loaded on demand: the PDF reader is heavy and only PDFs need it.
  const { readPdfText } = await import('@som/domain/pdf');
  const result = await readPdfText(bytes);
  if (!result.ok) throw new CliError(`${path}: ${result.error}`);
  if (result.text.trim() === '') throw new CliError(`${path}: the PDF has no text layer`);
  return result.text;
}

function parseText(path: string, text: string, format: 'txt' | 'pdf'): OutcomeDocument {
  const doc = parseOutcome(text, { format, fileName: basename(path) });
  const fatal = doc.warnings.find((w) => FATAL_WARNINGS.has(w.code));
  if (fatal)
    throw new CliError(`${path} does not look like an outcome record (${fatal.code}: ${fatal.message})`);
  return doc;
}

function readParsedJson(path: string, bytes: Uint8Array): OutcomeDocument {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new CliError(
      `${path} is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const result = OutcomeDocumentSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : '(root)';
    throw new CliError(`${path} is not an OutcomeDocument: ${where}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}

function startsWith(bytes: Uint8Array, prefix: string): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix.charCodeAt(i)) return false;
  return true;
}
