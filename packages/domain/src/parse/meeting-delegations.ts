import type { Delegation } from '../schema/meta.js';

// "The US delegation comprised representatives from the Departments of Justice, Homeland Security and State."
// "The EU delegation included representatives from the Swedish Presidency ..., Europol, Eurojust and ..."
// "The United States was represented by Attorney General ..."
const DELEGATION =
  /\b(?:The|the) (US|U\.S\.|United States|EU|European Union)(?: \((?:EU|US|U\.S\.)\))?(?: delegation| side)? (?:comprised|included|consisted of|was composed of|was represented by|was led by|were represented by)(?: (?:representatives|officials|senior officials) (?:from|of))? /g;

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

function splitMembers(list: string): string[] {
  const flat = list.replace(/\([^()]*\)/g, ' ').replace(/\s+/g, ' ');
  const parts = flat
    .split(/,\s*|\s+and\s+(?=the\b|[A-Z])/)
    .map((p) => p.trim().replace(LEADING_AND_RE, ''))
    .filter((p) => p !== '');
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
