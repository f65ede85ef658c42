/**
 * Typed fetchers for the SOM Compare HTTP API (API.md). Every call goes to `/api/...` on the
 * same origin (Vite proxies it in development); errors become `ApiError` carrying the problem.
 */
import type {
  DocumentPage,
  DocumentSource,
  IngestResult,
  MeetingDiff,
  OutcomeDocument,
  Problem,
  SearchResult,
  TopicSummary,
  TopicTimeline,
} from './api-types';
import { takeEarlyRequest } from './early-requests';

/** An HTTP failure with the API's problem+json details when it sent them. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;

  constructor(status: number, problem: Problem | null, fallback: string) {
    super(problem?.detail ?? problem?.title ?? fallback);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

const TOKEN_KEY = 'som.token';

/** Reads the bearer token an official pasted (needed only when the API requires auth). */
export function readToken(): string | null {
  try {
    return globalThis.localStorage?.getItem(TOKEN_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Stores (or with null, forgets) the bearer token for later requests. */
export function saveToken(token: string | null): void {
  try {
    if (token) globalThis.localStorage?.setItem(TOKEN_KEY, token);
    else globalThis.localStorage?.removeItem(TOKEN_KEY);
  } catch {
    // Storage disabled: the token lasts only as long as nothing needs it.
  }
}

/** Builds a query string from defined, non-empty values (`?a=1&b=x`, or '' when none). */
export function buildQuery(params: Record<string, string | number | boolean | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

async function readProblem(response: Response): Promise<Problem | null> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return null;
  try {
    return (await response.json()) as Problem;
  } catch {
    return null;
  }
}

/** Builds the headers of an API request: the bearer token when one is stored, and `accept`. */
export function buildApiHeaders(init: { headers?: HeadersInit; as?: 'json' | 'text' } = {}): Headers {
  const headers = new Headers(init.headers);
  const token = readToken();
  if (token) headers.set('authorization', `Bearer ${token}`);
  if (!headers.has('accept'))
    headers.set('accept', init.as === 'text' ? 'text/markdown' : 'application/json');
  return headers;
}

/**
 * Sends a request to the API and returns the parsed JSON (or text when `as: 'text'`). A plain JSON
 * GET adopts the response of an early request for the same path (see early-requests.ts); that one
 * cannot be aborted, and a cancelled query just ignores it.
 */
export async function requestApi<T>(
  path: string,
  init: RequestInit & { as?: 'json' | 'text' } = {},
): Promise<T> {
  const plainGet = !init.method && !init.body && !init.headers && init.as !== 'text';
  const early = plainGet ? takeEarlyRequest(path) : null;
  const response = await (early ?? fetch(path, { ...init, headers: buildApiHeaders(init) }));
  if (!response.ok) {
    const problem = await readProblem(response);
    throw new ApiError(
      response.status,
      problem,
      `${response.status} ${response.statusText || 'request failed'}`,
    );
  }
  if (response.status === 204) return undefined as T;
  return (init.as === 'text' ? await response.text() : await response.json()) as T;
}

/** Library filters the API understands. */
export interface DocumentQuery {
  kind?: string;
  year?: string;
  classification?: string;
  q?: string;
  sort?: 'date' | '-date';
  page?: number;
  pageSize?: number;
}

/** URL of a page of stored records. */
export function buildDocumentsUrl(query: DocumentQuery = {}): string {
  return `/api/documents${buildQuery({ ...query })}`;
}

/** Lists stored records (newest meeting first unless `sort=date`). */
export function fetchDocuments(query: DocumentQuery = {}, signal?: AbortSignal): Promise<DocumentPage> {
  return requestApi<DocumentPage>(buildDocumentsUrl(query), { signal });
}

/** Fetches one parsed record. */
export function fetchDocument(id: string, signal?: AbortSignal): Promise<OutcomeDocument> {
  return requestApi<OutcomeDocument>(`/api/documents/${encodeURIComponent(id)}`, { signal });
}

/** Fetches the normalised source text of one record. */
export function fetchSource(id: string, signal?: AbortSignal): Promise<DocumentSource> {
  return requestApi<DocumentSource>(`/api/documents/${encodeURIComponent(id)}/source`, { signal });
}

/** Uploads a file (multipart) for a dry-run preview or to store it. */
export function uploadDocument(file: File, options: { dryRun: boolean }): Promise<IngestResult> {
  const body = new FormData();
  body.append('file', file, file.name);
  return requestApi<IngestResult>(`/api/documents${options.dryRun ? '?dryRun=true' : ''}`, {
    method: 'POST',
    body,
  });
}

/** Lists topics with how many stored meetings have each. */
export function fetchTopics(signal?: AbortSignal): Promise<{ items: TopicSummary[] }> {
  return requestApi<{ items: TopicSummary[] }>('/api/topics', { signal });
}

/** Follows one topic across meetings. */
export function fetchTimeline(
  topicId: string,
  range: { from?: string; to?: string } = {},
  signal?: AbortSignal,
): Promise<TopicTimeline> {
  return requestApi<TopicTimeline>(
    `/api/topics/${encodeURIComponent(topicId)}/timeline${buildQuery(range)}`,
    { signal },
  );
}

/** Query of a comparison; the same object builds the JSON and the Markdown URLs. */
export interface CompareQuery {
  base: string;
  target: string;
  topic?: string;
  actor?: string;
}

/** URL of the comparison in the given format (used for the Markdown export link). */
export function buildCompareUrl(query: CompareQuery, format?: 'md'): string {
  return `/api/compare${buildQuery({ base: query.base, target: query.target, topic: query.topic, actor: query.actor, format })}`;
}

/** Compares two stored meetings. */
export function fetchCompare(query: CompareQuery, signal?: AbortSignal): Promise<MeetingDiff> {
  return requestApi<MeetingDiff>(buildCompareUrl({ base: query.base, target: query.target }), { signal });
}

/** Search filters the API understands. */
export interface SearchQuery {
  q: string;
  actor?: string;
  stance?: string;
  topic?: string;
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

/** Full-text search over statements. */
export function fetchSearch(query: SearchQuery, signal?: AbortSignal): Promise<SearchResult> {
  return requestApi<SearchResult>(`/api/search${buildQuery({ ...query })}`, { signal });
}
