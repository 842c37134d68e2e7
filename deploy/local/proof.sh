#!/usr/bin/env bash
# Issue 8's proof in one command: the bad-input sweep of every service (BadInputSweepTest, generated from each
# service's OpenAPI document) and every cross-process e2e IT (the four journeys and the fault tests: broker
# outage, consumer SIGKILLed, PostgreSQL restarted, poison records), against the real PostgreSQL and fresh
# KRaft brokers. It is test.sh limited to those tests (test.sh, i.e. .ci/run, runs them too, with all the rest).
# Extra arguments go to mvn. Exits with mvn's status.
set -euo pipefail
case "${1:-}" in
  -h|--help) echo "usage: $(basename "$0") [extra mvn args]" >&2; exit 2 ;;
esac
exec "$(dirname "${BASH_SOURCE[0]}")/test.sh" \
  -Dtest='BadInputSweepTest,SharedMechanismCopiesTest' -Dsurefire.failIfNoSpecifiedTests=false "$@"
