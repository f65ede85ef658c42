import { createBrowserRouter } from 'react-router';
import { compareQuery, documentQuery, meetingListQuery } from '../lib/query-keys';
import { Loading } from '../lib/status-views';
import { Layout } from './layout';
import { NotFound } from './not-found';
import { queryClient } from './providers';

/**
 * Routes of the app. Each page is its own chunk, loaded by the router during navigation (so no
 * Suspense fallback flashes), while the page's data is prefetched in parallel by its loader.
 * Loaders never await data: pages show their own loading and error states.
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
        loader: ({ request }) => {
          const url = new URL(request.url);
          const base = url.searchParams.get('base');
          const target = url.searchParams.get('target');
          if (base && target && base !== target) void queryClient.prefetchQuery(compareQuery(base, target));
          void queryClient.prefetchQuery(meetingListQuery());
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
