#!/usr/bin/env bash
# Runs every test: PostgreSQL (role + _test/_e2e databases), a fresh test broker on 19092, then
# `mvn -B -ntp verify` from the repo root. Extra arguments go to mvn. Exits with mvn's status.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

case "${1:-}" in
  -h|--help) echo "usage: $(basename "$0") [extra mvn args, e.g. -pl case-service -am]" >&2; exit 2 ;;
esac

KAFKA_TEST=(--port 19092 --controller-port 19093 --dir "$RUN/kafka-test")
"$LOCAL/pg.sh" ensure
trap '"$LOCAL/kafka.sh" stop "${KAFKA_TEST[@]}" || true' EXIT
"$LOCAL/kafka.sh" start "${KAFKA_TEST[@]}" --fresh
export IPCOLLAB_TEST_KAFKA_BOOTSTRAP=localhost:19092

cd "$ROOT"
rc=0
mvn -B -ntp verify "$@" || rc=$?
exit "$rc"
