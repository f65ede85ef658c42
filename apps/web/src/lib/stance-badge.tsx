import type { Stance } from '@som/domain';
import type { CSSProperties } from 'react';
import { describeStance } from './stance';

/** A stance as a badge: icon + word on a tinted background, titled with example verbs. */
export function StanceBadge({
  stance,
  compact = false,
}: {
  stance: Stance | null | undefined;
  compact?: boolean;
}) {
  const look = describeStance(stance);
  return (
    <span
      className={`stance-badge${compact ? ' stance-badge--compact' : ''}`}
      style={{ '--badge-color': look.color } as CSSProperties}
      title={`${look.word}: ${look.description}`}
      data-stance={stance ?? 'none'}
    >
      <span className="stance-badge__icon" aria-hidden="true">
        {look.icon}
      </span>
      <span className={compact ? 'visually-hidden' : undefined}>{look.word}</span>
    </span>
  );
}
