#!/usr/bin/env bash
# bench-many-tags.sh - issue 15 item 3: how the scanner's cost grows with the number of tags. For each N (default
# 10 30 60) it builds (once; scripts/make-many-tags.sh) a synthetic history of N release tags from the kernel corpus's
# v6.12 tree to its v7.2 tree, then runs ManyTagBench at -Xmx512m on 2 processors: the first full scan (every tag,
# empty blob cache), then the tags added one by one (open the repository, scan the new tag, with the cache of the
# tags before), the fit time = a + b * blobs read over those steps, peak heap in use and blob-cache rows.
# The load average is printed beside every run: the machine is shared.
#   usage: scripts/bench-many-tags.sh   (REPO or KERNEL_CORPUS; NS="10 30 60"; FROM, TO, DEPTH, WINDOW as for
#          make-many-tags.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/java-env.sh
NS=${NS:-10 30 60}
load() { uptime | sed 's/.*load average/load average/'; }
for n in $NS; do scripts/make-many-tags.sh "$n" >/dev/null 2>"target/many-tags/make-$n.log" || { cat "target/many-tags/make-$n.log"; exit 1; }; done
source scripts/lib/project-classpath.sh
rows=()
for n in $NS; do
  repo=target/many-tags/${FROM:-v6.12}-${TO:-v7.2}-$n.git
  echo "== N=$n: $repo; $(load)"
  echo "delta chains (length: objects): $(git verify-pack -s "$repo"/objects/pack/*.idx | grep '^chain length' \
    | sed 's/^chain length = //; s/ objects\{0,1\}$//' | tr '\n' ' ' | cut -c1-160)..."
  /usr/bin/time -f 'cpu %U %S maxrss %M' java -XX:ActiveProcessorCount=2 -Xmx512m -cp "$CP" \
    dev.oxidometer.scan.ManyTagBench "$repo" > "target/many-tags/bench-$n.out" 2> "target/many-tags/bench-$n.err" \
    || { cat "target/many-tags/bench-$n.err"; exit 1; }
  cat "target/many-tags/bench-$n.out"
  echo "cpu (user+sys) $(awk '$1=="cpu"{printf "%.1f", $2 + $3}' "target/many-tags/bench-$n.err") s; after: $(load)"
  out=target/many-tags/bench-$n.out
  rows+=("$(printf '| %s | %s s | %s s | %s ms + %s us/blob | %s / %s MiB | %s |' "$n" \
    "$(awk '$1=="full"{print $2}' "$out")" \
    "$(awk '$1=="per-new-tag"{print $3}' "$out")" \
    "$(awk '$1=="fit"{print $4}' "$out")" "$(awk '$1=="fit"{print $9}' "$out")" \
    "$(grep -o 'peak-heap [0-9]*' "$out" | head -1 | cut -d' ' -f2)" "$(grep -o 'peak-heap [0-9]*' "$out" | tail -1 | cut -d' ' -f2)" \
    "$(awk '$1=="full"{print $6}' "$out")")")
done
echo "== summary ($(date -u +%H:%M) UTC; $(load))"
echo "| tags | first full scan | per new tag (mean) | fit: a tag + a blob read | peak heap full / one by one | blob-cache rows |"
echo "| --- | --- | --- | --- | --- | --- |"
printf '%s\n' "${rows[@]}"
