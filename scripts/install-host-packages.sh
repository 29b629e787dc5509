#!/bin/sh
# Installs what local hosts need on this machine: the Docker engine, an OpenSSH server, iproute2, iptables,
# busybox and redis (for the locally made example images), procps and psmisc. Idempotent: installs only what is missing. Needs root.
set -eu

packages="docker.io openssh-server iproute2 iptables busybox-static procps psmisc util-linux redis-server redis-tools"

if [ "$(id -u)" -ne 0 ]; then
    echo "install-host-packages.sh needs root: run it with sudo." >&2
    exit 1
fi

missing=""
for package in $packages; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $package"
    fi
done

if [ -z "$missing" ]; then
    echo "All host packages are installed."
    exit 0
fi

echo "Installing:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
# shellcheck disable=SC2086 # the list is meant to split into words
apt-get install -y -q --no-install-recommends $missing

