#!/usr/bin/env bash
# Frame-pacing benchmark (not a test): the real main window with a generated bulk-transfer lesson of
# about 5,000 segments (2% random loss), played at 4x under Xvfb with JavaFX's software pipeline.
# Prints the frame intervals' p50 / p99 / max and the heap in use after a full GC (after loading,
# and after playing).
#
# usage: scripts/bench-frames.sh [--baseline] [SECONDS [WARM_UP_SECONDS]]   (default 20, 0; needs Xvfb, or a DISPLAY)
#   --baseline   instead, one dot moving across a window of the same size, timed the same way: what
#                this machine and renderer allow before the application draws anything
#   WARM_UP_SECONDS  play this long before timing starts (leaves out the JIT's first compilations)
# The application's own JVM options (app/jvm.options, as its launcher uses them) are passed too.
#        HANDSHAKE_JVM_FLAGS="-XX:StartFlightRecording=filename=frames.jfr" scripts/bench-frames.sh
set -euo pipefail
cd "$(dirname "$0")/.."
main='org.handshakelab.app.bench.FramePacing$Launch'
if [ "${1:-}" = "--baseline" ]; then main='org.handshakelab.app.bench.BaselineAnimation$Launch'; shift; fi
seconds=${1:-20}
warm_up=${2:-0}
source scripts/lib/display.sh 96

echo "load: $(uptime | sed 's/.*load average/load average/')"
java @app/jvm.options -Dprism.order=sw -Dhandshakelab.notifications=false "${jvm_flags[@]}" \
  -cp "$jar" "$main" "$seconds" "$warm_up" 2> >(grep -v "Unsupported JavaFX configuration\|PlatformImpl startup" >&2)
