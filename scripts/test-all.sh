#!/usr/bin/env bash
# The whole test suite, as the README's test command and CI run it:
# lint, typecheck, every workspace's vitest tests, the package tarball tests and the browser e2e tests.
# Ends with one plain line "N passed, N failed" (the runners' counts added up).
set -u
cd "$(dirname "$0")/.."
out=.test-results
rm -rf "$out" && mkdir -p "$out"
status=0
step() { printf '\n== %s\n' "$1"; }

step "lint (biome)"
pnpm exec biome check . || status=1

step "typecheck (turbo, then bench/ and scripts/)"
pnpm exec turbo run typecheck --output-logs=errors-only || status=1
pnpm exec tsc -p bench || status=1
pnpm exec tsc -p scripts || status=1

step "unit and integration tests (vitest, all workspaces)"
pnpm exec vitest run --reporter=default --reporter=json --outputFile="$out/vitest.json" || status=1

if [ -f scripts/pack-test.sh ]; then
  step "package tarballs install outside the workspace"
  bash scripts/pack-test.sh "$out/pack.json" || status=1
fi

step "browser end-to-end tests (playwright, Debian chromium)"
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || status=1
  else
    echo "chromium is missing: install it (apt-get install chromium) to run the browser tests" >&2
    status=1
  fi
fi
if [ -x /usr/bin/chromium ] && [ -f apps/web/playwright.config.ts ]; then
  (cd apps/web && PLAYWRIGHT_JSON_OUTPUT_NAME="../../$out/e2e.json" pnpm exec playwright test --reporter=list,json) || status=1
fi

node scripts/count-results.mjs "$out" || status=1
exit $status
