#!/usr/bin/env bash
# Time to create 1 local host and 10 local hosts with --count 10, in one run, on this machine.
# The figure that matters is the ratio: parallel creation should cost little more than one host.
# Appends its figures to bench/RESULTS.md. Run as root after scripts/setup.sh.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
export HOSTPOOL_HOME="$(mktemp -d /tmp/hostpool-bench-XXXX)"
trap 'hostpool rm -y -f $(hostpool ls -q) >/dev/null 2>&1 || true; rm -rf "$HOSTPOOL_HOME"' EXIT
subnet="${BENCH_SUBNET:-10.214.0.0/24}"
common=(--driver local --local-subnet "$subnet" --local-bridge hpbench0)

seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); echo "$end - $start" | bc -l; }

one=$(seconds hostpool create "${common[@]}" single)
hostpool rm -y single >/dev/null
ten=$(seconds hostpool create "${common[@]}" --count 10 many)
hostpool rm -y $(hostpool ls -q) >/dev/null
ratio=$(echo "$ten / $one" | bc -l)

line=$(printf '| %s | %.1f s | %.1f s | %.2f |' "$(date -u +%Y-%m-%d)" "$one" "$ten" "$ratio")
echo "create 1 host: $(printf %.1f "$one") s; create 10 hosts with --count 10: $(printf %.1f "$ten") s; ratio 10/1: $(printf %.2f "$ratio")"
results="$repo/bench/RESULTS.md"
if ! grep -q '^## Host creation' "$results" 2>/dev/null; then
  cat >> "$results" <<'HEAD'

## Host creation (local driver)

Command: `bash bench/create-hosts.sh` (2 cores, 24 GiB). Time until each host answers over mutual TLS.

| date | 1 host | 10 hosts (--count 10) | ratio 10/1 |
| --- | --- | --- | --- |
HEAD
fi
echo "$line" >> "$results"
