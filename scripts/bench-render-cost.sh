#!/usr/bin/env bash
# What JavaFX's software renderer costs per node of each kind the lanes draw (not a test): 150 nodes
# of one kind drawn by Node.snapshot, best of 30, less an empty group's. See app/bench/RenderCost.
#
# usage: scripts/bench-render-cost.sh   (needs Xvfb, or a DISPLAY)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/display.sh 95
java -Dprism.order=sw "${jvm_flags[@]}" -cp "$jar" 'org.handshakelab.app.bench.RenderCost$Launch' \
  2> >(grep -v "Unsupported JavaFX configuration\|PlatformImpl startup" >&2)
