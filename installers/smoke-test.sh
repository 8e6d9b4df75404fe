#!/usr/bin/env bash
# Launch the frozen build on the demo event with throw-away settings, paint every page, quit.
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} dist/cafedesk/cafedesk --data-dir "$data" --smoke-test
