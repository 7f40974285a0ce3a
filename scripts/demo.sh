#!/usr/bin/env bash
# Builds the release `edge` binary and runs two example programs.
#   scripts/demo.sh --serve [PORT]   instead: build compiler_lib.wasm and serve the browser
#                                    playground (runtime/demo/) on http://127.0.0.1:PORT/demo/
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/ensure-toolchain.sh
. scripts/ensure-toolchain.sh

if [ "${1:-}" = "--serve" ]; then
    if [ ! -f runtime/compiler_lib.wasm ]; then
        echo "==> scripts/build-wasm.sh (runtime/compiler_lib.wasm)"
        scripts/build-wasm.sh
    fi
    exec node runtime/demo/serve.mjs --port "${2:-8000}"
fi

echo "==> cargo build --release -p edge"
cargo build --release -p edge
EDGE=target/release/edge

echo "==> $EDGE --version"
"$EDGE" --version
echo "==> $EDGE examples/hello.py"
"$EDGE" examples/hello.py
echo "==> $EDGE examples/life.py"
"$EDGE" examples/life.py
echo "==> demo finished"
