#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and benchmarks: a fresh data folder, a free loopback
# port, trust authentication on 127.0.0.1 only, and durability switched off (nothing in it is
# meant to survive), so it starts in a couple of seconds.
#
#   scripts/postgres-throwaway.sh start DIR     # prints the connection string (also in DIR/connection-string)
#   scripts/postgres-throwaway.sh url DIR       # prints it again for a running cluster
#   scripts/postgres-throwaway.sh stop DIR      # stops the server and deletes DIR
#
# The connection string names a superuser 'tosscan' and an empty database 'tosscan', so it can be
# given to `tosscan --db` as it is; tests create and drop their own databases with it. Members of
# the role 'tosscan_password_auth' must log in with a password (scram-sha-256), so a test can see
# what a wrong password looks like; everyone else is trusted.
#
# Uses initdb and pg_ctl from /usr/lib/postgresql/<newest>/bin (or $PG_BIN). PostgreSQL refuses to
# run as root, so as root the server runs as the system user 'tosscan-pg' (created when missing)
# and DIR is handed to that user: DIR's parent folders must let it through (/tmp does).
set -euo pipefail

usage() {
  echo "usage: $0 start DIR | url DIR | stop DIR" >&2
  exit 2
}

[ $# -eq 2 ] || usage
command=$1
dir=$2

find_bin() {
  if [ -n "${PG_BIN:-}" ]; then
    echo "$PG_BIN"
    return
  fi
  local newest
  newest=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -V | tail -n 1 || true)
  if [ -z "$newest" ] || [ ! -x "$newest/initdb" ]; then
    echo "postgres-throwaway: no PostgreSQL server found in /usr/lib/postgresql/*/bin; install Debian's postgresql (or set PG_BIN)" >&2
    exit 1
  fi
  echo "$newest"
}

# Runs a server program as the cluster's owner: ourselves, or 'tosscan-pg' when we are root.
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u tosscan-pg -- "$@"
  else
    "$@"
  fi
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start() {
  local bin port attempt
  bin=$(find_bin)
  if [ -e "$dir/data" ]; then
    echo "postgres-throwaway: $dir/data exists; stop that cluster first or use another folder" >&2
    exit 1
  fi
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  if [ "$(id -u)" = 0 ]; then
    if ! id -u tosscan-pg >/dev/null 2>&1; then
      useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin tosscan-pg
    fi
    chown tosscan-pg: "$dir"
  fi
  mkdir -p "$dir/socket"
  if [ "$(id -u)" = 0 ]; then chown tosscan-pg: "$dir/socket"; fi

  # --no-sync and the settings below trade durability for speed: a crash loses the cluster, which
  # is thrown away anyway.
  as_owner "$bin/initdb" -D "$dir/data" -U tosscan --auth=trust --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    exit 1
  }
  as_owner tee "$dir/data/pg_hba.conf" >/dev/null <<'EOF'
# Throwaway cluster: the unix socket lives in the cluster's own folder; TCP only on 127.0.0.1.
local all all                                    trust
host  all +tosscan_password_auth 127.0.0.1/32    scram-sha-256
host  all all                    127.0.0.1/32    trust
EOF
  as_owner tee -a "$dir/data/postgresql.conf" >/dev/null <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir/socket'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
EOF

  # The port is probed, then taken by the server; another program may win the race, so retry.
  for attempt in 1 2 3 4 5; do
    port=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
    port_in_use "$port" && continue
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -o "-p $port" -w -t 30 start >/dev/null; then
      echo "$port" >"$dir/port"
      break
    fi
    port=""
  done
  if [ -z "${port:-}" ]; then
    echo "postgres-throwaway: the server did not start; its log:" >&2
    cat "$dir/postgres.log" >&2 || true
    exit 1
  fi

  "$bin/psql" -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U tosscan -d postgres \
    -c "CREATE DATABASE tosscan" -c "CREATE ROLE tosscan_password_auth NOLOGIN" >/dev/null
  echo "Host=127.0.0.1;Port=$port;Username=tosscan;Database=tosscan" | tee "$dir/connection-string"
}

stop() {
  local bin
  [ -d "$dir" ] || return 0
  # Deletes only a folder this script made, so a mistyped DIR cannot take anything else with it.
  if [ ! -f "$dir/connection-string" ] && [ ! -f "$dir/initdb.log" ]; then
    echo "postgres-throwaway: $dir is not a throwaway cluster folder; left alone" >&2
    exit 1
  fi
  bin=$(find_bin)
  if [ -f "$dir/data/postmaster.pid" ]; then
    # Immediate: nothing needs to be written back, and tests may still hold connections.
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null || true
  fi
  rm -rf "$dir"
}

case "$command" in
  start) start ;;
  url) cat "$dir/connection-string" ;;
  stop) stop ;;
  *) usage ;;
esac
