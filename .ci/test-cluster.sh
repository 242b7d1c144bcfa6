#!/usr/bin/env bash
# The cluster fault test as one CI step: a local cluster up (nginx, 2 app instances, PostgreSQL primary and
# streaming standby on ports 8141–8143 and 5441–5442), `npm run test:cluster` against it, and the cluster
# down again whatever happened (the trap). Needs the production build (`npm test` builds before this step).
set -euo pipefail
cd "$(dirname "$0")/.."
export GRIDWATCH_CLUSTER_DIR=${GRIDWATCH_CLUSTER_DIR:-/tmp/gridwatch-cluster-ci}
started=$SECONDS
trap 'bash deploy/cluster.sh down; echo "cluster fault test: $((SECONDS - started)) s"' EXIT
bash deploy/cluster.sh up
npm run -s test:cluster
