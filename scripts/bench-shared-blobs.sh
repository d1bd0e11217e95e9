#!/usr/bin/env bash
# bench-shared-blobs.sh - issue 13 item 4: the blob-count cache is in the database, so a blob counted for one tree is
# not counted again for another. Scans the kernel corpus into the application's database through its API, then a
# second tree that shares most blobs, and reports the second scan's cost as a fraction of the first.
#
# The second tree (built once, target/shared-blobs/second.git, its own pack: no files shared with the corpus) holds
# the corpus's release tags under the same names, each re-committed (new commit, new annotated tag, same dates) on
# the corpus tree with one counted file changed (a comment line appended to init/main.c), so its commits and trees
# differ from the corpus's and one blob per tag must be counted afresh; every other blob is the corpus's.
#
# For each database (DBS="h2 pg"; pg uses scripts/lib/ci-postgres.sh and its own database oxidometer_bench_blobs,
# dropped and created afresh) it starts the built application (scripts/build-jar.sh) on 127.0.0.1:$PORT with an
# empty database, adds both repositories, and times POST /api/scans until the scan is no longer running: first the
# corpus, then the second tree (the application is restarted between them to count the blob-cache rows, so the
# second scan reads the cache from the database in a fresh JVM, as another instance would; SAME_JVM=1 runs both in
# one process, as one instance scanning its second repository does). It prints the wall time of each, the blob-cache rows after each, the cached blobs
# per tag from the application's log, the load average (the machine is shared) and the fraction second / first.
#   usage: scripts/bench-shared-blobs.sh [REPO]   (default $KERNEL_CORPUS; DBS="h2 pg", PORT=18420, APP_XMX=1g;
#          ONLY_TREE=1 builds the second tree and stops; SAME_JVM=1: no restart between the two scans)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/java-env.sh
REPO=${1:-${KERNEL_CORPUS:-$HOME/kernel-corpus/linux.git-work}}
if [ ! -d "$REPO" ] || [ -z "$(git -C "$REPO" tag -l 'v*' | head -1)" ]; then
  echo "bench-shared-blobs: no kernel corpus at '$REPO' (give its path or set KERNEL_CORPUS)" >&2
  exit 2
fi
REPO=$(cd "$REPO" && pwd)
DBS=${DBS:-h2 pg}
PORT=${PORT:-18420}
WORK=target/shared-blobs
SECOND=$PWD/$WORK/second.git
mkdir -p "$WORK"
load() { uptime | sed 's/.*load average/load average/'; }

# -- the second tree ------------------------------------------------------------------------------------------
tags=$(git -C "$REPO" tag -l 'v*')
if [ ! -f "$SECOND/.done" ] || [ "$(cat "$SECOND/.done")" != "$(git -C "$REPO" rev-parse $tags | tr '\n' ' ')" ]; then
  echo "== building the second tree at $SECOND ($(load))"
  rm -rf "$SECOND"
  git init -q --bare "$SECOND"
  git -C "$SECOND" fetch -q --no-tags "$REPO" 'refs/tags/*:refs/corpus/*'
  index=$(mktemp)
  for tag in $tags; do
    date=$(git -C "$REPO" for-each-ref --format='%(taggerdate:raw)' "refs/tags/$tag")
    [ -n "$date" ] || date=$(git -C "$REPO" log -1 --format=%ad --date=raw "$tag")
    note=$(git -C "$REPO" for-each-ref --format='%(contents:subject)' "refs/tags/$tag")
    rm -f "$index"
    GIT_INDEX_FILE=$index git -C "$SECOND" read-tree "refs/corpus/$tag^{tree}"
    blob=$({ git -C "$SECOND" cat-file blob "refs/corpus/$tag:init/main.c"; echo "/* second tree of bench-shared-blobs.sh: $tag */"; } \
      | git -C "$SECOND" hash-object -w --stdin)
    GIT_INDEX_FILE=$index git -C "$SECOND" update-index --cacheinfo "100644,$blob,init/main.c"
    tree=$(GIT_INDEX_FILE=$index git -C "$SECOND" write-tree)
    commit=$(GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@127.0.0.1 GIT_COMMITTER_NAME=bench \
      GIT_COMMITTER_EMAIL=bench@127.0.0.1 GIT_AUTHOR_DATE="$date" GIT_COMMITTER_DATE="$date" \
      git -C "$SECOND" commit-tree "$tree" -m "$tag re-committed with init/main.c changed (bench-shared-blobs.sh)")
    GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@127.0.0.1 GIT_COMMITTER_DATE="$date" \
      git -C "$SECOND" tag -a "$tag" "$commit" -m "${note:-Linux ${tag#v}} (second tree: re-committed, init/main.c changed)"
  done
  rm -f "$index"
  git -C "$SECOND" for-each-ref --format='delete %(refname)' refs/corpus | git -C "$SECOND" update-ref --stdin
  git -C "$SECOND" repack -q -a -d
  git -C "$SECOND" prune --expire=now
  git -C "$REPO" rev-parse $tags | tr '\n' ' ' > "$SECOND/.done"
fi
echo "corpus: $REPO ($(echo $tags | wc -w) tags, $(du -sh "$REPO" | cut -f1)); second tree: $SECOND ($(du -sh "$SECOND" | cut -f1))"
for tag in $tags; do
  printf '  %-6s corpus %s  second %s  (%s blobs differ)\n' "$tag" "$(git -C "$REPO" rev-parse --short=12 "$tag^{commit}")" \
    "$(git -C "$SECOND" rev-parse --short=12 "$tag^{commit}")" \
    "$(diff <(git -C "$REPO" ls-tree -r "$tag") <(git -C "$SECOND" ls-tree -r "$tag") | grep -c '^>' || true)"
done

[ -z "${ONLY_TREE:-}" ] || exit 0

# -- the application --------------------------------------------------------------------------------------------
scripts/build-jar.sh >/dev/null
source scripts/lib/app-command.sh
source scripts/lib/app-api.sh
H2_JAR=$(ls ~/.m2/repository/com/h2database/h2/2.4.*/h2-2.4.*.jar | tail -1)
PID=""
trap '[ -z "$PID" ] || kill "$PID" 2>/dev/null || true' EXIT

rows=()
for db in $DBS; do
  data=$PWD/$WORK/data-$db
  rm -rf "$data"
  args=(--oxidometer.data-dir="$data")
  count_blobs=""
  if [ "$db" = pg ]; then
    source scripts/lib/ci-postgres.sh
    [ -n "${OXIDOMETER_TEST_PG_URL:-}" ] || { echo "no PostgreSQL: skipping pg"; continue; }
    pg_port=${OXIDOMETER_TEST_PG_URL#*localhost:}; pg_port=${pg_port%%/*}
    runuser -u postgres -- psql -p "$pg_port" -q -c "DROP DATABASE IF EXISTS oxidometer_bench_blobs"
    runuser -u postgres -- createdb -p "$pg_port" -O oxidometer oxidometer_bench_blobs
    args+=(--spring.profiles.active=postgres
      --spring.datasource.url="jdbc:postgresql://localhost:$pg_port/oxidometer_bench_blobs"
      --spring.datasource.username=oxidometer --spring.datasource.password=oxidometer)
    count_blobs() { PGPASSWORD=oxidometer psql -h localhost -p "$pg_port" -U oxidometer -d oxidometer_bench_blobs -tAc "SELECT COUNT(*) FROM blob_counts"; }
  else
    # H2 in file mode, one process at a time: counted while the application is stopped
    count_blobs() { java -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:file:$data/oxidometer" -user sa \
      -sql "SELECT COUNT(*) FROM blob_counts" | sed -n 2p | tr -d ' '; }
  fi
  PASSWORD=bench-$RANDOM$RANDOM
  log=$PWD/$WORK/app-$db.log
  start_app() {
    JDK_JAVA_OPTIONS="-Xmx${APP_XMX:-1g} -XX:ActiveProcessorCount=2" "${APP_CMD[@]}" --server.port="$PORT" \
      --server.address=127.0.0.1 --oxidometer.admin.password="$PASSWORD" --oxidometer.load-bundled-dataset=false \
      --oxidometer.load-bundled-news=false --oxidometer.scan-on-start=false "${args[@]}" >>"$log" 2>&1 &
    PID=$!
    await_app "$PID" "$log"
  }
  stop_app() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""; }
  : >"$log"
  echo "== $db: the corpus, then the second tree, into an empty database ($(load))"
  start_app
  api -X POST --data "{\"name\": \"corpus\", \"path\": \"$REPO\"}" "http://127.0.0.1:$PORT/api/repositories" >/dev/null
  api -X POST --data "{\"name\": \"second\", \"path\": \"$SECOND\"}" "http://127.0.0.1:$PORT/api/repositories" >/dev/null
  read -r first first_status first_tags first_errors <<<"$(scan_app corpus 0.1)"
  printf '%s corpus: %.1f s (%s, %s tags, %s errors; %s)\n' "$db" "$first" "$first_status" "$first_tags" "$first_errors" "$(load)"
  if [ -z "${SAME_JVM:-}" ]; then
    stop_app
    blobs_first=$(count_blobs)
    start_app
  elif [ "$db" = pg ]; then
    blobs_first=$(count_blobs)
  else
    blobs_first="(not counted: SAME_JVM)"
  fi
  read -r second second_status second_tags second_errors <<<"$(scan_app second 0.1)"
  printf '%s second tree: %.1f s (%s, %s tags, %s errors; %s)\n' "$db" "$second" "$second_status" "$second_tags" "$second_errors" "$(load)"
  stop_app
  blobs_second=$(count_blobs)
  grep -o 'Scan [0-9]*: stored .*' "$log" | sed 's/^/  /'
  cached_second=$(grep -o 'Scan 2: stored .* cached blobs' "$log" | sed 's/.*, \([0-9]*\) cached blobs/\1/' | paste -sd+ | bc)
  cached_first=$(grep -o 'Scan 1: stored .* cached blobs' "$log" | sed 's/.*, \([0-9]*\) cached blobs/\1/' | paste -sd+ | bc)
  fraction=$(echo "100 * $second / $first" | bc -l)
  printf '%s: second tree / corpus = %.1f %%; blob-cache rows after corpus %s, after second %s; cached blobs used: corpus %s, second %s\n' \
    "$db" "$fraction" "$blobs_first" "$blobs_second" "$cached_first" "$cached_second"
  # what the two trees left in the database, per table (docs/scale.md computes "20 trees x 1,000 tags" from it)
  tables="repository release_tag metric_value rust_file driver_release driver_file abstraction_module release_event repository_tag blob_counts scan_run"
  echo "$db tables after both scans (rows; PostgreSQL: bytes with indexes):"
  for t in $tables; do
    if [ "$db" = pg ]; then
      PGPASSWORD=oxidometer psql -h localhost -p "$pg_port" -U oxidometer -d oxidometer_bench_blobs -tAF' ' \
        -c "SELECT '$t', COUNT(*), pg_total_relation_size('$t') FROM $t"
    else
      echo "$t $(java -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:file:$data/oxidometer" -user sa \
        -sql "SELECT COUNT(*) FROM $t" | sed -n 2p | tr -d ' ')"
    fi
  done | sed 's/^/  /'
  [ "$db" = pg ] || echo "  H2 database file: $(du -b "$data"/oxidometer.mv.db | cut -f1) bytes"
  rows+=("$(printf '| %s | %.1f s | %.1f s | %.1f %% | %s → %s |' "$db" "$first" "$second" "$fraction" "$blobs_first" "$blobs_second")")
done
echo "== summary ($(date -u +%H:%M) UTC; $(load))"
echo "| database | corpus scan (empty cache) | second tree (cache of the corpus) | second / first | blob-cache rows |"
echo "| --- | --- | --- | --- | --- |"
printf '%s\n' "${rows[@]}"
