import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { nameActor } from '../../lib/actor';
import { ActorTag } from '../../lib/actor-tag';
import { fetchSearch, fetchTopics, type SearchQuery } from '../../lib/api-client';
import type { SearchHit } from '../../lib/api-types';
import { formatDate } from '../../lib/format-date';
import { useMarking } from '../../lib/marking';
import { describeStance, isStance, STANCES } from '../../lib/stance';
import { StanceBadge } from '../../lib/stance-badge';
import { Empty, ErrorView, Loading } from '../../lib/status-views';
import { hasCriteria, PAGE_SIZE, readSearchQuery, writeSearchQuery } from './search-params';
import { Snippet } from './snippet';

const ACTORS = [
  'us',
  'eu',
  'both',
  'presidency',
  'commission',
  'eeas',
  'europol',
  'eurojust',
  'eu-ctc',
  'us-doj',
  'us-dhs',
  'us-state',
];

/** Full-text search over statements with actor, stance, topic and date filters. */
export default function SearchPage() {
  const [params, setParams] = useSearchParams();
  const query = readSearchQuery(params);
  const active = hasCriteria(query);
  const topics = useQuery({ queryKey: ['topics'], queryFn: ({ signal }) => fetchTopics(signal) });
  const results = useQuery({
    queryKey: ['search', query],
    queryFn: ({ signal }) => fetchSearch(query, signal),
    enabled: active,
    placeholderData: keepPreviousData,
  });
  useMarking(results.data?.items.map((h) => h.classification) ?? []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => {
      const v = form.get(name);
      return typeof v === 'string' && v ? v : undefined;
    };
    const stance = text('stance');
    const next: SearchQuery = {
      q: text('q')?.trim() ?? '',
      actor: text('actor'),
      stance: isStance(stance) ? stance : undefined,
      topic: text('topic'),
      from: text('from'),
      to: text('to'),
      offset: 0,
    };
    setParams(writeSearchQuery(next));
  };
  const goTo = (offset: number) => setParams(writeSearchQuery({ ...query, offset }));

  const formKey = params.toString();
  return (
    <div className="page search">
      <div className="page__head">
        <h1>Search statements</h1>
        <p className="lede">Find who said what, in every stored meeting.</p>
      </div>
      <search>
        <form className="search-form" onSubmit={onSubmit} key={formKey}>
          <div className="search-form__main">
            <label htmlFor="search-q">Words</label>
            <input
              id="search-q"
              name="q"
              type="search"
              defaultValue={query.q}
              placeholder="e.g. fentanyl, encryption, visa waiver"
            />
            <button type="submit" className="button button--primary">
              Search
            </button>
          </div>
          <div className="filters">
            <div className="filters__field">
              <label htmlFor="search-actor">Actor</label>
              <select id="search-actor" name="actor" defaultValue={query.actor ?? ''}>
                <option value="">Any actor</option>
                {[...new Set([...ACTORS, ...(query.actor ? [query.actor] : [])])].map((a) => (
                  <option key={a} value={a}>
                    {nameActor(a)}
                  </option>
                ))}
              </select>
            </div>
            <div className="filters__field">
              <label htmlFor="search-stance">Stance</label>
              <select id="search-stance" name="stance" defaultValue={query.stance ?? ''}>
                <option value="">Any stance</option>
                {STANCES.map((s) => (
                  <option key={s} value={s}>
                    {describeStance(s).icon} {describeStance(s).word}
                  </option>
                ))}
              </select>
            </div>
            <div className="filters__field">
              <label htmlFor="search-topic">Topic</label>
              <select id="search-topic" name="topic" defaultValue={query.topic ?? ''}>
                <option value="">Any topic</option>
                {(topics.data?.items ?? [])
                  .filter((t) => t.meetings > 0 || t.id === query.topic)
                  .map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.label}
                    </option>
                  ))}
              </select>
            </div>
            <div className="filters__field">
              <label htmlFor="search-from">From</label>
              <input id="search-from" name="from" type="date" defaultValue={query.from ?? ''} />
            </div>
            <div className="filters__field">
              <label htmlFor="search-to">To</label>
              <input id="search-to" name="to" type="date" defaultValue={query.to ?? ''} />
            </div>
          </div>
        </form>
      </search>

      {!active ? (
        <Empty>
          <p>Type words or choose a filter, then press Search.</p>
        </Empty>
      ) : results.isPending ? (
        <Loading what="results" />
      ) : results.isError ? (
        <ErrorView error={results.error} onRetry={() => results.refetch()} />
      ) : results.data.items.length === 0 ? (
        <Empty>
          <p>No statement matches. Try fewer words or remove a filter.</p>
        </Empty>
      ) : (
        <>
          <p className="count" aria-live="polite">
            {results.data.total} {results.data.total === 1 ? 'statement' : 'statements'}
            {results.data.total > PAGE_SIZE &&
              ` · ${(query.offset ?? 0) + 1}–${Math.min((query.offset ?? 0) + PAGE_SIZE, results.data.total)} shown`}
          </p>
          <ol className="hits">
            {results.data.items.map((hit) => (
              <Hit
                key={`${hit.documentId}/${hit.statementId}`}
                hit={hit}
                topicLabel={topics.data?.items.find((t) => t.id === hit.topicId)?.label}
              />
            ))}
          </ol>
          <nav className="pager" aria-label="Result pages">
            <button
              type="button"
              className="button"
              disabled={!query.offset}
              onClick={() => goTo(Math.max(0, (query.offset ?? 0) - PAGE_SIZE))}
            >
              ← Previous
            </button>
            <button
              type="button"
              className="button"
              disabled={(query.offset ?? 0) + PAGE_SIZE >= results.data.total}
              onClick={() => goTo((query.offset ?? 0) + PAGE_SIZE)}
            >
              Next →
            </button>
          </nav>
        </>
      )}
    </div>
  );
}

function Hit({ hit, topicLabel }: { hit: SearchHit; topicLabel: string | undefined }) {
  const to = `/meetings/${encodeURIComponent(hit.documentId)}?statement=${encodeURIComponent(hit.statementId)}`;
  return (
    <li className="hit">
      <div className="hit__meta">
        <ActorTag id={hit.actor.id} side={hit.actor.side} />
        <StanceBadge stance={hit.stance} />
        {topicLabel && <span className="topic-chip">{topicLabel}</span>}
        {hit.classification && <span className="marking-chip">{hit.classification}</span>}
      </div>
      <Link to={to} className="hit__link">
        <Snippet segments={hit.snippet} fallback={hit.text} />
      </Link>
      <div className="muted small">
        {hit.meeting.title} · {hit.meeting.city ?? '?'} · {formatDate(hit.meeting.startDate)}
      </div>
    </li>
  );
}
