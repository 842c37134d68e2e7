#!/usr/bin/env bash
# Case filing throughput through REST + outbox (POST /cases on case-service, wrk, closed loop)
# versus its physical floor: raw PostgreSQL single-row INSERT + COMMIT into a table shaped like
# ip_case (pgbench, custom script), same number of clients, same duration, same machine, same run.
# Target (ARCHITECTURE.md §6): REST + outbox >= 50 % of the pgbench figure.
# Needs the suite running (deploy/local/up.sh). Raw outputs: $BENCH_OUT or results/<date>/.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

CLIENTS="${BENCH_CLIENTS:-8}"
SECONDS_RUN="${BENCH_SECONDS:-30}"
while [[ $# -gt 0 ]]; do
  case "$1" in
    -c|--clients) CLIENTS="$2"; shift 2 ;;
    -T|--seconds) SECONDS_RUN="$2"; shift 2 ;;
    *) echo "usage: $(basename "$0") [-c CLIENTS (8)] [-T SECONDS (30)]" >&2; exit 2 ;;
  esac
done

bench_out
ensure_bench_db
require_suite
OUT="$BENCH_OUT/filing-throughput"
mkdir -p "$OUT"

# Scratch table with the columns and indexes of case-service's ip_case (V2__cases.sql).
psql_bench "$BENCH_DB" <<'SQL'
drop table if exists bench_filing;
create table bench_filing (
    id                    uuid         primary key,
    district              varchar(6)   not null,
    department_id         varchar(100) not null,
    ip_kind               varchar(40)  not null,
    title                 varchar(200) not null,
    infringer_name        varchar(200) not null,
    infringer_credit_code varchar(18)  not null,
    status                varchar(40)  not null,
    filed_at              timestamptz  not null,
    filed_by              varchar(200) not null,
    version               bigint       not null default 0
);
create index bench_filing_district_filed on bench_filing (district, filed_at desc);
create index bench_filing_credit_code on bench_filing (infringer_credit_code);
SQL
cat >"$OUT/insert.sql" <<'SQL'
INSERT INTO bench_filing (id, district, department_id, ip_kind, title, infringer_name, infringer_credit_code, status, filed_at, filed_by, version) VALUES (gen_random_uuid(), '500155', '500155-amr', 'TRADEMARK', '梁平区某商贸公司涉嫌销售假冒注册商标的白酒', '重庆梁山某某商贸有限公司', '91500155MA60TR5K5M', 'FILED', now(), 'bench-regulator-500155', 0);
SQL

log "floor: pgbench, $CLIENTS clients, ${SECONDS_RUN}s, one INSERT + COMMIT per transaction"
pgbench -n -M prepared -h "$PGHOST_BENCH" -p "$PGPORT_BENCH" -U "$PGUSER_BENCH" \
  -c "$CLIENTS" -j "$(( CLIENTS < 2 ? 1 : 2 ))" -T "$SECONDS_RUN" -f "$OUT/insert.sql" "$BENCH_DB" \
  2>&1 | tee "$OUT/pgbench.txt"
PG_TPS="$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$OUT/pgbench.txt" | head -n 1)"
PG_LAT="$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' "$OUT/pgbench.txt")"

sleep 3
log "suite: wrk POST /cases ($FILE_CASE_JSON), $CLIENTS connections, ${SECONDS_RUN}s"
cp "$FILE_CASE_JSON" "$OUT/file-case.json"
wrk_filing "$CLIENTS" "$SECONDS_RUN" "$OUT/wrk.txt" 2>"$OUT/wrk.err"
cat "$OUT/wrk.err" >&2
REST_TPS="$(sed -n 's/^BENCH created=[0-9]* other=[0-9]* rate_201=\([0-9.]*\).*/\1/p' "$OUT/wrk.txt")"
REST_OTHER="$(sed -n 's/^BENCH created=[0-9]* other=\([0-9]*\).*/\1/p' "$OUT/wrk.txt")"
REST_P50="$(awk '$1 == "50%" { print $2 }' "$OUT/wrk.txt")"
REST_P99="$(awk '$1 == "99%" { print $2 }' "$OUT/wrk.txt")"

RATIO="$(ratio_pct "$REST_TPS" "$PG_TPS")"
MET="$(awk -v r="$RATIO" 'BEGIN { print (r + 0 >= 50 ? "met" : "NOT met") }')"
{
  echo "== filing throughput ($CLIENTS clients, ${SECONDS_RUN}s) =="
  printf '%-44s %10s/s  (avg latency %s ms)\n' "floor: pgbench INSERT+COMMIT" "$PG_TPS" "$PG_LAT"
  printf '%-44s %10s/s  (p50 %s, p99 %s, non-201 %s)\n' "REST + outbox: POST /cases 201" "$REST_TPS" \
    "$REST_P50" "$REST_P99" "$REST_OTHER"
  printf '%-44s %10s %%  (target >= 50 %%: %s)\n' "ratio" "$RATIO" "$MET"
} | tee "$OUT/summary.txt"
