import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { ActorTag } from '../../lib/actor-tag';
import { fetchTimeline } from '../../lib/api-client';
import type { TopicTimeline } from '../../lib/api-types';
import { formatDate } from '../../lib/format-date';
import { useMarking } from '../../lib/marking';
import { STANCES } from '../../lib/stance';
import { StanceBadge } from '../../lib/stance-badge';
import { Empty, ErrorView, Loading } from '../../lib/status-views';
import { StanceChart } from './stance-chart';
import { listTimelineActors } from './stance-series';

/** One topic across all meetings: actor × meeting grid, stance chart, and the statements of a chosen cell. */
export default function TimelinePage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const cell = parseCell(params.get('cell'));
  const query = useQuery({
    queryKey: ['timeline', id, from, to],
    queryFn: ({ signal }) => fetchTimeline(id, { from: from || undefined, to: to || undefined }, signal),
  });
  const timeline = query.data;
  useMarking([...(timeline?.markings ?? []), ...(timeline?.points.map((p) => p.classification) ?? [])]);

  const setParam = (name: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: name === 'cell' },
    );

  return (
    <div className="page timeline">
      <div className="page__head">
        <p className="breadcrumb">
          <Link to="/topics">Topics</Link> / timeline
        </p>
        <h1>{timeline?.topic.label ?? id}</h1>
        <p className="lede">How each actor's stance on this topic moved from meeting to meeting.</p>
      </div>
      <fieldset className="filters">
        <legend className="visually-hidden">Date range</legend>
        <div className="filters__field">
          <label htmlFor="tl-from">From</label>
          <input id="tl-from" type="date" value={from} onChange={(e) => setParam('from', e.target.value)} />
        </div>
        <div className="filters__field">
          <label htmlFor="tl-to">To</label>
          <input id="tl-to" type="date" value={to} onChange={(e) => setParam('to', e.target.value)} />
        </div>
      </fieldset>
      {query.isPending ? (
        <Loading what="timeline" />
      ) : query.isError ? (
        <ErrorView error={query.error} onRetry={() => query.refetch()} />
      ) : !timeline || timeline.points.length === 0 ? (
        <Empty>
          <p>No stored meeting in this range.</p>
        </Empty>
      ) : (
        <>
          <StanceGrid
            timeline={timeline}
            cell={cell}
            onCell={(c) => setParam('cell', c ? `${c.documentId}.${c.actorId}` : '')}
          />
          {cell && <CellStatements timeline={timeline} cell={cell} />}
          <h2 className="timeline__heading">Stance of each side over time</h2>
          <StanceChart timeline={timeline} />
          <ChangeLog timeline={timeline} />
        </>
      )}
    </div>
  );
}

interface Cell {
  documentId: string;
  actorId: string;
}

function parseCell(value: string | null): Cell | null {
  if (!value) return null;
  // Document and actor ids are slugs ([a-z0-9-]), so a dot separates them unambiguously.
  const dot = value.lastIndexOf('.');
  const documentId = value.slice(0, Math.max(0, dot));
  const actorId = value.slice(dot + 1);
  return documentId && actorId ? { documentId, actorId } : null;
}

function StanceGrid({
  timeline,
  cell,
  onCell,
}: {
  timeline: TopicTimeline;
  cell: Cell | null;
  onCell: (c: Cell | null) => void;
}) {
  const actors = listTimelineActors(timeline);
  return (
    <div className="table-wrap">
      <table className="table stance-grid">
        <caption>
          Stances by actor (rows) and meeting (columns). Choose a cell to read its statements.
        </caption>
        <thead>
          <tr>
            <th scope="col">Actor</th>
            {timeline.points.map((p) => (
              <th scope="col" key={p.documentId} className={p.present ? undefined : 'absent'}>
                <Link to={`/meetings/${encodeURIComponent(p.documentId)}`}>
                  {p.meeting.city ?? p.meeting.title}
                </Link>
                <div className="muted small">{formatDate(p.meeting.startDate)}</div>
                {!p.present && <div className="muted small">not on the agenda</div>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {actors.length === 0 && (
            <tr>
              <td colSpan={timeline.points.length + 1} className="muted">
                No attributed statement on this topic.
              </td>
            </tr>
          )}
          {actors.map((actor) => (
            <tr key={actor.id}>
              <th scope="row">
                <ActorTag id={actor.id} side={actor.side} />
              </th>
              {timeline.points.map((p) => {
                const entry = p.actors.find((a) => a.actor.id === actor.id);
                if (!entry || entry.stances.length + entry.statementIds.length === 0)
                  return (
                    <td key={p.documentId} className="stance-grid__empty">
                      <span aria-hidden="true">·</span>
                      <span className="visually-hidden">silent</span>
                    </td>
                  );
                const selected = cell?.documentId === p.documentId && cell.actorId === actor.id;
                return (
                  <td key={p.documentId}>
                    <button
                      type="button"
                      className="cell-button"
                      aria-pressed={selected}
                      onClick={() =>
                        onCell(selected ? null : { documentId: p.documentId, actorId: actor.id })
                      }
                      aria-label={`${actor.id} at ${p.meeting.city ?? ''} ${p.meeting.startDate ?? ''}: ${entry.stances.join(', ') || 'no stance'}, ${entry.statementIds.length} statements`}
                    >
                      {entry.stances.map((s) => (
                        <StanceBadge key={s} stance={s} compact />
                      ))}
                      <span className="cell-button__count">{entry.statementIds.length}</span>
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="legend legend--stances">
        <span className="muted small">Stances:</span>
        {STANCES.map((s) => (
          <StanceBadge key={s} stance={s} />
        ))}
      </p>
    </div>
  );
}

function CellStatements({ timeline, cell }: { timeline: TopicTimeline; cell: Cell }) {
  const point = timeline.points.find((p) => p.documentId === cell.documentId);
  const entry = point?.actors.find((a) => a.actor.id === cell.actorId);
  return (
    <section
      className="panel cell-statements"
      aria-live="polite"
      aria-label="Statements of the chosen cell"
      data-testid="cell-statements"
    >
      <h2>
        {entry ? <ActorTag id={entry.actor.id} side={entry.actor.side} /> : cell.actorId} at{' '}
        {point?.meeting.city ?? cell.documentId}, {formatDate(point?.meeting.startDate)}
      </h2>
      {!entry || entry.statements.length === 0 ? (
        <p className="muted">No statement for this cell.</p>
      ) : (
        <ul className="cell-statements__list">
          {entry.statements.map((s) => (
            <li key={s.id}>
              <StanceBadge stance={s.stance} /> {s.span.text}{' '}
              <Link
                to={`/meetings/${encodeURIComponent(cell.documentId)}?statement=${encodeURIComponent(s.id)}`}
                className="source-link"
              >
                open in meeting
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ChangeLog({ timeline }: { timeline: TopicTimeline }) {
  const entries = timeline.points.filter((p) => p.present && p.changes.summary.length > 0);
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="changelog-title">
      <h2 id="changelog-title" className="timeline__heading">
        What changed from meeting to meeting
      </h2>
      <ol className="changelog">
        {entries.map((p) => (
          <li key={p.documentId}>
            <h3>
              <Link to={`/meetings/${encodeURIComponent(p.documentId)}`}>
                {p.meeting.city ?? p.meeting.title}
              </Link>{' '}
              <span className="muted small">{formatDate(p.meeting.startDate)}</span>
            </h3>
            <ul>
              {p.changes.summary.map((bullet, i) => (
                <li key={i}>
                  {bullet.text}
                  {bullet.targetSpans[0] && (
                    <Link
                      className="source-link"
                      to={`/meetings/${encodeURIComponent(p.documentId)}?at=${bullet.targetSpans[0].start}-${bullet.targetSpans[0].end}`}
                    >
                      source
                    </Link>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
