import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, buildCompareUrl, buildQuery, fetchCompare, fetchDocument, requestApi } from './api-client';
import { startEarlyRequest } from './early-requests';

afterEach(() => vi.unstubAllGlobals());

describe('buildQuery', () => {
  it('leaves out empty values and encodes the rest', () => {
    expect(buildQuery({ q: 'visa waiver', kind: '', year: undefined, page: 2 })).toBe(
      '?q=visa+waiver&page=2',
    );
    expect(buildQuery({})).toBe('');
  });

  it('builds the Markdown export URL of a comparison', () => {
    expect(buildCompareUrl({ base: 'a', target: 'b', topic: 'drugs' }, 'md')).toBe(
      '/api/compare?base=a&target=b&topic=drugs&format=md',
    );
  });
});

describe('requestApi', () => {
  it('turns a problem+json answer into an ApiError with its detail', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify({ title: 'Not Found', status: 404, detail: 'No document "x"' }), {
            status: 404,
            headers: { 'content-type': 'application/problem+json' },
          }),
      ),
    );
    const error = await fetchDocument('x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(404);
    expect((error as ApiError).message).toBe('No document "x"');
  });

  it('keeps a readable message when the error body is not JSON', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('gateway down', { status: 502, statusText: 'Bad Gateway' })),
    );
    const error = (await requestApi('/api/health').catch((e: unknown) => e)) as ApiError;
    expect(error.problem).toBeNull();
    expect(error.message).toBe('502 Bad Gateway');
  });

  it('encodes the id in the path', async () => {
    const fetchMock = vi.fn(
      async (_input: RequestInfo | URL) =>
        new Response('{}', { headers: { 'content-type': 'application/json' } }),
    );
    vi.stubGlobal('fetch', fetchMock);
    await fetchDocument('a/b');
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/documents/a%2Fb');
  });

  it('adopts the early response for the same path instead of fetching again', async () => {
    const fetchMock = vi.fn(
      async (_input: RequestInfo | URL) =>
        new Response('{"topics":[]}', { headers: { 'content-type': 'application/json' } }),
    );
    vi.stubGlobal('fetch', fetchMock);
    startEarlyRequest('/api/compare?base=a&target=b', new Headers());
    expect(await fetchCompare({ base: 'a', target: 'b' })).toEqual({ topics: [] });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    // Taken over once: the next call fetches.
    await fetchCompare({ base: 'a', target: 'b' });
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('never hands an early GET to a request with its own method, headers or format', async () => {
    const fetchMock = vi.fn(
      async (_input: RequestInfo | URL) =>
        new Response('{}', { headers: { 'content-type': 'application/json' } }),
    );
    vi.stubGlobal('fetch', fetchMock);
    startEarlyRequest('/api/documents', new Headers());
    await requestApi('/api/documents', { method: 'POST', body: 'x' });
    await requestApi('/api/documents', { as: 'text' });
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });
});
