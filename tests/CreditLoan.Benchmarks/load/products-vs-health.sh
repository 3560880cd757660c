#!/usr/bin/env bash
# Load run on loopback: GET /api/products?pageSize=20 against GET /health/live, measured in the same run.
# Usage: tests/CreditLoan.Benchmarks/load/products-vs-health.sh [sqlite|mariadb] [products] [seconds]
# Starts its own app instance (Release) on 127.0.0.1; for mariadb it also starts a throwaway mariadbd.
set -euo pipefail
provider=${1:-sqlite}
products=${2:-500}
seconds=${3:-10}
root=$(cd "$(dirname "$0")/../../.." && pwd)
source "$(dirname "$0")/mariadb.sh"
work=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

export RateLimits__Multiplier=1000 Bootstrap__AdminPassword='bench-Chief-2026' Database__DataDirectory="$work/data" Logging__LogLevel__Default=Warning \
       Outbox__Enabled=false
if [ "$provider" = mariadb ]; then
  start_mariadb "$work"
  sql -e "CREATE DATABASE bench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  export Database__Provider=MySql ConnectionStrings__Default="Server=127.0.0.1;Port=$dbport;User ID=root;Password=;Database=bench;SslMode=None"
fi

dotnet build -c Release "$root/src/CreditLoan.Web" >/dev/null
(cd "$work" && exec dotnet "$root/src/CreditLoan.Web/bin/Release/net10.0/CreditLoan.Web.dll" --urls "http://127.0.0.1:$port" "--Logging:LogLevel:CreditLoan.Application.Common.Behaviours=Warning" >"$work/app.log" 2>&1) & pids+=($!)
base="http://127.0.0.1:$port"
until curl -sf "$base/health/ready" >/dev/null; do sleep 0.3; done

json() { python3 -c "import sys,json; print(json.load(sys.stdin)$1)"; }
admin=$(curl -sf -H 'Content-Type: application/json' -d '{"userName":"admin","password":"bench-Chief-2026"}' "$base/api/auth/token" | json "['accessToken']")
code=$(python3 - <<'PY'
import random
cs="0123456789ABCDEFGHJKLMNPQRTUWXY"; w=[1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]
b="91130682"+"".join(random.choice(cs) for _ in range(9)); s=sum(cs.index(c)*w[i] for i,c in enumerate(b)); print(b+cs[(31-s%31)%31])
PY
)
bank=$(curl -sf -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' -d "{\"name\":\"压测银行\",\"creditCode\":\"$code\"}" "$base/api/banks" | json "['id']")
curl -sf -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' -d '{"userName":"benchofficer","password":"bench-Officer-1","displayName":"压测"}' "$base/api/banks/$bank/users" >/dev/null
officer=$(curl -sf -H 'Content-Type: application/json' -d '{"userName":"benchofficer","password":"bench-Officer-1"}' "$base/api/auth/token" | json "['accessToken']")
for i in $(seq 1 "$products"); do
  id=$(curl -sf -H "Authorization: Bearer $officer" -H 'Content-Type: application/json' -d "{\"name\":\"产品$i\",\"category\":\"Credit\",\"minAmount\":10000,\"maxAmount\":500000,\"minTermMonths\":6,\"maxTermMonths\":36,\"minAnnualRate\":3.85,\"maxAnnualRate\":6.5,\"repaymentMethods\":[\"EqualInstallment\"],\"industries\":[\"A\"],\"divisions\":[\"130682\"],\"minGrade\":\"C\",\"minYearsInBusiness\":1,\"enterpriseTypes\":[],\"collateralRequired\":false,\"requiredMaterials\":[\"营业执照\"],\"description\":\"压测\"}" "$base/api/products" | json "['id']")
  curl -sf -X POST -H "Authorization: Bearer $officer" "$base/api/products/$id/publish" >/dev/null
done

echo "provider=$provider products=$products duration=${seconds}s machine=$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
wrk -t2 -c64 -d2s "$base/health/live" >/dev/null   # warm-up
wrk -t2 -c64 -d2s "$base/api/products?pageSize=20" >/dev/null
health=$(wrk -t2 -c64 -d"${seconds}s" --latency "$base/health/live")
list=$(wrk -t2 -c64 -d"${seconds}s" --latency "$base/api/products?pageSize=20")
h=$(echo "$health" | awk '/Requests\/sec/ {print $2}')
l=$(echo "$list" | awk '/Requests\/sec/ {print $2}')
echo "--- /health/live";  echo "$health" | grep -E 'Requests/sec|99%|50%|Non-2xx|Socket errors' || true
echo "--- /api/products?pageSize=20"; echo "$list" | grep -E 'Requests/sec|99%|50%|Non-2xx|Socket errors' || true
python3 -c "print(f'ratio products/health = {float(\"$l\")/float(\"$h\"):.2f}')"
