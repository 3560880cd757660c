#!/usr/bin/env bash
# Start-up to ready of published builds, restarted alternately: each DIR is a `dotnet publish` output, started from a
# folder of its own on its own SQLite database (created by a first start that is not counted); "ready" = the first 200
# of /health/ready, polled every 20 ms. Loopback only.
# Usage: tests/CreditLoan.Benchmarks/load/startup.sh RUNS DIR...   e.g. startup.sh 5 /tmp/pub-plain /tmp/pub-r2r
set -u
runs=$1; shift
export DOTNET_CLI_TELEMETRY_OPTOUT=1 Bootstrap__AdminPassword='Startup-Chief-2026' Logging__LogLevel__Default=Warning
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
measure() { # index dir
  local i=$1 dir=$2 port=$((18480 + $1)) t0 pid
  mkdir -p "$work/$i"
  t0=$(date +%s%N)
  (cd "$work/$i" && exec env Database__DataDirectory="$work/$i/data" dotnet "$dir/CreditLoan.Web.dll" --urls "http://127.0.0.1:$port" >"$work/$i/log" 2>&1) & pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready"; do sleep 0.02; done
  echo $(( ($(date +%s%N) - t0) / 1000000 ))
  sleep 3; kill "$pid"; wait "$pid" 2>/dev/null
}
i=0; for d in "$@"; do measure $i "$d" >/dev/null; i=$((i + 1)); done
for r in $(seq "$runs"); do
  line="run $r:"; i=0
  for d in "$@"; do line="$line $(basename "$d") $(measure $i "$d") ms,"; i=$((i + 1)); done
  echo "$line load $(cut -d' ' -f1 /proc/loadavg)"
done
