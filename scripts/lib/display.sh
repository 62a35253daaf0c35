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
  Xvfb ":$1" -screen 0 1920x1080x24 >/dev/null 2>&1 &
  started_xvfb=$!
  export DISPLAY=":$1"
  sleep 1
fi
trap '[ -n "$started_xvfb" ] && kill "$started_xvfb" 2>/dev/null; eval "$cleanup_extra"; true' EXIT
