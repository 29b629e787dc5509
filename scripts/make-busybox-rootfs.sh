#!/usr/bin/env bash
# Builds a minimal image root folder from Debian's busybox-static (no registry is needed):
# busybox with its applets (sh, httpd, wget, nslookup, ...). Usage: make-busybox-rootfs.sh DIR
set -euo pipefail
root="${1:?usage: make-busybox-rootfs.sh DIR}"
mkdir -p "$root/bin" "$root/etc" "$root/tmp" "$root/www"
cp /bin/busybox "$root/bin/busybox"
for applet in $("$root/bin/busybox" --list); do
  [ -e "$root/bin/$applet" ] || ln -s busybox "$root/bin/$applet"
done
echo "root:x:0:0:root:/:/bin/sh" > "$root/etc/passwd"
echo "root:x:0:" > "$root/etc/group"
