# Sourced by the scripts that may build the frontend: selects Node 24 or newer for Vaadin's frontend build (Vite
# needs it) and sets NODE_BIN (the folder with `node`, also put first on PATH) and NODE_ARGS (the Maven argument
# -Dvaadin.node.folder=NODE_BIN). The machine's node serves when it is 24 or newer; else scripts/node24.sh lays out
# Node 24 from npm (cached after the first run). The one Node selection of the project's scripts.
node_major=$(node --version 2>/dev/null | sed -n 's/^v\([0-9][0-9]*\).*/\1/p')
if [ "${node_major:-0}" -ge 24 ]; then
  NODE_BIN="$(dirname "$(command -v node)")"
else
  NODE_BIN="$("$(dirname "${BASH_SOURCE[0]}")/../node24.sh")"
fi
export PATH="$NODE_BIN:$PATH"
NODE_ARGS=("-Dvaadin.node.folder=$NODE_BIN")
