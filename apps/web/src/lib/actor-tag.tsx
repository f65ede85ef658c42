import type { Side } from '@som/domain';
import type { CSSProperties } from 'react';
import { colorSide, nameActor, nameSide } from './actor';

/** An actor's name with a side-coloured marker; the side is spelled out for screen readers. */
export function ActorTag({ id, side }: { id: string; side: Side }) {
  return (
    <span className="actor-tag" data-side={side} style={{ '--side-color': colorSide(side) } as CSSProperties}>
      <span className="actor-tag__marker" aria-hidden="true" />
      {nameActor(id)}
      {id !== side && side !== 'other' && <span className="visually-hidden"> ({nameSide(side)})</span>}
    </span>
  );
}
