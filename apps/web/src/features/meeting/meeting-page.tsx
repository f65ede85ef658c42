import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { Span } from '../../lib/api-types';
import type { Mark } from '../../lib/highlight-spans';
import { useMarking } from '../../lib/marking';
import { documentQuery } from '../../lib/query-keys';
import { SourceText } from '../../lib/source-text';
import { ErrorView, Loading } from '../../lib/status-views';
import { MeetingFacts } from './meeting-facts';
import { MeetingHeader } from './meeting-header';
import { StatementOutline } from './statement-outline';

/** Key of the source mark used for a fact (commitment, figure) the official asked to see. */
const FOCUS_KEY = 'focus';

/** Reads `?at=120-245` (a span a diff or a fact points at); null when absent or malformed. */
export function readSpanParam(value: string | null): Span | null {
  const match = /^(\d{1,9})-(\d{1,9})$/.exec(value ?? '');
  if (!match) return null;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return end > start ? { start, end } : null;
}

/**
 * One meeting read as structure (sections, sub-topics, statements) beside its source text.
 * `?statement=s12` selects a statement, `?at=120-245` any span: it is highlighted in the source
 * and scrolled into view.
 */
export default function MeetingPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const selected = params.get('statement');
  const focus = readSpanParam(params.get('at'));
  const query = useQuery(documentQuery(id));
  const doc = query.data;
  useMarking(doc ? [doc.meta.classification] : []);

  const select = useCallback(
    (statementId: string) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.set('statement', statementId);
          next.delete('at');
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const show = useCallback(
    (span: Span) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.set('at', `${span.start}-${span.end}`);
          next.delete('statement');
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  const marks = useMemo<Mark[]>(() => {
    const list: Mark[] = (doc?.statements ?? []).map((s) => ({
      key: s.id,
      start: s.span.start,
      end: s.span.end,
    }));
    const wanted = focus
      ? { key: FOCUS_KEY, start: focus.start, end: focus.end }
      : list.find((m) => m.key === selected);
    // The chosen span wins over any statement that shares its sentence.
    if (!wanted) return list;
    return [
      wanted,
      ...list.filter((m) => m.key !== wanted.key && (m.end <= wanted.start || m.start >= wanted.end)),
    ];
  }, [doc, selected, focus?.start, focus?.end]);

  if (query.isPending) return <Loading what="meeting" />;
  if (query.isError)
    return (
      <div className="page">
        <ErrorView error={query.error} onRetry={() => query.refetch()} />
        <p>
          <Link to="/">Back to the library</Link>
        </p>
      </div>
    );
  if (!doc) return null;
  const selectedKey = focus ? FOCUS_KEY : selected;
  const unknownStatement = selected && !doc.statements.some((s) => s.id === selected);

  return (
    <div className="page meeting">
      <MeetingHeader document={doc} />
      {unknownStatement && (
        <p className="state state--error" role="alert">
          Statement “{selected}” is not in this record (it may have been re-parsed).
        </p>
      )}
      <div className="meeting__grid">
        <div className="meeting__structure">
          <StatementOutline document={doc} selectedId={selected} onSelect={select} />
          <MeetingFacts document={doc} onShow={show} />
        </div>
        <div className="meeting__source">
          <h2 className="pane-title">Source text</h2>
          <SourceText
            text={doc.source.text}
            marks={marks}
            selectedKey={selectedKey}
            onSelect={select}
            label="Source text of the record"
          />
        </div>
      </div>
    </div>
  );
}
