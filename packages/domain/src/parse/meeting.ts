import { findNextPresidency, findPresidencyByAdjective, findPresidencyOn } from '../lexicon/presidencies.js';
import type { DocumentMeta, Meeting } from '../schema/meta.js';
import type { Span } from '../schema/span.js';
import type { ParseWarning } from '../schema/warning.js';
import type { HeaderResult } from './header.js';
import { findDateRange } from './meeting-dates.js';
import { readDelegations } from './meeting-delegations.js';
import { DC_SUFFIX_RE, type MeetingOpening, normaliseCity, readMeetingOpening } from './meeting-opening.js';
import { isPlaceDateLine } from './normalise-lines.js';
import type { Block, ParseContext } from './types.js';

/** The meeting, the document id, the context later passes need, and what could not be found. */
export interface MeetingResult {
  meeting: Meeting;
  id: string;
  ctx: ParseContext;
  warnings: ParseWarning[];
}

// "the Swedish Presidency of the Council of the EU (which hosted the event)", "hosted by the
// Swedish Presidency", "the Portuguese Presidency of the Council of the European Union hosted"
const HOSTED =
  /\b(?:the )?(?<!\bincoming )(\p{Lu}\p{Ll}+) Presidency(?: of the Council(?: of the (?:EU|European Union))?)? (?:\((?:which|who) hosted|hosted\b)|\bhosted by the (\p{Lu}\p{Ll}+) Presidency/u;
const INCOMING = /\b(?:the )?incoming (\p{Lu}\p{Ll}+) Presidency/u;
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
  const body = blocks.filter((b) => b.kind !== 'header');
  const bodyStart = body[0]?.span.start ?? text.length;
  const bodyEnd = body[Math.min(body.length, 12) - 1]?.span.end ?? text.length;
  const place = findPlaceAndDates(text, blocks, header, issueYear);
  const opening = place.start === null || place.city === null ? readOpening(text, body, issueYear) : null;
  if (opening) fillFromOpening(place, opening);
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
  const incoming = findIncoming(text, bodyStart, presidency, spans);
  const meeting: Meeting = {
    kind,
    title,
    city: place.city,
    startDate: place.start,
    endDate: place.end,
    presidency,
    incomingPresidency: incoming,
    delegations: readDelegations(text, bodyStart, Math.max(bodyStart, bodyEnd)),
    spans,
  };
  const prefix = kind === 'senior-officials' ? 'som' : kind === 'ministerial' ? 'ministerial' : 'meeting';
  // a meeting held by videoconference has no city; its id says how it was held
  const citySlug = (place.city ?? (REMOTE_RE.test(titleSource) ? 'videoconference' : ''))
    .normalize('NFKD')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
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

function makeTitle(meta: DocumentMeta, jointTitle: string | null): string {
  if (jointTitle !== null) return jointTitle;
  if (meta.subject) {
    const t = meta.subject
      .replace(OUTCOME_PREFIX, '')
      // "..., Amsterdam, 2-3 June 2016 - Outcome"
      .replace(/\s*[-–—:]\s*(?:Outcome(?: of proceedings)?|Summary|Report)\s*$/i, '')
      .replace(/\s*\([^()]*\d{4}\)\s*$/, '')
      .replace(/,\s*[^,]+,\s*[^,]*\d{4}\s*$/, '')
      .trim();
    if (t !== '') return t.charAt(0).toUpperCase() + t.slice(1);
  }
  return meta.documentType ?? 'Unidentified meeting';
}

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
  for (const b of blocks.slice(0, 40)) {
    if (b.kind === 'header') continue;
    if (isPlaceDateLine(text.slice(b.span.start, b.span.end))) candidates.push(b.span);
  }
  for (const span of candidates) {
    const s = text.slice(span.start, span.end);
    const range = findDateRange(s, year);
    if (!range) continue;
    const before = s.slice(0, range.index).replace(/[\s,(–-]+$/, '');
    // "Washington, D.C., 15 December 2022": the comma before "D.C." is inside the city
    const head = before.replace(DC_SUFFIX_RE, '');
    const cut = Math.max(head.lastIndexOf(','), head.lastIndexOf('('));
    let city = before.slice(cut + 1).trim();
    if (!/^\p{Lu}/u.test(city) || city.split(' ').length > 4) city = '';
    const cityAt = city === '' ? -1 : span.start + cut + 1 + before.slice(cut + 1).indexOf(city);
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

/** The opening sentence of a record without a place-and-date line, in its first paragraphs. */
function readOpening(text: string, body: readonly Block[], year: number | null): MeetingOpening | null {
  const paragraphs = body.filter((b) => b.kind === 'paragraph').slice(0, OPENING_BLOCKS);
  const first = paragraphs[0];
  const last = paragraphs[paragraphs.length - 1];
  if (!first || !last) return null;
  return readMeetingOpening(
    text,
    first.span.start,
    Math.min(last.span.end, first.span.start + OPENING_CHARS),
    year,
  );
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
  // both forms contain "hosted": most records never say it, and the RegExp need not scan them
  const hosted = region.includes('hosted') ? HOSTED.exec(region) : null;
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
  spans: Record<string, Span>,
): string | null {
  const region = text.slice(from, from + 20000);
  const m = region.includes('incoming ') ? INCOMING.exec(region) : null;
  const found = m ? findPresidencyByAdjective(m[1] as string) : null;
  if (m && found) {
    const at = from + m.index + m[0].indexOf(m[1] as string);
    spans.incomingPresidency = { start: at, end: at + (m[1] as string).length };
    return found.country;
  }
  return presidency ? (findNextPresidency(presidency)?.country ?? null) : null;
}
