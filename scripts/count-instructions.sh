#!/usr/bin/env bash
# count-instructions.sh LIST-FILE [DIR] - instructions per byte of LineCounter on a fixed set of files, which do not
# move with the machine's load as timings do: runs LineCounterPasses under valgrind's callgrind with 1 and with 3
# measured passes (after 3 warm-up passes over all files, compiled with -Xbatch) and prints half the difference,
# per byte. LIST-FILE names one file a line, relative to DIR (default: the current directory), e.g.
#   (cd /tmp/tree && find . -name '*.[ch]' | LC_ALL=C sort | awk 'NR%20==0') > /tmp/c.list
# Needs valgrind; takes a minute or two.
set -euo pipefail
[ $# -ge 1 ] && [ $# -le 2 ] || { echo "usage: $0 LIST-FILE [DIR]" >&2; exit 2; }
list=$(realpath "$1")
dir=${2:-.}
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
source scripts/lib/java-env.sh
(mvn -o -q test-compile >/dev/null 2>&1) || { echo "the build failed; run mvn test-compile" >&2; exit 1; }
cp="$repo/target/classes:$repo/target/test-classes"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
total() { # PASSES: the instructions valgrind counted
    (cd "$dir" && valgrind --tool=callgrind --callgrind-out-file="$work/cg.$1" java -Xbatch -XX:+UseSerialGC -Xmx1g \
        -cp "$cp" dev.oxidometer.scan.LineCounterPasses "$list" 3 "$1" 2>"$work/err.$1" >"$work/out.$1")
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$work/err.$1"
}
one=$(total 1)
three=$(total 3)
bytes=$(sed -n 's/.*files, \([0-9]*\) bytes.*/\1/p' "$work/out.1")
cat "$work/out.1"
awk -v a="$one" -v b="$three" -v n="$bytes" \
    'BEGIN { printf "%.0f instructions a pass, %.3f instructions/byte\n", (b - a) / 2, (b - a) / 2 / n }'
