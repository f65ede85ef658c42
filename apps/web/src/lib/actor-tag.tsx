import type { Side } from '@som/domain';
import { nameActor, nameSide } from './actor';

/**
 * An actor's name with a side-coloured marker (colour from the stylesheet by `data-side`); the side
 * is spelled out for screen readers.
 */
export function ActorTag({ id, side }: { id: string; side: Side }) {
  return (
    <span className="actor-tag" data-side={side}>
      <span className="actor-tag__marker" aria-hidden="true" />
      {nameActor(id)}
      {id !== side && side !== 'other' && <span className="visually-hidden"> ({nameSide(side)})</span>}
    </span>
  );
}
