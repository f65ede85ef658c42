import type { Commitment, DateMention } from '../schema/facts.js';
import type { Statement } from '../schema/statement.js';
import { isWhiteSpace } from './char-classes.js';
import { isCoverNote } from './cover-note.js';
import { copySpan } from './spans.js';

/** A commitment before it is given an id. */
export type CommitmentMention = Omit<Commitment, 'id'>;

/**
 * A participle of something done ("reviewed", "taken", "hosted"), not of a need or a state
 * ("needed", "based", "concerned"): what a future passive must end in to be a promise.
 */
const PROMISED_PARTICIPLE =
  '(?!(?:needed|required|expected|based|affected|limited|concerned|interested|used|considered|deemed|allowed|permitted|entitled|obliged|located|subjected|exposed|faced|pleased)\\b)(?:[a-z]+ed|taken|given|made|sent|set|done|brought|put|kept|shown|drawn|written|chosen|undertaken|built|sought|led|met|seen)\\b';

/**
 * Next-step triggers, each with the first letters of the words it can start with (`starts`).
 * `event`: the subject is what happens ("The next session will take place"); `action`: what
 * follows the verb is what is promised ("would host the next Ministerial meeting", "agreed to
 * hold the next meeting"); `state`: the whole clause is the promise ("The report will be ready
 * ahead of the Ministerial"). Exported for the test that `findTrigger` equals running them all.
 */
export const TRIGGERS: readonly { kind: 'event' | 'action' | 'state'; starts: string; re: RegExp }[] = [
  {
    kind: 'event',
    starts: 'wsia',
    // "\b" before the lookbehind (both hold at the match's start): the engine tries the cheap
    // word boundary first (measured 1.6x faster on the records' statements)
    re: /\b(?<!\b(?:that|which|who)\s)(?:(?:will|shall|would)\s+(?:(?:also|then|again|likely|probably|now)\s+)?|(?:is|are)\s+(?:foreseen|planned|scheduled|expected|due|set)\s+to\s+)(?:take place|be held|be organi[sz]ed|be convened|convene|meet|reconvene|resume|start|begin)\b/,
  },
  {
    // "The next meeting is planned for mid-2025"
    kind: 'event',
    starts: 'ia',
    re: /\b(?:is|are)\s+(?:(?:now|tentatively)\s+)?(?:foreseen|planned|scheduled)\s+(?:for|in)\s+(?=\S)/,
  },
  {
    // Any verb after "will" ("The UN General Assembly will vote"), or after "would" when a
    // participant speaks of itself ("it would deploy", "the United States would end"); never in
    // a relative clause ("proposals that would criminalise"), nor "would be" / "would have", nor a
    // wish ("would welcome further clarification", "would appreciate")
    // ("the roadmap would respect ..." is a description, not a step), nor after "This", "That",
    // "It" ("This would also enhance information exchange" is a hoped-for effect, not a step).
    kind: 'action',
    starts: 'wsacdpuo',
    // the leading lookahead (implied by the words that follow) lets the engine skip positions
    // before it tries the lookbehinds: measured about 1.7x faster on the fixtures' statements
    re: /(?=[wsacdpuo])(?<!\b(?:that|which|who|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s)\b(?:(?:will|shall|(?<!\b(?:It|There|Such)\s)(?<=\b(?:it|they|we|side|sides|delegation|delegations|parties|[A-Z][\w-]*)\s)would)\s+(?:(?:also|then|again|jointly|further|soon|now)\s+)?(?!(?:be|have|not|need|like|likely|probably|also|rather|welcome|appreciate|prefer|wish|want|hope)\b)[a-z]+|(?:agreed|committed|decided|pledged|undertook|offered|promised) to\s+(?!(?:the|a|an|this|that|these|its|their)\b)[a-z]+)\b/,
  },
  {
    kind: 'action',
    starts: 'l',
    re: /\blook(?:ed|s|ing)? forward to\s+(?=(?:the\s+)?(?:next|upcoming|forthcoming)\b)/,
  },
  {
    kind: 'state',
    starts: 'ws',
    re: /\b(?:will|shall)\s+(?:(?:also|then|again)\s+)?be\s+(?:ready|a priority|presented|launched|finali[sz]ed|completed|submitted|adopted|published|discussed|on the agenda)\b/,
  },
  {
    // Any future passive, outside a relative clause: "Progress on the negotiations will be reviewed
    // at the next Ministerial", "The next meeting will be hosted by the incoming Presidency"; not
    // a need or a state ("will be needed", "will be based on").
    kind: 'state',
    starts: 'ws',
    // no leading lookahead here: with one, this RegExp measured 8x slower on the records' statements
    re: new RegExp(
      `(?<!\\b(?:that|which|who)\\s)\\b(?:will|shall)\\s+(?:(?:also|then|again|further|soon|now|jointly)\\s+)?be\\s+${PROMISED_PARTICIPLE}`,
    ),
  },
  {
    // A future passive in reported speech, after an assurance: "The US side assured the EU side
    // that a decision would be taken after the review", "confirmed that the system would be
    // launched in 2025". Without the assurance, "would be" stays a description ("concern that
    // data would be transferred").
    kind: 'state',
    starts: 'w',
    re: new RegExp(
      `(?<=\\b(?:assured|reassured|confirmed|promised|guaranteed)\\b[^.;]{0,160}\\sthat\\s(?:[^.;]{1,80}\\s)?)would\\s+(?:(?:also|then|soon|now)\\s+)?be\\s+${PROMISED_PARTICIPLE}`,
    ),
  },
];
/** Verbs of a gathering: their subject is the meeting ("The next session will convene") or who meets. */
const GATHERING_RE = /\s(?:meet|convene|reconvene|resume|start|begin)$/;
/**
 * The subject of a gathering verb that is an event ("The negotiating round will resume"), not the
 * people who meet ("Experts will meet again", "The Parties will meet").
 */
const EVENT_SUBJECT_RE =
  /\b(?:meetings?|sessions?|rounds?|workshops?|conferences?|ministerials?|SOMs?|summits?|dialogues?|reviews?|consultations?|seminars?|exercises?|visits?|events?|plenar(?:y|ies)|talks|negotiations|forums?|calls?|videoconferences?|VTCs?|hearings?|discussions?|editions?|cycles?|missions?|courses?|trainings?|process|work|one)\b/i;
/** Auxiliary words opening a trigger, dropped from `what` for actions ("would host" → "host"). */
const ACTION_LEAD_RE =
  /^(?:(?:will|shall|would)\s+(?:(?:also|then|again|jointly|further|soon|now)\s+)?|(?:agreed|committed|decided|pledged|undertook|offered|promised) to\s+|look(?:ed|s|ing)? forward to\s+)/;
/**
 * "in Washington, DC", "in Washington D.C.", "in Stockholm", "in The Hague", "at Europol's
 * headquarters" (capitalised places), kept as written.
 */
const PLACE_RE =
  /\b(?:in|at)\s+((?:The\s+|the\s+(?=(?:United|Netherlands|Hague)\b))?\p{Lu}[\p{L}’'-]*(?!\d)(?:\s+(?!D\.)\p{Lu}[\p{L}’'-]*(?!\d)){0,2}(?:,?\s*(?:D\.C\.|DC\b))?)/gu;
const NOT_PLACES = new Set(
  'January February March April May June July August September October November December Spring Summer Autumn Fall Winter EU US U.S. Council Commission Presidency Parties Member European Union'.split(
    ' ',
  ),
);
const CUT_RE = /[,;:]\s|\s(?:to ensure|in order to|so as to|as soon as|with a view to)\b/;
/** A time without a day ("in autumn", "in the second half of 2025"): the promise ends before it. */
const TIME_CUT_RE =
  /\s(?:in|during|by|until)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:spring|summer|autumn|fall|winter|(?:first|second|latter) half|(?:first|second|third|fourth|last) quarter|coming (?:days|weeks|months)|end of|beginning of|start of)\b|\s(?:later|earlier) this year\b|\snext (?:year|month|week)\b/;

/** An acronym is a body, not a place ("in ICPA", "at EMPACT"); "DC" only follows a city. */
const ALL_CAPS_RE = /^[A-Z][A-Z.]+$/;
const LEADING_THE_RE = /^the\s+/i;
const WORD_SPLIT_RE = /[\s,]/;
const TRAILING_PREPOSITION_RE =
  /\s+(?:in|on|at|by|during|ahead of|before|after|from|of|early|later|late|mid|until|towards)\s*$/i;

/**
 * Reads the next step a statement announces, if any: what, when (ISO, month or year; null when
 * the text gives no date after the trigger, as in "agreed to hold the next meeting planned after
 * the summer break") and where ("Washington, DC"). `dates` are the statement's own dates.
 * @example "The next session will take place in June 2023 in Washington, DC." → what "The next session", date "2023-06", place "Washington, DC"
 */
export function readCommitment(
  statement: Statement,
  dates: readonly DateMention[],
): CommitmentMention | null {
  const text = statement.text;
  // "Delegations will find attached ...": a word to the reader, no next step
  if (isCoverNote(text)) return null;
  const hit = findTrigger(text);
  if (hit === null) return null;
  const base = statement.span.start;
  const after = base + hit.index;
  const date = dates.find((d) => d.span.start >= after) ?? null;
  const place = findPlace(text, hit.index);
  // "The US delegation noted the meeting would start ...": the event is said after the reporting verb
  const verbEnd = statement.verbSpan === null ? 0 : statement.verbSpan.end - base;
  const what = describe(text, hit, date ? date.span.start - base : -1, place?.index ?? -1, verbEnd);
  return {
    text,
    what,
    date: date?.value ?? null,
    place: place?.name ?? null,
    span: copySpan(statement.span),
    statementId: statement.id,
    sectionId: statement.sectionId,
    topicId: statement.topicId,
  };
}

/** A trigger found in a statement: its kind, where it starts, what it matched. */
export interface TriggerHit {
  kind: 'event' | 'action' | 'state';
  index: number;
  match: string;
}

/**
 * Where a trigger can start: where the sticky `TRIGGERS_BY_LETTER` are tried. Each trigger opens
 * with one of these (a modal and a space; "is"/"are" before "foreseen", "planned" ... as in the
 * two triggers that take them; a promise verb and " to"; "look forward to"), so no position
 * where one matches is passed over, and "is"/"are" elsewhere ("it is important") cost no tries.
 */
const TRIGGER_START_RE =
  /\b(?:(?:will|shall|would)\s|(?:is|are)\s+(?:(?:now|tentatively)\s+)?(?:foreseen|planned|scheduled|expected|due|set)\b|(?:agreed|committed|decided|pledged|undertook|offered|promised) to\s|look(?:ed|s|ing)? forward to\s)/g;
/** For each first letter of a trigger word, the `TRIGGERS` that can start there, sticky, in order. */
const TRIGGERS_BY_LETTER = new Map<number, { kind: TriggerHit['kind']; re: RegExp }[]>();
for (const t of TRIGGERS) {
  const sticky = { kind: t.kind, re: new RegExp(t.re.source, 'y') };
  for (const letter of t.starts) {
    const code = letter.charCodeAt(0);
    TRIGGERS_BY_LETTER.set(code, [...(TRIGGERS_BY_LETTER.get(code) ?? []), sticky]);
  }
}

/**
 * The trigger that starts first in `text`, the earlier of `TRIGGERS` on a tie; null if none.
 * Same as running each trigger over the whole text and keeping the leftmost, but each is tried
 * only where a trigger word of its own first letter starts (with `tidy` by code units,
 * `readCommitment` measured about 2x faster on the records' statements).
 */
export function findTrigger(text: string): TriggerHit | null {
  TRIGGER_START_RE.lastIndex = 0;
  for (let w = TRIGGER_START_RE.exec(text); w !== null; w = TRIGGER_START_RE.exec(text)) {
    for (const t of TRIGGERS_BY_LETTER.get(text.charCodeAt(w.index)) ?? []) {
      t.re.lastIndex = w.index;
      const m = t.re.exec(text);
      if (m !== null) return { kind: t.kind, index: w.index, match: m[0] };
    }
    TRIGGER_START_RE.lastIndex = w.index + 1;
  }
  return null;
}

function findPlace(text: string, from: number): { name: string; index: number } | null {
  let fallback: { name: string; index: number } | null = null;
  PLACE_RE.lastIndex = from;
  for (let m = PLACE_RE.exec(text); m !== null; m = PLACE_RE.exec(text)) {
    const name = (m[1] as string).trimEnd();
    const first = firstWord(name.replace(LEADING_THE_RE, ''));
    if (NOT_PLACES.has(first) || ALL_CAPS_RE.test(first)) continue;
    // "at Europol in The Hague": a place after "in" wins over one after "at".
    if (m[0].startsWith('in')) return { name, index: m.index };
    fallback ??= { name, index: m.index };
  }
  return fallback;
}

/** The text before the first white space or comma: `s.split(WORD_SPLIT_RE)[0]` without the array. */
function firstWord(s: string): string {
  const at = s.search(WORD_SPLIT_RE);
  return at === -1 ? s : s.slice(0, at);
}

function describe(text: string, hit: TriggerHit, dateAt: number, placeAt: number, verbEnd: number): string {
  let start: number;
  if (hit.kind === 'event') {
    const subject = subjectBefore(text, hit.index, verbEnd);
    const gathering = GATHERING_RE.exec(hit.match);
    if (gathering === null || EVENT_SUBJECT_RE.test(subject)) return subject;
    // "Experts will meet again in autumn": the promise is to meet, "Experts" is who makes it
    start = hit.index + gathering.index + 1;
  } else
    start =
      hit.kind === 'action'
        ? hit.index + (ACTION_LEAD_RE.exec(hit.match)?.[0].length ?? 0)
        : subjectStart(text, hit.index, verbEnd);
  let end = text.length;
  for (const stop of [dateAt, placeAt]) if (stop > start && stop < end) end = stop;
  const cut = CUT_RE.exec(text.slice(start, end));
  if (cut !== null) end = start + cut.index;
  const time = TIME_CUT_RE.exec(text.slice(start, end));
  if (time !== null && time.index > 0) end = start + time.index;
  return tidy(text.slice(start, end));
}

/**
 * Where the subject of a trigger at `before` starts: after the last " that " or ", " before it,
 * or after the reporting verb ending at `verbEnd` (0: none) when that comes later.
 */
function subjectStart(text: string, before: number, verbEnd: number): number {
  const head = text.slice(0, before);
  const that = head.lastIndexOf(' that ');
  const comma = head.lastIndexOf(', ');
  const at = Math.max(that >= 0 ? that + 6 : 0, comma >= 0 ? comma + 2 : 0);
  return verbEnd > at && verbEnd < before ? verbEnd : at;
}

function subjectBefore(text: string, before: number, verbEnd: number): string {
  const subject = tidy(text.slice(subjectStart(text, before, verbEnd), before));
  // "the concluding session ... had ended without agreement in February and would resume": the
  // subject of two predicates ends before the first one
  if (!subject.endsWith(' and')) return subject;
  const predicate = FIRST_PREDICATE_RE.exec(subject);
  return predicate === null ? subject : subject.slice(0, predicate.index);
}

/** The auxiliary opening a first predicate ("had ended", "was postponed"). */
const FIRST_PREDICATE_RE = /\s(?:had|has|have|was|were|is|are)\s/;

function tidy(s: string): string {
  return trimEndMarks(dropTrailingPreposition(s)).trim();
}

/** The last words of `TRAILING_PREPOSITION_RE` ("ahead of" ends in "of"), at most 7 letters. */
const TRAILING_PREPOSITIONS = new Set([
  'in',
  'on',
  'at',
  'by',
  'during',
  'before',
  'after',
  'from',
  'of',
  'early',
  'later',
  'late',
  'mid',
  'until',
  'towards',
]);

/**
 * `s.replace(TRAILING_PREPOSITION_RE, '')`, the RegExp run only when the last word (after the
 * white space that ends `s`) is one of the prepositions: it cannot match otherwise.
 */
function dropTrailingPreposition(s: string): string {
  let end = s.length;
  while (end > 0 && isWhiteSpace(s.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isWhiteSpace(s.charCodeAt(start - 1))) start--;
  if (end - start > 7 || !TRAILING_PREPOSITIONS.has(s.slice(start, end).toLowerCase())) return s;
  return s.replace(TRAILING_PREPOSITION_RE, '');
}

/** `s.replace(/[\s,.;:]+$/, '')` by code units. */
function trimEndMarks(s: string): string {
  let end = s.length;
  while (end > 0 && isEndMark(s.charCodeAt(end - 1))) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** , . ; : or white space */
function isEndMark(c: number): boolean {
  return c === 44 || c === 46 || c === 59 || c === 58 || isWhiteSpace(c);
}
