#!/usr/bin/env bash
# make-many-tags.sh - issue 15 item 3: a synthetic kernel history of N release tags between two real trees, for
# measuring how the scanner's cost grows with the number of tags (scripts/bench-many-tags.sh).
#
# Tag v1.0 is the FROM tree (default v6.12 of the kernel corpus), tag v1.(N-1) is exactly the TO tree (v7.2); each of
# the N-1 commits between moves about 1/(N-1) of the paths that differ between the two trees from the old version to
# the new one (added, changed and removed files alike; which step a path moves in is fixed by a hash of its path, so
# every step touches every part of the tree, as a kernel release does; a path that turns from a file into a directory
# or back moves in one step with the paths below it). The tags are annotated, dated evenly between the two trees'
# commit dates, and say in their message that they are synthetic. So the N repositories hold the same blobs (those of
# the two trees), and only the number of tags and the size of each step differ.
#
# Packing, "deep as in linux.git": the blobs of both trees are packed once (shared by every N) with
# git repack -adf --depth=$DEPTH --window=$WINDOW (default depth 50 and window 250, as linux.git's own aggressive
# packing; pack.threads=2, pack.windowMemory=$WINDOW_MEMORY per thread so that it stays affordable on 2 cores); each
# N's repository is then packed with git repack -ad, which keeps those blob deltas and deltifies the new trees. The
# script prints the delta-chain lengths of the result (git verify-pack -s). The result is a self-contained bare
# repository (no alternates).
#
# Usage: scripts/make-many-tags.sh N [OUT]
#   OUT  default target/many-tags/<FROM>-<TO>-<N>.git (kept: a second run with the same inputs reuses it)
#   REPO=$KERNEL_CORPUS (the corpus's linux.git-work), FROM=v6.12, TO=v7.2, DEPTH=50, WINDOW=250, WINDOW_MEMORY=256m
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-}
case "$N" in ''|*[!0-9]*) echo "usage: $0 N [OUT]   (N >= 2 tags; REPO, FROM, TO from the environment)" >&2; exit 64 ;; esac
[ "$N" -ge 2 ] || { echo "N must be at least 2 (the two real trees)" >&2; exit 64; }
REPO=${REPO:-${KERNEL_CORPUS:-}}
FROM=${FROM:-v6.12}
TO=${TO:-v7.2}
DEPTH=${DEPTH:-50}
WINDOW=${WINDOW:-250}
WINDOW_MEMORY=${WINDOW_MEMORY:-256m}
if [ -z "$REPO" ] || ! git -C "$REPO" rev-parse --git-dir >/dev/null 2>&1; then
  echo "REPO (or KERNEL_CORPUS) must name a kernel git repository; build one with ../shared/scripts/build-kernel-corpus.sh" >&2
  exit 64
fi
SRC_OBJECTS=$(cd "$REPO" && cd "$(git rev-parse --git-common-dir)" && pwd)/objects
from_tree=$(git -C "$REPO" rev-parse --verify -q "$FROM^{tree}") || { echo "$REPO has no $FROM" >&2; exit 64; }
to_tree=$(git -C "$REPO" rev-parse --verify -q "$TO^{tree}") || { echo "$REPO has no $TO" >&2; exit 64; }
from_date=$(git -C "$REPO" log -1 --format=%ct "$FROM^{commit}")
to_date=$(git -C "$REPO" log -1 --format=%ct "$TO^{commit}")
ROOT=target/many-tags
OUT=${2:-$ROOT/$FROM-$TO-$N.git}
mkdir -p "$ROOT" "$(dirname "$OUT")"
OUT=$(cd "$(dirname "$OUT")" && pwd)/$(basename "$OUT")
log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
export GIT_AUTHOR_NAME="oxidometer many-tags" GIT_AUTHOR_EMAIL="many-tags@127.0.0.1"
export GIT_COMMITTER_NAME="oxidometer many-tags" GIT_COMMITTER_EMAIL="many-tags@127.0.0.1"

# 1. the blobs of both trees, packed once: two parentless-then-child commits, aggressively repacked
BLOBS=$ROOT/blobs-$FROM-$TO-d$DEPTH-w$WINDOW.git
if [ ! -f "$BLOBS/done" ] || [ "$(cat "$BLOBS/done")" != "$from_tree $to_tree" ]; then
  rm -rf "$BLOBS" && git init -q --bare "$BLOBS"
  echo "$SRC_OBJECTS" > "$BLOBS/objects/info/alternates"
  base=$(GIT_COMMITTER_DATE="$from_date +0000" GIT_AUTHOR_DATE="$from_date +0000" \
    git -C "$BLOBS" commit-tree "$from_tree" -m "$FROM tree")
  top=$(GIT_COMMITTER_DATE="$to_date +0000" GIT_AUTHOR_DATE="$to_date +0000" \
    git -C "$BLOBS" commit-tree "$to_tree" -p "$base" -m "$TO tree")
  git -C "$BLOBS" update-ref refs/heads/master "$top"
  log "packing the blobs of $FROM and $TO: git repack -adf --depth=$DEPTH --window=$WINDOW (2 threads, $WINDOW_MEMORY each)"
  start=$(date +%s)
  git -C "$BLOBS" -c pack.threads=2 -c pack.windowMemory="$WINDOW_MEMORY" repack -adf -q --depth="$DEPTH" --window="$WINDOW"
  rm "$BLOBS/objects/info/alternates"
  log "packed in $(( $(date +%s) - start )) s: $(du -sh "$BLOBS/objects/pack" | cut -f1)"
  echo "$from_tree $to_tree" > "$BLOBS/done"
fi
base=$(git -C "$BLOBS" rev-parse master^)

# 2. the N-tag history, over the shared blobs
if [ -f "$OUT/done" ] && [ "$(cat "$OUT/done")" = "$from_tree $to_tree $N" ]; then
  log "$OUT is there already ($N tags)"
  exit 0
fi
rm -rf "$OUT" && git init -q --bare "$OUT"
echo "$(cd "$BLOBS/objects" && pwd)" > "$OUT/objects/info/alternates"
log "building $N tags from $FROM to $TO in $OUT"
# the fast-import stream, from the paths that differ between the two trees
steps_program=$(cat <<'EOF'
import hashlib, sys

n, base, from_date, to_date, from_name, to_name = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5], sys.argv[6]
steps = n - 1
raw = sys.stdin.buffer.read().split(b"\0")
changes = {}   # path -> (status, new mode, new blob)
i = 0
while i + 1 < len(raw) and raw[i]:
    meta, path = raw[i].decode(), raw[i + 1]
    _, new_mode, _, new_id, status = meta.lstrip(":").split(" ")
    changes[path] = (status[0], new_mode, new_id)
    i += 2
# a path that turns from a file into a directory (or back) moves in one step with every path below it
parent = {p: p for p in changes}
def find(p):
    while parent[p] != p:
        parent[p] = parent[parent[p]]
        p = parent[p]
    return p
for path, (status, _, _) in changes.items():
    if status not in "AD":
        continue
    parts = path.split(b"/")
    for k in range(1, len(parts)):
        prefix = b"/".join(parts[:k])
        if prefix in changes and changes[prefix][0] in "AD":
            parent[find(path)] = find(prefix)
groups = {}
for path in changes:
    groups.setdefault(find(path), []).append(path)
# each group's step: groups in the order of a hash of their root path, dealt out in turn
order = sorted(groups, key=lambda p: hashlib.sha1(p).digest())
step_of = {}
for k, root in enumerate(order):
    for path in groups[root]:
        step_of[path] = k % steps
out = sys.stdout.buffer
def w(text):
    out.write(text if isinstance(text, bytes) else text.encode())
def data(text):
    b = text.encode()
    w(b"data %d\n" % len(b)); w(b); w(b"\n")
def date(step):
    return from_date + (to_date - from_date) * step // steps
by_step = [[] for _ in range(steps)]
for path, step in step_of.items():
    by_step[step].append(path)
for step in range(1, steps + 1):
    paths = sorted(by_step[step - 1])
    w("commit refs/heads/master\nmark :%d\ncommitter oxidometer many-tags <many-tags@127.0.0.1> %d +0000\n"
      % (step, date(step)))
    data("synthetic step %d of %d from %s to %s: %d paths" % (step, steps, from_name, to_name, len(paths)))
    if step == 1:
        w("from %s\n" % base)
    for path in paths:   # removals first: a file may become a directory in the same step
        if changes[path][0] == "D":
            w(b"D " + path + b"\n")
    for path in paths:
        status, mode, blob = changes[path]
        if status != "D":
            w(b"M " + mode.encode() + b" " + blob.encode() + b" " + path + b"\n")
    w("\n")
for k in range(n):
    w("tag v1.%d\nfrom %s\ntagger oxidometer many-tags <many-tags@127.0.0.1> %d +0000\n"
      % (k, base if k == 0 else ":%d" % k, date(k)))
    data("synthetic release %d of %d between %s and %s (scripts/make-many-tags.sh)" % (k + 1, n, from_name, to_name))
sys.stderr.write("%d changed paths in %d groups over %d steps (%d to %d paths a step)\n"
                 % (len(changes), len(groups), steps, min(map(len, by_step)), max(map(len, by_step))))
EOF
)
git -C "$BLOBS" diff-tree -r -z --no-renames "$base" master \
  | python3 -c "$steps_program" "$N" "$base" "$from_date" "$to_date" "$FROM" "$TO" | git -C "$OUT" fast-import --quiet
last=$(git -C "$OUT" rev-parse "v1.$((N - 1))^{tree}")
[ "$last" = "$to_tree" ] || { echo "the last tag's tree $last is not $TO's $to_tree" >&2; exit 1; }
[ "$(git -C "$OUT" rev-parse "v1.0^{tree}")" = "$from_tree" ] || { echo "v1.0 is not $FROM's tree" >&2; exit 1; }
start=$(date +%s)
git -C "$OUT" -c pack.threads=2 repack -ad -q --depth="$DEPTH"
rm "$OUT/objects/info/alternates"
git -C "$OUT" pack-refs --all
git -C "$OUT" rev-list --objects --all --missing=print | grep -q '^?' && { echo "$OUT is missing objects" >&2; exit 1; }
log "packed in $(( $(date +%s) - start )) s; delta chains (length: objects):"
git verify-pack -s "$OUT"/objects/pack/*.idx | grep '^chain length' | awk '{print "  " $0}' \
  | sort -t= -k2 -n | awk -v ORS=' ' '{sub(/^ *chain length = /, ""); sub(/ objects?/, ""); print}' >&2
echo >&2
echo "$from_tree $to_tree $N" > "$OUT/done"
