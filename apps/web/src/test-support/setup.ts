import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => cleanup());

// `findBy…` and `waitFor` wait up to 1 s by default: a first render that loads a page's modules
// can take longer when turbo runs every package's tests at once on a 2-core CI machine.
configure({ asyncUtilTimeout: 5000 });
