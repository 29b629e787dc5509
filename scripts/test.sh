#!/usr/bin/env bash
# Sets up what the tests need (packages for real local hosts) and runs every test of the solution.
# Ends with one line 'N passed, N failed, N skipped'. Run as root: integration tests make network namespaces.
set -uo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"

bash scripts/install-host-packages.sh || exit 1

log="$(mktemp)"
dotnet test --solution HostPool.sln -c Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# Add up the per-run summaries the test platform prints.
summary=$(awk '
  /^  total:/     { total += $2 }
  /^  failed:/    { failed += $2 }
  /^  succeeded:/ { passed += $2 }
  /^  skipped:/   { skipped += $2 }
  END { printf "%d passed, %d failed, %d skipped", passed, failed, skipped }' "$log")
rm -f "$log"
echo
echo "tests: $summary"
exit "$status"
