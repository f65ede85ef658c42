import { nameSide } from '../../lib/actor';
import type { OutcomeDocument, Span } from '../../lib/api-types';
import { formatDate } from '../../lib/format-date';

/** Delegations, commitments, figures, entities and parser warnings of one record. */
export function MeetingFacts({
  document: doc,
  onShow,
}: {
  document: OutcomeDocument;
  onShow: (span: Span) => void;
}) {
  const show = (span: Span | null | undefined, what: string) =>
    span ? (
      <button
        type="button"
        className="link-button"
        onClick={() => onShow(span)}
        aria-label={`Show ${what} in the source`}
      >
        show
      </button>
    ) : null;
  return (
    <div className="facts-panels">
      <details open>
        <summary>
          <h2>Delegations</h2>
        </summary>
        {doc.meeting.delegations.length === 0 ? (
          <p className="muted">No delegation list found.</p>
        ) : (
          <ul>
            {doc.meeting.delegations.map((d, i) => (
              <li key={i}>
                <strong>{nameSide(d.side)}:</strong> {d.members.join(', ') || '—'}{' '}
                {show(d.span, 'delegation')}
              </li>
            ))}
          </ul>
        )}
      </details>
      <details open>
        <summary>
          <h2>Commitments and next steps ({doc.commitments.length})</h2>
        </summary>
        {doc.commitments.length === 0 ? (
          <p className="muted">None found.</p>
        ) : (
          <ul>
            {doc.commitments.map((c) => (
              <li key={c.id}>
                <span className="date-chip">{formatDate(c.date)}</span> {c.what}
                {c.place && <span className="muted"> — {c.place}</span>} {show(c.span, 'commitment')}
              </li>
            ))}
          </ul>
        )}
      </details>
      <details open>
        <summary>
          <h2>Figures ({doc.figures.length})</h2>
        </summary>
        {doc.figures.length === 0 ? (
          <p className="muted">None found.</p>
        ) : (
          <ul>
            {doc.figures.map((f) => (
              <li key={f.id}>
                <strong>
                  {f.qualifier ? `${f.qualifier} ` : ''}
                  {f.value.toLocaleString('en-GB')}
                  {f.unit ? ` ${f.unit}` : ''}
                  {f.per ? ` per ${f.per}` : ''}
                </strong>{' '}
                <span className="muted">“{f.text}”</span> {show(f.span, 'figure')}
              </li>
            ))}
          </ul>
        )}
      </details>
      <details>
        <summary>
          <h2>Entities ({doc.entities.length})</h2>
        </summary>
        <ul className="entity-list">
          {doc.entities.map((e) => (
            <li key={e.id}>
              {e.name}{' '}
              <span className="muted small">
                ({e.kind}, {e.spans.length}×)
              </span>{' '}
              {show(e.spans[0], e.name)}
            </li>
          ))}
        </ul>
      </details>
      <details>
        <summary>
          <h2>Parser warnings ({doc.warnings.length})</h2>
        </summary>
        <ul>
          {doc.warnings.map((w, i) => (
            <li key={i}>
              <code>{w.code}</code> {w.message} {show(w.span, 'warning')}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
