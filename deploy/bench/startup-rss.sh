#!/usr/bin/env bash
# Suite start-up time and each service's resident set size (RSS), idle and under the filing load.
#   1. deploy/local/down.sh, then deploy/local/up.sh (no build: the jars must exist) timed two ways:
#      up.sh's own "Suite up in" (PostgreSQL check, Kafka start, keys, services, demo data, tokens) and
#      launch -> all four /q/health/ready = 200 (polled every 0.1 s from the moment up.sh starts);
#      each service's own "started in" line from its log.
#   2. RSS (ps -o rss) of the four services and the broker, 15 s after start (idle), and the maximum
#      sampled every second during a closed-loop POST /cases load (wrk, same as filing-throughput.sh).
#   Floor, in the same run, between down.sh and up.sh (so nothing of the suite runs): deploy/bench/floor-app, the
#   smallest Quarkus app of the suite's stack (quarkus-rest + quarkus-smallrye-health, one GET endpoint; its own
#   pom, not in the root reactor, built here with mvn -B -o -q package when its jar is older than its sources):
#   3. start-up floor: four instances started at once with up.sh's JVM flags (service_java_opts in deploy/local/lib.sh), launch -> all
#      four /q/health/ready = 200, against the suite's services phase (first service launched -> all four ready,
#      so Kafka's start and the demo data are not counted) and against up.sh's total;
#   4. RSS floor: that app's RSS 15 s after start (idle) and the peak under the same wrk load (same connections and
#      duration, GET /hello on one instance, the other three stopped first).
#   Ports of the floor instances: BENCH_FLOOR_PORT (8091) .. +3.
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
command -v wrk >/dev/null || { log "wrk missing: installing it"; DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >&2; }

FLOOR_DIR="$BENCH/floor-app"
FLOOR_JAR="$FLOOR_DIR/target/quarkus-app/quarkus-run.jar"
FLOOR_PORT="${BENCH_FLOOR_PORT:-8091}"
if [[ ! -f "$FLOOR_JAR" ]] || [[ -n "$(find "$FLOOR_DIR/pom.xml" "$FLOOR_DIR/src" -newer "$FLOOR_JAR" -type f | head -n 1)" ]]; then
  log "building the floor app (mvn -B -o -q package -f deploy/bench/floor-app/pom.xml)"
  mvn -B -o -q package -f "$FLOOR_DIR/pom.xml" >"$OUT/floor-build.log" 2>&1 \
    || { tail -n 30 "$OUT/floor-build.log" >&2; die "floor app build failed (offline: build the suite once online first)"; }
fi

rss_mb() { ps -o rss= -p "$1" 2>/dev/null | awk '{ printf "%.0f", $1 / 1024 }'; }

log "stopping the suite (deploy/local/down.sh)"
"$LOCAL/down.sh" >"$OUT/down.log" 2>&1
sleep 2

# ---------------------------------------------------------------- floor: 4 x floor app, started at once
FLOOR_PIDS=()
stop_floor() { local p; for p in "${FLOOR_PIDS[@]}"; do [[ -z "$p" ]] || stop_pid "$p" floor-app 15; done; FLOOR_PIDS=(); }
trap stop_floor EXIT
for i in 0 1 2 3; do
  port_open $((FLOOR_PORT + i)) && die "port $((FLOOR_PORT + i)) (floor app) is in use: set BENCH_FLOOR_PORT"
done
mapfile -t FLOOR_JAVA_OPTS < <(service_java_opts floor-app)
log "floor: 4 floor apps (java ${FLOOR_JAVA_OPTS[*]} -jar) at once on :$FLOOR_PORT..$((FLOOR_PORT + 3))"
F0="$(date +%s%N)"
for i in 0 1 2 3; do
  FLOOR_HTTP_PORT=$((FLOOR_PORT + i)) MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}" setsid nohup java "${FLOOR_JAVA_OPTS[@]}" -jar "$FLOOR_JAR" >"$OUT/floor-$i.log" 2>&1 </dev/null &
  FLOOR_PIDS+=("$!")
done
declare -A FLOOR_READY_MS=()
while (( ${#FLOOR_READY_MS[@]} < 4 )); do
  for i in 0 1 2 3; do
    [[ -n "${FLOOR_READY_MS[$i]:-}" ]] && continue
    [[ "$(ready_code $((FLOOR_PORT + i)))" == 200 ]] && FLOOR_READY_MS[$i]=$(( ($(date +%s%N) - F0) / 1000000 ))
    kill -0 "${FLOOR_PIDS[$i]}" 2>/dev/null || { tail -n 20 "$OUT/floor-$i.log" >&2; die "floor app $i exited"; }
  done
  (( ($(date +%s%N) - F0) / 1000000000 < 120 )) || die "floor apps not ready within 120 s"
  sleep 0.1
done
FLOOR_ALL_MS=0
for i in 0 1 2 3; do (( FLOOR_READY_MS[$i] > FLOOR_ALL_MS )) && FLOOR_ALL_MS=${FLOOR_READY_MS[$i]}; done
log "floor: all four ready in ${FLOOR_ALL_MS} ms; idle 15 s, then RSS"
sleep 15
FLOOR_IDLE=0
for p in "${FLOOR_PIDS[@]}"; do r="$(rss_mb "$p")"; (( ${r:-0} > FLOOR_IDLE )) && FLOOR_IDLE=$r; done
for i in 1 2 3; do stop_pid "${FLOOR_PIDS[$i]}" floor-app 15; done
FLOOR_PIDS=("${FLOOR_PIDS[0]}")
log "floor under load: wrk GET /hello, $CLIENTS connections, ${SECONDS_RUN}s; RSS sampled every second"
wrk -t "$(( CLIENTS < 2 ? 1 : 2 ))" -c "$CLIENTS" -d "${SECONDS_RUN}s" --latency "http://localhost:$FLOOR_PORT/hello" \
  >"$OUT/floor-wrk.txt" 2>&1 &
WRK_PID=$!
FLOOR_PEAK=0
while kill -0 "$WRK_PID" 2>/dev/null; do
  r="$(rss_mb "${FLOOR_PIDS[0]}")"; r="${r:-0}"
  (( r > FLOOR_PEAK )) && FLOOR_PEAK=$r
  echo "$(date -u +%T) floor-app=$r" >>"$OUT/floor-rss-samples.txt"
  sleep 1
done
wait "$WRK_PID" || true
FLOOR_RPS="$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$OUT/floor-wrk.txt")"
stop_floor
trap - EXIT
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
# services phase: the first service launched (its pid file, written by up.sh at launch) -> all four ready
FIRST_LAUNCH_MS=""
for svc in "${SERVICES[@]}"; do
  m="$(stat -c %.3Y "$RUN/pids/$svc.pid" 2>/dev/null | awk -v t0="$T0" '{ printf "%d", $1 * 1000 - t0 / 1000000 }')"
  [[ -n "$m" ]] && { [[ -z "$FIRST_LAUNCH_MS" ]] || (( m < FIRST_LAUNCH_MS )); } && FIRST_LAUNCH_MS=$m
done
SERVICES_PHASE_MS=$(( ALL_READY_MS - ${FIRST_LAUNCH_MS:-0} ))
wait "$UP_PID" || { tail -n 30 "$OUT/up.log" >&2; die "up.sh failed"; }
UP_TOTAL="$(sed -n 's/^Suite up in \([0-9.]*\) s/\1/p' "$OUT/up.log")"
grep -E 'broker ready|starting on' "$OUT/up.log" >&2 || true

pid_of() { read_pid "$RUN/pids/$1.pid"; }
KAFKA_PID="$(read_pid "$RUN/kafka/kafka.pid")"
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
  printf '%-44s %s.%03d s\n' "services phase: first launched -> all ready" $((SERVICES_PHASE_MS / 1000)) $((SERVICES_PHASE_MS % 1000))
  printf '%-44s %s.%03d s (Quarkus: %s)\n' "floor: 4 floor apps at once -> all ready" $((FLOOR_ALL_MS / 1000)) $((FLOOR_ALL_MS % 1000)) \
    "$(for i in 0 1 2 3; do grep -o 'started in [0-9.]*s' "$OUT/floor-$i.log" | tail -n 1 | sed 's/started in //'; done | paste -sd/)"
  printf '%-44s %s x (services phase) / %s x (up.sh total)\n' "ratio suite / floor" \
    "$(awk -v a="$SERVICES_PHASE_MS" -v b="$FLOOR_ALL_MS" 'BEGIN { printf "%.1f", a / b }')" \
    "$(awk -v a="$UP_TOTAL" -v b="$FLOOR_ALL_MS" 'BEGIN { printf "%.1f", a * 1000 / b }')"
  echo "target <= 20 s: $(awk -v t="$UP_TOTAL" 'BEGIN { print (t + 0 <= 20 ? "met" : "NOT met") }') (up.sh total)"
  echo
  echo "== RSS (MB): idle 15 s after start / peak under POST /cases load ($CLIENTS conns, ${SECONDS_RUN}s, ${RATE}/s);"
  echo "   floor: the floor app, idle / peak under GET /hello with the same wrk settings =="
  printf '  %-24s idle %5s  peak %5s  (GET /hello, %s req/s; the floor)\n' "floor-app" "$FLOOR_IDLE" "$FLOOR_PEAK" "$FLOOR_RPS"
  for svc in "${SERVICES[@]}" kafka; do
    verdict=""
    [[ "$svc" == kafka ]] || verdict="$(awk -v r="${PEAK[$svc]}" 'BEGIN { print (r <= 300 ? "met" : "NOT met") }')"
    ratios=""
    [[ "$svc" == kafka ]] || ratios="$(awk -v i="${IDLE[$svc]}" -v p="${PEAK[$svc]}" -v fi="$FLOOR_IDLE" -v fp="$FLOOR_PEAK" \
      'BEGIN { printf "ratio to floor %4.1f x / %4.1f x", i / fi, p / fp }')"
    printf '  %-24s idle %5s  peak %5s  %-32s %s\n' "$svc" "${IDLE[$svc]}" "${PEAK[$svc]}" "$ratios" \
      "${verdict:+target <= 300 MB: $verdict}"
  done
} | tee "$OUT/summary.txt"
