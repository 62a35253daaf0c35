#!/usr/bin/env bash
# Makes an AppCDS archive (class data sharing: the classes the window needs, pre-parsed) by starting
# the application once to its first frame, and sets the application up to use it. Start-up to the
# first frame drops by about a quarter (BENCHMARKS.md). The archive belongs to one JVM build: make it
# again after changing the JDK or the jar. A missing or stale archive is ignored by the JVM.
#
# usage: scripts/cds-archive.sh            archive for the jar: app/target/handshake-lab.jsa, then
#                                            java @app/jvm.options -XX:SharedArchiveFile=app/target/handshake-lab.jsa -jar app/target/handshake-lab.jar
#        scripts/cds-archive.sh --image    archive for the jpackage image (./mvnw -Ppackage package):
#                                            lib/app/HandshakeLab.jsa, named in lib/app/HandshakeLab.cfg
# Needs a display (or Xvfb, started here when DISPLAY is unset).
set -euo pipefail
cd "$(dirname "$0")/.."

started_xvfb=
if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || { echo "needs a display or Xvfb" >&2; exit 2; }
  Xvfb :95 -screen 0 1920x1080x24 >/dev/null 2>&1 &
  started_xvfb=$!
  export DISPLAY=:95
  sleep 1
fi
trap '[ -n "$started_xvfb" ] && kill "$started_xvfb" 2>/dev/null; true' EXIT

if [ "${1:-}" = "--image" ]; then
  image=app/target/jpackage/HandshakeLab
  [ -x "$image/bin/HandshakeLab" ] || { echo "no image: run ./mvnw -B -Ppackage package -DskipTests" >&2; exit 2; }
  archive="$image/lib/app/HandshakeLab.jsa"
  cfg="$image/lib/app/HandshakeLab.cfg"
  rm -f "$archive"
  sed -i '/SharedArchiveFile/d' "$cfg"
  # the image's runtime has no java command: the JVM reads JAVA_TOOL_OPTIONS whatever launched it
  JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$PWD/$archive" "$image/bin/HandshakeLab" \
    --report-startup --exit-after-startup 2>/dev/null | grep startup-ms || true
  # name it only if it was made: a missing archive would switch class sharing off altogether
  [ -s "$archive" ] || { echo "no archive was written" >&2; exit 1; }
  # the launcher expands $APPDIR to lib/app
  if grep -q '^\[JavaOptions\]' "$cfg"; then
    sed -i '/^\[JavaOptions\]/a java-options=-XX:SharedArchiveFile=$APPDIR/HandshakeLab.jsa' "$cfg"
  else
    printf '\n[JavaOptions]\njava-options=-XX:SharedArchiveFile=$APPDIR/HandshakeLab.jsa\n' >> "$cfg"
  fi
  echo "archive: $archive ($(du -h "$archive" | cut -f1)); $cfg names it"
else
  jar=app/target/handshake-lab.jar
  [ -f "$jar" ] || ./mvnw -q -B package -DskipTests
  archive=app/target/handshake-lab.jsa
  rm -f "$archive"
  java @app/jvm.options -XX:ArchiveClassesAtExit="$archive" -jar "$jar" --report-startup --exit-after-startup 2>/dev/null | grep startup-ms || true
  echo "archive: $archive ($(du -h "$archive" | cut -f1))"
  echo "run: java @app/jvm.options -XX:SharedArchiveFile=$archive -jar $jar"
fi
