#!/usr/bin/env bash
# Remakes app/src/main/resources/org/handshakelab/app/startup-classes.txt: the classes (from the
# application's jar, JavaFX's included) that the window loads between Application.init() and its
# first frame, in the order it loads them. ClassPreloader loads them on a background thread while
# the toolkit starts. Run it after changing what the first frame builds, or the JavaFX version;
# ClassPreloaderTest fails when the list names a class that no longer exists.
#
# usage: scripts/startup-classes.sh   (needs Xvfb, or a DISPLAY)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/display.sh 96
out=app/src/main/resources/org/handshakelab/app/startup-classes.txt
log=$(mktemp)
cleanup_extra='rm -f "$log"'
# without the old list, so that the log shows when each class is first needed
java -Dhandshakelab.preload=false -Xlog:class+load=info:file="$log":uptime -jar "$jar" --report-startup --exit-after-startup \
  > "$log.out" 2>/dev/null
init=$(awk '/^startup-phase init /{print $3}' "$log.out")
first=$(awk '/^startup-ms /{print $2}' "$log.out")
rm -f "$log.out"
mkdir -p "$(dirname "$out")"
{
  echo "# Made by scripts/startup-classes.sh: classes loaded between init ($init ms) and the first frame ($first ms)."
  awk -v lo="$init" -v hi="$first" '{
      split($1, a, "]"); t = substr(a[1], 2) * 1000
      if (t >= lo && t <= hi && $4 ~ /^file:/ && $2 !~ /\$\$Lambda/) print $2
    }' "$log"
} > "$out"
echo "$(($(wc -l < "$out") - 1)) classes -> $out"
