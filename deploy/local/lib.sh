# shellcheck shell=bash
# Helpers sourced by the deploy/local scripts. Not executable on its own.
# ROOT = repo root (two levels above this file), RUN = runtime state folder.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LOCAL="$ROOT/deploy/local"
# shellcheck disable=SC2034 # RUN is used by the sourcing scripts
RUN="$LOCAL/.run"

log() { printf '[%s] %s\n' "$(basename "$0")" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# pid_alive PID [PATTERN]: the process exists and (if given) its command line contains PATTERN.
pid_alive() {
  local pid="$1" pattern="${2:-}" cmd
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  [[ -z "$pattern" ]] && return 0
  cmd="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)" || return 1
  [[ "$cmd" == *"$pattern"* ]]
}

# read_pid FILE: prints the pid recorded in FILE (empty if none).
read_pid() { if [[ -f "$1" ]]; then tr -dc '0-9' <"$1"; fi; }

# stop_pid PID NAME [TIMEOUT]: SIGTERM, wait up to TIMEOUT s (default 30), then SIGKILL.
stop_pid() {
  local pid="$1" name="$2" timeout="${3:-30}" i
  kill -TERM "$pid" 2>/dev/null || { log "$name stopped (pid $pid)"; return 0; }
  for ((i = 0; i < timeout * 5; i++)); do
    kill -0 "$pid" 2>/dev/null || { log "$name stopped (pid $pid)"; return 0; }
    sleep 0.2
  done
  log "$name did not stop within ${timeout}s: SIGKILL pid $pid"
  kill -KILL "$pid" 2>/dev/null || true
  sleep 0.5
}

# port_open PORT [HOST]: something accepts TCP connections there.
port_open() { (exec 3<>"/dev/tcp/${2:-127.0.0.1}/$1") 2>/dev/null; }

# The four services, in start order, and their HTTP ports (SPEC).
# shellcheck disable=SC2034
SERVICES=(case-service referral-service mediation-service notification-service)
# JVM options of the services started by up.sh (and of the floor app in deploy/bench/startup-rss.sh): a 128 MB
# heap (live data is ~20-30 MB under load) and the native heap trimmed every 5 s, so each service stays near the
# 300 MB RSS target; referral-service gets 192 MB for its documents of up to 20 MB. up.sh also sets
# MALLOC_ARENA_MAX=2. IPCOLLAB_JAVA_OPTS replaces them for every service (word-split). docs/performance.md §4.
declare -A SERVICE_HEAP=([referral-service]=192m)
service_java_opts() {  # prints the JVM options of service $1, one per line
  local opts="${IPCOLLAB_JAVA_OPTS:--Xmx${SERVICE_HEAP[$1]:-128m} -XX:TrimNativeHeapInterval=5000}"
  tr ' ' '\n' <<<"$opts" | sed '/^$/d'
}
# shellcheck disable=SC2034
declare -A SERVICE_PORT=([case-service]=8081 [referral-service]=8082 [mediation-service]=8083 [notification-service]=8084)
service_jar() { printf '%s' "$ROOT/$1/target/quarkus-app/quarkus-run.jar"; }
