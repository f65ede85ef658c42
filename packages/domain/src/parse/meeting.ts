import { findNextPresidency, findPresidencyByAdjective, findPresidencyOn } from '../lexicon/presidencies.js';
import type { Delegation, DocumentMeta, Meeting } from '../schema/meta.js';
import type { Span } from '../schema/span.js';
import type { ParseWarning } from '../schema/warning.js';
import type { HeaderResult } from './header.js';
import { readAnnexDelegations } from './meeting-annex.js';
import { findDateRange } from './meeting-dates.js';
import { readDelegations } from './meeting-delegations.js';
import {
  DC_SUFFIX_RE,
  hasDcSuffix,
  type MeetingOpening,
  normaliseCity,
  readMeetingOpening,
} from './meeting-opening.js';
import { findHosted, findIncomingMention } from './meeting-presidency.js';
import {
  countSpaces,
  lastNonSpaceCode,
  slugifyCity,
  startsWithCapital,
  trimDateLead,
} from './meeting-text.js';
import { isPlaceDateLine } from './normalise-lines.js';
import type { Block, ParseContext } from './types.js';

/** The meeting, the document id, the context later passes need, and what could not be found. */
export interface MeetingResult {
  meeting: Meeting;
  id: string;
  ctx: ParseContext;
  warnings: ParseWarning[];
}

/** The opening sentence is looked for in the first paragraphs of the body only. */
const OPENING_BLOCKS = 2;
/** "Senior Officials Meeting", "Senior Officials' Meeting", "JHA SOM" (the abbreviation as written). */
const SENIOR_OFFICIALS_RE = /[Ss]enior [Oo]fficials|SENIOR OFFICIALS|\bSOMs?\b/;
/** A meeting held remotely: "via videoconference", "by video conference", "(VTC)". */
const REMOTE_RE = /\b(?:video[- ]?conference|VTC)\b/i;

const OPENING_CHARS = 1500;
const OUTCOME_PREFIX = /^Outcome of (?:the )?(?:proceedings of (?:the )?)?/i;

/**
 * Reads the meeting a record reports on: kind (senior officials, ministerial — joint statements
 * included — or other), title, city and dates (from the Subject, a joint statement's
 * place-and-date line, or a place-and-date line in the body; what these leave out, from an opening
 * sentence such as "On 22 June 2021, the Portuguese Presidency ... hosted the ... Meeting in
 * Lisbon"; "Washington, D.C." / "Washington DC" are written "Washington D.C."), Presidency ("the
 * Swedish Presidency ... (which hosted the event)", one named in the opening sentence, else from
 * the date), incoming Presidency,
 * delegations, and the stable id (`som-2023-03-16-stockholm`; `…-videoconference` for a meeting
 * held remotely; else `doc-<12 hex of sha256>`).
 */
export function readMeeting(
  text: string,
  blocks: readonly Block[],
  header: HeaderResult,
  sha256: string,
): MeetingResult {
  const { meta, jointTitle } = header;
  const spans: Record<string, Span> = {};
  const warnings: ParseWarning[] = [];
  const issueYear = meta.issuedOn ? Number(meta.issuedOn.slice(0, 4)) : null;
  const subject = meta.subject ?? '';
  const titleSource = jointTitle?.text ?? subject;
  const kind: Meeting['kind'] = SENIOR_OFFICIALS_RE.test(titleSource)
    ? 'senior-officials'
    : jointTitle !== null || /ministerial/i.test(titleSource)
      ? 'ministerial'
      : 'other';
  const { start: bodyStart, end: bodyEnd } = findBodyBounds(text, blocks);
  const place = findPlaceAndDates(text, blocks, header, issueYear);
  // a joint statement's dateline is the day it was issued: its opening sentence may say the
  // meeting's days ("held ... in Brussels on 12-13 December 2024" under "Brussels, 13 December 2024")
  const opening =
    place.start === null || place.city === null || jointTitle !== null
      ? readOpening(text, blocks, issueYear)
      : null;
  if (opening) {
    if (jointTitle !== null) takeMeetingDays(place, opening);
    fillFromOpening(place, opening);
  }
  if (place.citySpan) spans.city = place.citySpan;
  if (place.dateSpan) spans.dates = place.dateSpan;
  if (!place.start)
    warnings.push({
      code: 'no-meeting-dates',
      message: 'No meeting dates found in the Subject, a place-and-date line or the opening sentence.',
      span: null,
    });
  const title = makeTitle(meta, jointTitle?.text ?? null);
  const presidency = findPresidency(text, bodyStart, place.start, opening, spans);
  const incoming = findIncoming(text, bodyStart, presidency, place.start, spans);
  const meeting: Meeting = {
    kind,
    title,
    city: place.city,
    startDate: place.start,
    endDate: place.end,
    presidency,
    incomingPresidency: incoming,
    delegations: withAnnexDelegations(
      readDelegations(text, bodyStart, Math.max(bodyStart, bodyEnd)),
      readAnnexDelegations(text, blocks),
    ),
    spans,
  };
  const prefix = kind === 'senior-officials' ? 'som' : kind === 'ministerial' ? 'ministerial' : 'meeting';
  // a meeting held by videoconference has no city; its id says how it was held
  const citySlug = slugifyCity(place.city ?? (REMOTE_RE.test(titleSource) ? 'videoconference' : ''));
  const id =
    place.start && citySlug !== '' ? `${prefix}-${place.start}-${citySlug}` : `doc-${sha256.slice(0, 12)}`;
  const yearOf = (d: string | null) => (d ? Number(d.slice(0, 4)) : null);
  return {
    meeting,
    id,
    ctx: {
      defaultYear: yearOf(place.start) ?? issueYear,
      meetingDate: place.start,
      incomingPresidency: meeting.incomingPresidency,
    },
    warnings,
  };
}

/** Blocks of the body (every block but the header's) the delegations are looked for in. */
const DELEGATION_BLOCKS = 12;

/**
 * Where the body starts (its first block) and where its twelfth block ends (its last when it is
 * shorter); both `text.length` when every block is a header block.
 */
export function findBodyBounds(text: string, blocks: readonly Block[]): { start: number; end: number } {
  let start = text.length;
  let end = text.length;
  let seen = 0;
  for (const block of blocks) {
    if (block.kind === 'header') continue;
    if (seen === 0) start = block.span.start;
    end = block.span.end;
    seen++;
    if (seen === DELEGATION_BLOCKS) break;
  }
  return { start, end };
}

function makeTitle(meta: DocumentMeta, jointTitle: string | null): string {
  if (jointTitle !== null) return jointTitle;
  if (meta.subject) {
    const t = cutDatedEnd(cutOutcomeEnd(cutOutcomePrefix(meta.subject))).trim();
    if (t !== '') return t.charAt(0).toUpperCase() + t.slice(1);
  }
  return meta.documentType ?? 'Unidentified meeting';
}

/** `subject.replace(OUTCOME_PREFIX, '')`, which can only match an "O" or "o" first. */
function cutOutcomePrefix(subject: string): string {
  const first = subject.charCodeAt(0) | 0x20;
  return first === 111 ? subject.replace(OUTCOME_PREFIX, '') : subject;
}

/**
 * "..., Amsterdam, 2-3 June 2016 - Outcome": the RegExp can only match where the last letter
 * before trailing white space ends "Outcome", "proceedings", "Summary" or "Report".
 */
function cutOutcomeEnd(title: string): string {
  const last = lastNonSpaceCode(title) | 0x20;
  return last === 101 || last === 115 || last === 121 || last === 116
    ? title.replace(/\s*[-–—:]\s*(?:Outcome(?: of proceedings)?|Summary|Report)\s*$/i, '')
    : title;
}

const HELD_IN_ON_END_RE = /\s+(?:held\s+)?in\s+\p{Lu}[^()]*?\s+on\s+[^,()]*\d{4}\s*$/u;
/** A city's one to three capitalised words ("Brussels", "Washington D.C."), as RegExp source. */
const CITY_WORDS = "\\p{Lu}[\\p{L}’'.-]*(?:\\s+\\p{Lu}[\\p{L}’'.-]*){0,2}";
const DATE_THEN_CITY_END_RE = new RegExp(`,\\s*[^,]*\\d{4}\\s*,\\s*${CITY_WORDS}\\s*$`, 'u');

/**
 * "... (Stockholm, 16-17 March 2023)", "... - Helsinki, 3-4 December 2019" or "..., Amsterdam, 2-3 June 2016": a place and date at
 * the end, cut; the RegExps can only match where the text ends with ")" or a digit.
 */
function cutDatedEnd(written: string): string {
  // "... SOM held in Lisbon on 20-21 May 2021", "..., 14 and 15 March 2024, Brussels"
  const title = written.replace(HELD_IN_ON_END_RE, '').replace(DATE_THEN_CITY_END_RE, '');
  const last = lastNonSpaceCode(title);
  const unbracketed = last === 41 ? title.replace(/\s*\([^()]*\d{4}\)\s*$/, '') : title;
  const end = unbracketed === title ? last : lastNonSpaceCode(unbracketed);
  if (end < 48 || end > 57) return unbracketed;
  // "... Meeting - Helsinki, 3-4 December 2019"
  const dashed = unbracketed.replace(/\s+[-–—]\s+[^,()\-–—]+,\s*[^,]*\d{4}\s*$/, '');
  if (dashed !== unbracketed) return dashed;
  const placed = unbracketed.replace(/,\s*[^,]+,\s*[^,]*\d{4}\s*$/, '');
  // "... Ministerial Meeting, 22-23 June 2022", "... Meeting on 20-21 May 2021": a date alone
  return placed !== unbracketed ? placed : unbracketed.replace(DATE_ALONE_END_RE, '');
}

/** A day (or days) and month ("22-23 June 2022", "June 22-23, 2022") with its year, ending a title after ",", a dash or "on". */
const DATE_ALONE_END_RE =
  /(?:\s*,|\s+[-–—]|\s+on)\s+(?:\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:[-–—&]|and|to)\s*\d{1,2}(?:st|nd|rd|th)?)?\s+\p{Lu}\p{Ll}+\.?|\p{Lu}\p{Ll}+\.?\s+\d{1,2}(?:\s*[-–—]\s*\d{1,2})?,?)\s+\d{4}\s*$/u;

interface Place {
  city: string | null;
  start: string | null;
  end: string | null;
  citySpan: Span | null;
  dateSpan: Span | null;
}

function findPlaceAndDates(
  text: string,
  blocks: readonly Block[],
  header: HeaderResult,
  year: number | null,
): Place {
  const candidates: Span[] = [];
  if (header.meta.spans.subject) candidates.push(header.meta.spans.subject);
  if (header.placeDate) candidates.push(header.placeDate.span);
  for (let i = 0; i < blocks.length && i < 40; i++) {
    const b = blocks[i] as Block;
    if (b.kind === 'header') continue;
    if (isPlaceDateLine(text.slice(b.span.start, b.span.end))) candidates.push(b.span);
  }
  for (const span of candidates) {
    const s = text.slice(span.start, span.end);
    const range = findDateRange(s, year);
    if (!range) continue;
    const lead = trimDateLead(s.slice(0, range.index));
    // "... held in Lisbon on 20-21 May 2021": the city follows the last " in "
    const on = ON_END_RE.test(lead);
    const before = on ? lead.replace(ON_END_RE, '') : lead;
    // "Washington, D.C., 15 December 2022": the comma before "D.C." is inside the city
    const head = hasDcSuffix(before) ? before.replace(DC_SUFFIX_RE, '') : before;
    // "(Stockholm, ...", "..., Amsterdam, ..." or "... Meeting - Helsinki, ...": the city follows
    // the last of these; before "on <date>", it follows the last " in "
    const inAt = on ? head.lastIndexOf(' in ') : -1;
    const cut = on
      ? inAt < 0
        ? before.length
        : inAt + 3
      : Math.max(head.lastIndexOf(','), head.lastIndexOf('('), lastSpacedDash(head));
    let city = before.slice(cut + 1).trim();
    let cityAt = city === '' ? -1 : span.start + cut + 1 + before.slice(cut + 1).indexOf(city);
    if (!isCityName(city)) {
      // "..., 14 and 15 March 2024, Brussels": the city after the date
      const after = range.index + range.length;
      const other = CITY_AFTER_DATE_RE.exec(s.slice(after));
      city = other === null ? '' : (other[1] as string);
      cityAt = other === null ? -1 : span.start + after + other.index + other[0].indexOf(city);
    }
    return {
      city: city === '' ? null : normaliseCity(city),
      start: range.start,
      end: range.end,
      citySpan: cityAt < 0 ? null : { start: cityAt, end: cityAt + city.length },
      dateSpan: { start: span.start + range.index, end: span.start + range.index + range.length },
    };
  }
  return { city: null, start: null, end: null, citySpan: null, dateSpan: null };
}

const ON_END_RE = /\s+on$/;
/** Where a remote meeting "took place": no city ("- Videoconference, 22 June 2021"). */
const REMOTE_PLACE_RE = /^(?:(?:by |via )?video[- ]?conference|VTC|online|virtual(?:ly)?|remotely)$/i;
/** Words of a meeting's name, never of a city's ("EU-US JHA Ministerial Meeting" before its date). */
const MEETING_WORD_RE =
  /\b(?:Meeting|SOM|JHA|Ministerial|Senior|Officials|EU|US|Justice|Home|Affairs|Outcome|Council)\b/;
/** Lower-case words inside a city's name ("Frankfurt am Main", "Kingston upon Thames"). */
const CITY_PARTICLES = new Set(['am', 'an', 'de', 'del', 'la', 'le', 'upon', 'sur']);

/**
 * A city's name: a capital first, at most four words, every other word capitalised or a particle
 * ("Washington, D.C.", "The Hague"); not "Meeting on", "SOM held in Lisbon" or "Videoconference".
 */
function isCityName(city: string): boolean {
  if (!startsWithCapital(city) || countSpaces(city) > 3 || REMOTE_PLACE_RE.test(city)) return false;
  if (MEETING_WORD_RE.test(city)) return false;
  for (const word of city.split(/[\s,]+/)) {
    if (word !== '' && !startsWithCapital(word) && !CITY_PARTICLES.has(word)) return false;
  }
  return true;
}

/** A city after the date, last in the line (", 14 and 15 March 2024, Brussels"). */
const CITY_AFTER_DATE_RE = new RegExp(`^\\s*,\\s*(${CITY_WORDS})\\s*\\)?\\s*$`, 'u');

/** The delegations the body names, then (in the order of the annex) those only the annex lists. */
function withAnnexDelegations(body: Delegation[], annex: readonly Delegation[]): Delegation[] {
  for (const d of annex) if (!body.some((b) => b.side === d.side)) body.push(d);
  return body;
}

/** Where the dash of the last " - ", " – " or " — " in the text stands; -1 if none. */
function lastSpacedDash(text: string): number {
  const at = Math.max(text.lastIndexOf(' - '), text.lastIndexOf(' – '), text.lastIndexOf(' — '));
  return at < 0 ? -1 : at + 1;
}

/** The opening sentence of a record without a place-and-date line, in its first paragraphs. */
function readOpening(text: string, blocks: readonly Block[], year: number | null): MeetingOpening | null {
  let first: Block | undefined;
  let last: Block | undefined;
  let seen = 0;
  for (const block of blocks) {
    if (block.kind !== 'paragraph') continue;
    first ??= block;
    last = block;
    if (++seen === OPENING_BLOCKS) break;
  }
  if (!first || !last) return null;
  return readMeetingOpening(
    text,
    first.span.start,
    Math.min(last.span.end, first.span.start + OPENING_CHARS),
    year,
  );
}

/**
 * A joint statement's meeting days from its opening sentence, when they end on or before its
 * dateline's day (a statement follows the meeting it reports).
 */
function takeMeetingDays(place: Place, opening: MeetingOpening): void {
  if (opening.start === null || opening.end === null || place.start === null) return;
  if (opening.end > place.start || opening.start === place.start) return;
  place.start = opening.start;
  place.end = opening.end;
  place.dateSpan = opening.dateSpan;
}

/** Fills what the header left out (city, dates) from the opening sentence; never overrides it. */
function fillFromOpening(place: Place, opening: MeetingOpening): void {
  if (place.city === null && opening.city !== null) {
    place.city = opening.city;
    place.citySpan = opening.citySpan;
  }
  if (place.start === null && opening.start !== null) {
    place.start = opening.start;
    place.end = opening.end;
    place.dateSpan = opening.dateSpan;
  }
}

function findPresidency(
  text: string,
  from: number,
  date: string | null,
  opening: MeetingOpening | null,
  spans: Record<string, Span>,
): string | null {
  const region = text.slice(from, from + 20000);
  const hosted = findHosted(region);
  const adjective = hosted ? (hosted[1] ?? hosted[2]) : undefined;
  const byText = adjective ? findPresidencyByAdjective(adjective) : null;
  if (hosted && adjective && byText) {
    const at = from + hosted.index + hosted[0].indexOf(adjective);
    spans.presidency = { start: at, end: at + adjective.length };
    return byText.country;
  }
  const named = opening?.presidencyAdjective ? findPresidencyByAdjective(opening.presidencyAdjective) : null;
  if (named && opening?.presidencySpan) {
    spans.presidency = opening.presidencySpan;
    return named.country;
  }
  return date ? (findPresidencyOn(date)?.country ?? null) : null;
}

function findIncoming(
  text: string,
  from: number,
  presidency: string | null,
  date: string | null,
  spans: Record<string, Span>,
): string | null {
  const region = text.slice(from, from + 20000);
  const m = findIncomingMention(region);
  const found = m ? findPresidencyByAdjective(m[1] as string) : null;
  if (m && found) {
    const at = from + m.index + m[0].indexOf(m[1] as string);
    spans.incomingPresidency = { start: at, end: at + (m[1] as string).length };
    return found.country;
  }
  return presidency ? (findNextPresidency(presidency, date)?.country ?? null) : null;
}
