#!/bin/sh
# Seeded fault campaign of the openstack driver against the OpenStack simulator, then creates killed with kill -9.
# Part 1: each of RUNS creates (every other one with a floating IP) runs under random 429s (with Retry-After), 5xx, slow
# answers, NoValidHost builds and a scripted failure (a revoked token among them; some take effect before the answer is
# lost), and must either succeed or leave zero live resources after rollback; each of RUNS abandoned creates must leave
# only what gc finds and removes completely.
# Part 2: KILLS times, the real CLI runs `hostpool create --driver openstack` against the standalone simulator, is killed
# with kill -9 after a seeded 1 to 4 s, and `hostpool gc --driver openstack -y` must leave the leak report empty.
# Usage: bench/openstack-faults.sh [RUNS] [FIRST_SEED] [KILLS]   (default 100 runs from seed 1000, 10 kills)
set -eu
cd "$(dirname "$0")/.."
RUNS="${1:-100}"
SEED="${2:-1000}"
KILLS="${3:-10}"
bench/fault-campaign.sh OS OsFaultCampaignTests openstack "$RUNS" "$SEED"

dotnet build src/Cli/HostPool.Cli.csproj -v q -nologo >/dev/null
dotnet build tests/CloudSim/HostPool.CloudSim.csproj -v q -nologo >/dev/null
WORK="$(mktemp -d)"
dotnet tests/CloudSim/bin/Debug/net10.0/HostPool.CloudSim.dll --openstack 0 --backend address-only --transition-ms 100 >"$WORK/sim.log" 2>&1 &
SIM=$!
trap 'kill "$SIM" 2>/dev/null || true; rm -rf "$WORK"' EXIT
until grep -q '^ready' "$WORK/sim.log"; do sleep 0.2; done
ENDPOINT="$(sed -n 's/^openstack endpoint //p' "$WORK/sim.log")"
export OS_AUTH_URL="${ENDPOINT}identity/v3" OS_USERNAME=hostpool OS_PASSWORD=simulator-password OS_PROJECT_NAME=hostpool
export HOSTPOOL_HOME="$WORK/home" CI=true
live() { curl -s "${ENDPOINT}_sim/leaks" | python3 -c 'import json, sys; print(json.load(sys.stdin)["count"])'; }
left_by_kills=0
killed_with_resources=0
i=1
while [ "$i" -le "$KILLS" ]; do
  dotnet src/Cli/bin/Debug/net10.0/hostpool.dll create --driver openstack --openstack-ssh-user root "k$i" >/dev/null 2>&1 &
  CREATE=$!
  sleep "$(awk -v s="$((SEED + i))" 'BEGIN { srand(s); printf "%.2f", 1 + rand() * 3 }')"
  kill -9 "$CREATE" 2>/dev/null || true
  wait "$CREATE" 2>/dev/null || true
  before="$(live)"
  dotnet src/Cli/bin/Debug/net10.0/hostpool.dll gc --driver openstack -y >"$WORK/gc.log" 2>&1 || { cat "$WORK/gc.log"; exit 1; }
  after="$(live)"
  if [ "$after" != 0 ]; then
    echo "kill $i: gc left $after live resources"; curl -s "${ENDPOINT}_sim/leaks"; exit 1
  fi
  left_by_kills=$((left_by_kills + before))
  [ "$before" = 0 ] || killed_with_resources=$((killed_with_resources + 1))
  i=$((i + 1))
done
echo "openstack kill -9 runs: $KILLS creates killed, $killed_with_resources left resources ($left_by_kills in all), gc removed them all, 0 left"
