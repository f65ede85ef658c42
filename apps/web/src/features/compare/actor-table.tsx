import { ActorTag } from '../../lib/actor-tag';
import type { TopicDiff } from '../../lib/api-types';
import { StanceBadge } from '../../lib/stance-badge';

const CHANGE: Record<TopicDiff['actors'][number]['change'], { icon: string; word: string }> = {
  shifted: { icon: '↻', word: 'shifted' },
  new: { icon: '+', word: 'new' },
  dropped: { icon: '−', word: 'dropped' },
  same: { icon: '=', word: 'same' },
};

/** Per actor, the stances before and after and what changed. */
export function ActorTable({ actors }: { actors: TopicDiff['actors'] }) {
  return (
    <div className="table-scroll">
      <table className="table table--compact actor-table">
        <caption className="visually-hidden">Stances of each actor before and after</caption>
        <thead>
          <tr>
            <th scope="col">Actor</th>
            <th scope="col">Before</th>
            <th scope="col">
              <span className="visually-hidden">becomes</span>
            </th>
            <th scope="col">After</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {actors.map((a) => {
            // Older API answers lack gained/lost: derive them.
            const gained = new Set(a.gained ?? a.after.filter((s) => !a.before.includes(s)));
            const lost = new Set(a.lost ?? a.before.filter((s) => !a.after.includes(s)));
            return (
              <tr key={a.actor.id} data-change={a.change}>
                <th scope="row">
                  <ActorTag id={a.actor.id} side={a.actor.side} />
                </th>
                <td>
                  {a.before.length === 0 ? (
                    <span className="muted">—</span>
                  ) : (
                    a.before.map((s) => (
                      <span key={s} className={lost.has(s) ? 'stance-lost' : undefined}>
                        <StanceBadge stance={s} />
                        {lost.has(s) && <span className="visually-hidden"> (no longer)</span>}
                      </span>
                    ))
                  )}
                </td>
                <td aria-hidden="true">→</td>
                <td>
                  {a.after.length === 0 ? (
                    <span className="muted">—</span>
                  ) : (
                    a.after.map((s) => (
                      <span
                        key={s}
                        className={gained.has(s) && a.change !== 'new' ? 'stance-gained' : undefined}
                      >
                        <StanceBadge stance={s} />
                        {gained.has(s) && a.change !== 'new' && (
                          <span className="visually-hidden"> (newly)</span>
                        )}
                      </span>
                    ))
                  )}
                </td>
                <td>
                  <span className={`change-chip change-chip--${a.change}`}>
                    <span aria-hidden="true">{CHANGE[a.change].icon}</span> {CHANGE[a.change].word}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
