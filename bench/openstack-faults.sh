#!/bin/sh
# Seeded fault campaign of the openstack driver against the OpenStack simulator.
# Each of RUNS creates (every other one with a floating IP) runs under random 429s (with Retry-After), 5xx, slow answers,
# NoValidHost builds and a scripted failure (a revoked token among them; some take effect before the answer is lost),
# and must either succeed or leave zero live resources after rollback; each of RUNS abandoned creates must leave only
# what 'gc' finds and removes completely. A create killed with kill -9 through the real CLI is proven by
# tests/HostPool.Integration.Tests (OpenStackCliTests).
# Usage: bench/openstack-faults.sh [RUNS] [FIRST_SEED]   (default 100 runs from seed 1000)
set -eu
cd "$(dirname "$0")/.."
RUNS="${1:-100}"
SEED="${2:-1000}"
REPORT="$(mktemp)"
trap 'rm -f "$REPORT"' EXIT
start=$(date +%s)
OS_FAULT_RUNS="$RUNS" OS_FAULT_SEED="$SEED" OS_FAULT_REPORT="$REPORT" \
  dotnet test --project tests/HostPool.CloudSim.Tests/HostPool.CloudSim.Tests.csproj -- --filter-class "*OsFaultCampaignTests"
end=$(date +%s)
cat "$REPORT"
echo "openstack fault campaign passed in $((end - start)) s"
