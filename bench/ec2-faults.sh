#!/bin/sh
# Seeded fault campaign of the ec2 driver against the EC2 simulator.
# Each of RUNS creates runs under random throttling, 5xx, slow answers, capacity errors and a scripted failure,
# and must either succeed or leave zero live resources; each of RUNS abandoned creates must leave only what
# 'gc' finds and removes completely. Usage: bench/ec2-faults.sh [RUNS] [FIRST_SEED]   (default 100 runs from seed 1000)
set -eu
cd "$(dirname "$0")/.."
RUNS="${1:-100}"
SEED="${2:-1000}"
REPORT="$(mktemp)"
trap 'rm -f "$REPORT"' EXIT
start=$(date +%s)
EC2_FAULT_RUNS="$RUNS" EC2_FAULT_SEED="$SEED" EC2_FAULT_REPORT="$REPORT" \
  dotnet test --project tests/HostPool.CloudSim.Tests/HostPool.CloudSim.Tests.csproj -- --filter-class "*FaultCampaignTests"
end=$(date +%s)
cat "$REPORT"
echo "ec2 fault campaign passed in $((end - start)) s"
