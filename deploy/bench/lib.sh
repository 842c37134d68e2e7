# shellcheck shell=bash
# Helpers sourced by the deploy/bench scripts. Not executable on its own.
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../local/lib.sh
source "$BENCH/../local/lib.sh"   # ROOT, LOCAL, RUN, log, die, SERVICES, SERVICE_PORT, read_pid ...

CASE_URL="${IPCOLLAB_CASE_URL:-http://localhost:8081}"
NOTIFY_URL="${IPCOLLAB_NOTIFICATION_URL:-http://localhost:8084}"
# The case body is read at run time: case-service is still growing required fields.
FILE_CASE_JSON="${BENCH_FILE_CASE_JSON:-$LOCAL/requests/file-case.json}"
PGHOST_BENCH="${PGHOST:-127.0.0.1}"
PGPORT_BENCH="${PGPORT:-5432}"
BENCH_DB="${BENCH_DB:-ipcollab_bench}"
export PGPASSWORD="${IPCOLLAB_DB_PASSWORD:-ipcollab}"
PGUSER_BENCH="${IPCOLLAB_DB_USER:-ipcollab}"

# Where raw outputs go: $BENCH_OUT if set (run-all.sh sets it), else results/<UTC date-time>/.
bench_out() {
  BENCH_OUT="${BENCH_OUT:-$BENCH/results/$(date -u +%Y%m%dT%H%M%SZ)}"
  mkdir -p "$BENCH_OUT"
  export BENCH_OUT
}

psql_bench() {  # psql_bench [DB] ARGS... : psql as ipcollab over TCP
  local db="$1"; shift
  psql -X -q -v ON_ERROR_STOP=1 -h "$PGHOST_BENCH" -p "$PGPORT_BENCH" -U "$PGUSER_BENCH" -d "$db" "$@"
}

ensure_bench_db() {
  command -v pgbench >/dev/null || {
    log "pgbench missing: installing postgresql-contrib"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql-contrib >&2
  }
  "$LOCAL/pg.sh" ensure >&2
  if [[ -z "$(psql_bench postgres -tAc "select 1 from pg_database where datname = '$BENCH_DB'")" ]]; then
    psql_bench postgres -c "create database $BENCH_DB"
  fi
}

ready_code() { curl -s -o /dev/null -w '%{http_code}' "http://localhost:$1/q/health/ready" || true; }

require_suite() {
  local svc
  for svc in "${SERVICES[@]}"; do
    [[ "$(ready_code "${SERVICE_PORT[$svc]}")" == 200 ]] \
      || die "$svc is not ready on :${SERVICE_PORT[$svc]}: start the suite with deploy/local/up.sh"
  done
}

token() { "$LOCAL/token.sh" "$@"; }

# wrk_filing CONNECTIONS SECONDS OUTFILE: closed-loop POST /cases load with wrk (2 threads).
wrk_filing() {
  local conns="$1" secs="$2" out="$3" tok
  command -v wrk >/dev/null || {
    log "wrk missing: installing it"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >&2
  }
  tok="$(token regulator 500155-amr 500155 bench-regulator-500155 7200)"
  BENCH_TOKEN="$tok" BENCH_BODY_FILE="$FILE_CASE_JSON" \
    wrk -t "$(( conns < 2 ? 1 : 2 ))" -c "$conns" -d "${secs}s" --latency -s "$BENCH/file-case.lua" \
        "$CASE_URL/cases" | tee "$out"
}

# percentiles FILE: FILE has one number per line; prints "n p50 p99 max".
percentiles() {
  sort -n "$1" | awk '{ v[NR] = $1 } END {
    if (NR == 0) { print 0, "NaN", "NaN", "NaN"; exit }
    i50 = int(NR * 0.50 + 0.999999); i99 = int(NR * 0.99 + 0.999999);
    print NR, v[i50], v[i99], v[NR] }'
}

ratio_pct() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "NaN"; else printf "%.1f", 100 * a / b }'; }
