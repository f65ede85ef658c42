import type { DocumentMeta, SubjectCode } from '../schema/meta.js';
import type { Span } from '../schema/span.js';
import type { ParseWarning } from '../schema/warning.js';
import { readDocumentNumber } from './header-number.js';
import { findDateRange } from './meeting-dates.js';
import { copySpan } from './spans.js';
import type { Block } from './types.js';

const PLACE_DATE = /^\(?([A-Z][\p{L} .'’-]{1,40}),\s+(.+?)\)?$/u;
const LANGUAGE = /\(OR\.\s*([a-z]{2})\)?/;
const CODE_PAIR = /([A-Z]{2,12})(?:\s+(\d{1,4}))?(?=\s|$)/g;
const CODES_LINE = /^(?:[A-Z]{2,12}(?: \d{1,4})?)(?: [A-Z]{2,12} \d{1,4})*$/;
const NOT_CODES = new Set(['LIMITE', 'EN', 'NOTE', 'INIT', 'REV', 'ADD', 'COR', 'ST', 'ANNEX']);
const DOC_TYPE =
  /^(?:OUTCOME OF PROCEEDINGS|NOTE|["“]I["”] ITEM NOTE|INFORMATION NOTE|REPORT|OUTCOME OF THE COUNCIL MEETING|JOINT STATEMENT)$/;
/** A footnote number (plain or superscript) right after the closing bracket that ends a line. */
const FOOTNOTE_AFTER_BRACKET = /\)\s?(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})$/;
const FIELD = /^(From|To|Subject)\s*:\s*(.*)$/;
const JOINT_TITLE = /\bjoint\b.*\b(?:statement|press release)\b|\bstatement following\b/i;

/** The cover page read from the header blocks, and whether the text is a public joint statement. */
export interface HeaderResult {
  meta: DocumentMeta;
  /** Title line of a joint statement ("Joint EU-U.S. statement following ..."), else null. */
  jointTitle: { text: string; span: Span } | null;
  /** A place-and-date line that is not the issue line of a Council document (joint statements). */
  placeDate: { text: string; span: Span } | null;
  warnings: ParseWarning[];
}

/** A cover page with no field found (every value null, no subject codes, no spans). */
export function createEmptyMeta(): DocumentMeta {
  return {
    documentNumber: null,
    revision: null,
    issuedOn: null,
    issuedAt: null,
    classification: null,
    language: null,
    subjectCodes: [],
    documentType: null,
    from: null,
    to: null,
    subject: null,
    spans: {},
  };
}

/**
 * Reads the cover page: document number (with REV/ADD/COR), place and date of issue,
 * "(OR. en)", LIMITE, subject codes (one per line or run together), document type, and the
 * From/To/Subject fields. Each found field's span goes into `meta.spans` (subject codes as
 * `subjectCodes.<i>`). Looks only at the `header` blocks; warns when a Council record lacks
 * its number, date or subject (a joint statement has none of these).
 */
export function readHeader(text: string, blocks: readonly Block[]): HeaderResult {
  const meta = createEmptyMeta();
  let jointTitle: HeaderResult['jointTitle'] = null;
  let placeDate: HeaderResult['placeDate'] = null;
  const header = blocks.filter((b) => b.kind === 'header');
  for (const block of header) {
    const line = text.slice(block.span.start, block.span.end);
    const at = block.span.start;
    const field = FIELD.exec(line);
    if (field) {
      const key = (field[1] as string).toLowerCase() as 'from' | 'to' | 'subject';
      const written = (field[2] as string).trim();
      // "... (Budapest, 13-14 November 2024) 1": a footnote call glued after the closing bracket
      const value = key === 'subject' ? written.replace(FOOTNOTE_AFTER_BRACKET, ')') : written;
      if (meta[key] === null && value !== '') {
        meta[key] = value;
        const start = at + line.length - (field[2] as string).length + (field[2] as string).indexOf(written);
        meta.spans[key] = { start, end: start + value.length };
      }
      continue;
    }
    const num = readDocumentNumber(line);
    if (num && meta.documentNumber === null) {
      meta.documentNumber = num.number;
      meta.revision = num.revision;
      meta.spans.documentNumber = { start: at + num.start, end: at + num.end };
      continue;
    }
    const language = LANGUAGE.exec(line);
    if (language && meta.language === null) {
      meta.language = language[1] as string;
      meta.spans.language = { start: at + language.index, end: at + language.index + language[0].length };
      continue;
    }
    if (line === 'LIMITE' || line === 'RESTREINT UE/EU RESTRICTED') {
      meta.classification ??= line;
      meta.spans.classification ??= { start: at, end: at + line.length };
      continue;
    }
    if (DOC_TYPE.test(line)) {
      meta.documentType ??= line;
      meta.spans.documentType ??= { start: at, end: at + line.length };
      continue;
    }
    if (JOINT_TITLE.test(line) && jointTitle === null) {
      jointTitle = { text: line, span: copySpan(block.span) };
      continue;
    }
    const place = PLACE_DATE.exec(line);
    if (place) {
      const range = findDateRange(place[2] as string, null);
      if (range) {
        if (meta.issuedOn === null && jointTitle === null) {
          const cityStart = at + line.indexOf(place[1] as string);
          const city = (place[1] as string).trim();
          meta.issuedAt = city;
          meta.spans.issuedAt = { start: cityStart, end: cityStart + city.length };
          const dateStart = at + line.indexOf(place[2] as string) + range.index;
          meta.issuedOn = range.start;
          meta.spans.issuedOn = { start: dateStart, end: dateStart + range.length };
        } else placeDate ??= { text: line, span: copySpan(block.span) };
        continue;
      }
    }
    if (CODES_LINE.test(line)) readCodes(line, at, meta);
  }
  if (jointTitle !== null) meta.documentType ??= 'JOINT STATEMENT';
  const warnings: ParseWarning[] = [];
  if (jointTitle === null) {
    if (meta.documentNumber === null)
      warnings.push({
        code: 'no-document-number',
        message: 'No Council document number found on the cover page.',
        span: null,
      });
    if (meta.issuedOn === null)
      warnings.push({
        code: 'no-issue-date',
        message: 'No place and date of issue found on the cover page.',
        span: null,
      });
    if (meta.subject === null)
      warnings.push({
        code: 'no-subject',
        message: 'No "Subject:" field found on the cover page.',
        span: null,
      });
  }
  return { meta, jointTitle, placeDate, warnings };
}

function readCodes(line: string, at: number, meta: DocumentMeta): void {
  for (const m of line.matchAll(CODE_PAIR)) {
    const code = m[1] as string;
    if (NOT_CODES.has(code)) continue;
    if (m[2] === undefined && code.length < 2) continue;
    const entry: SubjectCode = { code, number: m[2] === undefined ? null : Number(m[2]) };
    meta.spans[`subjectCodes.${meta.subjectCodes.length}`] = {
      start: at + m.index,
      end: at + m.index + m[0].length,
    };
    meta.subjectCodes.push(entry);
  }
}
