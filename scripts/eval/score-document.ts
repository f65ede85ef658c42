import type { GoldDocument } from './gold-schema.js';
import { containsQuote, normaliseQuote } from './normalise-quote.js';

/** The part of an `OutcomeDocument` that is scored (kept structural so tests can build small ones). */
export interface ScoredParse {
  meta: { documentNumber: string | null; classification: string | null };
  meeting: { kind: string; city: string | null; startDate: string | null; endDate: string | null };
  sections: {
    number: string | null;
    title: string;
    kind: string;
    topic: { id: string };
    subtopics: { title: string }[];
  }[];
  statements: { text: string; actor: { id: string }; verb: string | null; stance: string | null }[];
  commitments: { text: string; date: string | null; place: string | null }[];
  figures: { value: number; unit: string | null; qualifier: string | null }[];
}

/** True positives, predicted and gold counts of one field. */
export interface FieldCounts {
  tp: number;
  pred: number;
  gold: number;
}

/** The scored fields, in the order the table prints them. */
export const FIELDS = [
  'sections',
  'section.topic',
  'subtopics',
  'statements',
  'statement.actor',
  'statement.verb',
  'statement.stance',
  'commitments',
  'commitment.date',
  'commitment.place',
  'figures',
  'figure.unit+qualifier',
  'meeting.kind',
  'meeting.city',
  'meeting.startDate',
  'meeting.endDate',
  'meeting.documentNumber',
  'meeting.classification',
] as const;

export type Field = (typeof FIELDS)[number];
export type DocumentScore = Record<Field, FieldCounts>;

/** A gold item the parser missed or got wrong, for `--misses`. */
export interface Miss {
  field: Field;
  gold: string;
  got: string | null;
}

/** Section kinds that are not agenda items and are left out of the section scores. */
const UNSCORED_SECTION_KINDS = new Set(['preamble']);
const NUMBER_TRIM_RE = /^[(\s]+|[.)\s]+$/g;

function normaliseNumber(n: string | null): string | null {
  return n === null ? null : n.replace(NUMBER_TRIM_RE, '').toLowerCase();
}

function titlesMatch(pred: string, gold: string | null): boolean {
  if (gold === null) return true;
  const p = normaliseQuote(pred);
  const g = normaliseQuote(gold);
  return p.length > 0 && (p.includes(g) || g.includes(p));
}

/** The head noun of a unit, singular ("new applications" → "application"; "%" → "percent"). */
export function normaliseUnit(u: string | null): string | null {
  if (u === null) return null;
  const s = u.toLowerCase().trim();
  if (s === '%' || s === 'per cent') return 'percent';
  const head = s.split(/\s+/).pop() ?? s;
  return head.endsWith('s') ? head.slice(0, -1) : head;
}

function counts(tp: number, pred: number, gold: number): FieldCounts {
  return { tp, pred, gold };
}

/**
 * Pairs each gold item with the first unused predicted item that `matches` it, in gold order.
 * Returns, per gold index, the predicted index or -1.
 */
export function pairInOrder<G, P>(
  gold: readonly G[],
  pred: readonly P[],
  matches: (g: G, p: P) => boolean,
): number[] {
  const used = new Set<number>();
  return gold.map((g) => {
    for (let i = 0; i < pred.length; i++) {
      if (!used.has(i) && matches(g, pred[i] as P)) {
        used.add(i);
        return i;
      }
    }
    return -1;
  });
}

/** Scores one meeting field: a non-null prediction equal to the gold value is a true positive. */
function scoreValue(pred: string | null, gold: string | null): FieldCounts {
  const p = pred === null || pred === '' ? null : pred.trim().toLowerCase();
  const g = gold === null ? null : gold.trim().toLowerCase();
  return counts(p !== null && p === g ? 1 : 0, p === null ? 0 : 1, g === null ? 0 : 1);
}

/**
 * Scores a parse against its gold annotation. Matching rules: a predicted statement matches a gold
 * statement when its text contains the gold quote (normalised: case, white space, quote marks and
 * dashes); pairs are made in gold order, each predicted item used once. Actor, verb and stance
 * count as true positives only on a matched pair with the same value, so their precision is over
 * all predicted statements and their recall over all gold statements. Sections match by number
 * (trimmed of "." and ")") and by title (one contains the other; a gold title of null matches any).
 * Commitments match like statements, or when their text (15+ characters) lies inside the quote.
 * Figures match by value. Meeting fields: a non-null prediction equal to the gold value.
 */
export function scoreDocument(
  gold: GoldDocument,
  parse: ScoredParse,
): { score: DocumentScore; misses: Miss[] } {
  const misses: Miss[] = [];
  const predSections = parse.sections.filter((s) => !UNSCORED_SECTION_KINDS.has(s.kind));
  const sectionPairs = pairInOrder(
    gold.sections,
    predSections,
    (g, p) => normaliseNumber(g.number) === normaliseNumber(p.number) && titlesMatch(p.title, g.title),
  );
  let topicTp = 0;
  sectionPairs.forEach((pi, gi) => {
    const g = gold.sections[gi]!;
    const p = pi >= 0 ? predSections[pi]! : null;
    if (p === null)
      misses.push({ field: 'sections', gold: `${g.number ?? '-'} ${g.title ?? ''}`, got: null });
    else if (g.topic !== null && p.topic.id === g.topic) topicTp++;
    else if (g.topic !== null)
      misses.push({ field: 'section.topic', gold: `${g.number ?? '-'} ${g.topic}`, got: p.topic.id });
  });
  const goldSubtopics = gold.sections.flatMap((s) => s.subtopics);
  const predSubtopics = predSections.flatMap((s) => s.subtopics.map((t) => t.title));
  const subtopicPairs = pairInOrder(goldSubtopics, predSubtopics, (g, p) => titlesMatch(p, g));
  subtopicPairs.forEach((pi, gi) => {
    if (pi < 0) misses.push({ field: 'subtopics', gold: goldSubtopics[gi]!, got: null });
  });

  const statementPairs = pairInOrder(gold.statements, parse.statements, (g, p) =>
    containsQuote(p.text, g.quote),
  );
  let actorTp = 0;
  let verbTp = 0;
  let stanceTp = 0;
  statementPairs.forEach((pi, gi) => {
    const g = gold.statements[gi]!;
    const p = pi >= 0 ? parse.statements[pi]! : null;
    if (p === null) {
      misses.push({ field: 'statements', gold: g.quote, got: null });
      return;
    }
    if (p.actor.id === g.actor) actorTp++;
    else misses.push({ field: 'statement.actor', gold: `${g.actor}: ${g.quote}`, got: p.actor.id });
    if ((p.verb ?? null) === g.verb) verbTp++;
    else misses.push({ field: 'statement.verb', gold: `${g.verb}: ${g.quote}`, got: p.verb });
    if ((p.stance ?? null) === g.stance) stanceTp++;
    else misses.push({ field: 'statement.stance', gold: `${g.stance}: ${g.quote}`, got: p.stance });
  });

  const commitmentPairs = pairInOrder(gold.commitments, parse.commitments, (g, p) =>
    containsQuote(p.text, g.quote, true),
  );
  let dateTp = 0;
  let placeTp = 0;
  commitmentPairs.forEach((pi, gi) => {
    const g = gold.commitments[gi]!;
    const p = pi >= 0 ? parse.commitments[pi]! : null;
    if (p === null) {
      misses.push({ field: 'commitments', gold: g.quote, got: null });
      return;
    }
    if ((p.date ?? null) === g.date) dateTp++;
    else misses.push({ field: 'commitment.date', gold: `${g.date}: ${g.quote}`, got: p.date });
    if (normaliseQuote(p.place ?? '') === normaliseQuote(g.place ?? '')) placeTp++;
    else misses.push({ field: 'commitment.place', gold: `${g.place}: ${g.quote}`, got: p.place });
  });

  const figurePairs = pairInOrder(gold.figures, parse.figures, (g, p) => Math.abs(g.value - p.value) < 1e-9);
  let figureDetailTp = 0;
  figurePairs.forEach((pi, gi) => {
    const g = gold.figures[gi]!;
    const p = pi >= 0 ? parse.figures[pi]! : null;
    if (p === null) {
      misses.push({ field: 'figures', gold: g.quote, got: null });
      return;
    }
    const same = normaliseUnit(p.unit) === normaliseUnit(g.unit) && (p.qualifier ?? null) === g.qualifier;
    if (same) figureDetailTp++;
    else
      misses.push({
        field: 'figure.unit+qualifier',
        gold: `${g.qualifier ?? ''} ${g.value} ${g.unit ?? ''}`.trim(),
        got: `${p.qualifier ?? ''} ${p.value} ${p.unit ?? ''}`.trim(),
      });
  });

  const matched = (pairs: number[]) => pairs.filter((i) => i >= 0).length;
  const g = gold.meeting;
  const score: DocumentScore = {
    sections: counts(matched(sectionPairs), predSections.length, gold.sections.length),
    'section.topic': counts(
      topicTp,
      predSections.filter((s) => s.kind !== 'annex').length,
      gold.sections.filter((s) => s.topic !== null).length,
    ),
    subtopics: counts(matched(subtopicPairs), predSubtopics.length, goldSubtopics.length),
    statements: counts(matched(statementPairs), parse.statements.length, gold.statements.length),
    'statement.actor': counts(actorTp, parse.statements.length, gold.statements.length),
    'statement.verb': counts(verbTp, parse.statements.length, gold.statements.length),
    'statement.stance': counts(stanceTp, parse.statements.length, gold.statements.length),
    commitments: counts(matched(commitmentPairs), parse.commitments.length, gold.commitments.length),
    'commitment.date': counts(dateTp, parse.commitments.length, gold.commitments.length),
    'commitment.place': counts(placeTp, parse.commitments.length, gold.commitments.length),
    figures: counts(matched(figurePairs), parse.figures.length, gold.figures.length),
    'figure.unit+qualifier': counts(figureDetailTp, parse.figures.length, gold.figures.length),
    'meeting.kind': scoreValue(parse.meeting.kind, g.kind),
    'meeting.city': scoreValue(parse.meeting.city, g.city),
    'meeting.startDate': scoreValue(parse.meeting.startDate, g.startDate),
    'meeting.endDate': scoreValue(parse.meeting.endDate, g.endDate),
    'meeting.documentNumber': scoreValue(parse.meta.documentNumber, g.documentNumber),
    'meeting.classification': scoreValue(parse.meta.classification, g.classification),
  };
  return { score, misses };
}

/** Adds scores field by field (micro-average over files). */
export function addScores(scores: readonly DocumentScore[]): DocumentScore {
  const total = Object.fromEntries(FIELDS.map((f) => [f, counts(0, 0, 0)])) as DocumentScore;
  for (const s of scores) {
    for (const f of FIELDS) {
      total[f].tp += s[f].tp;
      total[f].pred += s[f].pred;
      total[f].gold += s[f].gold;
    }
  }
  return total;
}

/** Precision, recall and F1 of a field; an empty side counts as 1 (nothing to find, nothing wrong). */
export function measure(c: FieldCounts): { precision: number; recall: number; f1: number } {
  const precision = c.pred === 0 ? (c.gold === 0 ? 1 : 0) : c.tp / c.pred;
  const recall = c.gold === 0 ? 1 : c.tp / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
