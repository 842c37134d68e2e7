#!/usr/bin/env bash
# Neighbour-district shared query over 1 million cases (ARCHITECTURE.md §6: p99 <= 20 ms), three figures side by
# side in one run, all at the same offered rate (open loop):
#   1. floor (intended query): pgbench on bench_shared_case in the scratch database ipcollab_bench, the query shape
#      planned before the endpoint existed (credit code within own + two neighbour districts). Kept for comparison
#      with earlier runs.
#   2. floor (service's shape): pgbench on the suite's own database ipcollab_case, one transaction per query with
#      exactly the SQL that POST /shared-cases/queries runs: the agreement lookup, the case query on ip_case
#      (district + the agreement's IP kinds + credit code, newest first, limit 101) and the access-log insert into
#      shared_query_log, then COMMIT.
#   3. suite: POST /shared-cases/queries on case-service (SharedQueryLoad.java), a random company per request,
#      every answer checked (200, masked: only the agreement's fields, only the queried credit code).
# Ratio = suite / floor (2), for p50 and p99.
#
# Data in ipcollab_case (made once, reused; --regenerate rebuilds it, --clean removes it and exits):
#   ROWS cases straight into ip_case with generate_series, shaped like filed ones (38 Chongqing districts,
#   valid GB 32100 credit codes, case numbers, statuses, goods, decisions, one in ten a person with a masked ID
#   number). Marked filed_by = 'bench-generator' and department '<district>-bench', so they can be deleted again.
#   ROWS/5 companies: 4 cases in the home district and 1 in the next district of the list. Helper schema 'bench'
#   (company list, the credit-code function) in the same database; Flyway only manages 'public'.
#   The sharing agreement CALLER (500101 万州) <-> OWNER (500155 梁平) is made through the API (proposed and
#   approved by both districts' liaisons) unless one is in force already. The queries are CALLER's regulator
#   asking about OWNER's cases: companies at home in OWNER or the district before it in the list (non-zero
#   results) and in the district after it (zero results).
#   Access-log rows written by the run (callers bench-floor and bench-shared-query) are deleted at its end, after
#   checking that every answered query wrote exactly one.
# Needs the suite running for 2 and 3 (deploy/local/up.sh); without it only the floor (1) runs.
# Raw outputs: $BENCH_OUT or results/<date>/shared-query/.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ROWS="${BENCH_ROWS:-1000000}"
CLIENTS="${BENCH_CLIENTS:-2}"
SECONDS_RUN="${BENCH_SECONDS:-30}"
RATE="${BENCH_QUERY_RATE:-200}"   # queries/s offered (pgbench -R, SharedQueryLoad --rate)
OWNER="${BENCH_OWNER_DISTRICT:-500155}"    # 梁平: the district whose cases are queried
CALLER="${BENCH_CALLER_DISTRICT:-500101}"  # 万州, its neighbour: the district that queries
REGEN=false
CLEAN=false
usage() {
  echo "usage: $(basename "$0") [-n ROWS (1000000)] [-c CLIENTS (2)] [-T SECONDS (30)] [-R QPS (200)] [--regenerate | --clean]" >&2
  exit 2
}
while [[ $# -gt 0 ]]; do
  case "$1" in
    -n|--rows) ROWS="$2"; shift 2 ;;
    -c|--clients) CLIENTS="$2"; shift 2 ;;
    -T|--seconds) SECONDS_RUN="$2"; shift 2 ;;
    -R|--rate) RATE="$2"; shift 2 ;;
    --regenerate) REGEN=true; shift ;;
    --clean) CLEAN=true; shift ;;
    *) usage ;;
  esac
done

CASE_DB="${BENCH_CASE_DB:-ipcollab_case}"
BENCH_MARK="bench-generator"
remove_bench_cases() {
  log "removing the benchmark's cases from $CASE_DB.ip_case (filed_by = '$BENCH_MARK')"
  psql_bench "$CASE_DB" -c "delete from ip_case where filed_by = '$BENCH_MARK' and department_id like '%-bench'" \
    -c "drop schema if exists bench cascade"
}
if $CLEAN; then
  "$LOCAL/pg.sh" ensure >&2
  psql_bench "$CASE_DB" -c "delete from shared_query_log where caller in ('bench-floor', 'bench-shared-query')"
  remove_bench_cases
  log "the sharing agreement $CALLER <-> $OWNER stays (it is an ordinary agreement, made through the API)"
  exit 0
fi

bench_out
ensure_bench_db
OUT="$BENCH_OUT/shared-query"
mkdir -p "$OUT"

# 38 district codes of Chongqing (5001xx/5002xx); a company's cases sit in its home district or,
# one in five, in the next district of the list: the cross-district case the shared query is for.
DISTRICTS="'500101','500102','500103','500104','500105','500106','500107','500108','500109','500110','500111','500112','500113','500114','500115','500116','500117','500118','500119','500120','500151','500152','500153','500154','500155','500156','500229','500230','500231','500233','500235','500236','500237','500238','500240','500241','500242','500243'"
COMPANIES=$(( ROWS / 5 ))

# ------------------------------------------------------------------ 1. floor on bench_shared_case (ipcollab_bench)
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

# pgbench_run NAME DB SCRIPT [-D ...]: open loop at $RATE/s; prints "n p50 p99 max" (ms) from the per-transaction
# log (column 3 = latency in microseconds, including schedule lag under -R).
pgbench_run() {
  local name="$1" db="$2" script="$3"; shift 3
  rm -f "$OUT/$name"_log*
  (cd "$OUT" && pgbench -n -M prepared -h "$PGHOST_BENCH" -p "$PGPORT_BENCH" -U "$PGUSER_BENCH" \
    -c "$CLIENTS" -j "$CLIENTS" -T "$SECONDS_RUN" -R "$RATE" "$@" \
    -f "$script" -l --log-prefix="${name}_log" "$db") >"$OUT/$name.txt" 2>&1 || { cat "$OUT/$name.txt" >&2; die "pgbench $name failed"; }
  cat "$OUT/$name.txt" >&2
  cat "$OUT/$name"_log* | awk '{ printf "%.3f\n", $3 / 1000 }' >"$OUT/$name-latency-ms.txt"
  rm -f "$OUT/$name"_log*
  percentiles "$OUT/$name-latency-ms.txt"
}

log "floor (intended query, bench_shared_case): pgbench, $CLIENTS clients, $RATE queries/s offered, ${SECONDS_RUN}s"
read -r N P50 P99 MAX < <(pgbench_run pgbench "$BENCH_DB" query.sql -D companies="$COMPANIES")
cp "$OUT/pgbench-latency-ms.txt" "$OUT/latency-ms.txt"   # name used by earlier runs

suite_up=true
for svc in case-service; do [[ "$(ready_code "${SERVICE_PORT[$svc]}")" == 200 ]] || suite_up=false; done
if ! $suite_up; then
  log "case-service is not running: the service's shape and the REST figure are skipped (start deploy/local/up.sh)"
  {
    echo "== shared query ($N queries over $ROWS rows, $RATE/s offered, ${SECONDS_RUN}s) =="
    printf '%-52s p50 %8s ms  p99 %8s ms  max %s ms\n' "floor: PostgreSQL, intended query (bench_shared_case)" "$P50" "$P99" "$MAX"
    echo "service: skipped (case-service not running)"
  } | tee "$OUT/summary.txt"
  exit 0
fi

# ------------------------------------------------------------------ data in the suite's database (ipcollab_case)
have="$(psql_bench "$CASE_DB" -tAc "select count(*) from ip_case where filed_by = '$BENCH_MARK'")"
if $REGEN || [[ "$have" != "$ROWS" ]]; then
  [[ "$have" == 0 ]] || remove_bench_cases
  log "generating $ROWS cases of $COMPANIES companies in $CASE_DB.ip_case (generate_series)"
  start=$(date +%s)
  psql_bench "$CASE_DB" <<SQL
create schema if not exists bench;
-- GB 32100 check character (as UnifiedSocialCreditCode.checkCharacter), appended to the first 17 characters.
create or replace function bench.uscc(first17 text) returns text language sql immutable as \$\$
  select first17 || substr('0123456789ABCDEFGHJKLMNPQRTUWXY',
    (31 - (sum((strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(first17, i, 1)) - 1)
            * (array[1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28])[i]) % 31))::int % 31 + 1, 1)
  from generate_series(1, 17) as i \$\$;
drop table if exists bench.company;
create table bench.company as
  select c, (array[$DISTRICTS]::varchar[])[1 + c % 38] as district,
         (array[$DISTRICTS]::varchar[])[1 + (c + 1) % 38] as next_district,
         bench.uscc('91' || (array[$DISTRICTS]::varchar[])[1 + c % 38] || 'MA' || lpad(c::text, 7, '0')) as credit_code,
         '重庆' || (array['恒达','鑫源','博远','华宇','利民','金鼎','创新','隆鑫'])[1 + c % 8] || '商贸有限公司（'
           || c || '）' as name
    from generate_series(0, $COMPANIES - 1) as c;
alter table bench.company add primary key (c);

insert into ip_case (id, district, department_id, ip_kind, title, infringer_name, infringer_credit_code, status,
                     filed_at, filed_by, version, case_number, clue_source, infringing_act, infringer_kind,
                     infringer_id_number_enc, infringer_id_number_hmac, infringer_id_number_masked, goods, evidence,
                     officers, opened_at, closed_at, decision)
select gen_random_uuid(), x.district, x.district || '-bench', x.kind,
       '涉嫌侵犯' || x.kind_zh || '案（基准数据 ' || n || '）',
       case when x.person then '张' || (array['某','某某','某甲'])[1 + n % 3] else co.name end,
       case when x.person then null else co.credit_code end,
       x.status, x.filed_at, '$BENCH_MARK', 0,
       x.district || '-bench-' || extract(year from x.filed_at at time zone 'Asia/Shanghai')::int || '-' || lpad(n::text, 7, '0'),
       (array['INSPECTION','ECOMMERCE_MONITORING','CUSTOMS','TRANSFER_FROM_DISTRICT'])[1 + n % 4],
       x.act,
       case when x.person then 'PERSON' else 'ORGANISATION' end,
       case when x.person then 'v1:bench-data-not-encrypted' end,
       case when x.person then md5(n::text) || md5('id' || n) end,
       case when x.person then x.district || '********' || lpad((n % 10000)::text, 4, '0') end,
       '[{"description":"' || x.goods || '","unit":"件","quantitySold":' || (n % 50) || ',"quantityUnsold":'
         || (n % 30) || ',"actualSalePrice":"' || (20 + n % 200) || '.00","markedPrice":null,'
         || '"averageActualSalePrice":null,"genuineMarketMidPrice":null}]',
       '[]', '["bench-officer-' || x.district || '"]',
       case when x.status <> 'FILED' then x.filed_at + interval '2 days' end,
       case when x.status = 'CLOSED' then x.filed_at + interval '60 days' end,
       case when x.status in ('DECIDED', 'CLOSED', 'REFERRED') then
         '{"outcome":"' || case when x.status = 'REFERRED' then 'REFERRAL' when n % 5 = 0 then 'NO_PENALTY' else 'PENALTY' end
         || '","measures":' || case when x.status = 'REFERRED' or n % 5 = 0 then '[]' else '["WARNING","FINE"]' end
         || ',"fine":' || case when x.status = 'REFERRED' or n % 5 = 0 then 'null' else '"5000.00"' end
         || ',"confiscatedGains":null,"documentNumber":"渝市监处〔' || extract(year from x.filed_at)::int || '〕' || n
         || '号","reasons":"基准数据","noReferralReason":null,"decidedAt":"'
         || to_char((x.filed_at + interval '45 days') at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
         || '","decidedBy":"$BENCH_MARK"}' end
  from generate_series(0, $ROWS - 1) as n
  join bench.company co on co.c = n % $COMPANIES
  cross join lateral (
    select case when n / $COMPANIES = 4 then co.next_district else co.district end as district,
           n / $COMPANIES = 3 and co.c % 2 = 0 as person,
           (array['TRADEMARK','TRADEMARK','TRADEMARK','PATENT','COPYRIGHT','GEOGRAPHICAL_INDICATION'])[1 + n % 6] as kind,
           (array['注册商标专用权','注册商标专用权','注册商标专用权','专利权','著作权','地理标志'])[1 + n % 6] as kind_zh,
           (array['SELLING_GOODS_WITH_COUNTERFEIT_MARK','COUNTERFEITING_REGISTERED_MARK','OTHER_TRADEMARK_INFRINGEMENT',
                  'PATENT_INFRINGEMENT','SELLING_INFRINGING_COPIES','GEOGRAPHICAL_INDICATION_MISUSE'])[1 + n % 6] as act,
           (array['假冒某品牌白酒 500ml','假冒某品牌运动鞋','假冒某品牌商标标识','仿制专利电动工具','盗版图书',
                  '假冒梁平柚地理标志产品'])[1 + n % 6] as goods,
           (array['FILED','INVESTIGATING','INVESTIGATING','LEGAL_REVIEW','AWAITING_DECISION','DECIDED','CLOSED',
                  'CLOSED','REFERRED'])[1 + (n / 3) % 9] as status,
           now() - (n::bigint * 7919 % (3 * 365 * 86400)) * interval '1 second' as filed_at
  ) as x;
vacuum analyze ip_case;
SQL
  log "generated in $(( $(date +%s) - start )) s"
fi
psql_bench "$CASE_DB" -tAc "select count(*) filter (where filed_by = '$BENCH_MARK') as bench_cases, count(*) as all_cases,
  count(*) filter (where district = '$OWNER') as owner_cases, pg_size_pretty(pg_total_relation_size('ip_case')) as size
  from ip_case" | tee "$OUT/suite-data.txt"

# ------------------------------------------------------------------ the agreement CALLER <-> OWNER, through the API
agreement_in_force() {  # prints "id|ip_kinds JSON" of the agreement the service will use (the oldest in force)
  psql_bench "$CASE_DB" -tAc "select id, ip_kinds from sharing_agreement
    where ((proposer_district = '$CALLER' and partner_district = '$OWNER') or (proposer_district = '$OWNER' and partner_district = '$CALLER'))
      and status = 'ACTIVE' and shared_events like '%\"CASE_QUERY\"%'
      and (now() at time zone 'Asia/Shanghai')::date between valid_from and valid_until
    order by proposed_at limit 1"
}
api() {  # api METHOD PATH TOKEN [BODY]: prints the body; dies unless 2xx
  local out code
  out="$(mktemp)"
  code="$(curl -sS -o "$out" -w '%{http_code}' -X "$1" "$CASE_URL$2" -H "Authorization: Bearer $3" \
    ${4:+-H 'Content-Type: application/json' --data-binary "$4"})" || code=000
  [[ "$code" == 2?? ]] || { cat "$out" >&2; echo >&2; rm -f "$out"; die "$1 $2 answered $code"; }
  cat "$out"; rm -f "$out"
}
AGREEMENT="$(agreement_in_force)"
if [[ -z "$AGREEMENT" ]]; then
  log "no sharing agreement in force between $CALLER and $OWNER: proposing one ($CALLER), approving it (both liaisons)"
  L_CALLER="$(token district-liaison "$CALLER-gov" "$CALLER" "bench-liaison-$CALLER" 600)"
  L_OWNER="$(token district-liaison "$OWNER-gov" "$OWNER" "bench-liaison-$OWNER" 600)"
  body="$(printf '{"partnerDistrict":"%s","ipKinds":["TRADEMARK","COPYRIGHT","GEOGRAPHICAL_INDICATION"],%s}' "$OWNER" \
    '"sharedFields":["CASE_NUMBER","STATUS","INFRINGER","GOODS","DECISION"],"sharedEvents":["CASE_QUERY","CLUE_TRANSFER","ASSISTANCE"],"responseAmount":10,"responseUnit":"WORKING_DAYS","validFrom":"2026-01-01","validUntil":"2099-12-31"')"
  id="$(api POST /sharing-agreements "$L_CALLER" "$body" | grep -o '"id" *: *"[0-9a-f-]*"' | head -n 1 | grep -o '[0-9a-f-]\{36\}')"
  api POST "/sharing-agreements/$id/approval" "$L_CALLER" >/dev/null
  api POST "/sharing-agreements/$id/approval" "$L_OWNER" | grep -q '"inForce" *: *true' || die "agreement $id not in force after both approvals"
  AGREEMENT="$(agreement_in_force)"
  [[ -n "$AGREEMENT" ]] || die "agreement $id not found in force"
fi
AGREEMENT_ID="${AGREEMENT%%|*}"
KINDS_SQL="$(sed 's/^\[//; s/\]$//; s/"/'"'"'/g' <<<"${AGREEMENT#*|}")"
log "agreement $AGREEMENT_ID ($CALLER <-> $OWNER), IP kinds $KINDS_SQL"
echo "$AGREEMENT" >"$OUT/agreement.txt"

# The companies asked about: home in OWNER (4 cases there) or in the district before it (1 case there): non-zero
# results but for IP kinds outside the agreement; home in the district after it: no case in OWNER, zero results.
psql_bench "$CASE_DB" -c "drop table if exists bench.query_code" -c "create table bench.query_code as
  select row_number() over (order by c) as i, credit_code from bench.company
   where district = '$OWNER' or next_district = '$OWNER'
      or c % 38 = (select (c + 1) % 38 from bench.company where district = '$OWNER' limit 1)" \
  -c "alter table bench.query_code add primary key (i)" -c "analyze bench.query_code"
psql_bench "$CASE_DB" -tAc "select credit_code from bench.query_code order by i" >"$OUT/codes.txt"
NCODES="$(wc -l <"$OUT/codes.txt")"
SAMPLE_CC="$(psql_bench "$CASE_DB" -tAc "select credit_code from bench.company where district = '$OWNER' limit 1")"

# The service's query (SharedCaseQuery.query) and its plan on the real table.
CASE_QUERY="select cast(id as text), department_id, ip_kind, infringer_kind, infringer_name, infringer_credit_code, case_number, status, infringing_act, goods, filed_at, decision from ip_case where district = '$OWNER' and ip_kind in ($KINDS_SQL)"
psql_bench "$CASE_DB" -c "explain (analyze, buffers) $CASE_QUERY and infringer_credit_code = '$SAMPLE_CC' order by filed_at desc limit 101" \
  | tee "$OUT/explain-ip_case.txt"

# ------------------------------------------------------------------ 2. floor: the service's SQL, one transaction
cat >"$OUT/service-shape.sql" <<SQL
\set i random(1, :ncodes)
SELECT credit_code AS cc FROM bench.query_code WHERE i = :i \gset
BEGIN;
SELECT id, proposer_district, partner_district, ip_kinds, shared_fields, shared_events, response_amount, response_unit, valid_from, valid_until, status, proposed_by, proposed_at, proposer_approved_by, proposer_approved_at, partner_approved_by, partner_approved_at, suspended_by_district, suspended_by, suspended_at, suspension_reason, version FROM sharing_agreement WHERE (proposer_district = '$CALLER' AND partner_district = '$OWNER') OR (proposer_district = '$OWNER' AND partner_district = '$CALLER') ORDER BY proposed_at;
$CASE_QUERY AND infringer_credit_code = :cc ORDER BY filed_at DESC LIMIT 101;
INSERT INTO shared_query_log (id, owning_district, caller_district, caller, caller_role, caller_department, agreement_id, queried_at, purpose, criteria, result_count) VALUES (gen_random_uuid(), '$OWNER', '$CALLER', 'bench-floor', 'regulator', '$CALLER-amr', '$AGREEMENT_ID', now(), '基准测试 / benchmark floor', '{"creditCode":"' || :cc || '"}', 0);
COMMIT;
SQL
log "floor (service's SQL on ip_case): pgbench, $CLIENTS clients, $RATE queries/s offered, ${SECONDS_RUN}s, $NCODES companies"
read -r FN F50 F99 FMAX < <(pgbench_run pgbench-service-shape "$CASE_DB" service-shape.sql -D ncodes="$NCODES")

# ------------------------------------------------------------------ 3. suite: POST /shared-cases/queries
sleep 2
LOG_BEFORE="$(psql_bench "$CASE_DB" -tAc "select count(*) from shared_query_log where caller = 'bench-shared-query'")"
log "suite: POST /shared-cases/queries at $RATE/s for ${SECONDS_RUN}s (+5 s warm-up), caller $CALLER-amr, owner $OWNER"
java "$BENCH/SharedQueryLoad.java" --url "$CASE_URL" --district "$OWNER" --codes "$OUT/codes.txt" \
  --token "$(token regulator "$CALLER-amr" "$CALLER" bench-shared-query 7200)" \
  --rate "$RATE" --seconds "$SECONDS_RUN" --warmup-seconds 5 \
  --raw "$OUT/suite-latency-ms.txt" --counts "$OUT/suite-counts.txt" | tee "$OUT/suite.txt"
LOG_AFTER="$(psql_bench "$CASE_DB" -tAc "select count(*) from shared_query_log where caller = 'bench-shared-query'")"

val() { sed -n "s/^RESULT.* $2=\([^ ]*\).*/\1/p" "$1" | head -n 1; }
S50="$(val "$OUT/suite.txt" p50_ms)"; S99="$(val "$OUT/suite.txt" p99_ms)"; SMAX="$(val "$OUT/suite.txt" max_ms)"
SV50="$(val "$OUT/suite.txt" service_p50_ms)"; SV99="$(val "$OUT/suite.txt" service_p99_ms)"
OK_TOTAL="$(val "$OUT/suite.txt" ok_total)"; MEASURED="$(val "$OUT/suite.txt" measured)"
FAILED="$(val "$OUT/suite.txt" failed)"; WRONG="$(val "$OUT/suite.txt" wrong)"; DROPPED="$(val "$OUT/suite.txt" dropped)"
NONZERO="$(val "$OUT/suite.txt" nonzero)"; ZERO="$(val "$OUT/suite.txt" zero)"; RETURNED="$(val "$OUT/suite.txt" cases_returned)"
ACH="$(val "$OUT/suite.txt" achieved_rate)"

# Correctness: the counts answered for up to 200 companies against SQL on the same rows; one log row per answer.
mismatch=0; checked=0
while read -r cc n; do
  want="$(psql_bench "$CASE_DB" -tAc "select least(count(*), 100) from ip_case where district = '$OWNER' and ip_kind in ($KINDS_SQL) and infringer_credit_code = '$cc'")"
  checked=$((checked + 1))
  [[ "$want" == "$n" ]] || { mismatch=$((mismatch + 1)); echo "count mismatch for $cc: service $n, SQL $want" >&2; }
done <"$OUT/suite-counts.txt"
LOGGED=$((LOG_AFTER - LOG_BEFORE))
psql_bench "$CASE_DB" -c "delete from shared_query_log where caller in ('bench-floor', 'bench-shared-query')" >/dev/null

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "NaN"; else printf "%.1f", a / b }'; }
MET="$(awk -v p="$S99" -v a="$ACH" -v r="$RATE" 'BEGIN { print ((p + 0 <= 20 && a + 0 >= 0.98 * r) ? "met" : "NOT met") }')"
CORRECT="$([[ "$FAILED" == 0 && "$WRONG" == 0 && "$mismatch" == 0 && "$LOGGED" == "$OK_TOTAL" && "$NONZERO" -gt 0 ]] && echo yes || echo NO)"
{
  echo "== shared query over $ROWS cases ($RATE/s offered, ${SECONDS_RUN}s, open loop; $CALLER asks about $OWNER's cases) =="
  printf '%-56s p50 %8s ms  p99 %8s ms  max %s ms\n' "floor: PostgreSQL, intended query (bench_shared_case)" "$P50" "$P99" "$MAX"
  printf '%-56s p50 %8s ms  p99 %8s ms  max %s ms\n' "floor: PostgreSQL, service's SQL + log insert + commit" "$F50" "$F99" "$FMAX"
  printf '%-56s p50 %8s ms  p99 %8s ms  max %s ms  (achieved %s/s)\n' "suite: POST /shared-cases/queries" "$S50" "$S99" "$SMAX" "$ACH"
  printf '%-56s p50 %8s x   p99 %8s x\n' "ratio suite / floor (service's SQL)" "$(ratio "$S50" "$F50")" "$(ratio "$S99" "$F99")"
  echo "answers: $MEASURED measured, $NONZERO with cases and $ZERO without ($RETURNED cases), $FAILED failed, $WRONG wrong, $DROPPED dropped;" \
       "counts checked against SQL for $checked companies ($mismatch differ); access-log rows $LOGGED for $OK_TOTAL answers; correct: $CORRECT"
  echo "target p99 <= 20 ms: $MET"
} | tee "$OUT/summary.txt"
