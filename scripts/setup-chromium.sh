#!/usr/bin/env bash
# Installs Debian's Chromium for the browser test of the markdown job summary
# (test/report/markdown-render.test.ts). Idempotent: does nothing when /usr/bin/chromium runs.
# Debian's package is used because browser downloads (e.g. `playwright install`) cannot be
# fetched here; only the package registries are reachable.
set -euo pipefail

if [ -x /usr/bin/chromium ] && /usr/bin/chromium --version >/dev/null 2>&1; then
  echo "chromium present: $(/usr/bin/chromium --version)"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "setup-chromium: /usr/bin/chromium is missing and installing it needs root (apt-get install -y chromium)" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends chromium fonts-liberation
echo "chromium installed: $(/usr/bin/chromium --version)"
