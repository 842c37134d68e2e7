#!/usr/bin/env bash
# Runs every benchmark of issue 8 item 4 in one go on this machine and writes the raw outputs to
# deploy/bench/results/<UTC date-time>/ (git-ignored; the summary table lives in docs/performance.md).
#   startup-rss.sh        (restarts the suite: down.sh, the floor app x4 (start-up and RSS floor), up.sh; RSS idle
#                         and under filing load)
#   filing-throughput.sh  (pgbench INSERT+COMMIT vs POST /cases)
#   propagation-latency.sh at BENCH_RATE (200/s); if the suite cannot sustain it, once more at
#                         BENCH_FALLBACK_RATE (50/s)
#   shared-query.sh       (1 M cases in ip_case, made once; pgbench floors (intended query, the service's SQL) and
#                         POST /shared-cases/queries at the same rate; checks the answers and the access log)
# Then deploy/local/down.sh, unless --keep-up. The jars must be built (deploy/local/up.sh --build).
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

KEEP_UP=false
case "${1:-}" in
  "") ;;
  --keep-up) KEEP_UP=true ;;
  *) echo "usage: $(basename "$0") [--keep-up]" >&2; exit 2 ;;
esac
RATE="${BENCH_RATE:-200}"
FALLBACK_RATE="${BENCH_FALLBACK_RATE:-50}"

bench_out
log "raw outputs: $BENCH_OUT"
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
  if git -C "$ROOT" rev-parse --git-dir >/dev/null 2>&1; then
    echo "git: $(git -C "$ROOT" rev-parse --short HEAD) ($(git -C "$ROOT" status --porcelain | wc -l) uncommitted paths)"
  else
    echo "git: not a git checkout ($ROOT)"
  fi
  for svc in "${SERVICES[@]}"; do
    echo "jar: $svc built $(date -u -r "$ROOT/$svc/target/quarkus-app/quarkus-run.jar" '+%Y-%m-%d %H:%M UTC')"
  done
  floor_jar="$BENCH/floor-app/target/quarkus-app/quarkus-run.jar"
  if [[ -f "$floor_jar" ]]; then echo "jar: floor-app built $(date -u -r "$floor_jar" '+%Y-%m-%d %H:%M UTC')"
  else echo "jar: floor-app not built yet (startup-rss.sh builds it)"; fi
  echo "nproc: $(nproc)"
  echo "cpu: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
  echo "memory: $(free -m | awk '/^Mem:/ { print $2 " MB" }')"
  echo "os: $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
  echo "java: $(java -version 2>&1 | head -n 1)"
  echo "postgresql: $(psql -X -h "$PGHOST_BENCH" -p "$PGPORT_BENCH" -U "$PGUSER_BENCH" -d postgres -tAc 'show server_version')"
  echo "pgbench: $(pgbench --version)"
  echo "wrk: $(wrk -v 2>&1 | head -n 1)"
  echo "loadavg at start: $(cat /proc/loadavg)"
} | tee "$BENCH_OUT/machine.txt"

"$BENCH/startup-rss.sh" 2>&1 | tee "$BENCH_OUT/startup-rss.log"
"$BENCH/filing-throughput.sh" 2>&1 | tee "$BENCH_OUT/filing-throughput.log"
"$BENCH/propagation-latency.sh" --rate "$RATE" 2>&1 | tee "$BENCH_OUT/propagation-latency-$RATE.log"
achieved="$(sed -n 's/^RESULT achieved_rate=\([0-9.]*\).*/\1/p' "$BENCH_OUT/propagation-latency-$RATE/suite.txt")"
if [[ "$RATE" != "$FALLBACK_RATE" ]] && awk -v a="$achieved" -v r="$RATE" 'BEGIN { exit !(a + 0 < 0.98 * r) }'; then
  log "the suite did not sustain $RATE filings/s (achieved $achieved/s): again at $FALLBACK_RATE/s"
  "$BENCH/propagation-latency.sh" --rate "$FALLBACK_RATE" 2>&1 | tee "$BENCH_OUT/propagation-latency-$FALLBACK_RATE.log"
fi
"$BENCH/shared-query.sh" 2>&1 | tee "$BENCH_OUT/shared-query.log"
echo "loadavg at end: $(cat /proc/loadavg)" | tee -a "$BENCH_OUT/machine.txt"

echo
echo "================ summary ($BENCH_OUT) ================"
cat "$BENCH_OUT"/startup-rss/summary.txt "$BENCH_OUT"/filing-throughput/summary.txt \
    "$BENCH_OUT"/propagation-latency-*/summary.txt "$BENCH_OUT"/shared-query/summary.txt \
  | tee "$BENCH_OUT/summary.txt"
$KEEP_UP || "$LOCAL/down.sh"
