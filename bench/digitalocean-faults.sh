#!/bin/sh
# Seeded fault campaign of the digitalocean driver against the DigitalOcean simulator.
# Each of RUNS creates runs under random 429s (with retry-after), 5xx, slow answers, size-unavailable errors and a scripted
# failure (some taking effect before the answer is lost), and must either succeed or leave zero live resources after
# rollback; each of RUNS abandoned creates must leave only what 'gc' finds and removes completely.
# Usage: bench/digitalocean-faults.sh [RUNS] [FIRST_SEED]   (default 100 runs from seed 1000)
set -eu
cd "$(dirname "$0")/.."
RUNS="${1:-100}"
SEED="${2:-1000}"
REPORT="$(mktemp)"
trap 'rm -f "$REPORT"' EXIT
start=$(date +%s)
DO_FAULT_RUNS="$RUNS" DO_FAULT_SEED="$SEED" DO_FAULT_REPORT="$REPORT" \
  dotnet test --project tests/HostPool.CloudSim.Tests/HostPool.CloudSim.Tests.csproj -- --filter-class "*DoFaultCampaignTests"
end=$(date +%s)
cat "$REPORT"
echo "digitalocean fault campaign passed in $((end - start)) s"
