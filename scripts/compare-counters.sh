#!/usr/bin/env bash
# compare-counters.sh DIR [rust|c|all] - counts the .rs files (and, separately, the .c/.h files) of DIR with tokei,
# Debian's cloc and our LineCounter (dev.oxidometer.scan.CountFiles), prints each tool's totals and the files where
# tokei or cloc differ from us (top 20 by difference), so that every difference can be opened and explained.
# Needs: java 25, python3; installs tokei (../shared/scripts/install-tokei.sh) and cloc (apt) when run as root.
# tokei runs with --no-ignore (kernel trees from Debian carry a .gitignore that hides everything) and cloc with
# --skip-uniqueness (by default it silently drops files whose content duplicates another file's).
set -euo pipefail
usage() { echo "usage: $0 DIR [rust|c|all]" >&2; exit 2; }
[ $# -ge 1 ] && [ $# -le 2 ] || usage
dir=$(cd "$1" 2>/dev/null && pwd) || { echo "not a directory: $1" >&2; exit 2; }
which=${2:-all}
case "$which" in rust|c|all) ;; *) usage ;; esac
repo=$(cd "$(dirname "$0")/.." && pwd)

if ! command -v tokei >/dev/null; then
    "$repo/../shared/scripts/install-tokei.sh" || { echo "tokei missing; run $repo/../shared/scripts/install-tokei.sh as root" >&2; exit 1; }
fi
if ! command -v cloc >/dev/null; then
    { [ "$(id -u)" -eq 0 ] && apt-get install -y -q cloc >/dev/null; } || { echo "cloc missing: apt-get install cloc" >&2; exit 1; }
fi
source "$repo/scripts/lib/java-env.sh"
if [ ! -f "$repo/target/classes/dev/oxidometer/scan/CountFiles.class" ]; then
    (cd "$repo" && mvn -B -q -ntp compile) >&2
fi

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
echo "counting with oxidometer (CountFiles) ..." >&2
# Relative paths, as tokei and cloc print them when run from inside DIR.
(cd "$dir" && java -cp "$repo/target/classes" dev.oxidometer.scan.CountFiles .) > "$work/ours.tsv"

compare() { # LABEL TOKEI-TYPES CLOC-LANGS EXTENSIONS
    local label=$1 types=$2 langs=$3 exts=$4
    echo "counting $label with tokei and cloc ..." >&2
    (cd "$dir" && tokei --no-ignore -o json -t "$types" .) > "$work/tokei.json"
    (cd "$dir" && cloc --quiet --by-file --json --skip-uniqueness --include-lang="$langs" .) > "$work/cloc.json"
    python3 - "$label" "$exts" "$work" <<'PY'
import json, os, sys
label, exts, work = sys.argv[1], tuple(sys.argv[2].split(",")), sys.argv[3]

def norm(path):
    return os.path.normpath(path)

def tokei_stats(stats):
    # tokei counts doc comments and other embedded languages as "blobs"; a file's lines include them.
    code, comments, blanks = stats["code"], stats["comments"], stats["blanks"]
    for blob in stats.get("blobs", {}).values():
        c, m, b = tokei_stats(blob)
        code, comments, blanks = code + c, comments + m, blanks + b
    return code, comments, blanks

ours = {}
with open(f"{work}/ours.tsv") as f:
    for line in f:
        path, lines, code, comments, blanks = line.rstrip("\n").split("\t")
        if path.endswith(exts):
            ours[norm(path)] = (int(code), int(comments), int(blanks))

tokei = {}
for lang in json.load(open(f"{work}/tokei.json")).values():
    for report in lang.get("reports", []):
        tokei[norm(report["name"])] = tokei_stats(report["stats"])

cloc = {}
for path, v in json.load(open(f"{work}/cloc.json")).items():
    if path not in ("header", "SUM"):
        cloc[norm(path)] = (v["code"], v["comment"], v["blank"])

print(f"== {label} ==")
print(f"{'tool':8} {'files':>7} {'lines':>10} {'code':>10} {'comments':>10} {'blanks':>10}")
for name, counts in (("ours", ours), ("tokei", tokei), ("cloc", cloc)):
    t = [sum(v[k] for v in counts.values()) for k in range(3)]
    print(f"{name:8} {len(counts):>7} {sum(t):>10} {t[0]:>10} {t[1]:>10} {t[2]:>10}")

for name, counts in (("tokei", tokei), ("cloc", cloc)):
    only_ours = sorted(set(ours) - set(counts))
    only_theirs = sorted(set(counts) - set(ours))
    if only_ours:
        print(f"-- {len(only_ours)} files counted by us, not by {name}: {', '.join(only_ours[:10])}")
    if only_theirs:
        print(f"-- {len(only_theirs)} files counted by {name}, not by us: {', '.join(only_theirs[:10])}")
    diffs = []
    for path in set(ours) & set(counts):
        a, b = ours[path], counts[path]
        if a != b:
            diffs.append((sum(abs(x - y) for x, y in zip(a, b)), path, a, b))
    diffs.sort(key=lambda d: (-d[0], d[1]))
    print(f"-- {len(diffs)} files where {name} differs from us (code/comments/blanks, ours -> {name}); top 20:")
    for total, path, a, b in diffs[:20]:
        delta = "/".join(f"{y - x:+d}" for x, y in zip(a, b))
        print(f"   {total:6}  {path}  {a[0]}/{a[1]}/{a[2]} -> {b[0]}/{b[1]}/{b[2]}  ({delta})")
print()
PY
}

[ "$which" = c ] || compare "Rust (.rs)" "Rust" "Rust" ".rs"
[ "$which" = rust ] || compare "C (.c, .h)" "C,C Header" "C,C/C++ Header" ".c,.h"
