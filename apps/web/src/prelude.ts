/**
 * The first module the page evaluates (main.tsx imports it before React, in a chunk of its own):
 * starts the API requests the current page will need, so its data loads while React, the router
 * and the page's code are still being compiled and run. The page's queries adopt the responses.
 */
import { planEarlyRequests } from './app/plan-early-requests';
import { buildApiHeaders } from './lib/api-client';
import { startEarlyRequest } from './lib/early-requests';

for (const path of planEarlyRequests(window.location)) startEarlyRequest(path, buildApiHeaders());
