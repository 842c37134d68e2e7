#!/usr/bin/env bash
# Suite start-up time and each service's resident set size (RSS), idle and under the filing load.
#   1. deploy/local/down.sh, then deploy/local/up.sh (no build: the jars must exist) timed two ways:
#      up.sh's own "Suite up in" (PostgreSQL check, Kafka start, keys, services, demo data, tokens) and
#      launch -> all four /q/health/ready = 200 (polled every 0.1 s from the moment up.sh starts);
#      each service's own "started in" line from its log.
#   2. RSS (ps -o rss) of the four services and the broker, 15 s after start (idle), and the maximum
#      sampled every second during a closed-loop POST /cases load (wrk, same as filing-throughput.sh).
# Targets (ARCHITECTURE.md §6): whole suite up <= 20 s once built; each service <= 300 MB RSS under load.
# Leaves the suite running. Raw outputs: $BENCH_OUT or results/<date>/.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

CLIENTS="${BENCH_CLIENTS:-8}"
SECONDS_RUN="${BENCH_SECONDS:-30}"
while [[ $# -gt 0 ]]; do
  case "$1" in
    -c|--clients) CLIENTS="$2"; shift 2 ;;
    -T|--seconds) SECONDS_RUN="$2"; shift 2 ;;
    *) echo "usage: $(basename "$0") [-c CLIENTS (8)] [-T LOAD_SECONDS (30)]" >&2; exit 2 ;;
  esac
done

bench_out
OUT="$BENCH_OUT/startup-rss"
mkdir -p "$OUT"
for svc in "${SERVICES[@]}"; do
  [[ -f "$(service_jar "$svc")" ]] || die "$(service_jar "$svc") missing: build first (deploy/local/up.sh --build)"
done

log "stopping the suite (deploy/local/down.sh)"
"$LOCAL/down.sh" >"$OUT/down.log" 2>&1
sleep 2

log "starting the suite (deploy/local/up.sh), polling readiness"
T0="$(date +%s%N)"
"$LOCAL/up.sh" >"$OUT/up.log" 2>&1 &
UP_PID=$!
declare -A READY_MS=()
while (( ${#READY_MS[@]} < ${#SERVICES[@]} )); do
  for svc in "${SERVICES[@]}"; do
    [[ -n "${READY_MS[$svc]:-}" ]] && continue
    [[ "$(ready_code "${SERVICE_PORT[$svc]}")" == 200 ]] && READY_MS[$svc]=$(( ($(date +%s%N) - T0) / 1000000 ))
  done
  kill -0 "$UP_PID" 2>/dev/null || (( ${#READY_MS[@]} == ${#SERVICES[@]} )) || {
    wait "$UP_PID" || { tail -n 30 "$OUT/up.log" >&2; die "up.sh failed"; }
  }
  (( ($(date +%s%N) - T0) / 1000000000 < 240 )) || die "suite not ready within 240 s"
  sleep 0.1
done
ALL_READY_MS=0
for svc in "${SERVICES[@]}"; do (( READY_MS[$svc] > ALL_READY_MS )) && ALL_READY_MS=${READY_MS[$svc]}; done
wait "$UP_PID" || { tail -n 30 "$OUT/up.log" >&2; die "up.sh failed"; }
UP_TOTAL="$(sed -n 's/^Suite up in \([0-9.]*\) s/\1/p' "$OUT/up.log")"
grep -E 'broker ready|starting on' "$OUT/up.log" >&2 || true

pid_of() { read_pid "$RUN/pids/$1.pid"; }
KAFKA_PID="$(read_pid "$RUN/kafka/kafka.pid")"
rss_mb() { ps -o rss= -p "$1" 2>/dev/null | awk '{ printf "%.0f", $1 / 1024 }'; }

log "idle: waiting 15 s, then RSS"
sleep 15
declare -A IDLE=() PEAK=()
for svc in "${SERVICES[@]}"; do IDLE[$svc]="$(rss_mb "$(pid_of "$svc")")"; PEAK[$svc]=0; done
IDLE[kafka]="$(rss_mb "$KAFKA_PID")"; PEAK[kafka]=0

log "under load: wrk POST /cases, $CLIENTS connections, ${SECONDS_RUN}s; RSS sampled every second"
wrk_filing "$CLIENTS" "$SECONDS_RUN" "$OUT/wrk.txt" >/dev/null 2>"$OUT/wrk.err" &
WRK_PID=$!
: >"$OUT/rss-samples.txt"
while kill -0 "$WRK_PID" 2>/dev/null; do
  line="$(date -u +%T)"
  for svc in "${SERVICES[@]}" kafka; do
    if [[ "$svc" == kafka ]]; then p="$KAFKA_PID"; else p="$(pid_of "$svc")"; fi
    r="$(rss_mb "$p")"; r="${r:-0}"
    (( r > PEAK[$svc] )) && PEAK[$svc]=$r
    line+=" $svc=$r"
  done
  echo "$line" >>"$OUT/rss-samples.txt"
  sleep 1
done
wait "$WRK_PID" || true
RATE="$(sed -n 's/^BENCH created=[0-9]* other=[0-9]* rate_201=\([0-9.]*\).*/\1/p' "$OUT/wrk.txt")"

{
  echo "== suite start-up (down.sh, then up.sh; no build) =="
  printf '%-44s %s s\n' "up.sh total (\"Suite up in\")" "$UP_TOTAL"
  printf '%-44s %s.%03d s\n' "launch -> all four /q/health/ready = 200" $((ALL_READY_MS / 1000)) $((ALL_READY_MS % 1000))
  for svc in "${SERVICES[@]}"; do
    own="$(grep -o 'started in [0-9.]*s' "$RUN/logs/$svc.log" | tail -n 1 || true)"
    printf '  %-42s ready at %s.%03d s (Quarkus: %s)\n' "$svc" $((READY_MS[$svc] / 1000)) \
      $((READY_MS[$svc] % 1000)) "${own:-?}"
  done
  echo "target <= 20 s: $(awk -v t="$UP_TOTAL" 'BEGIN { print (t + 0 <= 20 ? "met" : "NOT met") }') (up.sh total)"
  echo
  echo "== RSS (MB): idle 15 s after start / peak under POST /cases load ($CLIENTS conns, ${SECONDS_RUN}s, ${RATE}/s) =="
  for svc in "${SERVICES[@]}" kafka; do
    verdict=""
    [[ "$svc" == kafka ]] || verdict="$(awk -v r="${PEAK[$svc]}" 'BEGIN { print (r <= 300 ? "met" : "NOT met") }')"
    printf '  %-24s idle %5s  peak %5s  %s\n' "$svc" "${IDLE[$svc]}" "${PEAK[$svc]}" "${verdict:+target <= 300 MB: $verdict}"
  done
} | tee "$OUT/summary.txt"
