#!/bin/bash
# A throwaway PostgreSQL 15 server for the test run: `cluster.sh start STATE` makes a
# cluster in a new temporary folder, starts it on a free local port with password
# authentication, and writes how to reach it to the file STATE; `cluster.sh stop STATE`
# stops it and removes the folder. As root the server runs as the unprivileged `postgres`
# user (initdb refuses root); otherwise as the user running the tests.
set -euo pipefail

command=${1:?start or stop}
state=${2:?the state file}

bindir=""
for dir in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    if [ -x "$dir/initdb" ]; then
        bindir=$dir
        break
    fi
done
if [ -z "$bindir" ]; then
    echo "cluster.sh: PostgreSQL's initdb was not found (install postgresql-15)" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "$command" in
start)
    if [ -f "$state" ]; then
        # A run that was interrupted left its server behind.
        "$0" stop "$state" || true
    fi
    root=$(mktemp -d /tmp/cstracker-pg.XXXXXX)
    chmod 755 "$root"
    password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    printf '%s\n' "$password" >"$root/password"
    if [ "$(id -u)" -eq 0 ]; then
        chown -R postgres: "$root"
    fi
    as_owner "$bindir/initdb" -D "$root/data" -U cstracker_admin --auth=scram-sha-256 \
        --pwfile="$root/password" -E UTF8 --locale=C.UTF-8 >"$root/initdb.log"
    # Ports below the kernel's range for outgoing connections (32768 up): a port in that
    # range can be held by a client's end of a connection, which refuses a connection
    # test like a free port but still fails the server's bind. A port taken between the
    # test and the start is tried again with the next.
    port=""
    for candidate in $(seq 25329 25429); do
        if (echo >"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
            continue
        fi
        # Speed over durability (fsync off), except for a test that kills the server on
        # purpose: it asks for a server of its own with CSTRACKER_TEST_POSTGRES_DURABLE=1.
        options="-p $candidate -k $root -c listen_addresses=127.0.0.1"
        if [ "${CSTRACKER_TEST_POSTGRES_DURABLE:-0}" != 1 ]; then
            options="$options -c fsync=off -c full_page_writes=off"
        fi
        if as_owner "$bindir/pg_ctl" -D "$root/data" -l "$root/server.log" -w -t 60 \
            -o "$options" start >/dev/null 2>>"$root/start.log"; then
            port=$candidate
            echo "$options" >"$root/options"
            break
        fi
    done
    if [ -z "$port" ]; then
        echo "cluster.sh: no port between 25329 and 25429 to start on; see $root/start.log and server.log" >&2
        exit 1
    fi
    {
        echo "CSTRACKER_TEST_POSTGRES=postgresql://cstracker_admin@127.0.0.1:$port/postgres"
        echo "CSTRACKER_TEST_POSTGRES_PASSWORD=$password"
        echo "CSTRACKER_TEST_POSTGRES_DIR=$root"
        echo "CSTRACKER_TEST_POSTGRES_BIN=$bindir"
    } >"$state"
    echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on port $port in $root"
    ;;
stop)
    [ -f "$state" ] || exit 0
    root=$(sed -n 's/^CSTRACKER_TEST_POSTGRES_DIR=//p' "$state")
    if [ -n "$root" ] && [ -d "$root/data" ]; then
        as_owner "$bindir/pg_ctl" -D "$root/data" -m immediate -w stop >/dev/null || true
    fi
    case "$root" in
    /tmp/cstracker-pg.*) rm -rf "$root" ;;
    esac
    rm -f "$state"
    echo "PostgreSQL stopped"
    ;;
*)
    echo "cluster.sh: start or stop" >&2
    exit 2
    ;;
esac
