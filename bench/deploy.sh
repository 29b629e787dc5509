#!/usr/bin/env bash
# Deploy speed, each pair in one run on the same hosts:
#   1. REPLICAS replicas (default 100) over HOSTS local hosts (default 5): `hostpool deploy` against
#      `docker stack deploy` of the same file in Swarm mode (the hosts already form the cluster hostpool keeps).
#   2. SOLO replicas (default 20) on one host: `hostpool deploy` against Debian's `docker-compose up -d --scale`.
# Time until every replica runs (hostpool and docker-compose return then; for the stack, `docker service ls`
# is polled until it reports every replica). The image is on every host before either run starts.
# Prints the figures and ratios and appends them to bench/RESULTS.md. Run as root after scripts/setup.sh.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
replicas="${REPLICAS:-100}"
hosts="${HOSTS:-5}"
solo="${SOLO:-20}"
export HOSTPOOL_HOME="$(mktemp -d /tmp/hostpool-bench-deploy-XXXX)"
work="$(mktemp -d)"
cleanup() {
  hostpool rm -y -f $(hostpool ls -q 2>/dev/null) >/dev/null 2>&1 || true
  rm -rf "$HOSTPOOL_HOME" "$work"
}
trap cleanup EXIT
common=(--driver local --local-subnet "${BENCH_SUBNET:-10.215.0.0/24}" --local-bridge hpbdep0)
now() { date +%s.%N; }
since() { echo "$(now) - $1" | bc -l; }

hostpool create "${common[@]}" --count "$hosts" bd >/dev/null
hostpool create "${common[@]}" --pool solo solo >/dev/null
bash "$repo/scripts/make-busybox-rootfs.sh" "$work/root" >/dev/null
(eval "$(hostpool env bd-1)"; tar -C "$work/root" -c . | docker import - hostpool/busybox:bench >/dev/null)
hostpool image push hostpool/busybox:bench >/dev/null

cat > "$work/pool.yaml" <<YAML
version: "3.8"
services:
  web:
    image: hostpool/busybox:bench
    init: true
    command: ["sleep", "3600"]
    deploy:
      replicas: $replicas
      resources: { reservations: { cpus: "0.001", memory: 8m } }
YAML

# Both pools form their cluster first (hostpool does it on the first deploy), so no run below pays for it.
printf 'services:\n  warm:\n    image: hostpool/busybox:bench\n    command: ["true"]\n    restart: "no"\n' > "$work/warm.yaml"
for pool in default solo; do
  hostpool deploy --pool "$pool" -p warm -f "$work/warm.yaml" >/dev/null
  hostpool down --pool "$pool" -p warm >/dev/null
done

# 1a. hostpool over the pool
start=$(now)
hostpool deploy --pool default -p hp -f "$work/pool.yaml" >/dev/null
hp_pool=$(since "$start")
running=$(hostpool ps -p hp --format json | grep -c '"state": "running"')
[ "$running" -eq "$replicas" ] || { echo "hostpool: $running of $replicas replicas run" >&2; exit 1; }
hostpool down --pool default -p hp >/dev/null

# 1b. docker stack deploy of the same file, on a manager of the same cluster
manager_host=bd-1
(
  eval "$(hostpool env "$manager_host")"
  start=$(now)
  docker stack deploy -c "$work/pool.yaml" st >/dev/null
  until [ "$(docker service ls --filter name=st_web --format '{{.Replicas}}')" = "$replicas/$replicas" ]; do sleep 0.2; done
  since "$start" > "$work/stack"
  docker stack rm st >/dev/null
  while [ -n "$(docker ps -q --filter label=com.docker.stack.namespace=st)" ]; do sleep 0.5; done
)
stack=$(cat "$work/stack")

# 2. one host: hostpool against docker-compose
sed -e "s/replicas: $replicas/replicas: $solo/" "$work/pool.yaml" > "$work/solo.yaml"
start=$(now)
hostpool deploy --pool solo -p hpsolo -f "$work/solo.yaml" >/dev/null
hp_solo=$(since "$start")
hostpool down --pool solo -p hpsolo >/dev/null
(
  eval "$(hostpool env solo)"
  grep -v 'replicas:' "$work/solo.yaml" > "$work/compose.yaml"
  start=$(now)
  # requests prefers REQUESTS_CA_BUNDLE or CURL_CA_BUNDLE over docker-py's own CA when it is set: let docker-py use the pool's CA.
  unset REQUESTS_CA_BUNDLE CURL_CA_BUNDLE
  docker-compose -p dc -f "$work/compose.yaml" up -d --scale web="$solo" >/dev/null
  since "$start" > "$work/compose"
  docker-compose -p dc -f "$work/compose.yaml" down >/dev/null 2>&1
)
compose=$(cat "$work/compose")

ratio_pool=$(echo "$stack / $hp_pool" | bc -l)
ratio_solo=$(echo "$compose / $hp_solo" | bc -l)
printf '%s replicas over %s hosts: hostpool deploy %.1f s, docker stack deploy %.1f s (stack/hostpool %.2f)\n' "$replicas" "$hosts" "$hp_pool" "$stack" "$ratio_pool"
printf '%s replicas on one host: hostpool deploy %.1f s, docker-compose up %.1f s (compose/hostpool %.2f)\n' "$solo" "$hp_solo" "$compose" "$ratio_solo"
results="$repo/bench/RESULTS.md"
if ! grep -q '^## Deploy' "$results" 2>/dev/null; then
  cat >> "$results" <<'HEAD'

## Deploy

Command: `bash bench/deploy.sh` (2 cores, 24 GiB; REPLICAS, HOSTS and SOLO set the sizes). Time until every
replica runs; the image is on every host before the runs. A ratio above 1 means hostpool was faster.

| date | replicas / hosts | hostpool | docker stack deploy | stack / hostpool | one host: replicas | hostpool | docker-compose | compose / hostpool |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
HEAD
fi
printf '| %s | %s / %s | %.1f s | %.1f s | %.2f | %s | %.1f s | %.1f s | %.2f |\n' "$(date -u +%Y-%m-%d)" "$replicas" "$hosts" "$hp_pool" "$stack" "$ratio_pool" "$solo" "$hp_solo" "$compose" "$ratio_solo" >> "$results"
