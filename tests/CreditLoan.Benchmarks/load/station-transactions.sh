#!/usr/bin/env bash
# Durable station transactions per second over HTTP on MariaDB (wrk, unique Idempotency-Keys, 32 connections) against the
# raw durable single-row insert rate of the same MariaDB (MySqlConnector loop, 32 connections), in the same run; then the
# time to verify the ledger over more than 1,000,000 entries. Loopback only.
# Usage: tests/CreditLoan.Benchmarks/load/station-transactions.sh [seconds] [stations]
set -euo pipefail
seconds=${1:-20}
stations=${2:-100}
root=$(cd "$(dirname "$0")/../../.." && pwd)
source "$(dirname "$0")/mariadb.sh"
work=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

start_mariadb "$work"
sql -e "CREATE DATABASE bench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; CREATE DATABASE raw CHARACTER SET utf8mb4;"
cs="Server=127.0.0.1;Port=$dbport;User ID=root;Password=;SslMode=None"

dotnet build -c Release "$root/src/CreditLoan.Web" >/dev/null
dotnet build -c Release "$root/tests/CreditLoan.Benchmarks" >/dev/null
bench() { dotnet "$root/tests/CreditLoan.Benchmarks/bin/Release/net10.0/CreditLoan.Benchmarks.dll" "$@"; }
export RateLimits__Multiplier=1000 Bootstrap__AdminPassword='bench-Chief-2026' Database__DataDirectory="$work/data" Logging__LogLevel__Default=Warning Outbox__Enabled=false \
       Database__Provider=MySql ConnectionStrings__Default="$cs;Database=bench"
(cd "$work" && exec dotnet "$root/src/CreditLoan.Web/bin/Release/net10.0/CreditLoan.Web.dll" --urls "http://127.0.0.1:$port" \
   "--Logging:LogLevel:CreditLoan.Application.Common.Behaviours=Warning" >"$work/app.log" 2>&1) & pids+=($!)
base="http://127.0.0.1:$port"
until curl -sf "$base/health/ready" >/dev/null; do sleep 0.3; done

bench seed-station "$base" 'bench-Chief-2026' "$stations" > "$work/slots.txt"
{
  echo "local slots = {"
  awk '/^SLOT/ {printf "  {\"%s\", \"%s\", \"%s\"},\n", $2, $3, $4}' "$work/slots.txt"
  echo "}"
  cat <<'LUA'
local n = 0
init = function(args) math.randomseed(os.time() + math.floor(os.clock() * 1000000)) end
request = function()
  n = n + 1
  local s = slots[math.random(#slots)]
  local key = string.format("%x%x-%d", math.random(0, 0x7fffffff), math.random(0, 0x7fffffff), n)
  local body = '{"type":"CashDeposit","accountNo":"' .. s[2] .. '","amount":10}'
  return wrk.format("POST", "/api/stations/" .. s[1] .. "/transactions",
    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. s[3], ["Idempotency-Key"] = key}, body)
end
LUA
} > "$work/tx.lua"

echo "machine=$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); stations=$stations seconds=$seconds"
bench raw-inserts "$cs;Database=raw" 32 "$seconds"
wrk -t2 -c32 -d2s -s "$work/tx.lua" "$base" >/dev/null
out=$(wrk -t2 -c32 -d"${seconds}s" --latency -s "$work/tx.lua" "$base")
echo "$out" | grep -E 'Requests/sec|50%|99%|Non-2xx|Socket errors' || true
committed=$(sql -N bench -e "SELECT COUNT(*) FROM station_transactions")
echo "station_transactions committed in total: $committed"

# grow the ledger past 1,000,000 entries (balanced postings between one station's cash and its customer), then verify it
read -r cash cust < <(sql -N bench -e "SELECT c.Id, a.Id FROM ledger_accounts c JOIN ledger_accounts a ON a.Kind='CustomerDeposit' WHERE c.Kind='StationCash' LIMIT 1")
sql bench -e "
  CREATE TEMPORARY TABLE p AS SELECT UUID() AS Id FROM seq_1_to_500000;
  INSERT INTO postings (Id, BusinessDate, PostedAt) SELECT Id, '2026-11-23', UTC_TIMESTAMP(6) FROM p;
  INSERT INTO ledger_entries (PostingId, Line, AccountId, Debit, Credit) SELECT Id, 1, '$cash', 10.00, 0 FROM p;
  INSERT INTO ledger_entries (PostingId, Line, AccountId, Debit, Credit) SELECT Id, 2, '$cust', 0, 10.00 FROM p;
  UPDATE ledger_accounts SET Balance = Balance + 5000000 WHERE Id IN ('$cash', '$cust');"
bench ledger-check "$cs;Database=bench"
