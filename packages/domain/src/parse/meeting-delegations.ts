import type { Delegation } from '../schema/meta.js';
import { isWhiteSpace } from './char-classes.js';
import { countSpaces } from './meeting-text.js';

// "The US delegation comprised representatives from the Departments of Justice, Homeland Security and State."
// "The EU delegation included representatives from the Swedish Presidency ..., Europol, Eurojust and ..."
// "The United States was represented by Attorney General ..."
// "The United States, hosting the meeting, was represented by ..."
const DELEGATION =
  /\b(?:The|the) (US|U\.S\.|United States|EU|European Union)(?: \((?:EU|US|U\.S\.)\))?(?: delegation| side)?(?:, [^,.]{1,40},)? (?:comprised|included|consisted of|was composed of|was represented by|was led by|were represented by)(?: (?:representatives|officials|senior officials) (?:from|of))? /g;

/** How `DELEGATION` names the US side (any other name it reads is the EU's). */
const US_NAMES: ReadonlySet<string> = new Set(['US', 'U.S.', 'United States']);

/**
 * The full stop that ends the list: not the one of an initial or a title ("U.S. Attorney General",
 * "Alejandro N. Mayorkas", "Mr. Urmas Reinsalu").
 */
const LIST_END_RE = /(?<!\b(?:[A-Z]|Mr|Ms|Mrs|Dr|Jr|St|Prof))\.(?=\s+[A-Z“"]|\s*$|\n)/;

const LEADING_AND_RE = /^(?:and|as well as)\s+/;
/** A second verb of the same delegation sentence, opening more members. */
const SECOND_VERB_RE =
  /,?\s+and\s+(?:also\s+)?(?:included|comprised|consisted of)(?:\s+(?:representatives|officials|senior officials)\s+(?:from|of))?\s+/g;

/**
 * Reads who each side's delegation comprised from sentences such as "The US delegation
 * comprised representatives from the Departments of Justice, Homeland Security and State."
 * Parenthetical remarks are dropped; "Departments of A, B and C" becomes "Department of A", ...
 */
export function readDelegations(text: string, from: number, to: number): Delegation[] {
  const out: Delegation[] = [];
  const region = text.slice(from, to);
  const first = earliestDelegationStart(region);
  if (first < 0) return out;
  DELEGATION.lastIndex = first;
  for (let m = DELEGATION.exec(region); m !== null; m = DELEGATION.exec(region)) {
    const side = US_NAMES.has(m[1] as string) ? 'us' : 'eu';
    if (out.some((d) => d.side === side)) continue;
    const listStart = m.index + m[0].length;
    const rest = region.slice(listStart);
    const stop = LIST_END_RE.exec(rest);
    const list = firstLine(rest.slice(0, stop ? stop.index : Math.min(rest.length, 400)));
    const members = splitMembers(list);
    if (members.length === 0) continue;
    const start = from + m.index + (m[0].startsWith(' ') ? 1 : 0);
    out.push({ side, members, span: { start, end: from + listStart + list.length } });
    // every later sentence would be of a side already read
    if (out.length === 2) break;
  }
  return out;
}

/**
 * Where `DELEGATION` may first match, or -1 when it cannot: each match opens with "The " or
 * "the " and a side starting with "U" or "E", so none starts before the first "he U" or "he E".
 */
export function earliestDelegationStart(region: string): number {
  const us = region.indexOf('he U');
  const eu = region.indexOf('he E');
  if (us < 0 && eu < 0) return -1;
  return Math.max(0, (us < 0 ? eu : eu < 0 ? us : Math.min(us, eu)) - 1);
}

/** The text up to its first line break (all of it when there is none). */
function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return end < 0 ? text : text.slice(0, end);
}

/** Words that open a new member of a list: an article, a title, a possessive ("Estonia's"). */
const MEMBER_START_RE =
  /^(?:the|a|an|EU|US|U\.S\.|Commissioner|Minister|Ministers|Secretary|State|Attorney|Acting|Deputy|Director|Ambassador|Head|Chair|President|Vice-President|Under|Assistant|High|Prosecutor|Executive|Special|Permanent|[\p{Lu}][\p{L}-]*['’]s)(?![\p{L}\d])/u;
/** A courtesy title in apposition to the office before it ("the Minister of Interior, Mr. Andres Anvelt"). */
const APPOSITION_RE = /^(?:Mr|Ms|Mrs|Dr)\.?\s/;
/** An office with its portfolio ("Commissioner for Migration"), which may go on after a comma. */
const PORTFOLIO_RE = /\b(?:for|of)\s+(?:the\s+)?\p{Lu}/u;
/** The JHA portfolios a title may list ("..., Home Affairs and Citizenship"); a body's name is none. */
const PORTFOLIO_PART_RE =
  /^(?:Home Affairs|Internal Affairs|Citizenship|Justice|Consumers|Migration|Interior|Security|Public Security|Public Order|Equality|Gender Equality|Rule of Law|Democracy|Values|Transparency|Asylum|Integration)\b/;

/**
 * Splits a delegation list at commas and "and", then rejoins what belongs to one member: a
 * portfolio written with commas ("Commissioner for Migration, Home Affairs and Citizenship
 * Dimitris Avramopoulos") and a name in apposition ("Estonia's Minister of Justice, Mr. Urmas
 * Reinsalu").
 */
function splitMembers(list: string): string[] {
  const bare = list.includes('(') ? list.replace(/\([^()]*\)/g, ' ') : list;
  // "was led by the Department of Justice and included representatives of DHS": one more list
  const flat = collapseWhiteSpace(bare.includes(' and ') ? bare.replace(SECOND_VERB_RE, ', ') : bare);
  const pieces = flat.split(/(,\s*|\s+and\s+(?:by\s+)?(?=the\b|[A-Z]))/);
  const parts: string[] = [];
  for (let k = 0; k < pieces.length; k += 2) {
    const piece = cutLeadingAnd((pieces[k] as string).trim());
    if (piece === '') continue;
    const previous = parts[parts.length - 1];
    const continues =
      previous !== undefined &&
      !listsDepartments(previous) &&
      (isApposition(piece) ||
        (PORTFOLIO_PART_RE.test(piece) && PORTFOLIO_RE.test(previous) && !MEMBER_START_RE.test(piece)));
    if (continues)
      parts[parts.length - 1] =
        `${previous}${(pieces[k - 1] as string).trimEnd() === ',' ? ', ' : ' and '}${piece}`;
    else parts.push(piece);
  }
  const members: string[] = [];
  let departmentsOf = false;
  for (const raw of parts) {
    const startsWithThe = mayStartWithThe(raw);
    const part = startsWithThe ? raw.replace(/^the\s+/i, '') : raw;
    const departments = part.startsWith('Departments of ') ? /^Departments of (.+)$/.exec(part) : null;
    if (departments) {
      departmentsOf = true;
      members.push(`Department of ${departments[1]}`);
      continue;
    }
    if (departmentsOf && !(startsWithThe && /^the\s/i.test(raw)) && countSpaces(raw) <= 2) {
      members.push(`Department of ${part}`);
      continue;
    }
    departmentsOf = false;
    members.push(part);
  }
  return members.filter((m) => m.length > 1 && m.length < 160);
}

/** `piece.replace(LEADING_AND_RE, '')`: only a piece starting with "a" can start with "and" or "as well as". */
function cutLeadingAnd(piece: string): string {
  return piece.charCodeAt(0) === 97 ? piece.replace(LEADING_AND_RE, '') : piece;
}

/** `/^(?:the\s+)?Departments of /i`: only a text starting with "t" or "d" (any case) can match. */
function listsDepartments(part: string): boolean {
  const first = part.charCodeAt(0) | 0x20;
  return (first === 116 || first === 100) && /^(?:the\s+)?Departments of /i.test(part);
}

/** `APPOSITION_RE` ("Mr", "Ms", "Mrs", "Dr"), which only a text starting with "M" or "D" can match. */
function isApposition(piece: string): boolean {
  const first = piece.charCodeAt(0);
  return (first === 77 || first === 68) && APPOSITION_RE.test(piece);
}

/** Whether `text` starts with a "t" or "T": what `/^the\s/i` needs first. */
function mayStartWithThe(text: string): boolean {
  return (text.charCodeAt(0) | 0x20) === 116;
}

/**
 * `text.replace(/\s+/g, ' ')`: every run of white space as one space. The RegExp runs only when
 * some run is not already a single space.
 */
export function collapseWhiteSpace(text: string): string {
  let previousWasSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (previousWasSpace) return text.replace(/\s+/g, ' ');
      previousWasSpace = true;
    } else if (isWhiteSpace(c)) return text.replace(/\s+/g, ' ');
    else previousWasSpace = false;
  }
  return text;
}
