import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { ApiError } from '../lib/api-client';
import { MarkingProvider } from '../lib/marking';

/** Creates the query client: cached for a minute, client errors (4xx) never retried. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 1,
      },
    },
  });
}

/** The app's one query cache (the router's loaders prefetch into it). */
export const queryClient = createQueryClient();

/** Query cache and marking state for everything below. */
export function Providers({ children, client }: { children: ReactNode; client?: QueryClient }) {
  const [cache] = useState(() => client ?? queryClient);
  return (
    <QueryClientProvider client={cache}>
      <MarkingProvider>{children}</MarkingProvider>
    </QueryClientProvider>
  );
}
