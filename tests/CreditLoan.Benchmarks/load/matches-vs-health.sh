#!/usr/bin/env bash
# Load run on loopback: GET /api/needs/{id}/matches with N published products, against GET /health/live in the same run.
# Usage: tests/CreditLoan.Benchmarks/load/matches-vs-health.sh [products] [seconds]
set -euo pipefail
products=${1:-10000}
seconds=${2:-10}
root=$(cd "$(dirname "$0")/../../.." && pwd)
work=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

dotnet build -c Release "$root/src/CreditLoan.Web" >/dev/null
dotnet build -c Release "$root/tests/CreditLoan.Benchmarks" >/dev/null
export RateLimits__Multiplier=1000 Bootstrap__AdminPassword='bench-Chief-2026' Database__DataDirectory="$work/data" Logging__LogLevel__Default=Warning Outbox__Enabled=false
(cd "$work" && exec dotnet "$root/src/CreditLoan.Web/bin/Release/net10.0/CreditLoan.Web.dll" --urls "http://127.0.0.1:$port" \
   "--Logging:LogLevel:CreditLoan.Application.Common.Behaviours=Warning" >"$work/app.log" 2>&1) & pid=$!
base="http://127.0.0.1:$port"
until curl -sf "$base/health/ready" >/dev/null; do sleep 0.3; done
seed=$(dotnet "$root/tests/CreditLoan.Benchmarks/bin/Release/net10.0/CreditLoan.Benchmarks.dll" seed-http "$base" 'bench-Chief-2026' "$products")
need=$(echo "$seed" | sed -n 's/^NEED=//p')
token=$(echo "$seed" | sed -n 's/^TOKEN=//p')
matches=$(curl -sf -H "Authorization: Bearer $token" "$base/api/needs/$need/matches" | python3 -c "import sys,json; b=sys.stdin.buffer.read(); print(len(json.loads(b)['items']), 'matches,', len(b), 'bytes')")

echo "products=$products matches_for_the_need=$matches duration=${seconds}s machine=$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
cat > "$work/auth.lua" <<LUA
wrk.headers["Authorization"] = "Bearer $token"
LUA
wrk -t2 -c64 -d2s "$base/health/live" >/dev/null
wrk -t2 -c64 -d2s -s "$work/auth.lua" "$base/api/needs/$need/matches" >/dev/null
health=$(wrk -t2 -c64 -d"${seconds}s" --latency "$base/health/live")
m=$(wrk -t2 -c64 -d"${seconds}s" --latency -s "$work/auth.lua" "$base/api/needs/$need/matches")
h=$(echo "$health" | awk '/Requests\/sec/ {print $2}')
r=$(echo "$m" | awk '/Requests\/sec/ {print $2}')
echo "--- /health/live"; echo "$health" | grep -E 'Requests/sec|99%|50%|Non-2xx|Socket errors' || true
echo "--- /api/needs/{id}/matches"; echo "$m" | grep -E 'Requests/sec|99%|50%|Non-2xx|Socket errors' || true
python3 -c "print(f'ratio matches/health = {float(\"$r\")/float(\"$h\"):.2f}')"
