# Sourced by the window benchmarks: build the jar if needed and, when there is no DISPLAY, start a
# private Xvfb (1920x1080) on the display number given as $1 and stop it on exit. Sets `jar`,
# `jvm_flags` (from HANDSHAKE_JVM_FLAGS) and `started_xvfb`; callers add their own cleanup to
# cleanup_extra.
jar=app/target/handshake-lab.jar
[ -f "$jar" ] || ./mvnw -q -B package -DskipTests
jvm_flags=(${HANDSHAKE_JVM_FLAGS:-})
cleanup_extra=${cleanup_extra:-true}

started_xvfb=
if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || { echo "needs Xvfb: apt-get install -y xvfb libgtk-3-0" >&2; exit 2; }
  # the previous run's server may still be letting go of the display: wait for it, then for ours
  for _ in $(seq 50); do [ -e "/tmp/.X$1-lock" ] || break; sleep 0.1; done
  Xvfb ":$1" -screen 0 1920x1080x24 >/dev/null 2>&1 &
  started_xvfb=$!
  export DISPLAY=":$1"
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$1" ] && break; sleep 0.1; done
  kill -0 "$started_xvfb" 2>/dev/null || { echo "Xvfb could not start on :$1" >&2; exit 2; }
fi
trap '[ -n "$started_xvfb" ] && kill "$started_xvfb" 2>/dev/null; eval "$cleanup_extra"; true' EXIT
