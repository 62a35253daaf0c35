#!/usr/bin/env bash
# Start-up benchmark (not a test): milliseconds from JVM start to the first frame of the main
# window with the default lesson, against a bare JavaFX window (one Label) started from the same jar
# with the same JVM flags (the application's own, app/jvm.options, and any in HANDSHAKE_JVM_FLAGS).
# Prints both medians, their ratio, and the median of each start-up phase of both.
#
# Both report from the second pulse after show() (org.handshakelab.app.bench.FirstFrame), i.e. once
# the first frame has been rendered. The application's first frame has the lesson in the lanes; its
# other panels arrive over the next pulses, and it also reports when all of them have been drawn
# ("complete"), printed here beside the ratio.
#
# usage: scripts/bench-startup.sh [--cds|--image] [RUNS]   (default 15; needs Xvfb, or a DISPLAY)
#   --cds    first makes an AppCDS archive for each of the two (one training run each with
#            -XX:ArchiveClassesAtExit), then times both with their own archive (-XX:SharedArchiveFile)
#   --image  times the packaged application (./mvnw -Ppackage package) through its native launcher,
#            and the bare window on the image's own runtime with the launcher's JVM options (the
#            AppCDS archive made at build time among them)
#   HANDSHAKE_JVM_FLAGS="..." adds JVM flags to every run of both.
set -euo pipefail
cd "$(dirname "$0")/.."
cds=
image=
if [ "${1:-}" = "--cds" ]; then cds=1; shift; fi
if [ "${1:-}" = "--image" ]; then image=app/target/jpackage/HandshakeLab; shift; fi
runs=${1:-15}
cleanup_extra='[ -n "${archives:-}" ] && rm -rf "$archives"'
source scripts/lib/display.sh 97

phases=$(mktemp)
cleanup_extra="${cleanup_extra}; rm -f $phases"
measure() { # prints "startup-ms complete-ms" of one run (the bare window has no complete-ms); keeps its phases
  local who=$1; shift
  "$@" 2>/dev/null | tee >(awk -v who="$who" '/^startup-phase /{print who, $2, $NF}' >> "$phases") \
    | awk '/^startup-ms /{s=$2} /^complete-ms /{c=$2} END {print s, c}'
}
median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

# both get the application's own JVM options (app/jvm.options, as its README command and launcher use them)
app_flags=(@app/jvm.options "${jvm_flags[@]}"); bare_flags=(@app/jvm.options "${jvm_flags[@]}")
app_cmd=(java); bare_cmd=(java); app_main=(-jar "$jar"); bare_cp=("$jar")
if [ -n "$image" ]; then
  [ -x "$image/bin/HandshakeLab" ] || { echo "no image: run ./mvnw -B -Ppackage package -DskipTests" >&2; exit 2; }
  # the launcher reads its JVM options from its .cfg; the bare window gets the same ones
  mapfile -t image_options < <(sed -n 's/^java-options=//p' "$image/lib/app/HandshakeLab.cfg" | sed "s|\$APPDIR|$image/lib/app|g")
  app_cmd=("$image/bin/HandshakeLab"); app_main=(); app_flags=()
  bare_cmd=("$image/lib/runtime/bin/java"); bare_flags=("${image_options[@]}" "${jvm_flags[@]}")
  bare_cp=("$image/lib/app/handshake-lab.jar")
  echo "image: $image; its JVM options: ${image_options[*]}"
fi
if [ -n "$cds" ]; then
  archives=$(mktemp -d)
  java @app/jvm.options "${jvm_flags[@]}" -XX:ArchiveClassesAtExit="$archives/bare.jsa" -cp "$jar" org.handshakelab.app.bench.BareWindow\$Launch >/dev/null 2>&1
  java @app/jvm.options "${jvm_flags[@]}" -XX:ArchiveClassesAtExit="$archives/app.jsa" -jar "$jar" --report-startup --exit-after-startup >/dev/null 2>&1
  bare_flags+=(-XX:SharedArchiveFile="$archives/bare.jsa")
  app_flags+=(-XX:SharedArchiveFile="$archives/app.jsa")
  echo "AppCDS archives: $(du -h "$archives/bare.jsa" | cut -f1) (bare), $(du -h "$archives/app.jsa" | cut -f1) (app)"
fi
echo "load before: $(uptime | sed 's/.*load average/load average/')"
app_times=(); bare_times=(); complete_times=()
# one warm-up of each, not counted (file-system cache)
measure warm-up "${bare_cmd[@]}" "${bare_flags[@]}" -cp "${bare_cp[@]}" org.handshakelab.app.bench.BareWindow\$Launch >/dev/null
measure warm-up "${app_cmd[@]}" "${app_flags[@]}" "${app_main[@]}" --report-startup --exit-after-startup >/dev/null
for ((i = 1; i <= runs; i++)); do
  bare_times+=("$(measure bare "${bare_cmd[@]}" "${bare_flags[@]}" -cp "${bare_cp[@]}" org.handshakelab.app.bench.BareWindow\$Launch | cut -d' ' -f1)")
  read -r first complete < <(measure app "${app_cmd[@]}" "${app_flags[@]}" "${app_main[@]}" --report-startup --exit-after-startup)
  app_times+=("$first")
  complete_times+=("$complete")
done
bare=$(printf '%s\n' "${bare_times[@]}" | median)
app=$(printf '%s\n' "${app_times[@]}" | median)
complete=$(printf '%s\n' "${complete_times[@]}" | median)
echo "load after: $(uptime | sed 's/.*load average/load average/')"
echo "runs: $runs${cds:+ (AppCDS)}${image:+ (packaged image)}"
echo "bare window   ms: ${bare_times[*]}"
echo "handshake lab ms: ${app_times[*]}"
echo "  every panel ms: ${complete_times[*]}"
echo "median bare window:   $bare ms"
echo "median handshake lab: $app ms (first frame, lesson in the lanes)"
echo "median handshake lab, every panel drawn: $complete ms"
awk -v a="$app" -v b="$bare" 'BEGIN { printf "ratio: %.2f\n", a / b }'
# where the time goes: the median of each start-up phase (ms since JVM start), in order
for who in bare app; do
  printf '%-5s phases (median ms):' "$who"
  grep "^$who " "$phases" | awk '{print $2}' | awk '!seen[$0]++' | while read -r phase; do
    printf ' %s %s' "$phase" "$(grep "^$who $phase " "$phases" | awk '{print $3}' | median)"
  done
  echo
done
