import type { TopicDiff } from '../../lib/api-types';
import { countChanges } from './rank-topics';
import { TopicStatus } from './topic-status';

/** The topics of the comparison as navigation, with status and change counts; "All topics" first. */
export function TopicList({
  topics,
  selectedId,
  onSelect,
  filtered,
}: {
  topics: TopicDiff[];
  selectedId: string;
  onSelect: (id: string) => void;
  filtered: boolean;
}) {
  return (
    <nav className="topic-list" aria-label="Topics">
      <h2 className="pane-title">
        Topics{' '}
        <span className="muted">
          ({topics.length}
          {filtered ? ', filtered' : ''})
        </span>
      </h2>
      <ul>
        <li>
          <button
            type="button"
            className="topic-list__item"
            aria-current={selectedId === 'all' ? 'true' : undefined}
            onClick={() => onSelect('all')}
          >
            <span className="topic-list__label">All topics</span>
          </button>
        </li>
        {topics.map((t) => {
          const c = countChanges(t);
          return (
            <li key={t.topic.id}>
              <button
                type="button"
                className="topic-list__item"
                aria-current={selectedId === t.topic.id ? 'true' : undefined}
                onClick={() => onSelect(t.topic.id)}
                data-topic-id={t.topic.id}
              >
                <span className="topic-list__label">{t.topic.label}</span>
                <span className="topic-list__meta">
                  <TopicStatus status={t.status} />
                  {c.shifts > 0 && (
                    <span className="count-chip count-chip--shift">
                      ↻ {c.shifts} stance {c.shifts === 1 ? 'shift' : 'shifts'}
                    </span>
                  )}
                  {c.total - c.shifts > 0 && (
                    <span className="count-chip">
                      {c.total - c.shifts} {c.total - c.shifts === 1 ? 'change' : 'changes'}
                    </span>
                  )}
                  {c.total === 0 && <span className="count-chip count-chip--none">no change</span>}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
