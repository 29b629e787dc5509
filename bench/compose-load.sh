#!/usr/bin/env bash
# Measures compose load time: the largest shared sample and a generated 1,000-service file, each against
# YamlDotNet parsing the same file in the same run (the Ratio column). Prints BenchmarkDotNet's table.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project bench/Compose/HostPool.Compose.Benchmarks.csproj -- --filter '*LoadBenchmarks*' "$@" 2>&1 \
  | tee /tmp/hostpool-compose-bench.log \
  | sed -n '/^| Method/,/^$/p;/^|---/d'
echo "Full log: /tmp/hostpool-compose-bench.log; reports: BenchmarkDotNet.Artifacts/results/"
