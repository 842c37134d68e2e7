#!/usr/bin/env bash
# Stops what up.sh started: the four services (by their pid files), the 9092 broker, and
# PostgreSQL only if pg.sh started it.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

if [[ $# -gt 0 ]]; then
  echo "usage: $(basename "$0")   (stops what deploy/local/up.sh started)" >&2
  exit 2
fi

# SIGTERM all first so they shut down in parallel, then wait for each (SIGKILL after 30 s).
declare -A PID_OF=()
for svc in "${SERVICES[@]}"; do
  pid="$(read_pid "$RUN/pids/$svc.pid")"
  if [[ -n "$pid" ]] && pid_alive "$pid" "$(service_jar "$svc")"; then
    PID_OF[$svc]="$pid"
    kill -TERM "$pid" 2>/dev/null || true
  else
    log "$svc not running"
  fi
done
for svc in "${SERVICES[@]}"; do
  [[ -z "${PID_OF[$svc]:-}" ]] || stop_pid "${PID_OF[$svc]}" "$svc" 30
  rm -f "$RUN/pids/$svc.pid"
done
"$LOCAL/kafka.sh" stop
"$LOCAL/pg.sh" stop-if-ours
