# Sourced by .ci/run: install (when missing) and start a throwaway PostgreSQL server on a free loopback port,
# export USROK_TEST_DB for the tests, and stop it and delete its data when the script exits.
# Debian's package, not a pip-installed server: when it is already on the machine nothing is downloaded, and
# initdb + start take about a second either way (see README, 'PostgreSQL').
start_postgres() {
    if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
        echo "ci: installing PostgreSQL (Debian package)"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
    fi
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    PG_DIR=$(mktemp -d /tmp/usrok-ci-postgres.XXXXXX)
    PG_AS=()
    if [ "$(id -u)" = 0 ]; then
        chown postgres:postgres "$PG_DIR"  # the server refuses to run as root
        PG_AS=(runuser -u postgres --)
    fi
    PG_PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    local started=$SECONDS
    "${PG_AS[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -U usrok --auth=trust -E UTF8 --no-sync >/dev/null
    "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -s \
        -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off -c max_connections=200" start
    trap stop_postgres EXIT
    export USROK_TEST_DB="postgresql+psycopg://usrok@127.0.0.1:$PG_PORT/postgres"
    echo "ci: PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT (ready in $((SECONDS - started)) s)"
}

stop_postgres() {
    "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -s stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
}
