import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type OutcomeDocument, OutcomeDocumentSchema } from '../schema/outcome-document.js';
import type { Span } from '../schema/span.js';
import { genreText, mutatedReference } from '../test-support/mutate-reference.js';
import { normaliseText } from './normalise.js';
import { parseOutcome } from './parse-outcome.js';

const REFERENCE = readFileSync(
  new URL('../../../../fixtures/2023-03-som-stockholm.txt', import.meta.url),
  'utf8',
);

/** Every span of the document, with the text it must slice to when the item has one. */
function collectSpans(doc: OutcomeDocument): { where: string; span: Span; text?: string }[] {
  const out: { where: string; span: Span; text?: string }[] = [];
  for (const s of doc.sections) {
    out.push({ where: `section ${s.id}`, span: s.span });
    if (s.titleSpan) out.push({ where: `section ${s.id} title`, span: s.titleSpan, text: s.title });
    for (const t of s.subtopics) {
      out.push({ where: `subtopic ${t.id}`, span: t.span, text: t.title });
      out.push({ where: `subtopic ${t.id} body`, span: t.bodySpan });
    }
  }
  for (const st of doc.statements) {
    out.push({ where: `statement ${st.id}`, span: st.span, text: st.text });
    if (st.verbSpan) out.push({ where: `statement ${st.id} verb`, span: st.verbSpan });
    if (st.actor.mentionSpan)
      out.push({
        where: `statement ${st.id} actor`,
        span: st.actor.mentionSpan,
        text: st.actor.mention ?? '',
      });
    for (const f of st.figures) out.push({ where: `statement figure ${f.id}`, span: f.span, text: f.text });
    for (const d of st.dates) out.push({ where: `statement date`, span: d.span, text: d.text });
  }
  for (const f of doc.figures) out.push({ where: `figure ${f.id}`, span: f.span, text: f.text });
  for (const c of doc.commitments) out.push({ where: `commitment ${c.id}`, span: c.span, text: c.text });
  for (const e of doc.entities) for (const span of e.spans) out.push({ where: `entity ${e.id}`, span });
  for (const w of doc.warnings) if (w.span) out.push({ where: `warning ${w.code}`, span: w.span });
  for (const [key, span] of Object.entries(doc.meta.spans)) out.push({ where: `meta.${key}`, span });
  for (const [key, span] of Object.entries(doc.meeting.spans)) out.push({ where: `meeting.${key}`, span });
  for (const d of doc.meeting.delegations)
    if (d.span) out.push({ where: `delegation ${d.side}`, span: d.span });
  return out;
}

/**
 * Throws when one object sits at two places of the document: the result must be a tree (as a
 * parsed copy would be), so that changing one item never changes another.
 */
function checkTree(value: unknown, path: string, seen: Map<object, string>): void {
  if (typeof value !== 'object' || value === null) return;
  const first = seen.get(value);
  if (first !== undefined) throw new Error(`${path} is the same object as ${first}`);
  seen.set(value, path);
  for (const [key, child] of Object.entries(value)) checkTree(child, `${path}.${key}`, seen);
}

/** Throws with the first broken invariant, so fast-check can shrink to it. */
function checkDocument(doc: OutcomeDocument): void {
  const parsed = OutcomeDocumentSchema.safeParse(doc);
  if (!parsed.success) throw new Error(`schema: ${JSON.stringify(parsed.error.issues[0])}`);
  // the document as returned is the document as validated: same keys, same order, nothing stripped
  expect(JSON.stringify(parsed.data)).toBe(JSON.stringify(doc));
  checkTree(doc, 'document', new Map());
  const text = doc.source.text;
  for (const { where, span, text: expected } of collectSpans(doc)) {
    if (span.start < 0 || span.end > text.length || span.end < span.start)
      throw new Error(`${where}: span ${span.start}-${span.end} outside 0-${text.length}`);
    if (expected !== undefined && text.slice(span.start, span.end) !== expected)
      throw new Error(
        `${where}: slices to ${JSON.stringify(text.slice(span.start, span.end))}, not ${JSON.stringify(expected)}`,
      );
  }
  const ids = [
    ...doc.sections.map((s) => s.id),
    ...doc.sections.flatMap((s) => s.subtopics.map((t) => t.id)),
    ...doc.statements.map((s) => s.id),
    ...doc.figures.map((f) => f.id),
    ...doc.commitments.map((c) => c.id),
    ...doc.entities.map((e) => `entity:${e.id}`),
  ];
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new Error(`duplicate id ${id}`);
    seen.add(id);
  }
}

/** Throws with the neighbourhood of the first difference when normalising twice changes the text. */
function checkIdempotent(input: string): void {
  const once = normaliseText(input).text;
  const twice = normaliseText(once).text;
  if (once === twice) return;
  let at = 0;
  while (once[at] === twice[at]) at++;
  throw new Error(
    `differs at ${at}: ${JSON.stringify(once.slice(Math.max(0, at - 80), at + 80))} vs ${JSON.stringify(twice.slice(Math.max(0, at - 80), at + 80))}`,
  );
}

describe('parseOutcome on any input (properties)', { timeout: 60_000 }, () => {
  it('never throws, validates, and every span slices within bounds for any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: 'binary' }), (s) => checkDocument(parseOutcome(s))),
      { numRuns: 300 },
    );
  }, 60_000);

  it('holds on genre-like line soups', () => {
    fc.assert(
      fc.property(genreText, (s) => checkDocument(parseOutcome(s))),
      { numRuns: 400 },
    );
  });

  it('holds on the reference record mutated (lines deleted, duplicated, swapped; footers and junk injected)', () => {
    fc.assert(
      fc.property(mutatedReference, (s) => checkDocument(parseOutcome(s))),
      { numRuns: 100 },
    );
  }, 60_000);

  it('parses the reference record itself cleanly', () => {
    const doc = parseOutcome(REFERENCE);
    checkDocument(doc);
    expect(doc.sections.length).toBeGreaterThan(5);
  });
});

describe('normaliseText is idempotent (properties)', { timeout: 60_000 }, () => {
  it('on any string', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300, unit: 'binary' }), checkIdempotent), { numRuns: 1000 });
  });

  it('on genre-like line soups', () => {
    fc.assert(fc.property(genreText, checkIdempotent), { numRuns: 600 });
  });

  it('on the mutated reference record', () => {
    fc.assert(fc.property(mutatedReference, checkIdempotent), { numRuns: 100 });
  }, 60_000);
});
