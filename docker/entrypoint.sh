#!/bin/sh
# Switchboard container entrypoint.
#
# 1. Applies pending database migrations (unless RUN_MIGRATIONS=false), so an
#    upgraded image brings its schema with it and a fresh install needs no
#    manual step. Migrations that are already applied are skipped, so this is
#    cheap on every start. Lucid takes a PostgreSQL advisory lock while
#    migrating: if two containers start at once, the second one fails here,
#    exits, and its restart policy brings it back after the first is done.
# 2. Replaces itself (exec) with the container command, by default the HTTP
#    server, so that process is PID 1 and receives SIGTERM from `docker stop`
#    directly; the server shuts down cleanly on SIGTERM.
#
# Other commands go through the same path, e.g.
#   docker compose -f docker/compose.yml run --rm app node ace list
set -eu

if [ "$#" -eq 0 ]; then
  set -- node bin/server.js
fi

case "${RUN_MIGRATIONS:-true}" in
  true | 1 | yes)
    echo "switchboard: applying database migrations (set RUN_MIGRATIONS=false to skip)"
    node ace migration:run --force
    ;;
  *)
    echo "switchboard: RUN_MIGRATIONS=${RUN_MIGRATIONS}, not touching the database schema"
    ;;
esac

exec "$@"
