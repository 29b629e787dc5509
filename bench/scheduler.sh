#!/usr/bin/env bash
# Measures the scheduler: BenchmarkDotNet for speed (with the classic Swarm ranking as the peer in the
# same run), then the quality harness, which writes the scheduler's section of bench/RESULTS.md.
#   bash bench/scheduler.sh                 full run (a few minutes on 2 cores)
#   bash bench/scheduler.sh --quality-only  packing and spread quality only, keeps the last speed figures
set -euo pipefail
cd "$(dirname "$0")/.."
artifacts=bench/Scheduler/BenchmarkDotNet.Artifacts
mkdir -p "$artifacts"
dotnet build -c Release -v q -nologo bench/Scheduler/HostPool.Scheduler.Benchmarks.csproj
dotnet build -c Release -v q -nologo bench/Scheduler/Quality/HostPool.Scheduler.Quality.csproj
export SCHEDULER_BENCH_LOAD="$(cut -d' ' -f1-3 /proc/loadavg)"
if [ "${1:-}" != "--quality-only" ]; then
  (cd "$artifacts" && dotnet ../bin/Release/net10.0/HostPool.Scheduler.Benchmarks.dll throughput.tsv)
fi
dotnet bench/Scheduler/Quality/bin/Release/net10.0/HostPool.Scheduler.Quality.dll \
  --results bench/RESULTS.md \
  --throughput "$artifacts/throughput.tsv" \
  --instances-per-class 350 --items 500 \
  --command "bash bench/scheduler.sh $*"
