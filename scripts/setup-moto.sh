#!/usr/bin/env bash
# Installs moto's server (an AWS emulator) into a private virtualenv for the integration tests in
# test/aws. Idempotent: an existing venv with the pinned version is reused. Concurrent callers
# (several test files starting at once) wait on a lock instead of installing twice.
#
#   scripts/setup-moto.sh            # venv in .tmp/moto-venv
#   MOTO_VENV=DIR MOTO_VERSION=X scripts/setup-moto.sh
set -euo pipefail

MOTO_VERSION="${MOTO_VERSION:-5.1.22}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${MOTO_VENV:-$ROOT/.tmp/moto-venv}"
PYTHON="${PYTHON:-python3}"

installed() {
  [ -x "$VENV/bin/moto_server" ] &&
    "$VENV/bin/python" -c "import importlib.metadata as m, sys; sys.exit(m.version('moto') != '$MOTO_VERSION')" 2>/dev/null
}

installed && exit 0

mkdir -p "$(dirname "$VENV")"
exec 9>"$VENV.lock"
flock 9
# Another caller may have finished while this one waited for the lock.
installed && exit 0

echo "installing moto[server]==$MOTO_VERSION into $VENV" >&2
rm -rf "$VENV"
"$PYTHON" -m venv "$VENV"
"$VENV/bin/pip" install --quiet --disable-pip-version-check "moto[server]==$MOTO_VERSION"
installed
