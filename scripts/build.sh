#!/usr/bin/env bash
# The production build into NEXT_DIST_DIR (default .next). next adds that folder's type files to
# tsconfig.json; that edit is put back afterwards, so the build leaves the tree as it was.
set -euo pipefail
cd "$(dirname "$0")/.."
saved=$(mktemp)
cp tsconfig.json "$saved"
trap 'cp "$saved" tsconfig.json; rm -f "$saved"' EXIT
npx next build
