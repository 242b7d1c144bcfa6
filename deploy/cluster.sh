#!/usr/bin/env bash
# npm run cluster -- up|down|status|start-app <port>|stop-app <port>
# A local Gridwatch cluster on this machine: nginx on one port in front of N app instances, on a PostgreSQL 15
# primary with a streaming-replication standby (pg_basebackup), each in its own folder and port. Never touches
# the machine's own PostgreSQL cluster (5432). `down` stops and deletes everything `up` started.
# Settings (environment): GRIDWATCH_CLUSTER_DIR (default /tmp/gridwatch-cluster), GRIDWATCH_CLUSTER_INSTANCES
# (2), GRIDWATCH_CLUSTER_PROXY_PORT (8141; the instances take the next ports), GRIDWATCH_CLUSTER_PG_PORT (5441;
# the standby takes the next one). See deploy/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

DIR=${GRIDWATCH_CLUSTER_DIR:-/tmp/gridwatch-cluster}
INSTANCES=${GRIDWATCH_CLUSTER_INSTANCES:-2}
PROXY_PORT=${GRIDWATCH_CLUSTER_PROXY_PORT:-8141}
PRIMARY_PORT=${GRIDWATCH_CLUSTER_PG_PORT:-5441}
STANDBY_PORT=$((PRIMARY_PORT + 1))
# nginx connects to the instances from this loopback address, the only one the app trusts to forward.
PROXY_BIND=127.0.0.2
PG_BIN=/usr/lib/postgresql/15/bin
DB_NAME=gridwatch
PRIMARY_URL="postgres://postgres@127.0.0.1:$PRIMARY_PORT/$DB_NAME"
STANDBY_URL="postgres://postgres@127.0.0.1:$STANDBY_PORT/$DB_NAME"

(( INSTANCES >= 1 && INSTANCES <= 8 )) || { echo "GRIDWATCH_CLUSTER_INSTANCES must be 1 to 8" >&2; exit 2; }
app_ports() { seq $((PROXY_PORT + 1)) $((PROXY_PORT + INSTANCES)); }
as_postgres() { runuser -u postgres -- "$@"; }
say() { printf '[cluster] %s\n' "$*"; }
is_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

wait_for_url() { # url seconds
  for _ in $(seq 1 "$2"); do curl -fsS -o /dev/null --max-time 2 "$1" 2>/dev/null && return 0; sleep 1; done
  return 1
}

install_missing() {
  local missing=()
  command -v nginx >/dev/null || missing+=(nginx-light)
  [ -x "$PG_BIN/pg_ctl" ] || missing+=(postgresql-15)
  [ -f /usr/share/postgresql/15/extension/postgis.control ] || missing+=(postgresql-15-postgis-3)
  command -v curl >/dev/null || missing+=(curl)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing: ${missing[*]}"
    local sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    # policy-rc.d keeps Debian from starting the packages' own services (nginx on :80, PostgreSQL on :5432).
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

ensure_build() {
  if ! node -e "import('./lib/cli/build-state.mjs').then((m) => process.exit(m.isBuildCurrent() ? 0 : 1))"; then
    say "no current production build: building (minutes on 2 cores)"
    node lib/cli/build.mjs
  fi
}

pg_conf() { # data-dir port
  cat >> "$1/postgresql.conf" <<CONF
# deploy/cluster.sh
port = $2
listen_addresses = '127.0.0.1'
unix_socket_directories = '$DIR/pg'
wal_level = replica
max_wal_senders = 5
max_replication_slots = 5
hot_standby = on
# Long public reads on the standby are not cancelled by WAL replay (the primary keeps the rows they need).
hot_standby_feedback = on
max_connections = 200
CONF
}

start_primary() {
  mkdir -p "$DIR/pg"; chown postgres: "$DIR/pg"
  as_postgres "$PG_BIN/initdb" -D "$DIR/pg/primary" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$DIR/pg/initdb.log"
  pg_conf "$DIR/pg/primary" "$PRIMARY_PORT"
  as_postgres "$PG_BIN/pg_ctl" -D "$DIR/pg/primary" -l "$DIR/pg/primary.log" -w start >/dev/null
  as_postgres psql -q -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -c "CREATE DATABASE $DB_NAME"
}

start_standby() {
  # A physical replication slot keeps the WAL the standby still needs; -R writes standby.signal and primary_conninfo.
  as_postgres "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -D "$DIR/pg/standby" -R -X stream -C -S gridwatch_standby --checkpoint=fast
  echo "port = $STANDBY_PORT" >> "$DIR/pg/standby/postgresql.conf"
  as_postgres "$PG_BIN/pg_ctl" -D "$DIR/pg/standby" -l "$DIR/pg/standby.log" -w start >/dev/null
}

# One app instance in the background, its pid and log in the cluster folder. Used by `up` and the fault test.
start_app() { # port
  local port=$1
  [ -f "$DIR/cluster.env" ] || { echo "The cluster is not up." >&2; exit 1; }
  is_alive "$DIR/app-$port.pid" && { say "instance :$port already runs"; return 0; }
  # Each instance's own folder (its day files, lib/case-days); the database is the cluster's.
  mkdir -p "$DIR/app-$port"
  DATABASE_URL="$PRIMARY_URL" DATABASE_READ_URL="$STANDBY_URL" GRIDWATCH_TRUSTED_PROXIES="$PROXY_BIND" GRIDWATCH_DEMO=on \
    GRIDWATCH_DATA_DIR="$DIR/app-$port" \
    GRIDWATCH_PUBLIC_URL="http://127.0.0.1:$PROXY_PORT" \
    setsid node lib/cli/serve.mjs --port "$port" --hostname 127.0.0.1 >>"$DIR/app-$port.log" 2>&1 < /dev/null &
  echo $! > "$DIR/app-$port.pid"
}

stop_app() { # port
  local pid_file="$DIR/app-$1.pid"
  if is_alive "$pid_file"; then
    kill "$(cat "$pid_file")"
    for _ in $(seq 1 15); do is_alive "$pid_file" || break; sleep 1; done
    is_alive "$pid_file" && kill -9 "$(cat "$pid_file")"
  fi
  rm -f "$pid_file"
}

start_proxy() {
  mkdir -p "$DIR/nginx/tmp"
  local upstreams=""
  for port in $(app_ports); do upstreams+="    server 127.0.0.1:$port max_fails=1 fail_timeout=3s;"$'\n'; done
  sed -e "s|@DIR@|$DIR|g" -e "s|@PROXY_PORT@|$PROXY_PORT|g" -e "s|@PROXY_BIND@|$PROXY_BIND|g" deploy/nginx.conf.template \
    | awk -v servers="$upstreams" '/@UPSTREAMS@/ { printf "%s", servers; next } { print }' > "$DIR/nginx/nginx.conf"
  nginx -t -q -c "$DIR/nginx/nginx.conf" -p "$DIR/nginx"
  nginx -c "$DIR/nginx/nginx.conf" -p "$DIR/nginx"
}

up() {
  if [ -f "$DIR/cluster.env" ]; then echo "A cluster is already up in $DIR (npm run cluster -- down first)." >&2; exit 1; fi
  for port in $PROXY_PORT $(app_ports) $PRIMARY_PORT $STANDBY_PORT; do
    if (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "Port $port is taken: choose others (deploy/README.md)." >&2; exit 1; fi
  done
  install_missing
  ensure_build
  mkdir -p "$DIR"
  # A failed `up` leaves nothing behind.
  trap 'echo "[cluster] up failed: removing what it started" >&2; down' EXIT
  printf 'PRIMARY_URL=%s\nSTANDBY_URL=%s\nPROXY_URL=http://127.0.0.1:%s\nAPP_PORTS="%s"\n' "$PRIMARY_URL" "$STANDBY_URL" "$PROXY_PORT" "$(app_ports | xargs)" > "$DIR/cluster.env"
  say "PostgreSQL primary on :$PRIMARY_PORT"; start_primary
  say "migrating and loading the demo data"
  DATABASE_URL="$PRIMARY_URL" npm run -s db:seed
  say "streaming standby on :$STANDBY_PORT (pg_basebackup)"; start_standby
  for port in $(app_ports); do say "app instance on :$port"; start_app "$port"; done
  for port in $(app_ports); do
    wait_for_url "http://127.0.0.1:$port/api/health" 180 || { echo "Instance :$port did not become healthy; see $DIR/app-$port.log" >&2; exit 1; }
  done
  say "nginx on :$PROXY_PORT"; start_proxy
  wait_for_url "http://127.0.0.1:$PROXY_PORT/api/health" 30
  trap - EXIT
  say "up: http://127.0.0.1:$PROXY_PORT (state in $DIR)"
}

down() {
  [ -d "$DIR" ] || { say "nothing to stop"; return 0; }
  if is_alive "$DIR/nginx/nginx.pid"; then nginx -s quit -c "$DIR/nginx/nginx.conf" -p "$DIR/nginx" || true; fi
  for pid_file in "$DIR"/app-*.pid; do [ -e "$pid_file" ] || continue; port=${pid_file##*/app-}; stop_app "${port%.pid}"; done
  for node in standby primary; do
    if [ -f "$DIR/pg/$node/postmaster.pid" ]; then as_postgres "$PG_BIN/pg_ctl" -D "$DIR/pg/$node" -m fast -w stop >/dev/null || true; fi
  done
  for _ in $(seq 1 10); do is_alive "$DIR/nginx/nginx.pid" || break; sleep 0.5; done
  rm -rf "$DIR"
  say "down: stopped and removed $DIR"
}

status() {
  [ -f "$DIR/cluster.env" ] || { say "not up"; return 1; }
  local bad=0
  if is_alive "$DIR/nginx/nginx.pid" && curl -fsS -o /dev/null --max-time 3 "http://127.0.0.1:$PROXY_PORT/api/health"; then say "nginx :$PROXY_PORT up"; else say "nginx :$PROXY_PORT DOWN"; bad=1; fi
  for port in $(app_ports); do
    local health; health=$(curl -fsS --max-time 3 "http://127.0.0.1:$port/api/health" 2>/dev/null) || health=""
    if [ -n "$health" ]; then say "app :$port up $health"; else say "app :$port DOWN"; bad=1; fi
  done
  for node in primary standby; do
    local port=$PRIMARY_PORT; [ $node = standby ] && port=$STANDBY_PORT
    if "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port"; then say "postgres $node :$port up"; else say "postgres $node :$port DOWN"; bad=1; fi
  done
  as_postgres psql -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -At -c "select 'replication: ' || application_name || ' ' || state || ' replay_lag=' || coalesce(replay_lag::text, '0') from pg_stat_replication" 2>/dev/null | sed 's/^/[cluster] /' || true
  return $bad
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  start-app) start_app "${2:?port}" ;;
  stop-app) stop_app "${2:?port}" ;;
  *) echo "usage: npm run cluster -- up|down|status|start-app <port>|stop-app <port>" >&2; exit 2 ;;
esac
