#!/usr/bin/env bash
# The production server for the end-to-end tests, started by playwright.config.ts (which also
# sets its environment). Its data folder is wiped first, so every run starts from the same demo
# data; its build lives in a folder of its own. E2E_SKIP_BUILD=1 serves the build already there.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${E2E_PORT:=3210}" "${E2E_DATA_DIR:=.data/e2e}" "${E2E_DIST_DIR:=.next-e2e}"

lock="$E2E_DATA_DIR/pglite.lock"
if [ -f "$lock" ]; then
  holder=$(node -p "JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8')).pid" "$lock")
  if kill -0 "$holder" 2>/dev/null; then
    echo "Process $holder still serves $E2E_DATA_DIR: stop it before running the tests." >&2
    exit 1
  fi
fi
rm -rf "$E2E_DATA_DIR"

export NEXT_DIST_DIR=$E2E_DIST_DIR DATA_DIR=$E2E_DATA_DIR
if [ "${E2E_SKIP_BUILD:-}" != 1 ] || [ ! -f "$NEXT_DIST_DIR/BUILD_ID" ]; then
  bash scripts/build.sh
fi
exec npx next start --port "$E2E_PORT" --hostname 127.0.0.1
