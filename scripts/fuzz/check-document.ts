import { type OutcomeDocument, OutcomeDocumentSchema } from '@som/domain';

/**
 * The invariants every parse must keep, whatever the input: the result validates against the schema,
 * every span lies inside `source.text`, every `{ text, span }` pair slices to exactly its text, and ids
 * are unique within each list. Returns the broken invariants (empty when all hold).
 */
export function findInvariantViolations(doc: OutcomeDocument): string[] {
  const problems: string[] = [];
  const validation = OutcomeDocumentSchema.safeParse(doc);
  if (!validation.success) {
    const issue = validation.error.issues[0];
    problems.push(`schema: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  const text = doc.source?.text ?? '';
  walkSpans(doc, 'doc', (path, span, owner) => {
    if (span.start < 0 || span.end > text.length || span.end < span.start) {
      problems.push(`span out of bounds at ${path}: ${span.start}..${span.end} (text length ${text.length})`);
      return;
    }
    if (
      path.endsWith('.span') &&
      typeof owner.text === 'string' &&
      text.slice(span.start, span.end) !== owner.text
    ) {
      problems.push(`span does not slice to its text at ${path}`);
    }
  });
  for (const list of ['sections', 'statements', 'commitments', 'figures', 'entities'] as const) {
    const ids = (doc[list] ?? []).map((item) => item.id);
    const dup = ids.find((id, i) => ids.indexOf(id) !== i);
    if (dup !== undefined) problems.push(`duplicate id in ${list}: ${dup}`);
  }
  return problems;
}

type SpanLike = { start: number; end: number };

function isSpan(value: unknown): value is SpanLike {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.start === 'number' && typeof v.end === 'number';
}

/** Visits every span-shaped object (keys `span`, `*Span`, `spans[i]`, `spans.<name>`) with its owner. */
function walkSpans(
  value: unknown,
  path: string,
  visit: (path: string, span: SpanLike, owner: Record<string, unknown>) => void,
): void {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) walkSpans(item, `${path}[${i}]`, visit);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const owner = value as Record<string, unknown>;
  for (const [key, child] of Object.entries(owner)) {
    if (key === 'source') continue;
    const childPath = `${path}.${key}`;
    const isSpanKey = key === 'span' || key.endsWith('Span');
    if (isSpanKey && isSpan(child)) visit(childPath, child, owner);
    else if (key === 'spans' && child && typeof child === 'object') {
      for (const [k, s] of Object.entries(child)) if (isSpan(s)) visit(`${childPath}.${k}`, s, {});
    } else walkSpans(child, childPath, visit);
  }
}
