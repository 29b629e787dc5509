#!/bin/sh
# Runs one provider's seeded fault campaign test class and prints its figures.
# Usage (from the other bench/*-faults.sh): bench/fault-campaign.sh PREFIX TEST_CLASS NAME [RUNS] [FIRST_SEED]
# PREFIX names the test's variables (PREFIX_FAULT_RUNS, _SEED, _REPORT); RUNS defaults to 100, FIRST_SEED to 1000.
set -eu
cd "$(dirname "$0")/.."
PREFIX="$1"
CLASS="$2"
NAME="$3"
RUNS="${4:-100}"
SEED="${5:-1000}"
REPORT="$(mktemp)"
trap 'rm -f "$REPORT"' EXIT
start=$(date +%s)
env "${PREFIX}_FAULT_RUNS=$RUNS" "${PREFIX}_FAULT_SEED=$SEED" "${PREFIX}_FAULT_REPORT=$REPORT" \
  dotnet test --project tests/HostPool.CloudSim.Tests/HostPool.CloudSim.Tests.csproj -- --filter-class "*$CLASS"
end=$(date +%s)
cat "$REPORT"
echo "$NAME fault campaign passed in $((end - start)) s"
