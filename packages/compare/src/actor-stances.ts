import { type Stance, StanceSchema, type Statement } from '@som/domain';
import type { ActorChange, ActorChangeKind } from './schema/topic-diff.js';

const STANCE_ORDER: readonly Stance[] = StanceSchema.options;

/** Actor ids that are not a speaker (sentences nobody could be credited with). */
const NOT_AN_ACTOR = new Set(['unattributed']);

/** Distinct stances of `statements`, in the order of the Stance enum. */
export function collectStances(statements: readonly Statement[]): Stance[] {
  const seen = new Set(statements.map((s) => s.stance).filter((s): s is Stance => s !== null));
  return STANCE_ORDER.filter((s) => seen.has(s));
}

/** `new` / `dropped` when one side is silent, `same` when the stance sets are equal, else `shifted`. */
export function classifyStanceChange(
  before: readonly Stance[],
  after: readonly Stance[],
  spokeBefore: boolean,
  spokeAfter: boolean,
): ActorChangeKind {
  if (!spokeBefore) return 'new';
  if (!spokeAfter) return 'dropped';
  if (before.length === after.length && before.every((s, i) => after[i] === s)) return 'same';
  return 'shifted';
}

/** Groups statements by actor id (skipping `unattributed`), sorted by id. */
export function groupByActor(statements: readonly Statement[]): Map<string, Statement[]> {
  const groups = new Map<string, Statement[]>();
  for (const s of statements) {
    if (NOT_AN_ACTOR.has(s.actor.id)) continue;
    groups.set(s.actor.id, [...(groups.get(s.actor.id) ?? []), s]);
  }
  return new Map([...groups.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Per actor, the stances on a topic before and after and how they changed, so "the US moved from
 * concern to support" is one row. Rows are sorted by actor id; `actor` keeps only that actor.
 */
export function compareActorStances(
  base: readonly Statement[],
  target: readonly Statement[],
  actor: string | null = null,
): ActorChange[] {
  const before = groupByActor(base);
  const after = groupByActor(target);
  const ids = [...new Set([...before.keys(), ...after.keys()])].sort();
  return ids
    .filter((id) => actor === null || id === actor)
    .map((id) => {
      const b = before.get(id) ?? [];
      const a = after.get(id) ?? [];
      const side = (a[0] ?? b[0])!.actor.side;
      const stancesBefore = collectStances(b);
      const stancesAfter = collectStances(a);
      return {
        actor: { id, side },
        before: stancesBefore,
        after: stancesAfter,
        change: classifyStanceChange(stancesBefore, stancesAfter, b.length > 0, a.length > 0),
        gained: stancesAfter.filter((x) => !stancesBefore.includes(x)),
        lost: stancesBefore.filter((x) => !stancesAfter.includes(x)),
        baseStatementIds: b.map((s) => s.id),
        targetStatementIds: a.map((s) => s.id),
      };
    });
}
