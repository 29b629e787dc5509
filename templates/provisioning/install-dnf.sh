# Installs Docker Engine with dnf: Fedora's moby-engine, or docker-ce from Docker's repository on RHEL, CentOS, Rocky and Alma.
set -eu
OS_ID={{OS_ID}}
DOCKER_VERSION={{DOCKER_VERSION}}
suffix=""
if [ -n "$DOCKER_VERSION" ]; then
  suffix="-$DOCKER_VERSION*"
fi
if [ "$OS_ID" = fedora ]; then
  dnf install -y -q "moby-engine$suffix"
else
  dnf install -y -q dnf-plugins-core
  dnf config-manager --add-repo https://download.docker.com/linux/centos/docker-ce.repo
  dnf install -y -q "docker-ce$suffix" "docker-ce-cli$suffix" containerd.io
fi
