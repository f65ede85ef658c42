import { Link } from 'react-router';
import { ActorTag } from '../../lib/actor-tag';
import type { StatementChange } from '../../lib/api-types';
import { RedlineView } from '../../lib/redline-view';
import { StanceBadge } from '../../lib/stance-badge';

const STATUS_WORD: Record<StatementChange['status'], string> = {
  changed: 'changed',
  added: 'added',
  removed: 'removed',
  moved: 'moved topic',
  unchanged: 'unchanged',
};

/** One paired statement: who, the stance on each side, and the word redline or the lone text. */
export function StatementPair({
  pair,
  baseId,
  targetId,
  baseLabel,
  targetLabel,
}: {
  pair: StatementChange;
  baseId: string;
  targetId: string;
  baseLabel: string;
  targetLabel: string;
}) {
  const hasBase = pair.baseId !== null;
  const hasTarget = pair.targetId !== null;
  const stanceMoved = hasBase && hasTarget && pair.baseStance !== pair.targetStance;
  const text = pair.targetSpan?.text ?? pair.baseSpan?.text ?? pair.redline.map((r) => r.text).join('');
  return (
    <div className={`pair pair--${pair.status}`} data-status={pair.status}>
      <div className="pair__head">
        <span className={`pair-status pair-status--${pair.status}`}>{STATUS_WORD[pair.status]}</span>
        {pair.actor && <ActorTag id={pair.actor.id} side={pair.actor.side} />}
        {hasBase && <StanceBadge stance={pair.baseStance} />}
        {stanceMoved && (
          <>
            <span className="stance-arrow" role="img" aria-label="became">
              →
            </span>
            <StanceBadge stance={pair.targetStance} />
          </>
        )}
        {!hasBase && hasTarget && <StanceBadge stance={pair.targetStance} />}
        {pair.movedTo && <span className="muted small">moved to {pair.movedTo}</span>}
        {pair.movedFrom && <span className="muted small">moved from {pair.movedFrom}</span>}
        <span className="pair__links">
          {pair.baseId && (
            <Link
              to={`/meetings/${encodeURIComponent(baseId)}?statement=${encodeURIComponent(pair.baseId)}`}
              className="source-link"
            >
              in {baseLabel}
            </Link>
          )}
          {pair.targetId && (
            <Link
              to={`/meetings/${encodeURIComponent(targetId)}?statement=${encodeURIComponent(pair.targetId)}`}
              className="source-link"
            >
              in {targetLabel}
            </Link>
          )}
        </span>
      </div>
      {pair.redline.length > 0 && (pair.status === 'changed' || pair.status === 'moved') ? (
        <RedlineView ops={pair.redline} baseLabel={baseLabel} targetLabel={targetLabel} />
      ) : (
        <p className="pair__text">{text}</p>
      )}
    </div>
  );
}
