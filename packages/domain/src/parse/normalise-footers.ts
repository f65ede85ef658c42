import { CodeSet, codeAt, indexIn } from './normalise-char-code.js';
/** A blank line, or the place where a page footer was removed. */
export type Marker = { readonly kind: 'blank' } | { readonly kind: 'break' };
/** A line of the text (its string, no object made for it), a blank line, or a removed footer. */
export type RawItem = string | Marker;
/** The items that carry no text: one object each, shared (items are never changed). */
export const BLANK: Marker = { kind: 'blank' };
export const BREAK: Marker = { kind: 'break' };

const DOC_NUMBER = /^\d{3,5}\/(?:\d\/)?\d{2}$/;
// drafter/typist initials: "PC/pf", "RS/mr", "WvdR/nc", "EG/np"
const INITIALS = /^[A-Za-z]{1,5}\/[a-z]{1,4}$/;
const PAGE = /^\d{1,3}$/;
// directorate codes: "DG D 1B", "DGD1B", "DGD 2C", "JAI.1", "RELEX.1", "GIP", "ECOFIN.2B", and the
// older directorates-general by letter alone ("DG H", split into "DG" and "H")
const DIRECTORATE =
  /^(?:DG|[A-K]|DGD?\d?[A-Z]?|\d[A-Z]|[A-Z]{2,6}\.\d{1,2}[A-Z]?|GIP|JAI|RELEX|SGS|TREE|ECOMP|COMPET)$/;
const MARK = /^(?:LIMITE|EN|LIMITEEN|LIMITE\/EN|ANNEX|ANNEXE|REV|ADD|COR|[IVX]{1,4})$/;
const ANNEX_LINE = /^ANNEX(?:\s+[IVX\d]{1,4})?$/;
const HEADER_END = /^(?:Subject|From|To)\s*:|^OUTCOME OF PROCEEDINGS$/;
const HEADER_END_INITIALS = new CodeSet('SFTO');
/** The forms of a footer token, without their anchors: one alternation, so a token costs one test. */
const FOOTER_TOKEN_FORMS = [DOC_NUMBER, INITIALS, PAGE, DIRECTORATE, MARK]
  .map((pattern) => pattern.source.slice(1, -1))
  .join('|');
/** A whole token of a footer. */
const FOOTER_TOKEN = new RegExp(`^(?:${FOOTER_TOKEN_FORMS})$`);
/** A line whose first token is a footer token (tokens hold no space, so a space or the end follows it). */
const FOOTER_TOKEN_FIRST = new RegExp(`^(?:${FOOTER_TOKEN_FORMS})(?: |$)`);
/** The longest footer token: a document number "12345/1/23", initials "WvdRx/abcd", a code "ECOFIN.12B". */
const FOOTER_TOKEN_MAX = 10;

interface TokenFacts {
  doc: boolean;
  initials: boolean;
  page: boolean;
  limite: boolean;
  en: boolean;
}

/** A document number, drafter initials, a page number, a directorate code or a mark (LIMITE, EN, ANNEX). */
function isFooterToken(token: string): boolean {
  return FOOTER_TOKEN.test(token);
}

function collectFacts(tokens: readonly string[], docNumber: string | null, facts: TokenFacts): void {
  for (const t of tokens) collectTokenFacts(t, docNumber, facts);
}

/** `collectFacts(tokensOf(line), …)`, reading the tokens off the line without splitting it. */
function collectLineFacts(line: string, docNumber: string | null, facts: TokenFacts): void {
  let from = 0;
  const length = line.length;
  while (from < length) {
    let to = indexIn(line, ' ', from);
    if (to < 0) to = length;
    if (to > from) collectTokenFacts(line.slice(from, to), docNumber, facts);
    from = to + 1;
  }
}

function collectTokenFacts(t: string, docNumber: string | null, facts: TokenFacts): void {
  if (docNumber !== null ? t === docNumber : DOC_NUMBER.test(t)) facts.doc = true;
  else if (INITIALS.test(t)) facts.initials = true;
  else if (PAGE.test(t)) facts.page = true;
  else if (t === 'LIMITEEN') facts.limite = facts.en = true;
  else if (t.startsWith('LIMITE')) facts.limite = true;
  else if (t === 'EN') facts.en = true;
}

/**
 * Whether the facts of a run of footer-token lines make a page footer. On the cover page (before
 * "Subject:" and the like) only drafter initials do: there, the document number, LIMITE and
 * subject codes such as "JAI 345" stand on their own lines and are the header, not a footer.
 */
function isFooter(facts: TokenFacts, afterHeader: boolean, onCoverPage: boolean): boolean {
  if (onCoverPage) return facts.doc && facts.initials;
  return facts.doc && (facts.initials || facts.page || (facts.limite && facts.en && afterHeader));
}

/**
 * Whether the first token of `line` may be a footer token, a necessary condition of
 * `FOOTER_TOKEN_FIRST` decided by char codes: at most `FOOTER_TOKEN_MAX` characters from
 * [A-Za-z0-9./], and a "/" among the first six when one is lower-case (only drafter initials,
 * "WvdR/nc", have lower-case letters). Text lines ("The", "Eurojust") fail at their second letter.
 */
export function mayStartWithFooterToken(line: string): boolean {
  let lower = false;
  let slash = false;
  const length = line.length;
  for (let i = 0; i < length; i++) {
    const c = codeAt(line, i);
    if (c === 32) break;
    if (i >= FOOTER_TOKEN_MAX || (lower && !slash && i >= 6)) return false;
    if (c === 47) slash = true;
    else if (c >= 97 && c <= 122) lower = true;
    else if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46)) return false;
  }
  return slash || !lower;
}

/** The space-separated tokens of `line`, none empty (lines come single-spaced: the filter is rarely needed). */
function tokensOf(line: string): string[] {
  const tokens = line.split(' ');
  return tokens.includes('') ? tokens.filter((t) => t !== '') : tokens;
}

/** Whether every space-separated token of `line` is a footer token; stops at the first that is not. */
function isFooterLine(line: string): boolean {
  let from = 0;
  const length = line.length;
  while (from < length) {
    let to = indexIn(line, ' ', from);
    if (to < 0) to = length;
    if (to > from && !isFooterToken(line.slice(from, to))) return false;
    from = to + 1;
  }
  return true;
}

/**
 * Replaces page footers by `break` items. A footer is a run of lines (blank lines allowed
 * between) made only of footer tokens — the document's own number (anchored on `docNumber`
 * when known, else the NNNN/YY pattern), drafter initials, a page number, a directorate code,
 * ANNEX, LIMITE, EN — that holds the number and initials or a page number:
 * "7163/17 DGD1B PC/pf 1 LIMITE EN", or the same split over five lines, or "LIMITEEN".
 * A footer glued to the start or end of a text line is cut off it. A header's own
 * "7725/23" + "LIMITE" (no initials, no page) is left alone.
 */
export function removeFooters(lines: readonly string[], docNumber: string | null): RawItem[] {
  const headerEnd = findHeaderEnd(lines);
  const out: RawItem[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as string;
    if (line === '') {
      out.push(BLANK);
      i++;
      continue;
    }
    // a footer line starts with a footer token: test the first token before splitting the line
    if (mayStartWithFooterToken(line) && FOOTER_TOKEN_FIRST.test(line) && isFooterLine(line)) {
      // gather the run of footer-token lines (blank lines may sit between them)
      let j = i;
      let lastLine = i;
      while (j < lines.length) {
        const l = lines[j] as string;
        if (l === '') {
          j++;
          continue;
        }
        if (!isFooterLine(l)) break;
        lastLine = j;
        j++;
      }
      let end = lastLine;
      const facts: TokenFacts = { doc: false, initials: false, page: false, limite: false, en: false };
      for (let k = i; k <= end; k++) collectLineFacts(lines[k] as string, docNumber, facts);
      const afterHeader = headerEnd >= 0 && i > headerEnd;
      const onCoverPage = headerEnd >= 0 && end < headerEnd;
      if (isFooter(facts, afterHeader, onCoverPage)) {
        // keep an annex page's own "ANNEX" heading that follows the footer
        if (end > i && ANNEX_LINE.test(lines[end] as string)) {
          const without: TokenFacts = { doc: false, initials: false, page: false, limite: false, en: false };
          for (let k = i; k < end; k++) collectLineFacts(lines[k] as string, docNumber, without);
          if (isFooter(without, afterHeader, onCoverPage)) end--;
        }
        out.push(BREAK);
        i = end + 1;
        continue;
      }
      out.push(line);
      i++;
      continue;
    }
    cutGluedFooter(line, docNumber, out);
    i++;
  }
  return out;
}

/** The index of the first line, among the first 80, that ends the cover page ("Subject:", "From:"), or -1. */
function findHeaderEnd(lines: readonly string[]): number {
  const limit = Math.min(lines.length, 80);
  for (let i = 0; i < limit; i++) {
    const line = lines[i] as string;
    // every form starts with S, F, T or O: other lines skip the RegExp
    if (HEADER_END_INITIALS.has(codeAt(line, 0)) && HEADER_END.test(line)) return i;
  }
  return -1;
}

/**
 * "... the Member 7163/17 DGD1B PC/pf 2 LIMITE EN" -> the text, then a break (and the same at a
 * line start); other lines are pushed as they are. `line` is trimmed and single-spaced.
 */
function cutGluedFooter(line: string, docNumber: string | null, out: RawItem[]): void {
  // no document number in the line (every pattern of one holds a slash): nothing to cut
  if (indexIn(line, docNumber ?? '/') < 0) {
    out.push(line);
    return;
  }
  const tokens = tokensOf(line);
  const at = tokens.findIndex((t) => (docNumber !== null ? t === docNumber : DOC_NUMBER.test(t)));
  if (at < 0) {
    out.push(tokens.join(' '));
    return;
  }
  let right = at;
  while (right + 1 < tokens.length && isFooterToken(tokens[right + 1] as string)) right++;
  let left = at;
  while (left > 0 && isFooterToken(tokens[left - 1] as string)) left--;
  const facts: TokenFacts = { doc: false, initials: false, page: false, limite: false, en: false };
  collectFacts(tokens.slice(left, right + 1), docNumber, facts);
  const strong = facts.doc && (facts.initials || (facts.page && (facts.limite || facts.en)));
  if (strong && right === tokens.length - 1 && left > 0) {
    out.push(tokens.slice(0, left).join(' '), BREAK);
    return;
  }
  if (strong && left === 0 && right < tokens.length - 1) {
    out.push(BREAK, tokens.slice(right + 1).join(' '));
    return;
  }
  out.push(tokens.join(' '));
}
