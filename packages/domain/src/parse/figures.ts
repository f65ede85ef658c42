import type { Figure } from '../schema/facts.js';
import type { Span } from '../schema/span.js';

/** A figure before it is given an id and tied to a statement. */
export type FigureMention = Omit<Figure, 'id' | 'statementId'>;

const QUALIFIER =
  '(?:(just over|well over|more than|less than|fewer than|up to|at least|at most|close to|an estimated|over|almost|nearly|about|around|approximately|roughly|some|below|above|under|estimated)\\s+)?';
const CURRENCY = '(?:(EUR|USD|GBP|US\\$|€|\\$|£)\\s?)?';
const LETTER = 'A-Za-z\\u00C0-\\u024F';

/** What may not stand right before a number's first digit. */
const NOT_BEFORE_NUMBER = `[${LETTER}\\d/.,\\-‐)\\]"”’']`;
/**
 * A number, its thousands grouped by commas ("283,000") or, in the EU's style, by spaces ("283 000"),
 * not preceded by a letter, digit, slash or closing bracket/quote ("G7", "7725/23", the
 * footnote mark in "(AHC)1.") and not followed by a
 * digit, slash, letter or "-word" ("1-year", "40th"); then scale and percent. Tried where
 * `FIGURE_START_RE` says; qualifier and currency are read backwards from the number (`PREFIX_RE`).
 */
const FIGURE_RE = new RegExp(
  `(?<!${NOT_BEFORE_NUMBER})(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?: \\d{3})+(?:\\.\\d+)?|\\d+,\\d{1,2}(?!\\d)|\\d+(?:\\.\\d+)?)(?![\\d/)]|[-‐][${LETTER}]|\\.\\d|[${LETTER}])(?:\\s?(million|billion|thousand|bn|mn)\\b)?(?:\\s?(%|per\\s?cent\\b|percent\\b))?`,
  'iy',
);
/**
 * Where `FIGURE_RE` may start: a digit without `NOT_BEFORE_NUMBER` before it (the digit first,
 * so that the engine skips to digits fast). The scan goes on after each match of `FIGURE_RE`, so
 * the groups of "283 000" are not read again on their own; a number in an excluded span is passed
 * over without reading it. Same flags as `FIGURE_RE`: under "i" the letter class folds case.
 */
const FIGURE_START_RE = new RegExp(`\\d(?<!${NOT_BEFORE_NUMBER}\\d)`, 'gi');
/** Qualifier and currency right before a number: "over 283,000", "EUR 1.5", "about €2". */
const PREFIX_RE = new RegExp(`(?:^|[^${LETTER}])(${QUALIFIER}${CURRENCY})$`, 'i');
/** Words after which a number is a reference, not a quantity ("Article 5", "No. 3", "UNGA 79"). */
const REFERENCE_BEFORE_RE =
  /(?:\b(?:article|art|no|nos|para|paragraph|point|section|chapter|annex|regulation|directive|decision|resolution|page|rule|protocol|order|title|statement|item|recommendation|phase|round|level|version|number)\.?|\()\s*$/i;
/** An acronym or a Title Case name right before the number ("JAI 345", "UNGA 79", "Council Regulation 2"). */
const NAME_BEFORE_RE = /(?:\b\p{Lu}{2,}|\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+)\s*$/u;
const UNIT_STOP = new Set(
  'the a an of and or in on to for with by from at as is are was were has have had per every each which that this these those than over under since during between among into its their it be been will would'.split(
    ' ',
  ),
);
const ADJECTIVES = new Set(
  'new additional further more other active registered confirmed potential possible total individual separate different open pending unaccompanied recent extra young international national foreign'.split(
    ' ',
  ),
);
const WORD_RE = /^\s+([\p{L}][\p{L}’'-]*)/u;
const PER_RE =
  /\b(?:every|per|each)\s+(day|week|month|year|quarter|annum)\b|\b(daily|weekly|monthly|yearly|annually)\b/i;
const PER_ADVERB: Record<string, string> = {
  daily: 'day',
  weekly: 'week',
  monthly: 'month',
  yearly: 'year',
  annually: 'year',
};
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, mn: 1e6, billion: 1e9, bn: 1e9 };
const CURRENCIES: Record<string, string> = { '€': 'EUR', $: 'USD', US$: 'USD', '£': 'GBP' };

const YEAR_RE = /^(?:19|20)\d{2}$/;
const DECIMAL_COMMA_RE = /^\d+,\d{1,2}$/;
/** A plural noun that heads a compound after a modifier noun ("battlefield items", "police officers"). */
const PLURAL_HEAD_RE = /^\p{Ll}[\p{Ll}-]*[^s]s$/u;
/** A capitalised plural after a capitalised modifier: "12 Member States", "40 Border Guards". */
const CAPITALISED_PLURAL_RE = /^\p{Lu}[\p{Ll}-]*[^s]s$/u;
const CAPITAL_START_RE = /^\p{Lu}/u;
const CLAUSE_STOP_RE = /[.;:]\s|\d/;
/**
 * Words that are never the thing counted: modals and common irregular past forms ("115,000
 * came", "12 remain in custody"). Regular past forms are caught by their "-ed" (`PAST_RE`).
 */
const VERB_WORDS = new Set(
  'came went fled got made took became rose fell grew ran saw gave sought remain remained did do does can could may might must should shall'.split(
    ' ',
  ),
);
/** A lower-case past form ("arrived", "returned"), not "-eed" ("need", "speed"). */
const PAST_RE = /^\p{Ll}[\p{Ll}-]*[^e]ed$/u;
/** A title's complement after a capitalised plural: "Heads| of State and Government", "Ministers| of Justice". */
const TITLE_OF_RE =
  /^\s+of\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}(?:\s+(?:and|or)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})?\b/u;

const UNIT_WORDS =
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  );
const TENS_WORDS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
const WORD_VALUES: Record<string, number> = Object.fromEntries([
  ...UNIT_WORDS.map((w, k) => [w, k + 1] as const),
  ...TENS_WORDS.map((w, k) => [w, (k + 2) * 10] as const),
]);
/**
 * A number written in words and followed by a scale or a percent: "three percent", "twenty-five
 * per cent", "two million", "five hundred thousand". Groups: tens, units after tens, units alone,
 * "hundred", scale, percent.
 */
const WORD_FIGURE_RE = new RegExp(
  `(?<![${LETTER}\\-])(?:(${TENS_WORDS.join('|')})(?:[-\\s](${UNIT_WORDS.slice(0, 9).join('|')}))?|(${UNIT_WORDS.join('|')}))\\b(?:\\s+(hundred)\\b)?(?:\\s+(thousand|million|billion)\\b)?(?:\\s?(%|per\\s?cent\\b|percent\\b))?`,
  'gi',
);
/** Cheap test before `WORD_FIGURE_RE`: a number in words counts only before one of these. */
const WORD_FIGURE_CUE_RE = /per\s?cent|%|thousand|million|billion/i;

/**
 * Finds the figures in `text.slice(start, end)`: value, unit, qualifier and rate.
 * "over 283,000 Ukrainians" → 283000 "Ukrainians" "over"; "3,000 new applications ... every
 * week" → per "week"; "2.61 %" and "2,61 %" → 2.61 unit "percent" (a comma before one or two
 * digits is a decimal comma, before three a thousands separator); "EUR 1.5 billion" → 1500000000 "EUR".
 * Never takes bare numbers with nothing counted ("5)", "see 12"), years (unless qualified: "over
 * 2000 arrests"), numbers inside `exclude` (dates),
 * references ("Article 5", "7725/23"), "1-year", "G7" or ordinals ("40th").
 */
export function findFigures(
  text: string,
  start: number,
  end: number,
  exclude: readonly Span[] = [],
): FigureMention[] {
  const chunk = text.slice(start, end);
  const out: FigureMention[] = [];
  // where the second number of a "between 2,000 and 3,000 people" range stands (-1: none)
  let rangeEndAt = -1;
  FIGURE_START_RE.lastIndex = 0;
  while (FIGURE_START_RE.test(chunk)) {
    const at = FIGURE_START_RE.lastIndex - 1;
    // a number inside a date is no figure, whatever stands before it
    if (startsInside(exclude, start + at)) continue;
    FIGURE_RE.lastIndex = at;
    const m = FIGURE_RE.exec(chunk);
    if (m === null) continue;
    FIGURE_START_RE.lastIndex = FIGURE_RE.lastIndex;
    const [whole, digits, scale, percent] = m;
    if (digits === undefined) continue;
    const prefix = readPrefix(chunk, m.index);
    if (m.index === rangeEndAt && prefix.qualifier === undefined) prefix.qualifier = 'between';
    const { qualifier, currency, figStart } = prefix;
    const plain = !qualifier && !currency && !scale && !percent;
    if (plain && YEAR_RE.test(digits as string)) continue;
    const before = chunk.slice(Math.max(0, figStart - 24), figStart);
    if (!currency && (REFERENCE_BEFORE_RE.test(before) || NAME_BEFORE_RE.test(before))) continue;
    const numberEnd = m.index + whole.length;
    // the noun after the number, read first for a bare number: without one it is no figure
    const unit = percent === undefined && !currency ? readUnit(chunk, numberEnd) : null;
    const value = numberValue(digits) * (scale ? (SCALES[scale.toLowerCase()] ?? 1) : 1);
    if (plain && unit === null) {
      // "between 2,000 and 3,000 people": the first number counts what the second does
      const range = readRangeStart(chunk, figStart, numberEnd);
      if (range !== null) {
        rangeEndAt = range.secondAt;
        const between: FigurePrefix = { qualifier: 'between', currency: undefined, figStart: range.from };
        out.push(
          completeFigure(chunk, start, between, numberEnd, value, false, {
            unit: range.unit,
            end: numberEnd,
          }),
        );
      }
      // A bare number with nothing to say what it counts is a label or a reference, not a figure.
      continue;
    }
    out.push(completeFigure(chunk, start, prefix, numberEnd, value, percent !== undefined, unit));
  }
  if (WORD_FIGURE_CUE_RE.test(chunk) && addWordFigures(chunk, start, out)) {
    out.sort((a, b) => a.span.start - b.span.start);
  }
  return out;
}

/**
 * The value of a number as written: "283 000" and "1,500" group thousands, "3,5" and "2,61" (one or
 * two digits after the comma) have a decimal comma.
 */
function numberValue(digits: string): number {
  if (digits.includes(' ')) return Number(digits.replaceAll(' ', ''));
  if (!digits.includes(',')) return Number(digits);
  return Number(DECIMAL_COMMA_RE.test(digits) ? digits.replace(',', '.') : digits.replaceAll(',', ''));
}

/** Whether `at` falls inside one of `spans`. */
function startsInside(spans: readonly Span[], at: number): boolean {
  for (const s of spans) if (at >= s.start && at < s.end) return true;
  return false;
}

/**
 * Adds the numbers written in words that a percent or a scale follows ("less than three percent"
 * → 3 "percent" "less than"; "two million Ukrainians" → 2000000 "Ukrainians"). A number word
 * alone ("one", "the two sides", "three Member States") is never a figure: records write the
 * figures that matter in digits, and words before a noun are mostly a manner of speaking.
 * Returns whether any was added.
 */
function addWordFigures(chunk: string, start: number, out: FigureMention[]): boolean {
  let added = false;
  WORD_FIGURE_RE.lastIndex = 0;
  for (let m = WORD_FIGURE_RE.exec(chunk); m !== null; m = WORD_FIGURE_RE.exec(chunk)) {
    const [whole, tens, tensUnit, unitAlone, hundred, scale, percent] = m;
    if (!scale && !percent) continue;
    const words =
      (WORD_VALUES[(tens ?? unitAlone ?? '').toLowerCase()] ?? 0) +
      (WORD_VALUES[(tensUnit ?? '').toLowerCase()] ?? 0);
    const value = words * (hundred ? 100 : 1) * (scale ? (SCALES[scale.toLowerCase()] ?? 1) : 1);
    const prefix = readPrefix(chunk, m.index);
    const numberEnd = m.index + whole.length;
    const unit = percent === undefined && !prefix.currency ? readUnit(chunk, numberEnd) : null;
    out.push(completeFigure(chunk, start, prefix, numberEnd, value, percent !== undefined, unit));
    added = true;
  }
  return added;
}

const BETWEEN_BEFORE_RE = /\bbetween\s+$/i;
const AND_AFTER_RE = /^\s+and\s+(?=\d)/;

/**
 * The range a bare number opens, "between 2,000 and 3,000 people": where "between" starts, where
 * the second number stands and what it counts; null when the number opens none or the second
 * number counts nothing.
 */
function readRangeStart(
  chunk: string,
  figStart: number,
  numberEnd: number,
): { from: number; secondAt: number; unit: string } | null {
  const before = BETWEEN_BEFORE_RE.exec(chunk.slice(Math.max(0, figStart - 12), figStart));
  if (before === null) return null;
  const and = AND_AFTER_RE.exec(chunk.slice(numberEnd, numberEnd + 12));
  if (and === null) return null;
  const secondAt = numberEnd + and[0].length;
  FIGURE_RE.lastIndex = secondAt;
  const second = FIGURE_RE.exec(chunk);
  // "between 2 and 3 million": the first number's scale is unwritten; left out
  if (second === null || second[2] !== undefined) return null;
  // "between 10 and 20 %"
  const unit = second[3] !== undefined ? 'percent' : readUnit(chunk, secondAt + second[0].length)?.unit;
  if (unit === undefined) return null;
  return { from: figStart - before[0].length, secondAt, unit };
}

/** What stands before a number: a qualifier ("over"), a currency ("EUR"), where the figure starts. */
interface FigurePrefix {
  qualifier: string | undefined;
  currency: string | undefined;
  figStart: number;
}

/** Reads the qualifier and currency written before the number at `index` of `chunk`. */
function readPrefix(chunk: string, index: number): FigurePrefix {
  const prefix = PREFIX_RE.exec(chunk.slice(Math.max(0, index - 32), index));
  return { qualifier: prefix?.[2], currency: prefix?.[3], figStart: index - (prefix?.[1]?.length ?? 0) };
}

/**
 * The figure of a number ending at `numberEnd` (digits or words): its unit (percent, the
 * currency, else the noun after it: `read`, what `readUnit` gives at `numberEnd` when neither),
 * its rate ("every week"), its text and span.
 */
function completeFigure(
  chunk: string,
  start: number,
  { qualifier, currency, figStart }: FigurePrefix,
  numberEnd: number,
  value: number,
  percent: boolean,
  read: { unit: string; end: number } | null,
): FigureMention {
  let figEnd = numberEnd;
  let unit: string | null = null;
  if (percent) unit = 'percent';
  else if (currency) unit = CURRENCIES[currency] ?? currency;
  else if (read !== null) {
    unit = read.unit;
    figEnd = read.end;
  }
  const perMatch = PER_RE.exec(clauseAfter(chunk, figEnd));
  return {
    value,
    unit,
    qualifier: qualifier ? qualifier.toLowerCase() : null,
    per: perMatch
      ? (perMatch[1]?.toLowerCase() ?? PER_ADVERB[(perMatch[2] ?? '').toLowerCase()] ?? null)
      : null,
    text: chunk.slice(figStart, figEnd),
    span: { start: start + figStart, end: start + figEnd },
  };
}

/**
 * The noun after a number, with its adjectives ("new applications") and a modifier noun before a
 * plural head ("battlefield items"), or null before "of", "the"...
 */
function readUnit(chunk: string, from: number): { unit: string; end: number } | null {
  const words: string[] = [];
  let at = from;
  for (let k = 0; k < 3; k++) {
    const w = WORD_RE.exec(chunk.slice(at, at + 60));
    if (w === null) break;
    const word = w[1] as string;
    const lower = word.toLowerCase();
    if (UNIT_STOP.has(lower) || VERB_WORDS.has(lower)) break;
    // a past form is a verb ("115,000 arrived"), unless a plural noun follows ("300 seized weapons")
    if (!ADJECTIVES.has(lower) && PAST_RE.test(word) && !isPluralHeadAt(chunk, at + w[0].length)) break;
    words.push(word);
    at += w[0].length;
    if (!ADJECTIVES.has(lower)) {
      // singular modifier nouns before a plural head: "1,500 battlefield items", "20 police
      // officers", "4.2 million temporary protection beneficiaries", "30 law enforcement officers"
      const plural = readPluralHead(chunk, at, word);
      if (plural !== null) {
        words.push(...plural.words);
        at = plural.end;
      }
      break;
    }
  }
  if (words.length === 0 || ADJECTIVES.has((words[words.length - 1] as string).toLowerCase())) return null;
  // a capitalised plural with its complement: "28 Heads of State and Government"
  const last = words[words.length - 1] as string;
  if (CAPITAL_START_RE.test(last) && last.endsWith('s')) {
    const title = TITLE_OF_RE.exec(chunk.slice(at, at + 80));
    if (title !== null) {
      words.push(title[0].trim().replace(/\s+/g, ' '));
      at += title[0].length;
    }
  }
  return { unit: words.join(' '), end: at };
}

/** Whether the word after `at` is a plural head ("weapons"); read only after a past form. */
function isPluralHeadAt(chunk: string, at: number): boolean {
  const next = WORD_RE.exec(chunk.slice(at, at + 60))?.[1];
  return next !== undefined && PLURAL_HEAD_RE.test(next);
}

const MAX_MODIFIERS = 2;

/**
 * The plural head after a singular word and at most one more singular modifier ("battlefield
 * items", "protection beneficiaries"), with the words up to it; null when none follows.
 */
function readPluralHead(chunk: string, from: number, word: string): { words: string[]; end: number } | null {
  if (word.endsWith('s')) return null;
  const words: string[] = [];
  let at = from;
  let previous = word;
  for (let k = 0; k < MAX_MODIFIERS; k++) {
    const next = WORD_RE.exec(chunk.slice(at, at + 60));
    const candidate = next?.[1];
    if (next === null || candidate === undefined || UNIT_STOP.has(candidate.toLowerCase())) return null;
    words.push(candidate);
    at += next[0].length;
    if (
      PLURAL_HEAD_RE.test(candidate) ||
      (CAPITAL_START_RE.test(previous) && CAPITALISED_PLURAL_RE.test(candidate))
    )
      return { words, end: at };
    if (candidate.endsWith('s') || VERB_WORDS.has(candidate.toLowerCase()) || PAST_RE.test(candidate))
      return null;
    previous = candidate;
  }
  return null;
}

/** The rest of the clause after a figure, up to the next figure or strong punctuation. */
function clauseAfter(chunk: string, from: number): string {
  const rest = chunk.slice(from, from + 120);
  const stop = rest.search(CLAUSE_STOP_RE);
  return stop === -1 ? rest : rest.slice(0, stop);
}
