#!/usr/bin/env bash
# The main job on the embedded default (local hosts on this machine): create a pool of 3 local Docker
# hosts with mutual TLS, run a web container on each through the real docker CLI, and print URLs that
# answer. Leaves the pool running; `hostpool rm -y demo-1 demo-2 demo-3` removes it.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
bash "$repo/scripts/setup.sh"

export HOSTPOOL_HOME="${HOSTPOOL_HOME:-$HOME/.hostpool}"
for host in demo-1 demo-2 demo-3; do
  if hostpool inspect "$host" >/dev/null 2>&1; then hostpool rm -y "$host"; fi
done
hostpool create --driver local --count 3 demo
hostpool ls

image_root="$(mktemp -d)"
trap 'rm -rf "$image_root"' EXIT
bash "$repo/scripts/make-busybox-rootfs.sh" "$image_root"

for host in demo-1 demo-2 demo-3; do
  (
    eval "$(hostpool env "$host")"
    tar -C "$image_root" -c . | docker import - hostpool/busybox:latest >/dev/null
    docker rm -f web >/dev/null 2>&1 || true
    docker run -d --name web -p 8080:8080 hostpool/busybox:latest \
      sh -c "mkdir -p /www && echo 'hello from $host' > /www/index.html && exec httpd -f -p 8080 -h /www" >/dev/null
  )
done

echo
for host in demo-1 demo-2 demo-3; do
  url="http://$(hostpool ip "$host"):8080/"
  for _ in $(seq 1 50); do
    if answer=$(curl -fsS --max-time 2 "$url" 2>/dev/null); then break; fi
    sleep 0.2
  done
  echo "$url -> ${answer:-no answer}"
done
