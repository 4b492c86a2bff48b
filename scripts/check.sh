#!/usr/bin/env bash
# Everything a change must pass, in this order, stopping at the first failure: types, lint,
# unit and integration tests, the production build, then the end-to-end tests on that build.
set -euo pipefail
cd "$(dirname "$0")/.."
export E2E_DIST_DIR=${E2E_DIST_DIR:-.next-e2e}

step() {
  local name=$1 started=$SECONDS
  shift
  echo
  echo "== $name"
  "$@"
  echo "== $name: done in $((SECONDS - started)) s"
}

step "types" npm run --silent typecheck
step "lint" npm run --silent lint
step "unit and integration tests" npm test --silent
step "production build" env NEXT_DIST_DIR="$E2E_DIST_DIR" bash scripts/build.sh
step "end-to-end tests" env E2E_SKIP_BUILD=1 npm run --silent test:e2e
