import { ActorTag } from '../../lib/actor-tag';
import type { OutcomeDocument } from '../../lib/api-types';
import { formatDate, formatDateRange } from '../../lib/format-date';
import { StanceBadge } from '../../lib/stance-badge';

/** What the parser read from a file: header, counts, the outline of sections, and every warning. */
export function ParsePreview({ document: doc }: { document: OutcomeDocument }) {
  const bySection = new Map<string, number>();
  for (const s of doc.statements)
    if (s.sectionId) bySection.set(s.sectionId, (bySection.get(s.sectionId) ?? 0) + 1);
  return (
    <div className="parse-preview">
      <dl className="facts">
        <dt>Meeting</dt>
        <dd>{doc.meeting.title}</dd>
        <dt>Where, when</dt>
        <dd>
          {doc.meeting.city ?? 'place unknown'}, {formatDateRange(doc.meeting.startDate, doc.meeting.endDate)}
        </dd>
        <dt>Document</dt>
        <dd>
          {doc.meta.documentNumber ?? 'no number'} · issued {formatDate(doc.meta.issuedOn)}
          {doc.meta.classification && <span className="marking-chip">{doc.meta.classification}</span>}
        </dd>
        <dt>Read</dt>
        <dd>
          {doc.sections.length} sections · {doc.statements.length} statements · {doc.commitments.length}{' '}
          commitments · {doc.figures.length} figures
        </dd>
      </dl>
      <h4>Outline</h4>
      <ol className="outline">
        {doc.sections.map((section) => (
          <li key={section.id}>
            <span className="outline__number">{section.number ?? '•'}</span> {section.title}{' '}
            <span className="muted">
              → {section.topic.label}
              {section.topic.confidence < 0.5 ? ' (unsure)' : ''} · {bySection.get(section.id) ?? 0}{' '}
              statements
            </span>
          </li>
        ))}
      </ol>
      <h4>First statements</h4>
      {doc.statements.length === 0 ? (
        <p className="muted">No attributed statement found.</p>
      ) : (
        <ul className="preview-statements">
          {doc.statements.slice(0, 5).map((s) => (
            <li key={s.id}>
              <ActorTag id={s.actor.id} side={s.actor.side} /> <StanceBadge stance={s.stance} />{' '}
              {excerpt(s.text)}
            </li>
          ))}
        </ul>
      )}
      <h4>
        Warnings <span className="muted">({doc.warnings.length})</span>
      </h4>
      {doc.warnings.length === 0 ? (
        <p className="muted">The parser placed everything.</p>
      ) : (
        <ul className="warnings" aria-label="Parser warnings">
          {doc.warnings.map((w, i) => (
            <li key={i}>
              <span aria-hidden="true">⚠ </span>
              <code>{w.code}</code> {w.message}
              {w.span && w.span.end > w.span.start && (
                <q className="warnings__excerpt">
                  {excerpt(doc.source.text.slice(w.span.start, w.span.end))}
                </q>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 140 ? `${flat.slice(0, 137)}…` : flat;
}
