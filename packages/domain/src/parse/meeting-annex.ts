import type { Delegation } from '../schema/meta.js';
import type { Side } from '../schema/statement.js';
import type { Block } from './types.js';

/** A line naming a side in a list of participants: "United States", "EU delegation:", "European Union side". */
const SIDE_LINE_RE =
  /^(?:the\s+)?(United States(?: of America)?|U\.S\.|US|USA|European Union|EU)(?:\s+(?:delegation|side|participants))?\s*:?$/i;
/** A line that ends a side's list: another group of participants ("Ukraine", "Observers", "Other participants:"). */
const GROUP_LINE_RE =
  /^(?:[\p{Lu}][\p{L}' -]{1,40}):$|^(?:Ukraine|Observers|Other participants|Guests|Invited)$/iu;
/** A head count after a member ("Department of Justice (2)"). */
const HEAD_COUNT_RE = /\s*\(\d{1,3}\)\s*$/;
/** A line of a list: short, no full stop ending a sentence. */
const MAX_MEMBER_LENGTH = 160;
const MAX_MEMBERS = 60;

/**
 * The delegations of a list of participants in the annex: under a line naming a side ("United
 * States", "European Union"), one member a line ("Department of Justice (2)", "Jeff Sessions,
 * Attorney General"), head counts dropped. Reads only `annex` blocks; a side's list ends at the
 * next side, at another group of participants or at a line that reads as a sentence. The span
 * runs from the side's line to its last member.
 */
export function readAnnexDelegations(text: string, blocks: readonly Block[]): Delegation[] {
  const out: Delegation[] = [];
  let current: { side: Side; members: string[]; start: number; end: number } | null = null;
  const close = () => {
    if (current !== null && current.members.length > 0 && !out.some((d) => d.side === current?.side))
      out.push({
        side: current.side,
        members: current.members,
        span: { start: current.start, end: current.end },
      });
    current = null;
  };
  for (const block of blocks) {
    if (block.kind !== 'annex') continue;
    const line = text.slice(block.span.start, block.span.end);
    const side = SIDE_LINE_RE.exec(line);
    if (side !== null) {
      close();
      const us = /^(?:united states|u\.s\.|us|usa)/i.test(side[1] as string);
      current = { side: us ? 'us' : 'eu', members: [], start: block.span.start, end: block.span.end };
      continue;
    }
    if (current === null) continue;
    if (GROUP_LINE_RE.test(line) || !isMemberLine(line) || current.members.length >= MAX_MEMBERS) {
      close();
      continue;
    }
    current.members.push(line.replace(HEAD_COUNT_RE, ''));
    current.end = block.span.end;
  }
  close();
  return out;
}

/** A member's line: short, not a sentence (no full stop after a lower-case word at its end). */
function isMemberLine(line: string): boolean {
  return line.length <= MAX_MEMBER_LENGTH && !/\p{Ll}{2,}\.$/u.test(line);
}
