#!/bin/sh
# Seeded fault campaign of the digitalocean driver against the DigitalOcean simulator.
# Each of RUNS creates runs under random 429s (with retry-after), 5xx, slow answers, size-unavailable errors and a scripted
# failure (some taking effect before the answer is lost), and must either succeed or leave zero live resources after
# rollback; each of RUNS abandoned creates must leave only what 'gc' finds and removes completely.
# Usage: bench/digitalocean-faults.sh [RUNS] [FIRST_SEED]   (default 100 runs from seed 1000)
set -eu
exec "$(dirname "$0")/fault-campaign.sh" DO DoFaultCampaignTests digitalocean "$@"
