import type { Delegation } from '../schema/meta.js';

// "The US delegation comprised representatives from the Departments of Justice, Homeland Security and State."
// "The EU delegation included representatives from the Swedish Presidency ..., Europol, Eurojust and ..."
// "The United States was represented by Attorney General ..."
// "The United States, hosting the meeting, was represented by ..."
const DELEGATION =
  /\b(?:The|the) (US|U\.S\.|United States|EU|European Union)(?: \((?:EU|US|U\.S\.)\))?(?: delegation| side)?(?:, [^,.]{1,40},)? (?:comprised|included|consisted of|was composed of|was represented by|was led by|were represented by)(?: (?:representatives|officials|senior officials) (?:from|of))? /g;

/**
 * The full stop that ends the list: not the one of an initial or a title ("U.S. Attorney General",
 * "Alejandro N. Mayorkas", "Mr. Urmas Reinsalu").
 */
const LIST_END_RE = /(?<!\b(?:[A-Z]|Mr|Ms|Mrs|Dr|Jr|St|Prof))\.(?=\s+[A-Z“"]|\s*$|\n)/;

const LEADING_AND_RE = /^(?:and|as well as)\s+/;

/**
 * Reads who each side's delegation comprised from sentences such as "The US delegation
 * comprised representatives from the Departments of Justice, Homeland Security and State."
 * Parenthetical remarks are dropped; "Departments of A, B and C" becomes "Department of A", ...
 */
export function readDelegations(text: string, from: number, to: number): Delegation[] {
  const out: Delegation[] = [];
  const region = text.slice(from, to);
  for (const m of region.matchAll(DELEGATION)) {
    const side = /^(?:US|U\.S\.|United States)$/.test(m[1] as string) ? 'us' : 'eu';
    if (out.some((d) => d.side === side)) continue;
    const listStart = m.index + m[0].length;
    const rest = region.slice(listStart);
    const stop = LIST_END_RE.exec(rest);
    const list = rest.slice(0, stop ? stop.index : Math.min(rest.length, 400)).split('\n')[0] as string;
    const members = splitMembers(list);
    if (members.length === 0) continue;
    const start = from + m.index + (m[0].startsWith(' ') ? 1 : 0);
    out.push({ side, members, span: { start, end: from + listStart + list.length } });
  }
  return out;
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
  const flat = list.replace(/\([^()]*\)/g, ' ').replace(/\s+/g, ' ');
  const pieces = flat.split(/(,\s*|\s+and\s+(?:by\s+)?(?=the\b|[A-Z]))/);
  const parts: string[] = [];
  for (let k = 0; k < pieces.length; k += 2) {
    const piece = (pieces[k] as string).trim().replace(LEADING_AND_RE, '');
    if (piece === '') continue;
    const previous = parts[parts.length - 1];
    const continues =
      previous !== undefined &&
      !/^(?:the\s+)?Departments of /i.test(previous) &&
      (APPOSITION_RE.test(piece) ||
        (PORTFOLIO_RE.test(previous) && PORTFOLIO_PART_RE.test(piece) && !MEMBER_START_RE.test(piece)));
    if (continues)
      parts[parts.length - 1] =
        `${previous}${(pieces[k - 1] as string).trimEnd() === ',' ? ', ' : ' and '}${piece}`;
    else parts.push(piece);
  }
  const members: string[] = [];
  let departmentsOf = false;
  for (const raw of parts) {
    const part = raw.replace(/^the\s+/i, '');
    const departments = /^Departments of (.+)$/.exec(part);
    if (departments) {
      departmentsOf = true;
      members.push(`Department of ${departments[1]}`);
      continue;
    }
    if (departmentsOf && !/^the\s/i.test(raw) && raw.split(' ').length <= 3) {
      members.push(`Department of ${part}`);
      continue;
    }
    departmentsOf = false;
    members.push(part);
  }
  return members.filter((m) => m.length > 1 && m.length < 160);
}
