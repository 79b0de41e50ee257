#!/usr/bin/env bash
# Renders the demo's HTML report in headless Chromium and saves a screenshot, so a person can see
# what the report shows. Needs Debian's chromium (and fonts-noto-cjk for the Chinese text):
#   apt-get install -y chromium fonts-noto-cjk
# Usage: scripts/check-report.sh [output.png]   (run from the repository root)
set -euo pipefail
out="${1:-target/oakit-demo-report.png}"
work="$(mktemp -d)"
mvn -B -q -DskipTests package
java -jar oa-examples/target/oa-examples.jar --data-dir "$work" > "$work/summary.txt"
mkdir -p "$(dirname "$out")"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$work/profile" --window-size=1300,1900 \
  --screenshot="$out" "file://$work/oakit-demo-report.html" 2>/dev/null
echo "screenshot: $out"
