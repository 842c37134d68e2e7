#!/usr/bin/env bash
# PostgreSQL for the suite: make it reachable, then create the ipcollab role and databases.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat >&2 <<EOF
usage: $(basename "$0") ensure|stop-if-ours
  ensure        PostgreSQL answers on \${PGHOST:-127.0.0.1}:\${PGPORT:-5432} (starts the local Debian
                cluster, or installs the postgresql package, if needed); then creates role ipcollab
                (password ipcollab) and the ipcollab_* databases (+ _test, _e2e). Idempotent.
  stop-if-ours  stops the cluster only if 'ensure' started it (.run/pg-started-by-us)
EOF
  exit 2
}

HOST="${PGHOST:-127.0.0.1}"
PORT="${PGPORT:-5432}"
MARKER="$RUN/pg-started-by-us"
SOCKDIR=/var/run/postgresql
DBS=()
for db in case referral mediation notification; do
  DBS+=("ipcollab_$db" "ipcollab_${db}_test" "ipcollab_${db}_e2e")
done

is_local() { [[ "$HOST" == 127.0.0.1 || "$HOST" == localhost || "$HOST" == ::1 || "$HOST" == /* ]]; }
answers() { command -v pg_isready >/dev/null && pg_isready -q -h "$HOST" -p "$PORT"; }

wait_answers() {
  local i
  for ((i = 0; i < 60; i++)); do answers && return 0; sleep 0.5; done
  die "PostgreSQL does not answer on $HOST:$PORT"
}

# cluster_on_port: prints "<version> <name>" of the Debian cluster configured for PORT.
cluster_on_port() {
  command -v pg_lsclusters >/dev/null || return 0
  pg_lsclusters -h 2>/dev/null | awk -v p="$PORT" '$3 == p { print $1, $2; exit }'
}

start_local() {
  local cluster
  cluster="$(cluster_on_port)"
  if [[ -z "$cluster" ]]; then
    if command -v pg_lsclusters >/dev/null && [[ -n "$(pg_lsclusters -h 2>/dev/null)" ]]; then
      pg_lsclusters >&2
      die "no PostgreSQL cluster configured for port $PORT (set PGPORT to one of the ports above)"
    fi
    log "no PostgreSQL cluster here: installing the postgresql package"
    apt-get update -q >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2
    cluster="$(cluster_on_port)"
    [[ -n "$cluster" ]] || die "postgresql installed but no cluster uses port $PORT"
  fi
  if ! answers; then
    log "starting PostgreSQL cluster $cluster"
    # shellcheck disable=SC2086 # "<version> <name>" splits into two arguments on purpose
    pg_ctlcluster --skip-systemctl-redirect $cluster start
  fi
  mkdir -p "$RUN"
  echo "$cluster" >"$MARKER"
  wait_answers
}

provision() {
  local list
  list="$(printf "'%s'," "${DBS[@]}")"
  runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -h "$SOCKDIR" -p "$PORT" -d postgres <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ipcollab') THEN
    CREATE ROLE ipcollab LOGIN CREATEDB PASSWORD 'ipcollab';
  ELSE
    ALTER ROLE ipcollab LOGIN CREATEDB PASSWORD 'ipcollab';
  END IF;
END \$\$;
SELECT format('CREATE DATABASE %I OWNER ipcollab', d)
  FROM unnest(ARRAY[${list%,}]) AS d
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = d)
\gexec
SELECT format('ALTER DATABASE %I OWNER TO ipcollab', datname)
  FROM pg_database
 WHERE datname = ANY (ARRAY[${list%,}]) AND pg_get_userbyid(datdba) <> 'ipcollab'
\gexec
SQL
  PGPASSWORD=ipcollab psql -X -q -h 127.0.0.1 -p "$PORT" -U ipcollab -d ipcollab_case -c 'SELECT 1' >/dev/null \
    || die "role ipcollab cannot log in over TCP on 127.0.0.1:$PORT"
  log "PostgreSQL on 127.0.0.1:$PORT: role ipcollab and ${#DBS[@]} databases ready"
}

ensure() {
  if ! is_local; then
    command -v pg_isready >/dev/null || { apt-get update -q >&2; apt-get install -y -q postgresql-client >&2; }
    answers || die "PostgreSQL at $HOST:$PORT does not answer"
    log "using remote PostgreSQL at $HOST:$PORT (role ipcollab and the databases must exist there)"
    return 0
  fi
  if answers; then
    log "PostgreSQL already answers on $HOST:$PORT"
  else
    start_local
  fi
  provision
}

stop_if_ours() {
  local cluster
  if [[ ! -f "$MARKER" ]]; then
    log "PostgreSQL was not started by these scripts: leaving it running"
    return 0
  fi
  cluster="$(<"$MARKER")"
  log "stopping PostgreSQL cluster $cluster"
  # shellcheck disable=SC2086
  pg_ctlcluster --skip-systemctl-redirect $cluster stop || true
  rm -f "$MARKER"
}

[[ $# -eq 1 ]] || usage
case "$1" in
  ensure) ensure ;;
  stop-if-ours) stop_if_ours ;;
  *) usage ;;
esac
