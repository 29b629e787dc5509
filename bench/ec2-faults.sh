#!/bin/sh
# Seeded fault campaign of the ec2 driver against the EC2 simulator.
# Each of RUNS creates runs under random throttling, 5xx, slow answers, capacity errors and a scripted failure,
# and must either succeed or leave zero live resources; each of RUNS abandoned creates must leave only what
# 'gc' finds and removes completely. Usage: bench/ec2-faults.sh [RUNS] [FIRST_SEED]   (default 100 runs from seed 1000)
set -eu
exec "$(dirname "$0")/fault-campaign.sh" EC2 Campaign.FaultCampaignTests ec2 "$@"
