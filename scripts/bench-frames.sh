#!/usr/bin/env bash
# Frame-pacing benchmark (not a test): the real main window with a generated bulk-transfer lesson of
# about 5,000 segments (2% random loss), played at 4x under Xvfb with JavaFX's software pipeline.
# Prints the frame intervals' p50 / p99 / max and the heap in use after a full GC (after loading,
# and after playing).
#
# usage: scripts/bench-frames.sh [SECONDS]     (default 20; needs Xvfb, or a DISPLAY)
#        HANDSHAKE_JVM_FLAGS="-XX:StartFlightRecording=filename=frames.jfr" scripts/bench-frames.sh
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
source scripts/lib/display.sh 96

echo "load: $(uptime | sed 's/.*load average/load average/')"
java -Dprism.order=sw -Dhandshakelab.notifications=false "${jvm_flags[@]}" \
  -cp "$jar" 'org.handshakelab.app.bench.FramePacing$Launch' "$seconds" 2>/dev/null
