# Installs Docker Engine from the distribution's packages (Debian, Ubuntu and their derivatives).
set -eu
DOCKER_VERSION={{DOCKER_VERSION}}
export DEBIAN_FRONTEND=noninteractive
package=docker.io
if [ -n "$DOCKER_VERSION" ]; then
  package="docker.io=$DOCKER_VERSION*"
fi
apt-get update -q
apt-get install -y -q "$package"
