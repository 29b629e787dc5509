#!/bin/sh
# Seeded fault campaign of the azure driver against the Azure simulator.
# Each of RUNS creates runs under random throttling (429 + Retry-After), 5xx, slow answers, out-of-capacity VM
# creates and a scripted failure (sometimes after the call took effect), and must either succeed or leave zero live
# resources; each of RUNS abandoned creates must leave only what 'gc' finds and removes completely.
# Usage: bench/azure-faults.sh [RUNS] [FIRST_SEED]   (default 100 runs from seed 1000)
set -eu
exec "$(dirname "$0")/fault-campaign.sh" AZURE AzureFaultCampaignTests azure "$@"
