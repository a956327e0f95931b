# shellcheck shell=bash
# scripts/yomu admin create: registers an account through a running instance, then promotes it to ADMIN.

json_str() {
  local s=$1
  s=${s//\\/\\\\}
  s=${s//\"/\\\"}
  s=${s//$'\n'/\\n}
  s=${s//$'\r'/\\r}
  s=${s//$'\t'/\\t}
  printf '"%s"' "$s"
}
json_opt() { if [[ -n $1 ]]; then json_str "$1"; else printf null; fi; }

admin_usage() {
  echo "usage: scripts/yomu admin create --username U --display-name D (--email E | --phone P)" >&2
  echo "       password from YOMU_ADMIN_PASSWORD, or asked on the terminal" >&2
  exit "$EXIT_USAGE"
}

admin_password() {
  if [[ -n ${YOMU_ADMIN_PASSWORD:-} ]]; then echo "$YOMU_ADMIN_PASSWORD"; return; fi
  [[ -t 0 ]] || die "$EXIT_USAGE" "no terminal to ask the password: set YOMU_ADMIN_PASSWORD"
  local pw again
  read -r -s -p "Password for the new admin: " pw
  echo >&2
  read -r -s -p "Once more: " again
  echo >&2
  [[ $pw == "$again" ]] || die "$EXIT_USAGE" "the passwords differ"
  echo "$pw"
}

admin_cmd() {
  [[ ${1:-} == create ]] || admin_usage
  shift
  local username="" display="" email="" phone="" n url="" pw json resp code body promoted
  while (($#)); do
    (($# > 1)) || admin_usage
    case $1 in
      --username) username=$2 ;;
      --display-name) display=$2 ;;
      --email) email=$2 ;;
      --phone) phone=$2 ;;
      *) admin_usage ;;
    esac
    shift 2
  done
  [[ -n $username && -n $display && -n $email$phone ]] || admin_usage

  for n in "${INSTANCES[@]}"; do
    if [[ $(http_code "$(instance_url "$n")/health/ready") == 200 ]]; then url=$(instance_url "$n"); break; fi
  done
  [[ -n $url ]] || die "$EXIT_DOWN" "no Yomu instance is ready: start the stack first (scripts/yomu up)"
  pw=$(admin_password)

  json="{\"username\":$(json_str "$username"),\"display_name\":$(json_str "$display"),"
  json+="\"password\":$(json_str "$pw"),\"email\":$(json_opt "$email"),\"phone\":$(json_opt "$phone")}"
  resp=$(curl -s --max-time 30 -w '\n%{http_code}' -H 'Content-Type: application/json' \
    -H 'Accept: application/json' --data-binary @- "$url/api/v1/auth/register" <<<"$json") ||
    die "admin: $url did not answer"
  code=${resp##*$'\n'}
  body=${resp%$'\n'*}
  case $code in
    200 | 201) say "admin: registered $username through $url" ;;
    409) say "admin: $username (or its email/phone) already exists: promoting the existing account" ;;
    *) die "admin: registration refused (HTTP $code): $body" ;;
  esac

  promoted=$(app_psql -t -A -v u="$username" <<'SQL'
UPDATE core.account SET role = 'ADMIN' WHERE username = lower(:'u') RETURNING username;
SQL
  ) || die "admin: could not promote $username in $(db_url)"
  [[ -n $promoted ]] || die "admin: no account named $username (the registration answered: $body)"
  say "admin: $promoted is now ADMIN; log in at http://localhost:$PUBLIC_PORT/"
}
