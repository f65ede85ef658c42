import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { fetchDocuments } from '../../lib/api-client';
import type { DocumentSummary } from '../../lib/api-types';
import { formatDate, formatDateRange } from '../../lib/format-date';
import { useMarking } from '../../lib/marking';
import { Empty, ErrorView, Loading } from '../../lib/status-views';
import { type LibraryFilters, readLibraryFilters, writeLibraryFilters } from './library-filters';

const KIND_NAMES: Record<string, string> = {
  'senior-officials': 'Senior Officials',
  ministerial: 'Ministerial',
  other: 'Other',
};

/** The library: stored meetings in date order, filterable, with the upload panel beside it. */
export function LibraryPage({ upload }: { upload?: ReactNode }) {
  const [params, setParams] = useSearchParams();
  const filters = readLibraryFilters(params);
  const query = useQuery({
    queryKey: ['documents', filters],
    queryFn: ({ signal }) => fetchDocuments({ ...filters, pageSize: 200 }, signal),
    placeholderData: keepPreviousData,
  });
  const all = useQuery({
    queryKey: ['documents', 'all-years'],
    queryFn: ({ signal }) => fetchDocuments({ pageSize: 200 }, signal),
  });
  const years = listYears(all.data?.items ?? [], filters.year);
  useMarking(query.data?.items.map((d) => d.classification) ?? []);
  const update = (patch: Partial<LibraryFilters>) =>
    setParams(writeLibraryFilters({ ...filters, ...patch }), { replace: true });
  const ids = { kind: useId(), year: useId(), q: useId(), sort: useId() };

  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = new FormData(event.currentTarget).get('q');
    update({ q: typeof q === 'string' ? q.trim() : '' });
  };

  const items = query.data?.items ?? [];
  return (
    <div className="page library">
      <div className="page__head">
        <h1>Library of meetings</h1>
        <p className="lede">Outcome records of EU-US Justice and Home Affairs meetings, newest first.</p>
      </div>
      <div className="library__grid">
        <section aria-labelledby="library-list-title">
          <h2 id="library-list-title" className="visually-hidden">
            Meetings
          </h2>
          <search className="filters" aria-label="Filter meetings">
            <form onSubmit={onSearch} className="filters__search">
              <label htmlFor={ids.q}>Title or number</label>
              <input
                id={ids.q}
                name="q"
                type="search"
                defaultValue={filters.q}
                key={filters.q}
                placeholder="e.g. Stockholm, 7725/23"
              />
              <button type="submit">Filter</button>
            </form>
            <div className="filters__field">
              <label htmlFor={ids.kind}>Kind</label>
              <select id={ids.kind} value={filters.kind} onChange={(e) => update({ kind: e.target.value })}>
                <option value="">All kinds</option>
                <option value="senior-officials">Senior Officials</option>
                <option value="ministerial">Ministerial</option>
                <option value="other">Other</option>
              </select>
            </div>
            <div className="filters__field">
              <label htmlFor={ids.year}>Year</label>
              <select id={ids.year} value={filters.year} onChange={(e) => update({ year: e.target.value })}>
                <option value="">All years</option>
                {years.map((year) => (
                  <option key={year} value={year}>
                    {year}
                  </option>
                ))}
              </select>
            </div>
            <div className="filters__field">
              <label htmlFor={ids.sort}>Order</label>
              <select
                id={ids.sort}
                value={filters.sort}
                onChange={(e) => update({ sort: e.target.value as LibraryFilters['sort'] })}
              >
                <option value="-date">Newest first</option>
                <option value="date">Oldest first</option>
              </select>
            </div>
          </search>
          {query.isPending ? (
            <Loading what="meetings" />
          ) : query.isError ? (
            <ErrorView error={query.error} onRetry={() => query.refetch()} />
          ) : items.length === 0 ? (
            <Empty>
              {filters.q || filters.kind || filters.year ? (
                <p>No meeting matches these filters.</p>
              ) : (
                <p>No record yet. Drop an outcome record (.txt or .pdf) in the upload panel to start.</p>
              )}
            </Empty>
          ) : (
            <MeetingTable items={items} total={query.data?.total ?? items.length} sort={filters.sort} />
          )}
        </section>
        {upload && <aside aria-label="Upload a record">{upload}</aside>}
      </div>
    </div>
  );
}

function MeetingTable({
  items,
  total,
  sort,
}: {
  items: DocumentSummary[];
  total: number;
  sort: LibraryFilters['sort'];
}) {
  return (
    <>
      <p className="count" aria-live="polite">
        {total} {total === 1 ? 'meeting' : 'meetings'}
      </p>
      <div className="table-wrap">
        <table className="table library__table">
          <thead>
            <tr>
              <th scope="col" aria-sort={sort === 'date' ? 'ascending' : 'descending'}>
                Meeting
              </th>
              <th scope="col">Kind</th>
              <th scope="col">Document</th>
              <th scope="col">Marking</th>
              <th scope="col" className="num">
                Statements
              </th>
              <th scope="col" className="num">
                Warnings
              </th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((doc, index) => {
              // The previous meeting in time is the next row when newest first.
              const older = sort === 'date' ? items[index - 1] : items[index + 1];
              return (
                <tr key={doc.id} data-start-date={doc.startDate ?? ''}>
                  <td>
                    <Link to={`/meetings/${encodeURIComponent(doc.id)}`} className="library__title">
                      {doc.title}
                    </Link>
                    <div className="muted">
                      {doc.city ?? 'place unknown'} · {formatDateRange(doc.startDate, doc.endDate)}
                    </div>
                  </td>
                  <td data-label="Kind">{KIND_NAMES[doc.kind] ?? doc.kind}</td>
                  <td data-label="Document">
                    {doc.documentNumber ?? '—'}
                    <div className="muted">issued {formatDate(doc.issuedOn)}</div>
                  </td>
                  <td data-label="Marking">
                    {doc.classification ? (
                      <span className="marking-chip">{doc.classification}</span>
                    ) : (
                      <span className="muted">none</span>
                    )}
                  </td>
                  <td className="num" data-label="Statements">
                    {doc.statements}
                  </td>
                  <td className="num" data-label="Warnings">
                    {doc.warnings > 0 ? <span title="Parser warnings">⚠ {doc.warnings}</span> : '0'}
                  </td>
                  <td>
                    {older && (
                      <Link
                        className="button button--small"
                        to={`/compare?base=${encodeURIComponent(older.id)}&target=${encodeURIComponent(doc.id)}`}
                        aria-label={`Compare ${doc.title} with the meeting before it`}
                      >
                        Compare with previous
                      </Link>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** Years that have meetings (newest first), keeping the selected one even if nothing matches. */
function listYears(items: DocumentSummary[], selected: string): string[] {
  const years = new Set(
    items.map((d) => (d.startDate ?? d.issuedOn ?? '').slice(0, 4)).filter((y) => /^\d{4}$/.test(y)),
  );
  if (selected) years.add(selected);
  return [...years].sort().reverse();
}
