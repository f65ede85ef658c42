import { type ReactNode, useId } from 'react';
import { nameActor } from '../../lib/actor';
import type { DocumentSummary } from '../../lib/api-types';
import { formatDateRange } from '../../lib/format-date';
import { describeStance, isStance, STANCES } from '../../lib/stance';
import type { CompareState } from './compare-state';

/** Base/target pickers, a swap button, the actor and stance filters, and the export. */
export function ComparePickers({
  state,
  meetings,
  actorIds,
  onChange,
  exportButton,
}: {
  state: CompareState;
  meetings: DocumentSummary[];
  actorIds: string[];
  onChange: (patch: Partial<CompareState>) => void;
  exportButton: ReactNode;
}) {
  const id = useId();
  const options = meetings.map((m) => (
    <option key={m.id} value={m.id}>
      {m.title} — {m.city ?? '?'}, {formatDateRange(m.startDate, m.endDate)}
    </option>
  ));
  return (
    <div className="pickers no-print-controls">
      <div className="pickers__pair">
        <div className="filters__field">
          <label htmlFor={`${id}-base`}>Base (before)</label>
          <select
            id={`${id}-base`}
            value={state.base}
            onChange={(e) => onChange({ base: e.target.value, topic: '' })}
          >
            {!state.base && <option value="">Choose…</option>}
            {options}
          </select>
        </div>
        <button
          type="button"
          className="button pickers__swap"
          onClick={() => onChange({ base: state.target, target: state.base })}
          aria-label="Swap base and target"
          title="Swap base and target"
        >
          ⇄
        </button>
        <div className="filters__field">
          <label htmlFor={`${id}-target`}>Target (after)</label>
          <select
            id={`${id}-target`}
            value={state.target}
            onChange={(e) => onChange({ target: e.target.value, topic: '' })}
          >
            {!state.target && <option value="">Choose…</option>}
            {options}
          </select>
        </div>
      </div>
      <fieldset className="pickers__filters">
        <legend className="visually-hidden">Filters</legend>
        <div className="filters__field">
          <label htmlFor={`${id}-actor`}>Actor</label>
          <select
            id={`${id}-actor`}
            value={state.actor}
            onChange={(e) => onChange({ actor: e.target.value })}
          >
            <option value="">All actors</option>
            {[...new Set([...actorIds, ...(state.actor ? [state.actor] : [])])].map((a) => (
              <option key={a} value={a}>
                {nameActor(a)}
              </option>
            ))}
          </select>
        </div>
        <div className="filters__field">
          <label htmlFor={`${id}-stance`}>Stance</label>
          <select
            id={`${id}-stance`}
            value={state.stance}
            onChange={(e) => onChange({ stance: isStance(e.target.value) ? e.target.value : '' })}
          >
            <option value="">All stances</option>
            {STANCES.map((s) => (
              <option key={s} value={s}>
                {describeStance(s).icon} {describeStance(s).word}
              </option>
            ))}
          </select>
        </div>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={state.unchanged}
            onChange={(e) => onChange({ unchanged: e.target.checked })}
          />{' '}
          Show unchanged statements
        </label>
        <div className="pickers__actions">
          {exportButton}
          <button type="button" className="button" onClick={() => window.print()}>
            Print
          </button>
        </div>
      </fieldset>
    </div>
  );
}
