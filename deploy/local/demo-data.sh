#!/usr/bin/env bash
# Demo data for a running suite: inbox subscriptions for the demo districts, two demo cases.
# Rerunnable: what is already there (or answered 409) is left as it is.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

if [[ $# -gt 0 ]]; then
  echo "usage: $(basename "$0")   (needs the suite running: deploy/local/up.sh)" >&2
  exit 2
fi

CASE_URL="${IPCOLLAB_CASE_URL:-http://localhost:8081}"
NOTIFY_URL="${IPCOLLAB_NOTIFICATION_URL:-http://localhost:8084}"
EVENT_TYPE=org.ipcollab.case.filed.v2
TOKEN_SH="$LOCAL/token.sh"
BODY="$(mktemp)"
trap 'rm -f "$BODY"' EXIT

# http METHOD URL TOKEN [JSON_FILE]: prints the status code; the response body is in $BODY.
http() {
  local args=(-sS -o "$BODY" -w '%{http_code}' -X "$1" "$2" -H "Authorization: Bearer $3")
  [[ $# -ge 4 ]] && args+=(-H 'Content-Type: application/json' --data-binary "@$4")
  curl "${args[@]}" || true  # -w prints 000 when there is no answer
}

for url in "$CASE_URL" "$NOTIFY_URL"; do
  [[ "$(curl -s -o /dev/null -w '%{http_code}' "$url/q/health/ready" || true)" == 200 ]] \
    || die "$url is not ready: start the suite with deploy/local/up.sh"
done

subscribe() {  # subscribe DISTRICT DEPT ADMIN_TOKEN
  local district="$1" dept="$2" token="$3" code req
  code="$(http GET "$NOTIFY_URL/subscriptions?departmentId=$dept" "$token")"
  if [[ "$code" == 200 ]] && grep -q "$EVENT_TYPE" "$BODY"; then
    log "subscription $dept ($district) -> $EVENT_TYPE: already there"
    return 0
  fi
  req="$(mktemp)"
  printf '{"departmentId":"%s","district":"%s","eventTypes":["%s"]}\n' "$dept" "$district" "$EVENT_TYPE" >"$req"
  code="$(http POST "$NOTIFY_URL/subscriptions" "$token" "$req")"
  rm -f "$req"
  case "$code" in
    200|201) log "subscription $dept ($district) -> $EVENT_TYPE: created" ;;
    409) log "subscription $dept ($district) -> $EVENT_TYPE: already there (409)" ;;
    *) cat "$BODY" >&2; echo >&2; die "POST /subscriptions for $dept answered $code" ;;
  esac
}

file_case() {  # file_case JSON_FILE REGULATOR_TOKEN
  local file="$1" token="$2" title code
  title="$(sed -n 's/^ *"title": *"\([^"]*\)".*/\1/p' "$file")"
  code="$(http GET "$CASE_URL/cases" "$token")"
  if [[ "$code" == 200 && -n "$title" ]] && grep -qF "$title" "$BODY"; then
    log "case '$title': already filed"
    return 0
  fi
  code="$(http POST "$CASE_URL/cases" "$token" "$file")"
  case "$code" in
    201) log "case '$title': filed ($(grep -o '"id" *: *"[^"]*"' "$BODY" | head -n 1))" ;;
    409) log "case '$title': already filed (409)" ;;
    *) cat "$BODY" >&2; echo >&2; die "POST /cases with $(basename "$file") answered $code" ;;
  esac
}

for district in 500155 500153; do
  admin="$("$TOKEN_SH" admin "$district-admin" "$district" "demo-admin-$district" 600)"
  for dept in psb proc court med; do
    subscribe "$district" "$district-$dept" "$admin"
  done
done

regulator="$("$TOKEN_SH" regulator 500155-amr 500155 demo-regulator-500155 600)"
for file in "$LOCAL/requests/file-case.json" "$LOCAL/requests/file-case-copyright.json" \
  "$LOCAL/requests/file-case-person.json"; do
  file_case "$file" "$regulator"
done
log "demo data loaded"
