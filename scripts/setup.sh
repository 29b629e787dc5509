#!/usr/bin/env bash
# Sets up a fresh Debian machine for hostpool: the packages local hosts need, a Release build of the
# tool, and a `hostpool` command on PATH. Idempotent; run as root.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"

bash "$repo/scripts/install-host-packages.sh"
# curl for the main job's requests, bc for the benchmark scripts' arithmetic.
for tool in curl bc; do
  command -v "$tool" >/dev/null || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$tool"; }
done

dotnet publish "$repo/src/Cli/HostPool.Cli.csproj" -c Release -o "$repo/artifacts/hostpool" -v q -nologo
ln -sf "$repo/artifacts/hostpool/hostpool" /usr/local/bin/hostpool
echo "hostpool is on PATH: $(command -v hostpool) ($(hostpool version))"
