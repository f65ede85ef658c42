/** Renders a page inside the app's providers and a memory router, for component tests. */
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createQueryClient, Providers } from '../app/providers';

/** Renders `element` at `url` (matched by `path`); returns the router to read its location. */
export function renderAt(element: ReactNode, path: string, url: string) {
  const router = createMemoryRouter([{ path, element }], { initialEntries: [url] });
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false, staleTime: Number.POSITIVE_INFINITY } });
  const result = render(
    <Providers client={client}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...result, router };
}

/** A fetch stub answering JSON by URL prefix (first match wins); unknown URLs get a 404 problem. */
export function stubFetch(routes: [prefix: string, body: unknown][]) {
  return async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const hit = routes.find(([prefix]) => url.startsWith(prefix));
    if (!hit) {
      return new Response(JSON.stringify({ title: 'Not Found', status: 404, detail: url }), {
        status: 404,
        headers: { 'content-type': 'application/problem+json' },
      });
    }
    return new Response(JSON.stringify(hit[1]), { headers: { 'content-type': 'application/json' } });
  };
}
