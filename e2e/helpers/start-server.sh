#!/usr/bin/env bash
# Serves the production build on a fresh embedded database with demo data, for the e2e specs.
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${1:-3100}
data_dir=$(mktemp -d -t gridwatch-e2e-XXXXXX)
trap 'rm -rf "$data_dir"' EXIT
export GRIDWATCH_DATA_DIR="$data_dir" GRIDWATCH_DEMO=on GRIDWATCH_TZ=Asia/Seoul
unset DATABASE_URL
export NEXT_TELEMETRY_DISABLED=1
npx next start -p "$port" -H 127.0.0.1
