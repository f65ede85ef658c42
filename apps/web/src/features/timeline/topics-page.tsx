import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { fetchTopics } from '../../lib/api-client';
import { Empty, ErrorView, Loading } from '../../lib/status-views';

/** Every topic with how many meetings discuss it; each opens its timeline. */
export default function TopicsPage() {
  const query = useQuery({ queryKey: ['topics'], queryFn: ({ signal }) => fetchTopics(signal) });
  const [showEmpty, setShowEmpty] = useState(false);
  const items = (query.data?.items ?? [])
    .filter((t) => showEmpty || t.meetings > 0)
    .sort((a, b) => b.meetings - a.meetings || a.label.localeCompare(b.label));
  return (
    <div className="page topics">
      <div className="page__head">
        <h1>Topics over time</h1>
        <p className="lede">
          Follow one topic across every stored meeting: who said what, and how positions moved.
        </p>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={showEmpty} onChange={(e) => setShowEmpty(e.target.checked)} /> Include
        topics no stored meeting discusses
      </label>
      {query.isPending ? (
        <Loading what="topics" />
      ) : query.isError ? (
        <ErrorView error={query.error} onRetry={() => query.refetch()} />
      ) : items.length === 0 ? (
        <Empty>
          <p>No topic yet: add records in the library.</p>
        </Empty>
      ) : (
        <ul className="topic-cards">
          {items.map((t) => (
            <li key={t.id}>
              <Link to={`/topics/${encodeURIComponent(t.id)}`} className="topic-card">
                <span className="topic-card__label">{t.label}</span>
                <span className="muted">
                  {t.meetings} {t.meetings === 1 ? 'meeting' : 'meetings'}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
