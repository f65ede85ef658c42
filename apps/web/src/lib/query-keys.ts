/**
 * Query keys and option builders shared by the pages and the router's prefetching loaders, so a
 * prefetch started during navigation is the very query the page then reads.
 */
import { fetchCompare, fetchDocument, fetchDocuments } from './api-client';

/** Options of the query for one parsed record. */
export function documentQuery(id: string) {
  return {
    queryKey: ['document', id] as const,
    queryFn: ({ signal }: { signal: AbortSignal }) => fetchDocument(id, signal),
  };
}

/** Options of the query for the comparison of two records. */
export function compareQuery(base: string, target: string) {
  return {
    queryKey: ['compare', base, target] as const,
    queryFn: ({ signal }: { signal: AbortSignal }) => fetchCompare({ base, target }, signal),
  };
}

/** The library query behind the pickers: every stored meeting, newest first. */
export const MEETING_LIST_QUERY = { sort: '-date', pageSize: 200 } as const;

/** Options of the query for every stored meeting, newest first (pickers, defaults). */
export function meetingListQuery() {
  return {
    queryKey: ['documents', MEETING_LIST_QUERY] as const,
    queryFn: ({ signal }: { signal: AbortSignal }) => fetchDocuments(MEETING_LIST_QUERY, signal),
  };
}
