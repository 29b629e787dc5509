#!/usr/bin/env bash
# The main job on the embedded default (local hosts on this machine): create a pool of 3 local Docker hosts
# with mutual TLS, deploy the examples/shop compose project across them (a store, a one-shot job that seeds it,
# and 3 web replicas that reach the store by name across hosts; the image is made from Debian packages,
# imported on one host and streamed to the others by hostpool), and print every web replica's URL with its answer.
# Leaves the pool running; `hostpool down -p shop -v && hostpool rm -y demo-1 demo-2 demo-3` removes it.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
bash "$repo/scripts/setup.sh"

export HOSTPOOL_HOME="${HOSTPOOL_HOME:-$HOME/.hostpool}"
for host in demo-1 demo-2 demo-3; do
  if hostpool inspect "$host" >/dev/null 2>&1; then hostpool rm -y -f "$host"; fi
done
hostpool create --driver local --count 3 demo
hostpool ls

# No registry is reachable: build the example image from Debian packages and import it on one host only.
image_root="$(mktemp -d)"
trap 'rm -rf "$image_root"' EXIT
bash "$repo/scripts/make-shop-rootfs.sh" "$image_root"
(
  eval "$(hostpool env demo-1)"
  tar -C "$image_root" -c . | docker import - hostpool/shop:example >/dev/null
)

hostpool deploy -f "$repo/examples/shop/compose.yaml"
hostpool ps -p shop

echo
for address in $(hostpool ps -p shop | grep -oE '[0-9]+(\.[0-9]+){3}:8080' | sort -u); do
  url="http://$address/cgi-bin/visit"
  answer=""
  for _ in $(seq 1 50); do
    if answer=$(curl -fsS --max-time 2 "$url" 2>/dev/null); then break; fi
    sleep 0.2
  done
  echo "$url -> ${answer:-no answer}"
done
