#!/usr/bin/env bash
# Benchmark (not a test): our capture parser against tshark on the same 1,000,000-packet file.
#
#   scripts/bench-capture.sh [PACKETS] [FILE]
#
# 1. Builds the model's test classes and runs CaptureBenchGenerator (model/src/test/java/.../capture)
#    on the test classpath to write FILE (default /tmp/handshake-bench.pcap): classic pcap,
#    Ethernet, IPv4, PACKETS packets (default 1,000,000) in 100-packet TCP connections with valid
#    checksums.
# 2. Times, as whole processes on the same file in the same run:
#      ours:   java -Xmx300m ... CaptureBench FILE   (ConversationIndex pass + one loadConversation)
#      tshark: tshark -r FILE -T fields -e tcp.flags > /dev/null
#    and reports the ratio, our in-process index time, peak heap and max RSS (/usr/bin/time -v).
# tshark is installed if missing: DEBIAN_FRONTEND=noninteractive apt-get install -y tshark
set -euo pipefail
cd "$(dirname "$0")/.."
PACKETS="${1:-1000000}"
FILE="${2:-/tmp/handshake-bench.pcap}"
HEAP="${HEAP:--Xmx300m}"

if ! command -v tshark >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y tshark >/dev/null
fi
./mvnw -q -B -pl model test-compile
CP=model/target/classes:model/target/test-classes

java -cp "$CP" org.handshakelab.model.capture.CaptureBenchGenerator "$FILE" "$PACKETS"

now() { date +%s%N; }
# warm the page cache for both contenders
cat "$FILE" > /dev/null

t0=$(now)
/usr/bin/time -v -o /tmp/bench-ours.time java $HEAP -cp "$CP" org.handshakelab.model.capture.CaptureBench "$FILE"
t1=$(now)
/usr/bin/time -v -o /tmp/bench-tshark.time tshark -n -r "$FILE" -T fields -e tcp.flags > /tmp/bench-tshark.out
t2=$(now)

ours_ms=$(( (t1 - t0) / 1000000 ))
tshark_ms=$(( (t2 - t1) / 1000000 ))
echo "tshark lines: $(wc -l < /tmp/bench-tshark.out)"
echo "ours   (whole JVM process, $HEAP): ${ours_ms} ms, max RSS $(awk '/Maximum resident/ {print $6}' /tmp/bench-ours.time) KB"
echo "tshark (whole process):           ${tshark_ms} ms, max RSS $(awk '/Maximum resident/ {print $6}' /tmp/bench-tshark.time) KB"
cpu() { awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.2f s", u + s}' "$1"; }
echo "CPU time (user+sys): ours $(cpu /tmp/bench-ours.time), tshark $(cpu /tmp/bench-tshark.time)"
awk -v a="$ours_ms" -v b="$tshark_ms" 'BEGIN { printf "wall-clock speed-up: %.1fx\n", b / a }'
