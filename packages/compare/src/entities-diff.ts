import type { Entity, OutcomeDocument, Statement } from '@som/domain';
import type { TextSpan } from './schema/refs.js';
import type { EntityChanges, EntityMention } from './schema/topic-diff.js';

/**
 * Entities named in `statements` of `doc`, each with the spans of its mentions inside those statements
 * (sorted by position). Keyed by entity id; an id a statement lists but the document lacks is skipped.
 * `byId` is the document's entities by id (built here unless the caller already has it).
 */
export function collectEntityMentions(
  doc: OutcomeDocument,
  statements: readonly Statement[],
  byId: ReadonlyMap<string, Entity> = new Map(doc.entities.map((e) => [e.id, e])),
): Map<string, { entity: Entity; spans: { start: number; end: number }[] }> {
  const out = new Map<string, { entity: Entity; spans: { start: number; end: number }[] }>();
  for (const st of statements) {
    for (const id of st.entities) {
      const entity = byId.get(id);
      if (!entity) continue;
      const inside = entity.spans.filter((sp) => sp.start >= st.span.start && sp.end <= st.span.end);
      const entry = out.get(id) ?? { entity, spans: [] };
      for (const sp of inside) if (!entry.spans.some((x) => x.start === sp.start)) entry.spans.push(sp);
      out.set(id, entry);
    }
  }
  for (const entry of out.values()) entry.spans.sort((a, b) => a.start - b.start);
  return new Map([...out.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Entities (bodies, instruments, programmes) named in the topic on one side only. Matched by id, or by
 * name when ids differ; sorted by name. `spanOf` turns a span of the given side into a TextSpan.
 */
export function diffEntities(
  base: Map<string, { entity: Entity; spans: { start: number; end: number }[] }>,
  target: Map<string, { entity: Entity; spans: { start: number; end: number }[] }>,
  spanOf: (side: 'base' | 'target', span: { start: number; end: number }) => TextSpan,
): EntityChanges {
  const names = (m: typeof base) => new Set([...m.values()].map((e) => e.entity.name.toLowerCase()));
  const baseNames = names(base);
  const targetNames = names(target);
  const only = (
    side: 'base' | 'target',
    mine: typeof base,
    other: typeof base,
    otherNames: Set<string>,
  ): EntityMention[] =>
    [...mine.values()]
      .filter((e) => !other.has(e.entity.id) && !otherNames.has(e.entity.name.toLowerCase()))
      .map((e) => ({
        id: e.entity.id,
        kind: e.entity.kind,
        name: e.entity.name,
        spans: e.spans.map((sp) => spanOf(side, sp)),
      }))
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return { added: only('target', target, base, baseNames), removed: only('base', base, target, targetNames) };
}
