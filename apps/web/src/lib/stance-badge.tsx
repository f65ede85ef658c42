import type { Stance } from '@som/domain';
import { describeStance } from './stance';

/**
 * A stance as a badge: icon + word on a tinted background, titled with example verbs. Its colour
 * comes from the stylesheet by `data-stance` (no inline style: cheaper to render by the hundred).
 */
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
