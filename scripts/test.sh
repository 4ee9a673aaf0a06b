#!/usr/bin/env bash
# Runs every test: installs what is missing, checks formatting, builds warning-free,
# runs the xunit suite (unit, host, Azurite and end-to-end Playground tests), and ends
# with one line: "N passed, N failed, N skipped".
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"

ensure_dotnet
ensure_node_modules
ensure_chromium

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

echo "Restoring and building..."
dotnet restore SupervisionBot.sln --verbosity quiet
dotnet build SupervisionBot.sln --no-restore --configuration Release --verbosity quiet -warnaserror

echo "Checking formatting..."
dotnet format SupervisionBot.sln --verify-no-changes --no-restore

results="$REPO_ROOT/artifacts/test-results"
rm -rf "$results"
echo "Running tests..."
set +e
dotnet test SupervisionBot.sln --no-build --configuration Release \
  --logger "trx;LogFileName=results.trx" --logger "console;verbosity=normal" \
  --results-directory "$results" --blame-hang-timeout 10m
status=$?
set -e

counters="$(grep -ho '<Counters [^>]*>' "$results"/*.trx 2>/dev/null | head -n 1 || true)"
count() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
total="$(count total)"; passed="$(count passed)"; failed="$(count failed)"
if [ -z "$total" ]; then
  echo "0 passed, 1 failed (the test run produced no results)"
  exit 1
fi
errors="$(count error)"; timeouts="$(count timeout)"; aborted="$(count aborted)"
failed=$(( ${failed:-0} + ${errors:-0} + ${timeouts:-0} + ${aborted:-0} ))
skipped=$(( total - ${passed:-0} - failed ))
echo "${passed:-0} passed, ${failed} failed, ${skipped} skipped"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ]; then
  exit 1
fi
