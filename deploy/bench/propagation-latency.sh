#!/usr/bin/env bash
# Status propagation latency (case filed -> item in another department's inbox), p50/p99, at a fixed
# offered rate, versus its physical floor: Kafka's own producer -> consumer latency on the same broker
# at the same rate (PropagationLatency.java, run with the kafka-clients classpath of deploy/local/kafka.sh).
# Target (ARCHITECTURE.md §6): p99 <= 100 ms at 200 filings/s.
# Suite figure = inbox item createdAt (notification-service) - POST /cases send instant (see the .java).
# Needs the suite running (deploy/local/up.sh). Raw outputs: $BENCH_OUT or results/<date>/.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

RATE="${BENCH_RATE:-200}"
SECONDS_RUN="${BENCH_SECONDS:-30}"
DEPT="${BENCH_INBOX_DEPT:-500155-psb}"
while [[ $# -gt 0 ]]; do
  case "$1" in
    -r|--rate) RATE="$2"; shift 2 ;;
    -T|--seconds) SECONDS_RUN="$2"; shift 2 ;;
    *) echo "usage: $(basename "$0") [-r FILINGS_PER_S (200)] [-T SECONDS (30)]" >&2; exit 2 ;;
  esac
done

bench_out
require_suite
OUT="$BENCH_OUT/propagation-latency-${RATE}"
mkdir -p "$OUT"
"$LOCAL/kafka.sh" start >&2   # no-op when the suite's broker runs; also (re)builds kafka.classpath
CP="$(cat "$RUN/kafka.classpath")"
JAVA_PROG="$BENCH/PropagationLatency.java"

log "floor: Kafka producer -> consumer on localhost:9092, $RATE records/s, ${SECONDS_RUN}s"
java -cp "$CP" "$JAVA_PROG" kafka --bootstrap localhost:9092 --rate "$RATE" --seconds "$SECONDS_RUN" \
  --raw "$OUT/kafka-latency-ms.txt" 2> >(grep -v '^SLF4J' >&2) | tee "$OUT/kafka.txt"

sleep 3
log "suite: POST /cases at $RATE/s for ${SECONDS_RUN}s, then read inbox $DEPT"
cp "$FILE_CASE_JSON" "$OUT/file-case.json"
java -cp "$CP" "$JAVA_PROG" suite --rate "$RATE" --seconds "$SECONDS_RUN" \
  --case-url "$CASE_URL" --notify-url "$NOTIFY_URL" --dept "$DEPT" --body "$FILE_CASE_JSON" \
  --filer-token "$(token regulator 500155-amr 500155 bench-regulator-500155 7200)" \
  --reader-token "$(token police "$DEPT" "${DEPT%%-*}" bench-reader 7200)" \
  --raw "$OUT/suite-latency-ms.txt" 2> >(grep -v '^SLF4J' >&2) | tee "$OUT/suite.txt"

val() { sed -n "s/.*[ =]$2=\([^ ]*\).*/\1/p;s/^RESULT $2=\([^ ]*\).*/\1/p" "$1" | head -n 1; }
K50="$(val "$OUT/kafka.txt" p50_ms)"; K99="$(val "$OUT/kafka.txt" p99_ms)"
S50="$(val "$OUT/suite.txt" p50_ms)"; S99="$(val "$OUT/suite.txt" p99_ms)"
ACH="$(val "$OUT/suite.txt" achieved_rate)"; MISS="$(val "$OUT/suite.txt" missing_in_inbox)"
P50="$(val "$OUT/suite.txt" post_p50_ms)"; P99="$(val "$OUT/suite.txt" post_p99_ms)"
MET="$(awk -v p="$S99" -v r="$RATE" -v a="$ACH" 'BEGIN {
  print ((p + 0 <= 100 && r + 0 >= 200 && a + 0 >= 0.98 * r) ? "met" : "NOT met") }')"
{
  echo "== propagation latency (offered $RATE/s, ${SECONDS_RUN}s, inbox $DEPT) =="
  printf '%-46s p50 %8s ms  p99 %8s ms\n' "floor: Kafka producer->consumer" "$K50" "$K99"
  printf '%-46s p50 %8s ms  p99 %8s ms  (achieved %s/s, missing %s, POST p50 %s p99 %s ms)\n' \
    "suite: POST sent -> inbox item createdAt" "$S50" "$S99" "$ACH" "$MISS" "$P50" "$P99"
  printf '%-46s p50 %8s x   p99 %8s x\n' "ratio suite/floor" \
    "$(awk -v a="$S50" -v b="$K50" 'BEGIN { printf "%.1f", a / b }')" \
    "$(awk -v a="$S99" -v b="$K99" 'BEGIN { printf "%.1f", a / b }')"
  echo "target p99 <= 100 ms at 200 filings/s: $MET"
} | tee "$OUT/summary.txt"
