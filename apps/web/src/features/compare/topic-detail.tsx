import { Link } from 'react-router';
import type { MeetingDiff, StatementChange, TextSpan, TopicDiff } from '../../lib/api-types';
import { formatDate } from '../../lib/format-date';
import { ActorTable } from './actor-table';
import { formatFactValue } from './format-fact-value';
import { StatementPair } from './statement-pair';
import { TopicStatus } from './topic-status';

/** Builds the link that opens a meeting with one span highlighted. */
export function linkSpan(documentId: string, span: { start: number; end: number }): string {
  return `/meetings/${encodeURIComponent(documentId)}?at=${span.start}-${span.end}`;
}

/** Everything that moved in one topic: summary, actors, statements, figures, entities, commitments. */
export function TopicDetail({
  topic,
  diff,
  showUnchanged,
}: {
  topic: TopicDiff;
  diff: MeetingDiff;
  showUnchanged: boolean;
}) {
  const headingId = `topic-${topic.topic.id}`;
  const visible = topic.statements.filter((s) => showUnchanged || s.status !== 'unchanged');
  const unchanged = topic.statements.length - visible.length;
  // What moved first (reworded, stance changed, moved), then what is new; what was dropped folds away when long.
  const main = visible.filter((p) => p.status !== 'removed').sort((a, b) => rankPair(a) - rankPair(b));
  const removed = visible.filter((p) => p.status === 'removed');
  const weak = topic.status === 'continued' && topic.alignment.score < 0.5;
  const baseLabel = labelMeeting(diff.base.meeting);
  const targetLabel = labelMeeting(diff.target.meeting);
  const titlesDiffer =
    topic.alignment.baseTitles.join('|') !== topic.alignment.targetTitles.join('|') &&
    topic.alignment.baseTitles.length > 0 &&
    topic.alignment.targetTitles.length > 0;

  return (
    <article className="topic-detail" aria-labelledby={headingId} data-topic-id={topic.topic.id}>
      <header className="topic-detail__head">
        <h2 id={headingId}>{topic.topic.label}</h2>
        <TopicStatus status={topic.status} />
        {topic.status === 'continued' && (
          <span className={`muted small${weak ? ' weak' : ''}`}>
            {weak ? '⚠ weak alignment' : 'aligned'} by {topic.alignment.method} (score{' '}
            {topic.alignment.score.toFixed(2)})
          </span>
        )}
      </header>
      {titlesDiffer && (
        <p className="muted small">
          Titled “{topic.alignment.baseTitles.join('”, “')}” before, “
          {topic.alignment.targetTitles.join('”, “')}” now.
        </p>
      )}

      {topic.summary.length > 0 && (
        <ul className="summary" aria-label="What changed">
          {topic.summary.map((bullet, i) => (
            <li key={i} data-kind={bullet.kind}>
              {bullet.text} <SpanLinks documentId={diff.base.id} spans={bullet.baseSpans} label="before" />
              <SpanLinks documentId={diff.target.id} spans={bullet.targetSpans} label="after" />
            </li>
          ))}
        </ul>
      )}

      {topic.actors.length > 0 && <ActorTable actors={topic.actors} />}

      <section aria-label="Statements">
        <h3>
          Statements{' '}
          <span className="muted small">
            ({visible.length} shown{unchanged > 0 ? `, ${unchanged} unchanged hidden` : ''})
          </span>
        </h3>
        {visible.length === 0 ? (
          <p className="muted">No statement changed in this topic.</p>
        ) : (
          <>
            <PairList pairs={main} diff={diff} baseLabel={baseLabel} targetLabel={targetLabel} />
            {removed.length > 0 && (
              <details className="removed-pairs" open={removed.length <= 5}>
                <summary>
                  {removed.length} {removed.length === 1 ? 'statement' : 'statements'} no longer made
                </summary>
                <PairList pairs={removed} diff={diff} baseLabel={baseLabel} targetLabel={targetLabel} />
              </details>
            )}
          </>
        )}
      </section>

      {topic.figures.length > 0 && (
        <section aria-label="Figures that changed">
          <h3>Figures</h3>
          <div className="table-scroll">
            <table className="table table--compact figures-table">
              <thead>
                <tr>
                  <th scope="col">Figure</th>
                  <th scope="col">{baseLabel}</th>
                  <th scope="col">{targetLabel}</th>
                  <th scope="col">Change</th>
                </tr>
              </thead>
              <tbody>
                {topic.figures.map((f, i) => (
                  <tr key={i}>
                    <td>{f.label}</td>
                    <td>
                      {f.before === null ? '—' : `${formatFactValue(f.before)}${f.unit ? ` ${f.unit}` : ''}`}{' '}
                      {f.baseSpan && (
                        <Link className="source-link" to={linkSpan(diff.base.id, f.baseSpan)}>
                          source
                        </Link>
                      )}
                    </td>
                    <td>
                      {f.after === null ? '—' : `${formatFactValue(f.after)}${f.unit ? ` ${f.unit}` : ''}`}{' '}
                      {f.targetSpan && (
                        <Link className="source-link" to={linkSpan(diff.target.id, f.targetSpan)}>
                          source
                        </Link>
                      )}
                    </td>
                    <td>{f.status}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      {(topic.entities.added.length > 0 || topic.entities.removed.length > 0) && (
        <section aria-label="Bodies and instruments">
          <h3>Bodies and instruments</h3>
          <p>
            {topic.entities.added.map((e) => (
              <span key={`a-${e.id}`} className="entity-chip entity-chip--added">
                <span aria-hidden="true">+ </span>
                {e.name} <span className="visually-hidden">(now mentioned)</span>
              </span>
            ))}
            {topic.entities.removed.map((e) => (
              <span key={`r-${e.id}`} className="entity-chip entity-chip--removed">
                <span aria-hidden="true">− </span>
                {e.name} <span className="visually-hidden">(no longer mentioned)</span>
              </span>
            ))}
          </p>
        </section>
      )}

      {topic.commitmentsDue.length > 0 && (
        <section aria-label="Commitments that fell due">
          <h3>Commitments due</h3>
          <ul className="commitments">
            {topic.commitmentsDue.map((c) => (
              <li key={c.commitmentId}>
                <span className={`follow-chip follow-chip--${c.followedUp ? 'yes' : 'no'}`}>
                  <span aria-hidden="true">{c.followedUp ? '✓' : '✗'}</span>{' '}
                  {c.followedUp ? 'followed up' : 'no follow-up found'}
                </span>{' '}
                <span className="date-chip">due {formatDate(c.date)}</span> {c.text}{' '}
                <Link className="source-link" to={linkSpan(diff.base.id, c.baseSpan)}>
                  promise
                </Link>
                {c.evidenceSpans.map((span) => (
                  <Link key={span.start} className="source-link" to={linkSpan(diff.target.id, span)}>
                    follow-up
                  </Link>
                ))}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

const PAIR_ORDER: Record<StatementChange['status'], number> = {
  changed: 0,
  moved: 1,
  added: 2,
  removed: 3,
  unchanged: 4,
};

function rankPair(pair: StatementChange): number {
  const stanceMoved =
    pair.baseStance !== null && pair.targetStance !== null && pair.baseStance !== pair.targetStance;
  return PAIR_ORDER[pair.status] * 2 + (stanceMoved ? 0 : 1);
}

function PairList(props: {
  pairs: StatementChange[];
  diff: MeetingDiff;
  baseLabel: string;
  targetLabel: string;
}) {
  return (
    <ol className="pairs">
      {props.pairs.map((pair) => (
        <li key={`${pair.baseId ?? ''}>${pair.targetId ?? ''}`}>
          <StatementPair
            pair={pair}
            baseId={props.diff.base.id}
            targetId={props.diff.target.id}
            baseLabel={props.baseLabel}
            targetLabel={props.targetLabel}
          />
        </li>
      ))}
    </ol>
  );
}

function labelMeeting(meeting: MeetingDiff['base']['meeting']): string {
  return `${meeting.city ?? meeting.title}, ${formatDate(meeting.startDate)}`;
}

function SpanLinks({ documentId, spans, label }: { documentId: string; spans: TextSpan[]; label: string }) {
  if (spans.length === 0) return null;
  const first = spans[0]!;
  return (
    <Link to={linkSpan(documentId, first)} className="source-link" title={first.text}>
      [{label}]
    </Link>
  );
}
