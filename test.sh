#!/usr/bin/env bash
# Runs every test of CreditLoan. The MariaDB tests start their own throwaway mariadbd, the fault test a throwaway
# 3-node Galera cluster (galera-4, state transfer by rsync), and the browser tests drive Debian's headless Chromium (with
# a CJK font for the Chinese pages): this script installs what is missing (as root), or stops loudly.
set -euo pipefail
cd "$(dirname "$0")"
# no tool the tests run reaches for the internet: no telemetry, no first-run or update checks
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 DOTNET_GENERATE_ASPNET_CERTIFICATE=false
# no MSBuild worker nodes left behind between the suites (and after the run)
export MSBUILDDISABLENODEREUSE=1

need_install=()
command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ] || need_install+=(mariadb-server)
command -v mariadb >/dev/null 2>&1 || need_install+=(mariadb-client)
command -v mariadb-install-db >/dev/null 2>&1 || [ -x /usr/bin/mariadb-install-db ] || need_install+=(mariadb-server)
[ -f /usr/lib/galera/libgalera_smm.so ] || [ -f /usr/lib/libgalera_smm.so ] || need_install+=(galera-4)
command -v rsync >/dev/null 2>&1 || need_install+=(rsync)
command -v ss >/dev/null 2>&1 || need_install+=(iproute2)
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need_install+=(chromium)
[ -f /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc ] || need_install+=(fonts-wqy-zenhei)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need_install+=(nginx-light)
command -v openssl >/dev/null 2>&1 || need_install+=(openssl)
# the OpenAPI check lints with Redocly CLI (npm; Debian 12's Node.js 18 runs it as well as a newer one)
command -v node >/dev/null 2>&1 || need_install+=(nodejs)
command -v npm >/dev/null 2>&1 || need_install+=(npm)
if [ ${#need_install[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing ${need_install[*]} (needed by the MariaDB and browser tests)..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_install[@]}" >/dev/null
  else
    echo "ERROR: packages the tests need are missing: ${need_install[*]}." >&2
    echo "Install them with: sudo apt-get install -y mariadb-server mariadb-client galera-4 rsync chromium fonts-wqy-zenhei nginx-light openssl nodejs npm" >&2
    echo "The MariaDB, cluster and browser tests are never skipped." >&2
    exit 1
  fi
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
# the unit and API suites side by side; then the browser tests, the published build behind nginx and the fault test,
# each alone: a browser with an interactive circuit, a publish, or a cluster with two instances under load, shares two
# cores badly with the other suites
dotnet test CreditLoan.sln -c Release --nologo \
  --filter "FullyQualifiedName!~CreditLoan.Reliability.Tests&FullyQualifiedName!~CreditLoan.Browser.Tests&FullyQualifiedName!~CreditLoan.Deployment.Tests" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
# the OpenAPI document as generated clients use it: Redocly lint, NSwag and Kiota clients generated from the running
# Release build, compiled and called (tests/api-clients/run.sh, docs/api-clients.md)
tests/api-clients/run.sh 2>&1 | tee -a "$log"
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1
for project in tests/CreditLoan.Browser.Tests tests/CreditLoan.Deployment.Tests tests/CreditLoan.Reliability.Tests; do
  dotnet test "$project" -c Release --nologo --no-build 2>&1 | tee -a "$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
done
set -e

# One plain summary line over all test projects.
awk '/(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
