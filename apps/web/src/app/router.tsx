import { createBrowserRouter } from 'react-router';
import { readCompareState } from '../features/compare/compare-state';
import { buildCompareUrl } from '../lib/api-client';
import { hasEarlyRequest } from '../lib/early-requests';
import { compareQuery, documentQuery, meetingListQuery } from '../lib/query-keys';
import { Loading } from '../lib/status-views';
import { Layout } from './layout';
import { NotFound } from './not-found';
import { queryClient } from './providers';

/**
 * Routes of the app. Each page is its own chunk, loaded by the router during navigation (so no
 * Suspense fallback flashes), while the page's data is prefetched in parallel by its loader.
 * Loaders do not await data (pages show their own loading and error states), except on the first
 * page load when the prelude (src/prelude.ts) already requested it: see the compare route.
 */
export const router = createBrowserRouter([
  {
    path: '/',
    element: <Layout />,
    hydrateFallbackElement: <Loading what="page" />,
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import('./library-route')).default }),
      },
      {
        path: 'meetings/:id',
        lazy: async () => ({ Component: (await import('../features/meeting/meeting-page')).default }),
        loader: ({ params }) => {
          if (params.id) void queryClient.prefetchQuery(documentQuery(params.id));
          return null;
        },
      },
      {
        path: 'compare',
        lazy: async () => ({ Component: (await import('../features/compare/compare-page')).default }),
        loader: async ({ request }) => {
          const { base, target } = readCompareState(new URL(request.url).searchParams);
          const withDiff = Boolean(base && target && base !== target);
          // On the first page load the prelude has already asked for the data: waiting for it costs
          // nothing, and the page then renders once, complete, rather than a loading state first.
          const early = withDiff && hasEarlyRequest(buildCompareUrl({ base, target }));
          const loads = [queryClient.prefetchQuery(meetingListQuery())];
          if (withDiff) loads.push(queryClient.prefetchQuery(compareQuery(base, target)));
          if (early) await Promise.all(loads);
          return null;
        },
      },
      {
        path: 'topics',
        lazy: async () => ({ Component: (await import('../features/timeline/topics-page')).default }),
      },
      {
        path: 'topics/:id',
        lazy: async () => ({ Component: (await import('../features/timeline/timeline-page')).default }),
      },
      {
        path: 'search',
        lazy: async () => ({ Component: (await import('../features/search/search-page')).default }),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
