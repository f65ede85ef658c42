import { ACTOR_PRONOUNS, ACTORS } from '../lexicon/actors.js';
import type { Side } from '../schema/statement.js';
import { PhraseTrie, type Token } from './statements-phrases.js';

/** How a mention names its actor: by name, or by a pronoun to be resolved. */
export type MentionKind = 'named' | 'pronoun' | 'possessive' | 'latter';

/** An actor named in a sentence, with token range [from, to) and absolute offsets. */
export interface ActorMention {
  id: string;
  side: Side;
  kind: MentionKind;
  from: number;
  to: number;
  start: number;
  end: number;
}

type ActorValue = { id: string; side: Side; kind: MentionKind };

function buildActorTrie(): PhraseTrie<ActorValue> {
  const trie = new PhraseTrie<ActorValue>();
  for (const actor of ACTORS) {
    for (const alias of actor.aliases) trie.add(alias, { id: actor.id, side: actor.side, kind: 'named' });
  }
  for (const p of ACTOR_PRONOUNS) {
    trie.add(p.phrase, {
      id: 'pronoun',
      side: 'other',
      kind: p.possessive ? 'possessive' : p.latter ? 'latter' : 'pronoun',
    });
  }
  return trie;
}

const ACTOR_TRIE = buildActorTrie();

/**
 * Finds the actors named in a tokenised sentence (longest alias first, so "the US Department of
 * Justice" is `us-doj`, not `us`). Two named actors joined by "and" become one mention: `both`
 * when their sides differ ("the European Commission and the US Department of Justice"), else
 * the shared side. Pronouns are returned with id `pronoun` for the caller to resolve.
 */
export function findActorMentions(text: string, tokens: readonly Token[]): ActorMention[] {
  const out: ActorMention[] = [];
  for (const found of ACTOR_TRIE.findAll(tokens)) {
    const v = found.value;
    if (v.kind === 'pronoun' && isImpersonalIt(tokens, found.from)) continue;
    const m: ActorMention = {
      id: v.id,
      side: v.side,
      kind: v.kind,
      from: found.from,
      to: found.to,
      start: found.start,
      end: found.end,
    };
    const prev = out[out.length - 1];
    if (prev !== undefined && canJoin(text, tokens, prev, m)) {
      const side: Side = prev.side === m.side ? prev.side : 'both';
      const id = prev.side === m.side && prev.id === m.id ? prev.id : side;
      out[out.length - 1] = {
        id,
        side,
        kind: 'named',
        from: prev.from,
        to: m.to,
        start: prev.start,
        end: m.end,
      };
      continue;
    }
    out.push(m);
  }
  return out;
}

const PASSIVE_BE = new Set(['was', 'is']);
const MODALS = new Set(['has', 'had', 'have', 'will', 'would', 'could', 'should', 'may']);
const PARTICIPLE_ENDING = /(?:ed|wn|en|id)$/;
const AFTER_PARTICIPLE = new Set(['that', 'to', 'by', 'on', 'upon']);

/**
 * "It was agreed that an expert meeting would be held ..." (7163/17 style): an impersonal "it"
 * before a passive verb names no speaker, so it must not be resolved to the previous actor.
 * "It has managed to ..." (active) keeps its antecedent.
 */
function isImpersonalIt(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.lower !== 'it') return false;
  let i = at + 1;
  const aux = tokens[i]?.lower ?? '';
  if (MODALS.has(aux)) {
    const be = tokens[i + 1]?.lower ?? '';
    if (be !== 'been' && be !== 'be') return false;
    i += 2;
  } else if (PASSIVE_BE.has(aux)) {
    i += 1;
  } else return false;
  const participle = tokens[i]?.lower ?? '';
  return PARTICIPLE_ENDING.test(participle) && AFTER_PARTICIPLE.has(tokens[i + 1]?.lower ?? '');
}

function canJoin(text: string, tokens: readonly Token[], a: ActorMention, b: ActorMention): boolean {
  if (a.kind !== 'named' || b.kind !== 'named' || b.from !== a.to + 1) return false;
  const and = tokens[a.to];
  if (and === undefined || and.lower !== 'and') return false;
  return text.slice(a.end, b.start).trim() === 'and';
}
