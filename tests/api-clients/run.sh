#!/usr/bin/env bash
# The OpenAPI document as generated clients use it (issue 15; docs/api-clients.md). Starts the Release build of the app
# (built by test.sh's `dotnet test CreditLoan.sln -c Release`) on a free loopback port with a throwaway SQLite database,
# fetches /openapi/v1.json, lints it with Redocly CLI (0 errors), generates a C# client with NSwag and one with Kiota,
# compiles both (CreditLoan.ApiClients.Tests) and calls the app through each: a token, the product list, a 400, a 404.
# Nothing here reaches for the internet once the npm and NuGet packages are restored: no update checks, no telemetry.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 MSBUILDDISABLENODEREUSE=1
export KIOTA_OFFLINE_ENABLED=true KIOTA_TUTORIAL_ENABLED=false KIOTA_CLI_TELEMETRY_OPTOUT=true
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true

app_dll="$repo/src/CreditLoan.Web/bin/Release/net10.0/CreditLoan.Web.dll"
[ -f "$app_dll" ] || { echo "ERROR: $app_dll is missing: build the solution first (dotnet build CreditLoan.sln -c Release)" >&2; exit 1; }

# Redocly CLI from the npm lock file (it runs on the machine's Node.js 20 as on Debian 12's Node.js 18)
if [ ! -x "$here/node_modules/.bin/redocly" ] || [ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]; then
  (cd "$here" && npm ci --prefer-offline --no-audit --no-fund --loglevel=error >/dev/null)
fi
(cd "$repo" && dotnet tool restore >/dev/null)

work=$(mktemp -d)
app_pid=
cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

password="Api-Clients-$RANDOM$RANDOM-Test"
(cd "$work" && ASPNETCORE_ENVIRONMENT=Development Database__DataDirectory="$work/data" Bootstrap__AdminUserName=admin \
  Bootstrap__AdminPassword="$password" Jobs__Enabled=false exec dotnet "$app_dll" --urls http://127.0.0.1:0 >"$work/app.log" 2>&1) &
app_pid=$!
url=
for _ in $(seq 1 120); do
  url=$(grep -o 'is listening on http://127\.0\.0\.1:[0-9]*' "$work/app.log" 2>/dev/null | head -1 | sed 's/is listening on //') || true
  [ -n "$url" ] && break
  kill -0 "$app_pid" 2>/dev/null || break
  sleep 0.5
done
if [ -z "$url" ]; then echo "ERROR: the app did not start:" >&2; cat "$work/app.log" >&2; exit 1; fi

# the document exactly as the running app serves it (Node's fetch: no curl needed)
node -e 'fetch(process.argv[1]).then(async r => { if (!r.ok) throw new Error(r.status); require("fs").writeFileSync(process.argv[2], await r.text()); })' \
  "$url/openapi/v1.json" "$work/openapi.json"

echo "OpenAPI: Redocly lint (recommended rules, tests/api-clients/redocly.yaml)"
(cd "$here" && ./node_modules/.bin/redocly lint "$work/openapi.json" --config redocly.yaml --format=summary 2>&1 | grep -v -i "node.js 2\|^ *║\|^ *╔\|^ *╚" )

echo "OpenAPI: generating the NSwag and Kiota clients"
rm -rf "$here/generated"
mkdir -p "$here/generated"
(cd "$repo" && dotnet nswag openapi2csclient /input:"$work/openapi.json" /output:"$here/generated/NswagClient.cs" \
  /namespace:CreditLoan.ApiClients.Nswag /ClassName:NswagClient /OperationGenerationMode:SingleClientFromOperationId \
  /JsonLibrary:SystemTextJson >"$work/nswag.log" 2>&1) || { cat "$work/nswag.log" >&2; exit 1; }
(cd "$repo" && dotnet kiota generate -l CSharp -d "$work/openapi.json" -o "$here/generated/Kiota" -c KiotaClient \
  -n CreditLoan.ApiClients.Kiota --exclude-backward-compatible --clean-output --ll Error >"$work/kiota.log" 2>&1) || { cat "$work/kiota.log" >&2; exit 1; }

echo "OpenAPI: compiling both clients and calling $url through each"
CREDITLOAN_API_URL="$url" CREDITLOAN_API_USER=admin CREDITLOAN_API_PASSWORD="$password" \
  dotnet test "$here/CreditLoan.ApiClients.Tests.csproj" -c Release --nologo
