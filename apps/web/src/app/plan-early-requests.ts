/**
 * Which API requests the page at a URL will make first, known from the URL alone, so they can be
 * started before the app's code has loaded (see `src/prelude.ts`). Each path is exactly the one the
 * page's query will request, or the early response would never be adopted.
 */
import { readCompareState } from '../features/compare/compare-state';
import { buildCompareUrl, buildDocumentsUrl } from '../lib/api-client';
import { MEETING_LIST_QUERY } from '../lib/query-keys';

/** Returns the API paths the page at `location` requests on load (none for pages not listed). */
export function planEarlyRequests(location: { pathname: string; search: string }): string[] {
  const { pathname, search } = location;
  if (pathname === '/compare' || pathname === '/compare/') {
    const state = readCompareState(new URLSearchParams(search));
    const paths = [buildDocumentsUrl(MEETING_LIST_QUERY)];
    if (state.base && state.target && state.base !== state.target)
      paths.unshift(buildCompareUrl({ base: state.base, target: state.target }));
    return paths;
  }
  const meeting = /^\/meetings\/([^/]+)\/?$/.exec(pathname);
  const id = meeting?.[1] ? decodeSegment(meeting[1]) : null;
  return id ? [`/api/documents/${encodeURIComponent(id)}`] : [];
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
