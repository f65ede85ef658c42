import { ENTITIES, type EntityDefinition } from '../lexicon/entities.js';
import type { Entity } from '../schema/facts.js';
import type { Span } from '../schema/span.js';
import { PhraseTrie, phraseWords } from './statements-phrases.js';
import type { Words } from './statements-words.js';

/** One place where an entity is named. */
export interface EntityMention {
  id: string;
  span: Span;
}

/**
 * One alias in the trie: its entity and, when it must match as written, every way of writing it
 * (aliases that differ only in case share one trie entry: "Special Tribunal" / "special tribunal").
 */
interface AliasEntry {
  entity: EntityDefinition;
  written: string[][] | null;
}

function buildEntityTrie(): PhraseTrie<AliasEntry> {
  const trie = new PhraseTrie<AliasEntry>();
  const byPhrase = new Map<string, AliasEntry>();
  for (const entity of ENTITIES) {
    for (const alias of entity.aliases) {
      if (entity.asWritten !== true) {
        trie.add(alias, { entity, written: null });
        continue;
      }
      const words = phraseWords(alias);
      const key = `${entity.id} ${words.join(' ').toLowerCase()}`;
      const known = byPhrase.get(key);
      if (known !== undefined) {
        known.written?.push(words);
        continue;
      }
      const entry: AliasEntry = { entity, written: [words] };
      byPhrase.set(key, entry);
      trie.add(alias, entry);
    }
  }
  return trie;
}

const ENTITY_TRIE = buildEntityTrie();
const BY_ID = new Map(ENTITIES.map((e) => [e.id, e]));

/**
 * Finds the named entities in a tokenised stretch of text, longest alias first
 * ("ICC Rome Statute" is the Rome Statute, not the ICC), without overlaps. An entity marked
 * `asWritten` matches only with the capitals of its alias ("Core Group", never "a core group").
 */
export function findEntityMentions(words: Words): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of ENTITY_TRIE.findAll(words)) {
    const written = m.value.written;
    if (written !== null && !written.some((alias) => hasWordsAsWritten(words, m.from, alias))) continue;
    out.push({ id: m.value.entity.id, span: { start: m.start, end: m.end } });
  }
  return out;
}

/** Whether the words from `from` on are the alias's words exactly as written ("Core Group", not "core group"). */
function hasWordsAsWritten(words: Words, from: number, alias: readonly string[]): boolean {
  for (let k = 0; k < alias.length; k++) if (!words.isWrittenAs(from + k, alias[k] as string)) return false;
  return true;
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
