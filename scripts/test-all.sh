#!/usr/bin/env bash
# npm test: every check CI runs, in order, stopping at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n==== %s\n' "$*"; }

step "typecheck";                 npx tsc --noEmit
step "lint";                      npx eslint .
step "unit tests";                npx vitest run --project unit
step "integration tests";         bash scripts/test-integration.sh
step "production build";          node scripts/build.mjs
step "end-to-end tests";          npx playwright test
