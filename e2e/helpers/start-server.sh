#!/usr/bin/env bash
# Serves the production build on a fresh embedded database with demo data, for the e2e specs.
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${1:-3100}
data_dir=$(mktemp -d -t gridwatch-e2e-XXXXXX)
# The injected clock (lib/clock.ts): a spec writes an instant into this file to move the server's "now";
# without the file the server runs on the real time. Only this test script sets it.
clock_file="${TMPDIR:-/tmp}/gridwatch-e2e-clock-$port"
rm -f "$clock_file"
trap 'rm -rf "$data_dir"; rm -f "$clock_file"' EXIT
export GRIDWATCH_DATA_DIR="$data_dir" GRIDWATCH_DEMO=on GRIDWATCH_TZ=Asia/Seoul GRIDWATCH_CLOCK_FILE="$clock_file"
unset DATABASE_URL
export NEXT_TELEMETRY_DISABLED=1
npx next start -p "$port" -H 127.0.0.1
