#!/usr/bin/env bash
# Runs the integration tests twice: on the embedded PGlite + PostGIS, and on the PostgreSQL server
# (TEST_DATABASE_URL, default a fresh gridwatch_test database on 127.0.0.1:5432).
set -euo pipefail
cd "$(dirname "$0")/.."

data_dir=$(mktemp -d -t gridwatch-int-XXXXXX)
trap 'rm -rf "$data_dir"' EXIT

echo "== integration tests on embedded PGlite + PostGIS ($data_dir)"
env -u DATABASE_URL GRIDWATCH_DATA_DIR="$data_dir" GRIDWATCH_DEMO=off npx vitest run --project integration "$@" ${REPORTS:+--outputFile.json=reports/int-pglite.json}

server_url=${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/gridwatch_test}
admin_url=${server_url%/*}/postgres
db_name=${server_url##*/}
echo "== integration tests on PostgreSQL ($server_url)"
psql "$admin_url" -v ON_ERROR_STOP=1 -q -c "DROP DATABASE IF EXISTS \"$db_name\" WITH (FORCE)" -c "CREATE DATABASE \"$db_name\""
DATABASE_URL="$server_url" GRIDWATCH_DEMO=off npx vitest run --project integration "$@" ${REPORTS:+--outputFile.json=reports/int-postgres.json}
