import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  EARLY_REQUEST_MAX_AGE_MS,
  hasEarlyRequest,
  startEarlyRequest,
  takeEarlyRequest,
} from './early-requests';

afterEach(() => vi.unstubAllGlobals());

function stubFetch() {
  const fetchMock = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => new Response('{}'));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('early requests', () => {
  it('starts one request per path, with the given headers, and hands it over once', async () => {
    const fetchMock = stubFetch();
    const headers = new Headers({ accept: 'application/json' });
    startEarlyRequest('/api/a', headers, 1_000);
    startEarlyRequest('/api/a', headers, 1_001);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0]?.[1]?.headers).toBe(headers);
    expect(hasEarlyRequest('/api/a', 1_002)).toBe(true);
    const response = takeEarlyRequest('/api/a', 1_002);
    expect(response).not.toBeNull();
    expect((await response)?.ok).toBe(true);
    expect(hasEarlyRequest('/api/a', 1_003)).toBe(false);
    expect(takeEarlyRequest('/api/a', 1_003)).toBeNull();
  });

  it('does not hand over a request older than the limit (a later visit must see fresh data)', () => {
    stubFetch();
    startEarlyRequest('/api/old', new Headers(), 0);
    expect(hasEarlyRequest('/api/old', EARLY_REQUEST_MAX_AGE_MS + 1)).toBe(false);
    expect(takeEarlyRequest('/api/old', EARLY_REQUEST_MAX_AGE_MS + 1)).toBeNull();
    // Forgotten as well: a new early request for the path may start.
    expect(takeEarlyRequest('/api/old', 0)).toBeNull();
  });

  it('returns null for a path nobody requested early', () => {
    expect(takeEarlyRequest('/api/never')).toBeNull();
    expect(hasEarlyRequest('/api/never')).toBe(false);
  });

  it('hands a failed request over as the failure it was', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('network down');
      }),
    );
    startEarlyRequest('/api/down', new Headers(), 5);
    await expect(takeEarlyRequest('/api/down', 6)).rejects.toThrow('network down');
  });
});
