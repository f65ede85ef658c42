import { Link } from 'react-router';
import type { OutcomeDocument } from '../../lib/api-types';
import { formatDate, formatDateRange } from '../../lib/format-date';

/** Title block of a meeting: where, when, document number, marking, presidency. */
export function MeetingHeader({ document: doc }: { document: OutcomeDocument }) {
  const { meeting, meta } = doc;
  return (
    <header className="page__head meeting__head">
      <p className="breadcrumb">
        <Link to="/">Library</Link> / meeting
      </p>
      <h1>{meeting.title}</h1>
      <p className="lede">
        {meeting.city ?? 'Place unknown'}, {formatDateRange(meeting.startDate, meeting.endDate)}
        {meeting.presidency && <> · {meeting.presidency} Presidency</>}
      </p>
      <p className="meta-line">
        <span>Document {meta.documentNumber ?? '—'}</span>
        {meta.revision && <span> {meta.revision}</span>}
        <span> · issued {formatDate(meta.issuedOn)}</span>
        {meta.issuedAt && <span> in {meta.issuedAt}</span>}
        {meta.classification && <span className="marking-chip">{meta.classification}</span>}
        <span className="muted"> · {doc.source.fileName ?? doc.source.format}</span>
      </p>
      <p className="actions no-print">
        <Link className="button button--small" to={`/compare?target=${encodeURIComponent(doc.id)}`}>
          Compare with the meeting before
        </Link>
      </p>
    </header>
  );
}
