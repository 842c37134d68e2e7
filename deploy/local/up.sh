#!/usr/bin/env bash
# Brings the whole suite up locally: PostgreSQL, Kafka (9092), keys, the four services, demo data.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat >&2 <<EOF
usage: $(basename "$0") [--build]
  Starts what is not running yet (idempotent) and prints URLs and demo tokens.
  --build  rebuild the services (mvn -B -q -DskipTests package) even if their jars exist;
           running services are stopped first and restarted on the new jars.
Stop everything with deploy/local/down.sh.
EOF
  exit 2
}

BUILD=false
case "${1:-}" in
  "") ;;
  --build) BUILD=true ;;
  *) usage ;;
esac

T0="$(date +%s%N)"
PIDS="$RUN/pids"
LOGS="$RUN/logs"
PUBLIC_KEY="$RUN/keys/public.pem"
PII_KEY_FILE="$RUN/keys/pii.key"  # case-service's personal-data key; made once, kept (it decrypts stored ID numbers)
PGPORT="${PGPORT:-5432}"
DB_HOST="${PGHOST:-127.0.0.1}"
[[ "$DB_HOST" == /* ]] && DB_HOST=127.0.0.1
READY_TIMEOUT=180
mkdir -p "$PIDS" "$LOGS"

service_pid() {  # prints the recorded pid if that service process is alive
  local pid
  pid="$(read_pid "$PIDS/$1.pid")"
  if [[ -n "$pid" ]] && pid_alive "$pid" "$(service_jar "$1")"; then printf '%s' "$pid"; fi
}

start_service() {
  local svc="$1" port="${SERVICE_PORT[$1]}" db="ipcollab_${1%-service}" pid
  pid="$(service_pid "$svc")"
  if [[ -n "$pid" ]]; then
    log "$svc already running (pid $pid)"
    return 0
  fi
  port_open "$port" && die "port $port (for $svc) is in use by another process"
  local java_opts
  mapfile -t java_opts < <(service_java_opts "$svc")
  (
    cd "$ROOT/$svc"
    IPCOLLAB_HTTP_PORT="$port" \
    IPCOLLAB_DB_URL="jdbc:postgresql://$DB_HOST:$PGPORT/$db" \
    IPCOLLAB_DB_USER="${IPCOLLAB_DB_USER:-ipcollab}" \
    IPCOLLAB_DB_PASSWORD="${IPCOLLAB_DB_PASSWORD:-ipcollab}" \
    KAFKA_BOOTSTRAP_SERVERS=localhost:9092 \
    IPCOLLAB_KAFKA_PARTITIONS=6 \
    IPCOLLAB_KAFKA_REPLICATION=1 \
    IPCOLLAB_JWT_PUBLIC_KEY_LOCATION="$PUBLIC_KEY" \
    IPCOLLAB_JWT_ISSUER="${IPCOLLAB_JWT_ISSUER:-https://ipcollab.local/demo}" \
    IPCOLLAB_PII_KEY="$(cat "$PII_KEY_FILE")" \
    MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}" \
      setsid nohup java "${java_opts[@]}" -jar "$(service_jar "$svc")" >"$LOGS/$svc.log" 2>&1 </dev/null &
    echo $! >"$PIDS/$svc.pid"
  )
  log "$svc starting on :$port (pid $(read_pid "$PIDS/$svc.pid"), log $LOGS/$svc.log)"
}

ready_code() { curl -s -o /dev/null -w '%{http_code}' "http://localhost:$1/q/health/ready" || true; }

wait_ready() {
  local svc="$1" port="${SERVICE_PORT[$1]}" deadline=$((SECONDS + READY_TIMEOUT))
  while [[ "$(ready_code "$port")" != 200 ]]; do
    if [[ -z "$(service_pid "$svc")" || $SECONDS -ge $deadline ]]; then
      log "$svc did not become ready (exited, or not ready within ${READY_TIMEOUT}s); last log lines:"
      tail -n 40 "$LOGS/$svc.log" >&2 || true
      die "$svc failed to start; the rest keeps running: stop it all with deploy/local/down.sh"
    fi
    sleep 0.2
  done
  log "$svc ready"
}

"$LOCAL/pg.sh" ensure
"$LOCAL/kafka.sh" start
"$LOCAL/token.sh" keys
if [[ ! -s "$PII_KEY_FILE" ]]; then
  (umask 077 && mkdir -p "$(dirname "$PII_KEY_FILE")" && head -c 32 /dev/urandom | base64 >"$PII_KEY_FILE")
  log "generated the personal-data key $PII_KEY_FILE"
fi

for svc in "${SERVICES[@]}"; do [[ -f "$(service_jar "$svc")" ]] || BUILD=true; done
if $BUILD; then
  for svc in "${SERVICES[@]}"; do
    pid="$(service_pid "$svc")"
    [[ -z "$pid" ]] || stop_pid "$pid" "$svc" 30
  done
  log "building the suite: mvn -B -q -DskipTests package"
  (cd "$ROOT" && mvn -B -q -DskipTests package)
fi

for svc in "${SERVICES[@]}"; do start_service "$svc"; done
for svc in "${SERVICES[@]}"; do wait_ready "$svc"; done

"$LOCAL/demo-data.sh"

# Demo tokens for district 500155, one per role (valid 12 h; rerun up.sh for fresh ones).
ROLES=(regulator police procuratorate court mediator district-liaison admin)
DEPTS=(amr psb proc court med liaison admin)
TOKENS="$RUN/tokens.env"
: >"$TOKENS"
for i in "${!ROLES[@]}"; do
  var="TOKEN_$(tr 'a-z-' 'A-Z_' <<<"${ROLES[$i]}")"
  tok="$("$LOCAL/token.sh" "${ROLES[$i]}" "500155-${DEPTS[$i]}" 500155 "demo-${ROLES[$i]}-500155" 43200)"
  printf "export %s='%s'\n" "$var" "$tok" >>"$TOKENS"
done

echo
printf '%-22s %-24s %-44s %s\n' SERVICE URL "SWAGGER UI" HEALTH
for svc in "${SERVICES[@]}"; do
  port="${SERVICE_PORT[$svc]}"
  health=DOWN; [[ "$(ready_code "$port")" == 200 ]] && health=UP
  printf '%-22s %-24s %-44s %s\n' "$svc" "http://localhost:$port" \
    "http://localhost:$port/q/swagger-ui" "$health (http://localhost:$port/q/health/ready)"
done
echo
echo "Demo tokens for district 500155 (also in $TOKENS):"
for i in "${!ROLES[@]}"; do
  var="TOKEN_$(tr 'a-z-' 'A-Z_' <<<"${ROLES[$i]}")"
  printf '  %-24s %-16s %s\n' "$var" "500155-${DEPTS[$i]}" "$(sed -n "s/^export $var='\(.*\)'$/\1/p" "$TOKENS")"
done
cat <<EOF

File a case:
  source $TOKENS
  curl -i -X POST http://localhost:8081/cases -H "Authorization: Bearer \$TOKEN_REGULATOR" \\
       -H 'Content-Type: application/json' --data-binary @$LOCAL/requests/file-case.json
Watch the case topic:  kcat -b localhost:9092 -t ipcollab.case.v1 -C -f '%k %h %s\n'
Stop everything:       $LOCAL/down.sh

EOF
elapsed_ms=$((($(date +%s%N) - T0) / 1000000))
printf 'Suite up in %d.%01d s\n' $((elapsed_ms / 1000)) $((elapsed_ms % 1000 / 100))
