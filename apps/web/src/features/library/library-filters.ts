/** The library's filters as URL parameters, so a filtered list can be bookmarked. */

/** Filters of the library list. */
export interface LibraryFilters {
  kind: string;
  year: string;
  q: string;
  sort: 'date' | '-date';
}

/** Reads filters from the URL; unknown values fall back to "all, newest first". */
export function readLibraryFilters(params: URLSearchParams): LibraryFilters {
  const year = params.get('year') ?? '';
  return {
    kind: ['senior-officials', 'ministerial', 'other'].includes(params.get('kind') ?? '')
      ? params.get('kind')!
      : '',
    year: /^\d{4}$/.test(year) ? year : '',
    q: params.get('q') ?? '',
    sort: params.get('sort') === 'date' ? 'date' : '-date',
  };
}

/** Writes filters to URL parameters, leaving defaults out. */
export function writeLibraryFilters(filters: LibraryFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.year) params.set('year', filters.year);
  if (filters.sort === 'date') params.set('sort', 'date');
  return params;
}
