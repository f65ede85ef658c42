import base from './playwright.config';
export default {
  ...base,
  webServer: {
    ...base.webServer,
    command: 'pnpm --filter @som/web build && node /tmp/webmock/server.mjs',
    timeout: 60_000,
  },
};
