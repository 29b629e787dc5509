#!/usr/bin/env bash
# Builds the root folder of the examples/shop image from Debian packages (no registry is needed): busybox from
# busybox-static (sh, httpd with CGI, wget, nslookup) plus redis-server and redis-cli from Debian's redis
# packages with the shared libraries they load. Usage: make-shop-rootfs.sh DIR
set -euo pipefail
root="${1:?usage: make-shop-rootfs.sh DIR}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
bash "$repo/scripts/make-busybox-rootfs.sh" "$root"
mkdir -p "$root/usr/bin" "$root/data"
for binary in /usr/bin/redis-server /usr/bin/redis-cli; do
  cp "$binary" "$root/usr/bin/"
  for library in $(ldd "$binary" | awk '$3 ~ /^\//{print $3} $1 ~ /^\//{print $1}'); do
    mkdir -p "$root$(dirname "$library")"
    cp -L "$library" "$root$library"
  done
done
echo "nobody:x:65534:65534:nobody:/:/bin/sh" >> "$root/etc/passwd"
