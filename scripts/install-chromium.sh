#!/usr/bin/env bash
# Makes sure a system Chromium exists for the end-to-end tests. Playwright never downloads a
# browser of its own here: the tests drive Debian's Chromium (or the one CHROMIUM_PATH names).
set -euo pipefail

browser=${CHROMIUM_PATH:-/usr/bin/chromium}
if [ -x "$browser" ]; then
  echo "Chromium found: $browser"
  exit 0
fi
if [ -n "${CHROMIUM_PATH:-}" ]; then
  echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file." >&2
  exit 1
fi

if command -v apt-get >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    as_root=()
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
  else
    echo "Chromium is missing. Install it as root: apt-get install -y chromium" >&2
    exit 1
  fi
  echo "Installing Chromium from Debian's packages…"
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq chromium >/dev/null
  "$browser" --version
  exit 0
fi

cat >&2 <<'MSG'
Chromium is missing and this system has no apt-get. Install Chromium with your system's
package manager (macOS: brew install --cask chromium; Fedora: dnf install chromium), then run
the tests with CHROMIUM_PATH pointing at its executable.
MSG
exit 1
