#!/usr/bin/env bash
# Neighbour-district shared query over 1 million cases: p50/p99 of the intended query shape
# (cases of one infringer, by unified social credit code, within a set of districts) straight on
# PostgreSQL with pgbench. This is the floor only: the endpoint (POST /shared-cases/queries, issue 7) exists
# since the cross-district sharing work, but its REST benchmark (1 M cases loaded through case-service's schema,
# an active agreement, wrk against the endpoint) is not written yet (issue 8).
# Target (ARCHITECTURE.md §6): p99 <= 20 ms.
# Needs PostgreSQL only (deploy/local/pg.sh ensure). Raw outputs: $BENCH_OUT or results/<date>/.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ROWS="${BENCH_ROWS:-1000000}"
CLIENTS="${BENCH_CLIENTS:-2}"
SECONDS_RUN="${BENCH_SECONDS:-30}"
RATE="${BENCH_QUERY_RATE:-200}"   # queries/s offered by pgbench (-R), so latency is not queueing of a closed loop
REGEN=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    -n|--rows) ROWS="$2"; shift 2 ;;
    -c|--clients) CLIENTS="$2"; shift 2 ;;
    -T|--seconds) SECONDS_RUN="$2"; shift 2 ;;
    -R|--rate) RATE="$2"; shift 2 ;;
    --regenerate) REGEN=true; shift ;;
    *) echo "usage: $(basename "$0") [-n ROWS (1000000)] [-c CLIENTS (2)] [-T SECONDS (30)] [-R QPS (200)] [--regenerate]" >&2
       exit 2 ;;
  esac
done

bench_out
ensure_bench_db
OUT="$BENCH_OUT/shared-query"
mkdir -p "$OUT"

# 38 district codes of Chongqing (5001xx/5002xx); a company's cases sit in its home district or,
# one in five, in the next district of the list: the cross-district case the shared query is for.
DISTRICTS="'500101','500102','500103','500104','500105','500106','500107','500108','500109','500110','500111','500112','500113','500114','500115','500116','500117','500118','500119','500120','500151','500152','500153','500154','500155','500156','500229','500230','500231','500233','500235','500236','500237','500238','500240','500241','500242','500243'"
COMPANIES=$(( ROWS / 5 ))

have="$(psql_bench "$BENCH_DB" -tAc "select count(*) from bench_shared_case" 2>/dev/null || echo 0)"
if $REGEN || [[ "$have" != "$ROWS" ]]; then
  log "generating $ROWS cases of $COMPANIES companies in bench_shared_case (generate_series)"
  start=$(date +%s)
  psql_bench "$BENCH_DB" <<SQL
drop table if exists bench_shared_case;
create table bench_shared_case (
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
with d as (select array[$DISTRICTS]::varchar[] as codes)
insert into bench_shared_case
select gen_random_uuid(),
       d.codes[1 + ((n % $COMPANIES) + case when (n / $COMPANIES) % 5 = 4 then 1 else 0 end) % 38],
       d.codes[1 + ((n % $COMPANIES) + case when (n / $COMPANIES) % 5 = 4 then 1 else 0 end) % 38] || '-amr',
       (array['TRADEMARK','PATENT','COPYRIGHT','GEOGRAPHICAL_INDICATION'])[1 + n % 4],
       '涉嫌侵权案件 #' || n,
       '重庆某某商贸有限公司 ' || (n % $COMPANIES),
       '91' || d.codes[1 + (n % $COMPANIES) % 38] || lpad((n % $COMPANIES)::text, 10, '0'),
       (array['FILED','UNDER_INVESTIGATION','REFERRED','CLOSED'])[1 + (n / 7) % 4],
       now() - (n % 1000) * interval '1 day' - (n % 86400) * interval '1 second',
       'bench-generator', 0
  from generate_series(0, $ROWS - 1) as n, d;
create index bench_shared_case_district_filed on bench_shared_case (district, filed_at desc);
create index bench_shared_case_credit_code on bench_shared_case (infringer_credit_code);
vacuum analyze bench_shared_case;
SQL
  log "generated in $(( $(date +%s) - start )) s"
fi
psql_bench "$BENCH_DB" -tAc "select count(*) as rows, count(distinct infringer_credit_code) as companies,
  pg_size_pretty(pg_total_relation_size('bench_shared_case')) as size from bench_shared_case" | tee "$OUT/data.txt"

# The intended query: a district looks up a company by credit code and sees its cases in its own and
# the neighbouring districts, newest first (masking happens in the service, not in SQL).
cat >"$OUT/query.sql" <<'SQL'
\set n random(0, :companies - 1)
\set h 1 + (:n % 38)
SELECT id, district, ip_kind, status, filed_at, infringer_name
  FROM bench_shared_case
 WHERE infringer_credit_code = '91' || (ARRAY[DISTRICTS])[:h] || lpad(:n::text, 10, '0')
   AND district = ANY (ARRAY[(ARRAY[DISTRICTS])[:h], (ARRAY[DISTRICTS])[1 + :h % 38], (ARRAY[DISTRICTS])[1 + (:h + 36) % 38]]::varchar[])
 ORDER BY filed_at DESC
 LIMIT 50;
SQL
sed -i "s/DISTRICTS/$DISTRICTS/g" "$OUT/query.sql"
psql_bench "$BENCH_DB" -c "explain analyze SELECT id, district, ip_kind, status, filed_at, infringer_name
  FROM bench_shared_case WHERE infringer_credit_code = '915001550000011424'
  AND district = ANY (ARRAY['500155','500156','500154']::varchar[]) ORDER BY filed_at DESC LIMIT 50" \
  | tee "$OUT/explain.txt"

log "floor: pgbench, $CLIENTS clients, $RATE queries/s offered, ${SECONDS_RUN}s"
rm -f "$OUT"/pgbench_log*
(cd "$OUT" && pgbench -n -M prepared -h "$PGHOST_BENCH" -p "$PGPORT_BENCH" -U "$PGUSER_BENCH" \
  -c "$CLIENTS" -j "$CLIENTS" -T "$SECONDS_RUN" -R "$RATE" -D companies="$COMPANIES" \
  -f query.sql -l --log-prefix=pgbench_log "$BENCH_DB") 2>&1 | tee "$OUT/pgbench.txt"
# per-transaction log: column 3 = latency in microseconds (includes schedule lag under -R)
cat "$OUT"/pgbench_log* | awk '{ printf "%.3f\n", $3 / 1000 }' >"$OUT/latency-ms.txt"
read -r N P50 P99 MAX < <(percentiles "$OUT/latency-ms.txt")
MET="$(awk -v p="$P99" 'BEGIN { print (p + 0 <= 20 ? "met (floor only)" : "NOT met") }')"
{
  echo "== shared query ($N queries over $ROWS rows, $RATE/s offered, ${SECONDS_RUN}s) =="
  printf '%-48s p50 %8s ms  p99 %8s ms  max %s ms\n' "floor: PostgreSQL (pgbench, intended query)" "$P50" "$P99" "$MAX"
  printf '%-48s %s\n' "service: neighbour-district endpoint" "not measured yet (POST /shared-cases/queries exists; REST benchmark pending, issue 8)"
  echo "target p99 <= 20 ms: $MET"
} | tee "$OUT/summary.txt"
