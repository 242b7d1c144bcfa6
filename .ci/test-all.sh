#!/usr/bin/env bash
# npm test: every check CI runs, in order, stopping at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf reports && mkdir -p reports
step() { printf '\n==== %s\n' "$*"; }

step "machine setup (Chromium, PostGIS, PostgreSQL running)"; bash .ci/setup-machine.sh
step "typecheck";                 npx tsc --noEmit
step "lint";                      npx eslint .
step "unit tests";                npx vitest run --project unit --reporter=default --reporter=json --outputFile.json=reports/unit.json
step "integration tests";         REPORTS=1 bash .ci/test-integration.sh --reporter=default --reporter=json
step "production build";          node lib/cli/build.mjs
step "end-to-end tests";          npx playwright test
step "cluster fault test (nginx, 2 instances, primary + standby; up → test → down)"; bash .ci/test-cluster.sh
step "summary";                   node .ci/summarize-tests.mjs
