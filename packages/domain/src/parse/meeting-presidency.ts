// "the Swedish Presidency of the Council of the EU (which hosted the event)", "hosted by the
// Swedish Presidency", "the Portuguese Presidency of the Council of the European Union hosted"
// (global only to start at `lastIndex`: see `findHosted`)
const HOSTED =
  /\b(?:the )?(?<!\bincoming )(\p{Lu}\p{Ll}+) Presidency(?: of the Council(?: of the (?:EU|European Union))?)? (?:\((?:which|who) hosted|hosted\b)|\bhosted by the (\p{Lu}\p{Ll}+) Presidency/gu;
/** What `HOSTED` allows between " Presidency" and "hosted" ("Presidency of the Council (which hosted"). */
const HOSTED_MIDDLES: ReadonlySet<string> = new Set(
  ['', ' of the Council', ' of the Council of the EU', ' of the Council of the European Union'].flatMap(
    (council) => [' (which ', ' (who ', ' '].map((tail) => council + tail),
  ),
);
const PRESIDENCY = ' Presidency';
/** The second wording, which starts at its "hosted". */
const HOSTED_BY = 'hosted by the ';
/** The longest text a first-wording match holds before its adjective. */
const ARTICLE = 'the '.length;

// (global only to start at `lastIndex`: see `findIncomingMention`)
const INCOMING = /\b(?:the )?incoming (\p{Lu}\p{Ll}+) Presidency/gu;

/**
 * The first `HOSTED` match in `region`: what `HOSTED.exec(region)` from the start finds. Every
 * match holds a "hosted": the second wording starts there ("hosted by the "); in the first, the
 * last " Presidency" before it is one of `HOSTED_MIDDLES` away, the adjective just before that
 * has no space and at most "the " comes before the adjective. So a match can start no earlier
 * than the least such start over the "hosted"s of the region; the RegExp starts there, and never
 * runs in a text where no "hosted" can belong to a match.
 */
export function findHosted(region: string): RegExpExecArray | null {
  let from = -1;
  for (let at = region.indexOf('hosted'); at >= 0; at = region.indexOf('hosted', at + 1)) {
    const start = earliestHostedStart(region, at);
    if (start >= 0 && (from < 0 || start < from)) from = start;
  }
  if (from < 0) return null;
  HOSTED.lastIndex = from;
  return HOSTED.exec(region);
}

/** The earliest start of a `HOSTED` match holding the "hosted" at `at`, or -1 if none can. */
function earliestHostedStart(region: string, at: number): number {
  let start = region.startsWith(HOSTED_BY, at) ? at : -1;
  // the last " Presidency" before "hosted": a middle never holds another
  const presidency = region.lastIndexOf(PRESIDENCY, at);
  if (presidency >= 0 && HOSTED_MIDDLES.has(region.slice(presidency + PRESIDENCY.length, at))) {
    const wordStart = region.lastIndexOf(' ', presidency - 1) + 1;
    start = Math.max(0, wordStart - ARTICLE);
  }
  return start;
}

/**
 * The first `INCOMING` match in `region`: what `INCOMING.exec(region)` from the start finds.
 * Every match holds "incoming " at most "the " after its start, so the RegExp starts there.
 */
export function findIncomingMention(region: string): RegExpExecArray | null {
  const incoming = region.indexOf('incoming ');
  if (incoming < 0) return null;
  INCOMING.lastIndex = Math.max(0, incoming - ARTICLE);
  return INCOMING.exec(region);
}
