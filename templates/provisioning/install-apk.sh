# Installs Docker Engine from Alpine's packages.
set -eu
DOCKER_VERSION={{DOCKER_VERSION}}
package=docker
if [ -n "$DOCKER_VERSION" ]; then
  package="docker~$DOCKER_VERSION"
fi
apk add --no-cache "$package"
