#!/usr/bin/env bash
# Proves the library tarballs work outside the workspace: builds @som/domain and @som/compare, packs them
# with `pnpm pack`, installs both into a plain Node project in a temp dir, runs an ESM consumer on the
# reference record and type-checks a TypeScript consumer (moduleResolution nodenext).
# Usage: bash scripts/pack-test.sh [results.json]   (the JSON has {passed, failed, tests}; KEEP=1 keeps the temp dir)
set -euo pipefail
cd "$(dirname "$0")/.."
exec pnpm exec tsx scripts/pack-test/run.ts "$@"
