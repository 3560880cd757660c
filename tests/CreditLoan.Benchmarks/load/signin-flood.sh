#!/usr/bin/env bash
# Load run on loopback: how a sign-in flood affects everyone else (issue 15). The app runs as behind a proxy on
# 127.0.0.1 (ReverseProxy:KnownProxies), so each flood request can claim its own client address (X-Forwarded-For) and
# dodge the per-client limit — the worst case: every attempt is a new name from a new address, each costing a password
# hash. Measured before and during the flood: another user's API calls (bearer token) and another user's sign-in from its
# own address. Bounded: the flood runs `seconds` and only to 127.0.0.1.
# Usage: tests/CreditLoan.Benchmarks/load/signin-flood.sh [seconds]
set -euo pipefail
seconds=${1:-15}
root=$(cd "$(dirname "$0")/../../.." && pwd)
work=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1

dotnet build -c Release "$root/src/CreditLoan.Web" >/dev/null
export Bootstrap__AdminPassword='bench-Chief-2026' Database__DataDirectory="$work/data" Logging__LogLevel__Default=Warning \
       Outbox__Enabled=false ReverseProxy__KnownProxies__0=127.0.0.1
(cd "$work" && exec dotnet "$root/src/CreditLoan.Web/bin/Release/net10.0/CreditLoan.Web.dll" --urls "http://127.0.0.1:$port" \
   "--Logging:LogLevel:CreditLoan.Application.Common.Behaviours=Error" >"$work/app.log" 2>&1) & pid=$!
base="http://127.0.0.1:$port"
until curl -sf "$base/health/ready" >/dev/null; do sleep 0.3; done
token=$(curl -sf -H 'Content-Type: application/json' -H 'X-Forwarded-For: 192.0.2.1' -d '{"userName":"admin","password":"bench-Chief-2026"}' \
  "$base/api/auth/token" | python3 -c "import sys,json; print(json.load(sys.stdin)['accessToken'])")
cat > "$work/auth.lua" <<LUA
wrk.headers["Authorization"] = "Bearer $token"
LUA
cat > "$work/flood.lua" <<'LUA'
math.randomseed(os.time())
request = function()
  local ip = string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255), math.random(1, 254))
  local body = string.format('{"userName":"u%d","password":"wrong-password-%d"}', math.random(1, 1000000), math.random(1, 1000000))
  return wrk.format("POST", "/api/auth/token", { ["Content-Type"] = "application/json", ["X-Forwarded-For"] = ip }, body)
end
LUA
# another user's sign-in from its own address: 8 in a row, each timed
signins() {
  for i in 1 2 3 4 5 6 7 8; do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H 'Content-Type: application/json' -H "X-Forwarded-For: 192.0.2.$((10 + i))" \
      -d '{"userName":"admin","password":"bench-Chief-2026"}' "$base/api/auth/token"
  done | awk '{ codes[$1]++; t = $2 * 1000; s += t; if (t > m) m = t } END { printf "sign-in: %d ok of %d, mean %.0f ms, max %.0f ms\n", codes["200"], NR, s / NR, m }'
}
api() { wrk -t1 -c8 -d"${1}s" --latency -s "$work/auth.lua" "$base/api/banks" | grep -E 'Requests/sec|50%|99%|Non-2xx' | xargs; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); flood ${seconds}s"
wrk -t1 -c8 -d2s -s "$work/auth.lua" "$base/api/banks" >/dev/null
echo "--- quiet"
api 5
signins
echo "--- during the flood (wrk -t1 -c32, a new name from a new address each request)"
wrk -t1 -c32 -d"${seconds}s" --latency -s "$work/flood.lua" "$base/api/auth/token" >"$work/flood.txt" &
flood=$!
sleep 2
api $((seconds - 6))
signins
wait $flood
echo "flood: $(grep -E 'Requests/sec|Non-2xx' "$work/flood.txt" | xargs)"
