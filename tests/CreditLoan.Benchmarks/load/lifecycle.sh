#!/usr/bin/env bash
# End-to-end lifecycle throughput over HTTP on loopback: apply → accept → approve → disburse by N concurrent clients.
# Usage: tests/CreditLoan.Benchmarks/load/lifecycle.sh [sqlite|mariadb] [clients] [seconds]
set -euo pipefail
provider=${1:-sqlite}
clients=${2:-8}
seconds=${3:-20}
root=$(cd "$(dirname "$0")/../../.." && pwd)
work=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; [ -n "${KEEP_LOG:-}" ] && cp "$work/app.log" "$KEEP_LOG"; rm -rf "$work"; }
trap cleanup EXIT

export Bootstrap__AdminPassword='bench-Admin-2026' Database__DataDirectory="$work/data" Logging__LogLevel__Default=Warning Outbox__Enabled=false
if [ "$provider" = mariadb ]; then
  dbport=$((40000 + RANDOM % 20000))
  mkdir -p "$work/db"
  cat > "$work/db/my.cnf" <<CNF
[mysqld]
datadir=$work/db/data
socket=$work/db/mysqld.sock
pid-file=$work/db/mysqld.pid
log-error=$work/db/mysqld.err
port=$dbport
bind-address=127.0.0.1
skip-name-resolve
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
innodb_buffer_pool_size=512M
skip-log-bin
max_connections=500
[client]
socket=$work/db/mysqld.sock
CNF
  mariadb-install-db --defaults-file="$work/db/my.cnf" --user=root --auth-root-authentication-method=normal --skip-test-db >/dev/null
  mariadbd --defaults-file="$work/db/my.cnf" --user=root & pids+=($!)
  until mariadb-admin --defaults-file="$work/db/my.cnf" --protocol=socket -uroot ping >/dev/null 2>&1; do sleep 0.3; done
  mariadb --defaults-file="$work/db/my.cnf" --protocol=socket -uroot -e "CREATE DATABASE bench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  export Database__Provider=MySql ConnectionStrings__Default="Server=127.0.0.1;Port=$dbport;User ID=root;Password=;Database=bench;SslMode=None"
fi

dotnet build -c Release "$root/src/CreditLoan.Web" >/dev/null
dotnet build -c Release "$root/tests/CreditLoan.Benchmarks" >/dev/null
(cd "$work" && dotnet "$root/src/CreditLoan.Web/bin/Release/net10.0/CreditLoan.Web.dll" --urls "http://127.0.0.1:$port" \
   "--Logging:LogLevel:CreditLoan.Application.Common.Behaviours=Warning" >"$work/app.log" 2>&1) & pids+=($!)
until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null; do sleep 0.3; done
echo "provider=$provider machine=$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
dotnet "$root/tests/CreditLoan.Benchmarks/bin/Release/net10.0/CreditLoan.Benchmarks.dll" lifecycle "http://127.0.0.1:$port" 'bench-Admin-2026' "$clients" "$seconds"
