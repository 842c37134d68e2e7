#!/usr/bin/env bash
# Demo RS256 JWTs for the suite, made with openssl only.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat >&2 <<EOF
usage: $(basename "$0") keys
       $(basename "$0") ROLE DEPT DISTRICT [SUBJECT] [TTL_SECONDS]
  keys   create the RSA 2048 key pair .run/keys/private.pem (PKCS#8) and public.pem if absent
  ROLE   regulator|police|procuratorate|court|mediator|district-liaison|admin
  e.g.   $(basename "$0") regulator 500155-amr 500155     (prints the token; TTL default 3600 s)
Issuer: \$IPCOLLAB_JWT_ISSUER (default https://ipcollab.local/demo).
EOF
  exit 2
}

KEYS="$RUN/keys"
PRIVATE="$KEYS/private.pem"
PUBLIC="$KEYS/public.pem"

keys() {
  mkdir -p "$KEYS"
  if [[ ! -f "$PRIVATE" ]]; then
    (umask 077 && openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$PRIVATE" 2>/dev/null)
    rm -f "$PUBLIC"
    log "created $PRIVATE"
  fi
  if [[ ! -f "$PUBLIC" ]]; then
    openssl pkey -in "$PRIVATE" -pubout -out "$PUBLIC"
    log "created $PUBLIC"
  fi
}

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

uuid() {
  if [[ -r /proc/sys/kernel/random/uuid ]]; then
    cat /proc/sys/kernel/random/uuid
  else
    local h
    h="$(openssl rand -hex 16)"
    printf '%s-%s-4%s-a%s-%s\n' "${h:0:8}" "${h:8:4}" "${h:13:3}" "${h:17:3}" "${h:20:12}"
  fi
}

mint() {
  local role="$1" dept="$2" district="$3" sub="${4:-demo-$1-$3}" ttl="${5:-3600}"
  local iss="${IPCOLLAB_JWT_ISSUER:-https://ipcollab.local/demo}" now header payload sig
  [[ "$role" =~ ^(regulator|police|procuratorate|court|mediator|district-liaison|admin)$ ]] || die "unknown role: $role"
  [[ "$dept" =~ ^[A-Za-z0-9._-]+$ ]] || die "bad DEPT: $dept"
  [[ "$district" =~ ^[0-9]{6}$ ]] || die "DISTRICT must be a 6-digit code: $district"
  [[ "$sub" =~ ^[A-Za-z0-9._@-]+$ ]] || die "bad SUBJECT: $sub"
  [[ "$ttl" =~ ^[0-9]+$ ]] || die "TTL_SECONDS must be a number: $ttl"
  [[ "$iss" != *[\"\\]* ]] || die "IPCOLLAB_JWT_ISSUER must not contain quotes or backslashes"
  [[ -f "$PRIVATE" ]] || die "no key at $PRIVATE: run '$(basename "$0") keys' first"
  now="$(date +%s)"
  header="$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)"
  payload="$(printf '{"iss":"%s","sub":"%s","upn":"%s","groups":["%s"],"dept":"%s","district":"%s","iat":%d,"exp":%d,"jti":"%s"}' \
    "$iss" "$sub" "$sub" "$role" "$dept" "$district" "$now" "$((now + ttl))" "$(uuid)" | b64url)"
  sig="$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$PRIVATE" -binary | b64url)"
  printf '%s.%s.%s\n' "$header" "$payload" "$sig"
}

case "${1:-}" in
  keys) [[ $# -eq 1 ]] || usage; keys ;;
  ""|-h|--help) usage ;;
  *) [[ $# -ge 3 && $# -le 5 ]] || usage; mint "$@" ;;
esac
