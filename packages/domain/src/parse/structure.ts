import type { Section } from '../schema/section.js';
import type { Span } from '../schema/span.js';
import type { TopicRef } from '../schema/topic.js';
import type { ParseWarning } from '../schema/warning.js';
import { isSmallLabel, opensRecordAnnex } from './blocks.js';
import { isAnnexLine, isCapitalsLine, matchNumberedStart, NUMBERED_START } from './normalise-lines.js';
import { copySpan } from './spans.js';
import {
  buildSubtopics,
  findAsteriskSubtopics,
  findLabelSubtopics,
  type SubtopicMark,
} from './structure-subtopics.js';
import { LOW_TOPIC_CONFIDENCE, matchTopic } from './topics.js';
import type { Block } from './types.js';

/** Sections with their sub-topics, the blocks with headings settled, and what could not be placed. */
export interface StructureResult {
  sections: Section[];
  blocks: Block[];
  warnings: ParseWarning[];
}

type Scheme = 'arabic' | 'dotted' | 'roman' | 'lower' | 'upper' | 'caps' | 'plain' | 'annex';

interface Heading {
  block: number;
  scheme: Scheme;
  number: string | null;
  level: number;
  title: string;
  titleSpan: Span;
  /** A Ministerial's session ("Session I: Home Affairs", "JUSTICE"): the items after it are its children. */
  session: boolean;
}

/**
 * The heading of a Ministerial's session: "Session I: Home Affairs", "Part II - Justice",
 * "JUSTICE", "Home affairs issues" (after any heading number), never an item about justice.
 */
const SESSION_HEADING_RE =
  /^(?:(?:session|part)\s+(?:\d{1,2}|[ivx]{1,4})\b(?:\s*[:.–—-]\s*(?:justice|home affairs)(?:\s+(?:session|issues|matters))?)?|(?:justice|home affairs)(?:\s+(?:session|issues|matters))?|session on (?:justice|home affairs))\s*$/i;

function schemeOf(number: string | null, line: string): Scheme {
  if (isAnnexLine(line)) return 'annex';
  if (number === null) return isCapitalsLine(line) ? 'caps' : 'plain';
  if (number.includes('.')) return 'dotted';
  if (isDigits(number)) return 'arabic';
  if (isSmallLabel(number)) return 'lower';
  if (isRoman(number) && startsRomanMark(line)) return 'roman';
  return 'upper';
}

/** `/^[IVXLC]+$/.test(text)`. */
function isRoman(text: string): boolean {
  return text !== '' && romanPrefixLength(text) === text.length;
}

/** `/^[IVXLC]+[.)]/.test(line)`: roman-numeral letters, then "." or ")". */
function startsRomanMark(line: string): boolean {
  const n = romanPrefixLength(line);
  const next = line.charCodeAt(n);
  return n > 0 && (next === 46 || next === 41);
}

/** `/^\d+$/.test(text)`: one or more ASCII digits and nothing else. */
export function isDigits(text: string): boolean {
  if (text === '') return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** How many roman-numeral letters (I, V, X, L, C) the text starts with. */
function romanPrefixLength(text: string): number {
  let n = 0;
  while (n < text.length && 'IVXLC'.includes(text.charAt(n))) n++;
  return n;
}

function romanValue(r: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < r.length; i++) {
    const cur = v[r[i] as string] ?? 0;
    const next = v[r[i + 1] as string] ?? 0;
    total += cur < next ? -cur : cur;
  }
  return total;
}

/**
 * Builds the sections of a record from its blocks: a Summary, numbered agenda items ("1.",
 * "I.", "1)", "2.1"; lettered "a)" / "(a)" as level-2 children), headings in capitals,
 * unnumbered short title lines (sub-topics when they fall inside a numbered item), and an
 * ANNEX (kind `annex`). A joint statement without headings gets one `paragraph` section per
 * paragraph, its topic read from the content. Sub-topics: `*asterisk phrases*` inside
 * paragraphs and own-line titles, each with `span` (title without asterisks) and `bodySpan`.
 * Warns `no-sections`, `unknown-heading`, `low-topic-confidence`.
 */
export function buildSections(
  text: string,
  blocks: readonly Block[],
  options: { jointStatement?: boolean } = {},
): StructureResult {
  const out: Block[] = blocks.map((b) => ({ span: copySpan(b.span), kind: b.kind, number: b.number }));
  const warnings: ParseWarning[] = [];
  const candidates: { i: number; line: string; scheme: Scheme; number: string | null }[] = [];
  out.forEach((b, i) => {
    if (b.kind !== 'heading') return;
    const line = text.slice(b.span.start, b.span.end);
    candidates.push({ i, line, scheme: schemeOf(b.number, line), number: b.number });
  });
  const hasRoman = candidates.some((c) => c.scheme === 'roman');
  const hasArabic = candidates.some((c) => c.scheme === 'arabic');
  const hasNumbered = hasRoman || hasArabic || candidates.some((c) => c.scheme === 'upper');
  const headings: Heading[] = [];
  const ownLineSubtopics = new Map<number, SubtopicMark[]>();
  let lastArabic = 0;
  let lastRoman = 0;
  let listCounter = 0;
  let currentTop: Heading | null = null;
  let session: Heading | null = null;
  let inAnnex = false;
  for (const c of candidates) {
    const block = out[c.i] as Block;
    const numberMatch = matchNumberedStart(c.line);
    const titleStart = block.span.start + (numberMatch ? numberMatch[0].length : 0);
    // "2 Counter-terrorism:": the colon closing a numbered title is no part of it
    const titleEnd = text.charCodeAt(block.span.end - 1) === 58 ? block.span.end - 1 : block.span.end;
    const titleSpan = { start: titleStart, end: titleEnd };
    const title = text.slice(titleStart, titleEnd);
    const sessionTitle = SESSION_HEADING_RE.test(title.trim());
    let level = 1;
    if (inAnnex) {
      block.kind = 'annex';
      continue;
    }
    switch (c.scheme) {
      case 'annex':
        // the annex that holds the record itself is no section: its headings are the record's
        if (headings.length === 0 && opensRecordAnnex(text, out.slice(0, c.i))) continue;
        inAnnex = true;
        break;
      case 'roman': {
        const value = romanValue(c.number ?? '');
        if (lastRoman > 0 && value !== lastRoman + 1)
          warnUnknown(warnings, titleSpan, c.line, 'out of sequence');
        lastRoman = value;
        lastArabic = 0;
        break;
      }
      case 'arabic': {
        const value = Number(c.number);
        if (hasRoman) level = 2;
        else if (
          currentTop !== null &&
          ((value === 1 && lastArabic >= 1) ||
            (listCounter > 0 && value === listCounter + 1 && value !== lastArabic + 1))
        ) {
          // a numbered list restarting inside an item: "1. Europol ..." is not a new agenda item
          block.kind = 'list-item';
          listCounter = value;
          continue;
        } else if (lastArabic > 0 && value !== lastArabic + 1)
          warnUnknown(warnings, titleSpan, c.line, 'out of sequence');
        lastArabic = value;
        listCounter = 0;
        break;
      }
      case 'dotted':
        level = Math.min(3, (c.number ?? '').split('.').length + (hasRoman ? 1 : 0));
        break;
      case 'lower':
        if (currentTop === null) {
          block.kind = 'list-item';
          warnUnknown(warnings, titleSpan, c.line, 'lettered item outside any numbered item');
          continue;
        }
        level = Math.min(
          3,
          (headings[headings.length - 1]?.level ?? 1) +
            (headings[headings.length - 1]?.scheme === 'lower' ? 0 : 1),
        );
        break;
      case 'upper':
        level = hasRoman || hasArabic ? 2 : 1;
        break;
      case 'plain':
        if (
          hasNumbered &&
          currentTop !== null &&
          !currentTop.session &&
          currentTop.scheme !== 'plain' &&
          currentTop.scheme !== 'caps' &&
          !sessionTitle
        ) {
          // a short title line inside a numbered item: a sub-topic of its own line
          const list = ownLineSubtopics.get(headings.length - 1) ?? [];
          list.push({ title, span: titleSpan, from: block.span.start });
          ownLineSubtopics.set(headings.length - 1, list);
          continue;
        }
        break;
      case 'caps':
        break;
    }
    const isSession = sessionTitle && c.scheme !== 'annex' && level === 1;
    if (isSession) {
      // each session may number its items afresh
      lastArabic = 0;
      listCounter = 0;
    } else if (session !== null && c.scheme === session.scheme && c.scheme !== 'plain') {
      // "IV. CONCLUSIONS" after "III. JUSTICE": a heading numbered as the sessions are ends them
      session = null;
    } else if (session !== null && c.scheme !== 'annex')
      level = Math.min(3, Math.max(level, session.level + 1));
    const heading: Heading = {
      block: c.i,
      scheme: c.scheme,
      number: c.number,
      level,
      title,
      titleSpan,
      session: isSession,
    };
    headings.push(heading);
    if (isSession) session = heading;
    if (level === 1) currentTop = heading;
  }
  const sections: Section[] = [];
  const bodyBlocks = out.filter((b) => b.kind !== 'header');
  const lastEnd = bodyBlocks[bodyBlocks.length - 1]?.span.end ?? 0;
  const firstHeadingStart =
    headings.length > 0 ? (out[(headings[0] as Heading).block] as Block).span.start : lastEnd;
  const preamble = bodyBlocks.filter((b) => b.span.end <= firstHeadingStart && b.kind !== 'footnote');
  if (headings.length === 0) {
    sections.push(...paragraphSections(text, bodyBlocks, options.jointStatement === true, warnings));
    return { sections, blocks: out, warnings };
  }
  if (preamble.length > 0 && preamble.some((b) => b.kind === 'paragraph')) {
    const span = {
      start: (preamble[0] as Block).span.start,
      end: (preamble[preamble.length - 1] as Block).span.end,
    };
    sections.push({
      id: 'sec-0',
      number: null,
      title: 'Preamble',
      level: 1,
      parentId: null,
      kind: 'preamble',
      topic: { id: 'introduction', label: 'Introduction', confidence: 0.5, matchedBy: 'derived' },
      span,
      titleSpan: null,
      subtopics: [],
    });
  }
  const parents: Section[] = [];
  const sessionSections = new Set<Section>();
  // without an asterisk in the text, no paragraph holds an asterisk phrase
  const mayHoldAsterisks = text.includes('*');
  let agendaCount = 0;
  headings.forEach((h, index) => {
    const start = (out[h.block] as Block).span.start;
    let endBlock = out.length;
    for (let k = index + 1; k < headings.length; k++) {
      const next = headings[k] as Heading;
      if (next.level <= h.level || next.scheme === 'annex') {
        endBlock = next.block;
        break;
      }
    }
    let end = start;
    for (let k = h.block; k < endBlock; k++) end = Math.max(end, (out[k] as Block).span.end);
    while (parents.length > 0 && (parents[parents.length - 1] as Section).level >= h.level) parents.pop();
    const parent = h.scheme === 'annex' ? null : (parents[parents.length - 1] ?? null);
    const own = ownBodyBlocks(out, h.block + 1, endBlock);
    const trimmedTitle = h.title.trim();
    const isSummary = trimmedTitle.length === 7 && /^summary$/i.test(trimmedTitle);
    const topic: TopicRef =
      h.scheme === 'annex'
        ? { id: 'annex', label: 'Annex', confidence: 1, matchedBy: 'title-alias' }
        : matchTopic(
            h.title,
            () => own.map((b) => text.slice(b.span.start, b.span.end)).join('\n'),
            // the items of a session align with other meetings' items as top-level ones do
            parent && !sessionSections.has(parent) ? { parentTopicId: parent.topic.id } : { rollUp: true },
          );
    const id = `sec-${++agendaCount}`;
    if (topic.confidence <= LOW_TOPIC_CONFIDENCE) warnLow(warnings, h.titleSpan, h.title);
    const marks = [
      ...(mayHoldAsterisks
        ? findAsteriskSubtopics(
            text,
            own.map((b) => b.span),
          )
        : []),
      ...(ownLineSubtopics.get(index) ?? []),
      ...findLabelSubtopics(
        text,
        own.map((b) => b.span),
      ),
    ];
    const section: Section = {
      id,
      number: h.number,
      title: h.title,
      level: h.level,
      parentId: parent?.id ?? null,
      kind: h.scheme === 'annex' ? 'annex' : isSummary ? 'summary' : 'agenda-item',
      topic,
      span: { start, end },
      titleSpan: h.titleSpan,
      subtopics: [],
    };
    const subtopicEnd = firstChildStart(out, headings, index, end) ?? end;
    section.subtopics =
      h.scheme === 'annex' || marks.length === 0
        ? []
        : buildSubtopics(
            text,
            marks.filter((m) => m.span.start < subtopicEnd),
            subtopicEnd,
            id,
            (title, body) => {
              const t = matchTopic(title, body, { parentTopicId: topic.id });
              if (t.confidence <= LOW_TOPIC_CONFIDENCE)
                warnLow(warnings, marks.find((m) => m.title === title)?.span ?? null, title);
              return t;
            },
          );
    sections.push(section);
    parents.push(section);
    if (h.session) sessionSections.add(section);
  });
  return { sections, blocks: out, warnings };
}

/** The paragraphs and list items of `blocks[from..to)`: the text a heading's topic is read from. */
function ownBodyBlocks(blocks: readonly Block[], from: number, to: number): Block[] {
  const own: Block[] = [];
  for (let k = from; k < to; k++) {
    const b = blocks[k] as Block;
    if (b.kind === 'paragraph' || b.kind === 'list-item') own.push(b);
  }
  return own;
}

/** Where the first deeper heading after `headings[index]` starts, when it starts before `end`. */
function firstChildStart(
  blocks: readonly Block[],
  headings: readonly Heading[],
  index: number,
  end: number,
): number | null {
  const level = (headings[index] as Heading).level;
  for (let k = index + 1; k < headings.length; k++) {
    const h = headings[k] as Heading;
    const start = (blocks[h.block] as Block).span.start;
    if (h.level > level && start < end) return start;
  }
  return null;
}

/** Joint statements (and texts without headings): one section per paragraph. */
function paragraphSections(
  text: string,
  body: readonly Block[],
  joint: boolean,
  warnings: ParseWarning[],
): Section[] {
  const paragraphs = body.filter((b) => b.kind === 'paragraph' || b.kind === 'list-item');
  if (paragraphs.length === 0) {
    if (body.length > 0)
      warnings.push({ code: 'no-sections', message: 'No headings and no paragraphs found.', span: null });
    return [];
  }
  const numbered = paragraphs.filter((b) => b.number !== null && isDigits(b.number)).length;
  if (!joint && numbered < 2) {
    warnings.push({
      code: 'no-sections',
      message: 'No agenda headings found; the body is kept as one preamble section.',
      span: null,
    });
    const span = {
      start: (paragraphs[0] as Block).span.start,
      end: (paragraphs[paragraphs.length - 1] as Block).span.end,
    };
    return [
      {
        id: 'sec-1',
        number: null,
        title: 'Body',
        level: 1,
        parentId: null,
        kind: 'preamble',
        topic: matchTopic(null, text.slice(span.start, span.end)),
        span,
        titleSpan: null,
        subtopics: [],
      },
    ];
  }
  return paragraphs.map((b, i) => {
    const bodyText = text.slice(b.span.start, b.span.end);
    let topic = matchTopic(null, bodyText, { minBodyHits: 1, rollUp: true });
    if (topic.matchedBy === 'derived' && joint && i === 0) {
      // a joint statement opens by saying who met, where and when
      topic = { id: 'introduction', label: 'Introduction', confidence: 0.4, matchedBy: 'derived' };
    } else if (topic.matchedBy === 'derived') {
      const words = firstWords(bodyText.replace(NUMBERED_START, ''), 6).join(' ');
      topic = matchTopic(words.replace(/[^\p{L}\d\s-]/gu, ''));
      warnLow(warnings, b.span, words);
    }
    return {
      id: `sec-${i + 1}`,
      number: b.number,
      title: topic.label,
      level: 1,
      parentId: null,
      kind: 'paragraph' as const,
      topic,
      span: copySpan(b.span),
      titleSpan: null,
      subtopics: [],
    };
  });
}

/**
 * `text.split(/\s+/).slice(0, count)`: the text is split only up to the separator after its
 * `count`th piece (the pieces before it are the same), not through a whole long paragraph.
 */
export function firstWords(text: string, count: number): string[] {
  if (count <= 0) return [];
  const separator = /\s+/g;
  let cut = text.length;
  for (let n = 0; n < count; n++) {
    const m = separator.exec(text);
    if (m === null) break;
    if (n === count - 1) cut = m.index;
  }
  return text.slice(0, cut).split(/\s+/);
}

function warnUnknown(warnings: ParseWarning[], span: Span, line: string, why: string): void {
  warnings.push({
    code: 'unknown-heading',
    message: `Heading "${line.slice(0, 80)}": ${why}.`,
    span: copySpan(span),
  });
}

function warnLow(warnings: ParseWarning[], span: Span | null, title: string): void {
  warnings.push({
    code: 'low-topic-confidence',
    message: `"${title.slice(0, 80)}" matched no topic of the taxonomy; a topic was derived from its title.`,
    span: span === null ? null : copySpan(span),
  });
}
