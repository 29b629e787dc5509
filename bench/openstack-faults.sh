#!/bin/sh
# Seeded fault campaign of the openstack driver against the OpenStack simulator.
# Each of RUNS creates (every other one with a floating IP) runs under random 429s (with Retry-After), 5xx, slow answers,
# NoValidHost builds and a scripted failure (a revoked token among them; some take effect before the answer is lost),
# and must either succeed or leave zero live resources after rollback; each of RUNS abandoned creates must leave only
# what 'gc' finds and removes completely. A create killed with kill -9 through the real CLI is proven by
# tests/HostPool.Integration.Tests (OpenStackCliTests).
# Usage: bench/openstack-faults.sh [RUNS] [FIRST_SEED]   (default 100 runs from seed 1000)
set -eu
exec "$(dirname "$0")/fault-campaign.sh" OS OsFaultCampaignTests openstack "$@"
