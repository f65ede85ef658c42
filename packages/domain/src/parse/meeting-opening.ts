import type { Span } from '../schema/span.js';
import { findDates } from './dates.js';

/** What a press-release style opening sentence says of the meeting; every span points at the words read. */
export interface MeetingOpening {
  city: string | null;
  citySpan: Span | null;
  start: string | null;
  end: string | null;
  dateSpan: Span | null;
  /** "Portuguese" in "the Portuguese Presidency of the Council ... hosted"; null when none is named. */
  presidencyAdjective: string | null;
  presidencySpan: Span | null;
}

/**
 * A meeting verb followed, within the sentence, by "in <City>": "took place in Washington, D.C.",
 * "hosted the EU-U.S. ... Meeting in Lisbon", "was held in Brussels", "held their ... Meeting in
 * Brussels". Countries, the Union and words of a title ("in Justice and Home Affairs") are not
 * cities; up to three capitalised words, then an optional "D.C." / "DC". The sentence ends at a full stop after a small letter or digit
 * ("in Lisbon. The"), not after an abbreviation ("EU-U.S. Ministerial").
 */
const OPENING_RE =
  /\b(?:took place|held|hosted|met|convened|gathered|was organi[sz]ed)\b(?:(?!(?<=[\p{Ll}\d)])\.\s)[^\n]){0,200}?\bin\s+(?!(?:the\s+)?(?:United|European|Europe|EU|US|U\.S\.|USA|America|Justice|Home|January|February|March|April|May|June|July|August|September|October|November|December)(?![\p{L}-])|the\s)((?:The\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2}(?:,?\s*(?:D\.C\.|DC\b))?)/u;
/** "the Portuguese Presidency" (never "the incoming Belgian Presidency"). */
const NAMED_PRESIDENCY_RE = /(?<!\bincoming\s)\b(?:the\s+)(\p{Lu}\p{Ll}+) Presidency\b/u;
/** The District of Columbia suffix after a city: ", D.C.", " D.C.", " DC". */
export const DC_SUFFIX_RE = /,?\s*(?:D\.C\.|DC)$/;
/** How far past the city a date may still belong to the sentence ("in Brussels on 21 June 2024"). */
const DATE_TAIL = 40;

/**
 * Writes every form of the District of Columbia suffix the same way, as the place-and-date line
 * "Washington D.C., 15 December 2022" does: "Washington, D.C." / "Washington DC" → "Washington D.C.".
 * Other cities are returned trimmed.
 */
export function normaliseCity(city: string): string {
  const trimmed = city.trim();
  return hasDcSuffix(trimmed) && DC_SUFFIX_RE.test(trimmed)
    ? `${trimmed.replace(DC_SUFFIX_RE, '')} D.C.`
    : trimmed;
}

/** Whether `text` ends with "D.C." or "DC": what `DC_SUFFIX_RE` needs to match, told without it. */
export function hasDcSuffix(text: string): boolean {
  return text.endsWith('D.C.') || text.endsWith('DC');
}

/**
 * Reads the meeting from the opening sentence of a joint statement or press release that has no
 * place-and-date line: "On 22 June 2021, the Portuguese Presidency of the Council of the European
 * Union hosted the EU-U.S. Justice and Home Affairs Ministerial Meeting in Lisbon." / "WASHINGTON –
 * On 17 November 2017, the ... Ministerial Meeting took place in Washington, D.C." / "The EU-U.S.
 * Ministerial ... was held in Brussels on 21 June 2024". Only the first day-precise date before the
 * city (or just after it) counts; `text.slice(from, to)` is the opening paragraph. Null when the
 * paragraph names no meeting place.
 */
export function readMeetingOpening(
  text: string,
  from: number,
  to: number,
  defaultYear: number | null,
): MeetingOpening | null {
  const region = text.slice(from, to);
  const m = OPENING_RE.exec(region);
  if (m === null) return null;
  const written = m[1] as string;
  const cityAt = from + m.index + m[0].length - written.length;
  const cityEnd = cityAt + written.length;
  const dates = findDates(text, from, Math.min(to, cityEnd + DATE_TAIL), defaultYear);
  const date = dates.find((d) => d.precision === 'day') ?? null;
  const named = NAMED_PRESIDENCY_RE.exec(text.slice(from, cityEnd));
  const adjective = named ? (named[1] as string) : null;
  const adjectiveAt = named ? from + named.index + named[0].indexOf(named[1] as string) : -1;
  return {
    city: normaliseCity(written),
    citySpan: { start: cityAt, end: cityEnd },
    start: date?.value ?? null,
    end: date ? (date.end ?? date.value) : null,
    dateSpan: date ? { start: date.span.start, end: date.span.end } : null,
    presidencyAdjective: adjective,
    presidencySpan: adjective ? { start: adjectiveAt, end: adjectiveAt + adjective.length } : null,
  };
}
