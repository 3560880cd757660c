#!/usr/bin/env bash
# End-to-end lifecycle throughput over HTTP on loopback: apply → accept → approve → disburse by N concurrent clients.
# Usage: tests/CreditLoan.Benchmarks/load/lifecycle.sh [sqlite|mariadb] [clients] [seconds]
set -euo pipefail
provider=${1:-sqlite}
clients=${2:-8}
seconds=${3:-20}
root=$(cd "$(dirname "$0")/../../.." && pwd)
source "$(dirname "$0")/mariadb.sh"
work=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; [ -n "${KEEP_LOG:-}" ] && cp "$work/app.log" "$KEEP_LOG"; rm -rf "$work"; }
trap cleanup EXIT

export RateLimits__Multiplier=1000 Bootstrap__AdminPassword='bench-Chief-2026' Database__DataDirectory="$work/data" Logging__LogLevel__Default=Warning Outbox__Enabled=false
if [ "$provider" = mariadb ]; then
  start_mariadb "$work"
  sql -e "CREATE DATABASE bench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  export Database__Provider=MySql ConnectionStrings__Default="Server=127.0.0.1;Port=$dbport;User ID=root;Password=;Database=bench;SslMode=None"
fi

dotnet build -c Release "$root/src/CreditLoan.Web" >/dev/null
dotnet build -c Release "$root/tests/CreditLoan.Benchmarks" >/dev/null
(cd "$work" && exec dotnet "$root/src/CreditLoan.Web/bin/Release/net10.0/CreditLoan.Web.dll" --urls "http://127.0.0.1:$port" \
   "--Logging:LogLevel:CreditLoan.Application.Common.Behaviours=Warning" >"$work/app.log" 2>&1) & pids+=($!)
until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null; do sleep 0.3; done
echo "provider=$provider machine=$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
dotnet "$root/tests/CreditLoan.Benchmarks/bin/Release/net10.0/CreditLoan.Benchmarks.dll" lifecycle "http://127.0.0.1:$port" 'bench-Chief-2026' "$clients" "$seconds"
