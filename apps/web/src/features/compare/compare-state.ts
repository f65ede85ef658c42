/**
 * The whole state of the compare view lives in the URL, so a permalink shows an official exactly
 * what the sender saw: `?base=A&target=B&topic=visa-reciprocity&actor=us&stance=concern`.
 */
import type { Stance } from '../../lib/api-types';
import { isStance } from '../../lib/stance';

/** The `topic` value that shows every topic at once (for reading through, or printing). */
export const ALL_TOPICS = 'all';

/** What the compare view shows. Empty strings mean "not chosen". */
export interface CompareState {
  base: string;
  target: string;
  /** Selected topic id, `all` for every topic, or '' for the first topic. */
  topic: string;
  /** Actor filter (actor id such as `us`, `commission`), or ''. */
  actor: string;
  stance: Stance | '';
  /** Show unchanged statements too. */
  unchanged: boolean;
}

const SAFE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;

function readId(params: URLSearchParams, name: string): string {
  const value = params.get(name) ?? '';
  return SAFE.test(value) ? value : '';
}

/** Reads the state from URL parameters; malformed values are dropped, not trusted. */
export function readCompareState(params: URLSearchParams): CompareState {
  const stance = params.get('stance');
  return {
    base: readId(params, 'base'),
    target: readId(params, 'target'),
    topic: readId(params, 'topic'),
    actor: readId(params, 'actor'),
    stance: isStance(stance) ? stance : '',
    unchanged: params.get('unchanged') === '1',
  };
}

/** Writes the state as URL parameters in a stable order, leaving empty values out. */
export function writeCompareState(state: CompareState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.base) params.set('base', state.base);
  if (state.target) params.set('target', state.target);
  if (state.topic) params.set('topic', state.topic);
  if (state.actor) params.set('actor', state.actor);
  if (state.stance) params.set('stance', state.stance);
  if (state.unchanged) params.set('unchanged', '1');
  return params;
}

/** A meeting as the pickers know it: id and meeting date. */
export interface DatedMeeting {
  id: string;
  startDate: string | null;
}

/**
 * Fills a missing base/target: the target defaults to the latest meeting, the base to the meeting
 * just before the target. Returns the state unchanged when both are set or nothing can be chosen.
 */
export function chooseDefaultPair(state: CompareState, meetings: readonly DatedMeeting[]): CompareState {
  if (state.base && state.target) return state;
  const ordered = [...meetings].sort(
    (a, b) => (b.startDate ?? '').localeCompare(a.startDate ?? '') || a.id.localeCompare(b.id),
  );
  const target = state.target || ordered[0]?.id || '';
  const targetIndex = ordered.findIndex((m) => m.id === target);
  const base = state.base || (targetIndex >= 0 ? ordered[targetIndex + 1]?.id : undefined) || '';
  return { ...state, base, target };
}
