#!/usr/bin/env bash
# The main job on the embedded default (local hosts on this machine): create a pool of 3 local Docker hosts
# with mutual TLS, deploy the examples/web compose project across them (3 replicas, the image imported on one
# host and streamed to the others by hostpool), and print the URLs of every replica with their answers.
# Leaves the pool running; `hostpool down -p web && hostpool rm -y demo-1 demo-2 demo-3` removes it.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
bash "$repo/scripts/setup.sh"

export HOSTPOOL_HOME="${HOSTPOOL_HOME:-$HOME/.hostpool}"
for host in demo-1 demo-2 demo-3; do
  if hostpool inspect "$host" >/dev/null 2>&1; then hostpool rm -y -f "$host"; fi
done
hostpool create --driver local --count 3 demo
hostpool ls

# No registry is reachable: build a busybox image from Debian's busybox-static and import it on one host only.
image_root="$(mktemp -d)"
trap 'rm -rf "$image_root"' EXIT
bash "$repo/scripts/make-busybox-rootfs.sh" "$image_root"
(
  eval "$(hostpool env demo-1)"
  tar -C "$image_root" -c . | docker import - hostpool/busybox:example >/dev/null
)

hostpool deploy -f "$repo/examples/web/compose.yaml"
hostpool ps -p web

echo
for address in $(hostpool ps -p web | grep -oE '[0-9]+(\.[0-9]+){3}:8080' | sort -u); do
  url="http://$address/"
  answer=""
  for _ in $(seq 1 50); do
    if answer=$(curl -fsS --max-time 2 "$url" 2>/dev/null); then break; fi
    sleep 0.2
  done
  echo "$url -> ${answer:-no answer}"
done
