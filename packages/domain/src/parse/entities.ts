import { ENTITIES, type EntityDefinition } from '../lexicon/entities.js';
import type { Entity } from '../schema/facts.js';
import type { Span } from '../schema/span.js';
import { PhraseTrie, type Token } from './statements-phrases.js';

/** One place where an entity is named. */
export interface EntityMention {
  id: string;
  span: Span;
}

function buildEntityTrie(): PhraseTrie<EntityDefinition> {
  const trie = new PhraseTrie<EntityDefinition>();
  for (const entity of ENTITIES) for (const alias of entity.aliases) trie.add(alias, entity);
  return trie;
}

const ENTITY_TRIE = buildEntityTrie();
const BY_ID = new Map(ENTITIES.map((e) => [e.id, e]));

/**
 * Finds the named entities in a tokenised stretch of text, longest alias first
 * ("ICC Rome Statute" is the Rome Statute, not the ICC), without overlaps.
 */
export function findEntityMentions(tokens: readonly Token[]): EntityMention[] {
  return ENTITY_TRIE.findAll(tokens).map((m) => ({ id: m.value.id, span: { start: m.start, end: m.end } }));
}

/**
 * Groups mentions into one `Entity` per id, with all its spans in text order; entities are
 * ordered by first mention.
 */
export function collectEntities(mentions: readonly EntityMention[]): Entity[] {
  const byId = new Map<string, Entity>();
  for (const m of [...mentions].sort((a, b) => a.span.start - b.span.start)) {
    let entity = byId.get(m.id);
    if (entity === undefined) {
      const def = BY_ID.get(m.id);
      entity = { id: m.id, kind: def?.kind ?? 'other', name: def?.name ?? m.id, spans: [] };
      byId.set(m.id, entity);
    }
    entity.spans.push(m.span);
  }
  return [...byId.values()];
}
