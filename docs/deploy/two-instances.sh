#!/usr/bin/env bash
# Two Prism instances on one PostgreSQL behind nginx (docs/deploy/nginx.conf), then a sign-in through nginx with curl.
#   docs/deploy/two-instances.sh            uses target/prism-*.jar (builds it when missing; BUILD=1 rebuilds)
# Needs root for apt and PostgreSQL (Debian/Ubuntu): installs postgresql and nginx when missing, reuses a running
# PostgreSQL on 127.0.0.1:5432. The database $DB_NAME is dropped and created empty, and both instances start at the
# same moment with demo data. Everything it starts except PostgreSQL is stopped at the end; exits non-zero on failure.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
LB_PORT=${LB_PORT:-8080}
PORT_A=${PORT_A:-8081}
PORT_B=${PORT_B:-8082}
DB_NAME=${DB_NAME:-prism_two}
DB_USER=${DB_USER:-prism_two}
DB_PASSWORD=${DB_PASSWORD:-prism-two-password}
ADMIN_EMAIL=admin@prism.local
ADMIN_PASSWORD=${ADMIN_PASSWORD:-two-instances-admin-1}
WORK=$(mktemp -d /tmp/prism-two.XXXXXX)
PIDS=()

say() { printf '== %s\n' "$*"; }
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }

cleanup() {
    [[ -f "$WORK/nginx.pid" ]] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

# --- the jar ---
JAR=$(ls "$ROOT"/target/prism-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [[ -z "$JAR" || "${BUILD:-0}" == 1 ]]; then
    say "building the jar"
    (cd "$ROOT" && ./mvnw -q -o package -DskipTests)
    JAR=$(ls "$ROOT"/target/prism-*.jar | grep -v original | head -1)
fi
say "jar: $JAR"

# --- PostgreSQL and nginx ---
missing=()
command -v pg_ctlcluster >/dev/null || missing+=(postgresql)
command -v nginx >/dev/null || missing+=(nginx)
if (( ${#missing[@]} )); then
    say "installing ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if pg_isready -q -h 127.0.0.1 -p 5432; then
    say "PostgreSQL: reusing the one on 127.0.0.1:5432"
else
    PGVER=$(ls /usr/lib/postgresql | sort -V | tail -1)
    pg_lsclusters -h | grep -q "^$PGVER main" || pg_createcluster "$PGVER" main >/dev/null
    echo "listen_addresses = '127.0.0.1'" > "/etc/postgresql/$PGVER/main/conf.d/99-listen.conf"
    say "PostgreSQL: starting cluster $PGVER/main"
    pg_ctlcluster "$PGVER" main start
    pg_isready -q -h 127.0.0.1 -p 5432 -t 30 || fail "PostgreSQL did not start"
fi
psql_admin() { PGOPTIONS='--client-min-messages=warning' runuser -u postgres -- psql -v ON_ERROR_STOP=1 -tAq "$@"; }
psql_admin -c "select 1 from pg_roles where rolname = '$DB_USER'" | grep -q 1 \
    || psql_admin -c "create role $DB_USER login password '$DB_PASSWORD'"
psql_admin -c "drop database if exists $DB_NAME with (force)"
psql_admin -c "create database $DB_NAME owner $DB_USER"
say "database $DB_NAME: empty"

# --- two instances, started together ---
KEY=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
for port in "$PORT_A" "$PORT_B"; do
    SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB_NAME" SPRING_DATASOURCE_USERNAME="$DB_USER" \
    SPRING_DATASOURCE_PASSWORD="$DB_PASSWORD" PORT="$port" PRISM_SECURITY_KEY="$KEY" \
    PRISM_ADMIN_EMAIL="$ADMIN_EMAIL" PRISM_ADMIN_PASSWORD="$ADMIN_PASSWORD" PRISM_DEMO_DATA=true \
    PRISM_TRUSTED_PROXIES="127.0.0.1,::1" PRISM_BASE_URL="http://127.0.0.1:$LB_PORT" \
        java -Xmx512m -jar "$JAR" > "$WORK/prism-$port.log" 2>&1 &
    PIDS+=($!)
done
say "instances starting on :$PORT_A and :$PORT_B (logs in $WORK)"
for port in "$PORT_A" "$PORT_B"; do
    for _ in $(seq 1 240); do
        [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health/readiness")" == 200 ]] && break
        sleep 1
    done
    [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health/readiness")" == 200 ]] \
        || { tail -40 "$WORK/prism-$port.log" >&2; fail "the instance on :$port is not ready"; }
    say "instance :$port ready"
done
admins=$(PGPASSWORD="$DB_PASSWORD" psql -h 127.0.0.1 -U "$DB_USER" -d "$DB_NAME" -tAq \
    -c "select count(*) from app_user where role = 'ADMIN'")
accounts=$(PGPASSWORD="$DB_PASSWORD" psql -h 127.0.0.1 -U "$DB_USER" -d "$DB_NAME" -tAq -c "select count(*) from account")
say "database after both started: $admins administrator(s), $accounts demo account(s)"
[[ "$admins" == 1 ]] || fail "expected one administrator, found $admins"

# --- nginx in front, with the shipped configuration (only the ports replaced) ---
mkdir -p "$WORK/logs" "$WORK/temp"
sed -e "s/127.0.0.1:8081/127.0.0.1:$PORT_A/; s/127.0.0.1:8082/127.0.0.1:$PORT_B/; s/listen 8080;/listen $LB_PORT;/" \
    "$ROOT/docs/deploy/nginx.conf" > "$WORK/nginx.conf"
nginx -t -q -p "$WORK" -c "$WORK/nginx.conf" || fail "nginx rejects the configuration"
nginx -p "$WORK" -c "$WORK/nginx.conf"
for _ in $(seq 1 50); do [[ -f "$WORK/nginx.pid" ]] && break; sleep 0.1; done
say "nginx on :$LB_PORT in front of both"

# --- sign in through nginx as a browser does ---
LB="http://127.0.0.1:$LB_PORT"
JARFILE="$WORK/cookies.txt"
login_page=$(curl -s -c "$JARFILE" -b "$JARFILE" -w '\n%{http_code}' "$LB/login")
[[ "${login_page##*$'\n'}" == 200 ]] || fail "GET /login answered ${login_page##*$'\n'}"
csrf=$(grep -o 'name="_csrf" value="[^"]*"' <<<"$login_page" | head -1 | sed 's/.*value="//; s/"$//')
[[ -n "$csrf" ]] || csrf=$(grep -o '<meta name="_csrf" content="[^"]*"' <<<"$login_page" | sed 's/.*content="//; s/"$//')
[[ -n "$csrf" ]] || fail "no CSRF token on the login page"
say "GET /login: 200, CSRF token and session cookie"
read -r status location < <(curl -s -c "$JARFILE" -b "$JARFILE" -o /dev/null -w '%{http_code} %{redirect_url}\n' \
    --data-urlencode "username=$ADMIN_EMAIL" --data-urlencode "password=$ADMIN_PASSWORD" \
    --data-urlencode "_csrf=$csrf" "$LB/login")
say "POST /login: $status -> $location"
[[ "$status" == 302 ]] || fail "POST /login answered $status (a 403 means it reached the other instance)"
[[ "$location" == "$LB/" ]] || fail "the redirect went to $location, not $LB/ (host or port lost)"
home=$(curl -s -c "$JARFILE" -b "$JARFILE" -w '\n%{http_code}' "$location")
[[ "${home##*$'\n'}" == 200 ]] || fail "the home page answered ${home##*$'\n'}"
grep -q 'aria-label="User menu"' <<<"$home" || fail "the home page does not show a signed-in user"
say "GET $location: 200, signed in"
served_by=$(grep -E '"(GET|POST) /login' "$WORK/logs/access.log" | sed 's/.*upstream=//' | sort -u | tr '\n' ' ')
say "GET and POST /login answered by: $served_by"
[[ $(wc -w <<<"$served_by") == 1 ]] || fail "the login page and its POST reached different instances"
api=$(curl -s -o /dev/null -w '%{http_code}' -u "$ADMIN_EMAIL:$ADMIN_PASSWORD" "$LB/api/v1/accounts")
[[ "$api" == 200 ]] || fail "GET /api/v1/accounts through nginx answered $api"
say "GET /api/v1/accounts with HTTP Basic through nginx: 200"
locked_by=$(PGPASSWORD="$DB_PASSWORD" psql -h 127.0.0.1 -U "$DB_USER" -d "$DB_NAME" -tAq \
    -c "select string_agg(name || '=' || locked_by, ', ') from shedlock" || true)
say "scheduled-job locks: ${locked_by:-none taken yet}"
say "OK: two instances behind nginx, signed in through it"
