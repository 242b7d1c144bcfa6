#!/usr/bin/env bash
# Installs the system packages Gridwatch's tests need on a Debian machine (root), and starts PostgreSQL:
# Debian's Chromium (Playwright cannot download its own browser here), CJK fonts, and PostGIS for PostgreSQL 15.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
# Chinese text in screenshots and PNG exports (headless Chromium has no CJK font otherwise).
[ -d /usr/share/fonts/opentype/noto ] && fc-list 2>/dev/null | grep -q "Noto Sans CJK" || missing+=(fonts-noto-cjk)
pg_major=$(ls /etc/postgresql 2>/dev/null | sort -n | tail -1 || true)
pg_major=${pg_major:-15}
[ -f "/usr/share/postgresql/$pg_major/extension/postgis.control" ] || missing+=("postgresql-$pg_major-postgis-3")

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
  echo "Starting PostgreSQL $pg_major"
  pg_ctlcluster --skip-systemctl-redirect "$pg_major" main start || pg_ctlcluster "$pg_major" main start
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
fi
pg_isready -h 127.0.0.1 -p 5432
