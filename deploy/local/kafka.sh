#!/usr/bin/env bash
# Single-node KRaft Kafka broker (combined broker+controller) from Maven Central jars.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat >&2 <<EOF
usage: $(basename "$0") start|stop|status [--port 9092] [--controller-port 9093] [--dir <data-dir>] [--fresh]
  start   format the data dir once, start the broker in the background, wait until it answers
          (no-op if the broker of that data dir already runs and answers); --fresh wipes the dir first
  stop    SIGTERM the broker recorded in <data-dir>/kafka.pid, SIGKILL after 30 s
  status  print running/stopped (exit 0 / 3)
Default data dir: deploy/local/.run/kafka. Listeners bind 127.0.0.1 only.
EOF
  exit 2
}

[[ $# -ge 1 ]] || usage
CMD="$1"; shift
PORT=9092 CPORT=9093 DIR="$RUN/kafka" FRESH=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --port) PORT="${2:?}"; shift 2 ;;
    --controller-port) CPORT="${2:?}"; shift 2 ;;
    --dir) DIR="${2:?}"; shift 2 ;;
    --fresh) FRESH=true; shift ;;
    -h|--help) usage ;;
    *) log "unknown argument: $1"; usage ;;
  esac
done
[[ "$PORT" =~ ^[0-9]+$ && "$CPORT" =~ ^[0-9]+$ ]] || die "ports must be numbers"
DIR="$(realpath -m "$DIR")"
PIDFILE="$DIR/kafka.pid"
PROPS="$DIR/server.properties"
POM="$LOCAL/kafka/pom.xml"
CPFILE="$RUN/kafka.classpath"

# Broker classpath, cached; rebuilt when the pom is newer or a jar went missing.
classpath() {
  local cp jar
  if [[ -s "$CPFILE" && "$CPFILE" -nt "$POM" ]]; then
    cp="$(<"$CPFILE")"
    IFS=: read -ra jars <<<"$cp"
    for jar in "${jars[@]}"; do [[ -f "$jar" ]] || { cp=""; break; }; done
    [[ -n "$cp" ]] && { printf '%s' "$cp"; return; }
  fi
  log "resolving the broker classpath with Maven (first time: downloads ~40 jars)"
  mkdir -p "$RUN"
  mvn -q -B -ntp -f "$POM" dependency:build-classpath -Dmdep.outputFile="$CPFILE.tmp.$$" \
    >"$RUN/kafka-mvn.log" 2>&1 || { cat "$RUN/kafka-mvn.log" >&2; die "could not resolve the broker classpath from $POM"; }
  mv -f "$CPFILE.tmp.$$" "$CPFILE"
  cat "$CPFILE"
}

running_pid() {  # prints the recorded pid if that broker process is alive
  local pid
  pid="$(read_pid "$PIDFILE")"
  if [[ -n "$pid" ]] && pid_alive "$pid" "$PROPS"; then printf '%s' "$pid"; fi
}

# ready TIMEOUT [PID]: broker on PORT answers; prints its cluster id.
ready() {
  java -Xmx128m -Dlog4j2.level=OFF -cp "$CP" "$LOCAL/kafka/KafkaReady.java" "127.0.0.1:$PORT" "$@"
}

write_props() {
  cat >"$PROPS" <<EOF
# written by deploy/local/kafka.sh: single-node KRaft, combined broker+controller, loopback only
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$CPORT
listeners=PLAINTEXT://127.0.0.1:$PORT,CONTROLLER://127.0.0.1:$CPORT
advertised.listeners=PLAINTEXT://127.0.0.1:$PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$DIR/data
num.partitions=6
default.replication.factor=1
min.insync.replicas=1
auto.create.topics.enable=true
offsets.topic.replication.factor=1
offsets.topic.num.partitions=6
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=6
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
EOF
}

do_stop() {
  local pid
  pid="$(running_pid)"
  if [[ -z "$pid" ]]; then
    log "broker of $DIR not running"
  else
    stop_pid "$pid" "kafka broker ($DIR)" 30
  fi
  rm -f "$PIDFILE"
}

do_start() {
  local pid cluster_id t0=$SECONDS
  CP="$(classpath)"
  if $FRESH; then
    do_stop
    if [[ -d "$DIR" && -n "$(ls -A "$DIR")" && ! -f "$PROPS" ]]; then
      die "--fresh: $DIR is not a broker dir made by this script; not wiping it"
    fi
    log "--fresh: wiping $DIR"
    rm -rf "$DIR"
  fi
  pid="$(running_pid)"
  if [[ -n "$pid" ]]; then
    ready 10 "$pid" >/dev/null || die "broker pid $pid of $DIR runs but does not answer on $PORT (see $DIR/logs/server.log)"
    log "broker of $DIR already running (pid $pid) on 127.0.0.1:$PORT"
    return 0
  fi
  rm -f "$PIDFILE"
  port_open "$PORT" && die "port $PORT is already in use by another process"
  port_open "$CPORT" && die "controller port $CPORT is already in use by another process"
  mkdir -p "$DIR/logs" "$DIR/data"
  write_props
  if [[ ! -f "$DIR/data/meta.properties" ]]; then
    # a random 16-byte id, base64url without padding: what StorageTool random-uuid prints. Passed as
    # --cluster-id=ID: an id starting with '-' (1 in 64) would otherwise be read as an option.
    cluster_id="$(openssl rand -base64 16 | tr '+/' '-_' | tr -d '=')"
    java -Xmx256m -Dlog4j2.level=OFF -cp "$CP" kafka.tools.StorageTool \
      format --cluster-id="$cluster_id" -c "$PROPS" --ignore-formatted >"$DIR/logs/format.log" 2>&1 \
      || { cat "$DIR/logs/format.log" >&2; die "storage format failed"; }
    log "formatted $DIR/data (cluster id $cluster_id)"
  fi
  cluster_id="$(sed -n 's/^cluster\.id=//p' "$DIR/data/meta.properties")"
  # setsid+nohup: own session, survives the calling shell; $! is the java pid (setsid execs in place).
  setsid nohup java -Xmx512m -Dkafka.logs.dir="$DIR/logs" \
    -Dlog4j2.configurationFile="$LOCAL/kafka/log4j2.xml" \
    -cp "$CP" kafka.Kafka "$PROPS" >"$DIR/logs/kafka.out" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$PIDFILE"
  local answered rc=0
  answered="$(ready 60 "$pid")" || rc=$?
  if [[ $rc -ne 0 ]]; then
    tail -n 30 "$DIR/logs/server.log" "$DIR/logs/kafka.out" >&2 2>/dev/null || true
    [[ $rc -eq 2 ]] || stop_pid "$pid" "kafka broker ($DIR)" 10
    rm -f "$PIDFILE"
    die "broker did not become ready on 127.0.0.1:$PORT"
  fi
  [[ "$answered" == "$cluster_id" ]] || { stop_pid "$pid" kafka 10; rm -f "$PIDFILE"
    die "127.0.0.1:$PORT answered with cluster id $answered, expected $cluster_id"; }
  log "broker ready on 127.0.0.1:$PORT (pid $pid, data $DIR) in $((SECONDS - t0)) s"
}

case "$CMD" in
  start) do_start ;;
  stop) do_stop ;;
  status)
    pid="$(running_pid)"
    if [[ -n "$pid" ]]; then echo "running (pid $pid, data $DIR)"; else echo "stopped"; exit 3; fi ;;
  *) usage ;;
esac
