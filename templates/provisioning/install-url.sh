# Installs Docker Engine with a script fetched from a URL (as get.docker.com's); VERSION pins the version it installs.
set -eu
INSTALL_URL={{INSTALL_URL}}
DOCKER_VERSION={{DOCKER_VERSION}}
script=$(mktemp)
trap 'rm -f "$script"' EXIT
if command -v curl >/dev/null 2>&1; then
  curl -fsSL "$INSTALL_URL" -o "$script"
elif command -v wget >/dev/null 2>&1; then
  wget -q -O "$script" "$INSTALL_URL"
else
  echo "neither curl nor wget is installed: install one of them, or install Docker on the host first" >&2
  exit 127
fi
if [ -n "$DOCKER_VERSION" ]; then
  VERSION="$DOCKER_VERSION" sh "$script"
else
  sh "$script"
fi
