# shellcheck shell=bash disable=SC2034 # (the other libs use these variables)
# Shared pieces of scripts/yomu: paths, messages, timing, secrets, package installation.
# Sourced by scripts/yomu, which sets ROOT (the repository root) first.

: "${ROOT:?ROOT must be set by scripts/yomu}"

STATE="$ROOT/.yomu"
SECRETS="$STATE/secrets"
LOGS="$STATE/logs"
WLP="$ROOT/.liberty/wlp"
DEFAULT_EAR="$ROOT/yomu-ear/target/yomu.ear"

# Exit codes shared by every command.
readonly EXIT_FAIL=1 EXIT_USAGE=2 EXIT_DOWN=3

# Added to every port of the stack (instances, NGINX, monitoring), so a second checkout can run its own
# stack beside the first on one machine (the database port has its own YOMU_DB_PORT).
PORT_OFFSET=${YOMU_PORT_OFFSET:-0}
[[ $PORT_OFFSET =~ ^[0-9]+$ ]] || { printf 'yomu: YOMU_PORT_OFFSET must be a number\n' >&2; exit 2; }
port() { echo $(($1 + PORT_OFFSET)); }

T0_MS=$(date +%s%3N)

now_ms() { date +%s%3N; }
# sleep_until MS: sleeps until the epoch millisecond MS (at once when it has passed).
sleep_until() {
  local left=$(($1 - $(now_ms)))
  ((left <= 0)) || sleep "$(awk -v ms="$left" 'BEGIN { printf "%.3f", ms / 1000 }')"
}

# Seconds since $1 (milliseconds), one decimal.
secs_since() {
  local d=$(($(now_ms) - $1))
  printf '%d.%d' $((d / 1000)) $((d % 1000 / 100))
}

# Progress line prefixed with the seconds elapsed since the command started.
say() { printf '[%6ss] %s\n' "$(secs_since "$T0_MS")" "$*"; }
warn() { printf 'yomu: %s\n' "$*" >&2; }
die() {
  local code=$EXIT_FAIL
  if [[ $1 =~ ^[0-9]+$ ]]; then code=$1; shift; fi
  warn "$*"
  exit "$code"
}
section() { printf '\n===== %s =====\n' "$*"; }

is_root() { [[ $(id -u) -eq 0 ]]; }

# apt_install PKG...: installs Debian packages when root, else explains what is missing.
apt_install() {
  (($#)) || return 0
  if ! is_root; then
    die "missing Debian packages: $* (install them: sudo apt-get install -y $*)"
  fi
  if ! command -v apt-get >/dev/null; then
    die "missing packages $* and no apt-get on this machine: install them by hand"
  fi
  say "installing missing Debian packages: $*"
  if [[ -z ${YOMU_APT_UPDATED:-} ]]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq || die "apt-get update failed"
    export YOMU_APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null ||
    die "apt-get install $* failed"
}

# A random alphanumeric password.
random_password() { head -c 48 /dev/urandom | base64 -w0 | tr -d '+/=' | cut -c1-32; }

# secret NAME: prints .yomu/secrets/NAME, generating it on first use (mode 600).
secret() {
  local file="$SECRETS/$1"
  if [[ ! -s $file ]]; then
    mkdir -p "$SECRETS"
    chmod 700 "$SECRETS"
    (
      umask 077
      case $1 in
        jwt-secret) head -c 48 /dev/urandom | base64 -w0 >"$file" ;;
        *) random_password >"$file" ;;
      esac
    )
  fi
  cat "$file"
}

# HTTP status code of a GET (000 when nothing answers); the body goes to $2 when given.
http_code() {
  curl -s -o "${2:-/dev/null}" -w '%{http_code}' --max-time 3 "$1" 2>/dev/null || true
}

ensure_curl() { command -v curl >/dev/null || apt_install curl; }
