#!/usr/bin/env bash
# The main job: builds everything, runs two examples natively, then serves the browser
# playground (runtime/demo/) on http://127.0.0.1:PORT/demo/ until Ctrl-C.
#
#   scripts/demo.sh                 build all, run the examples, serve on port 8000
#   scripts/demo.sh --no-serve      build all and run the examples only
#   scripts/demo.sh --serve [PORT]  serve only (builds the wasm files if they are missing)
#
# "Everything" is the release `edge` CLI, runtime/compiler_lib.wasm and the std .wasm
# modules (runtime/std/json.wasm, runtime/std/re.wasm). Installs what it needs with apt-get.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/ensure-toolchain.sh
. scripts/ensure-toolchain.sh

MODE=all
PORT=8000
case "${1:-}" in
    --serve) MODE=serve; PORT=${2:-8000} ;;
    --no-serve) MODE=examples ;;
    "") ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "demo: unknown argument $1 (try --help)" >&2; exit 2 ;;
esac

build_wasm() {
    echo "==> scripts/build-wasm.sh (runtime/compiler_lib.wasm)"
    scripts/build-wasm.sh --quiet
    echo "==> scripts/build-std.sh (runtime/std/*.wasm)"
    scripts/build-std.sh --quiet
}

serve() {
    if ! command -v node >/dev/null 2>&1; then
        echo "==> node not found: installing nodejs with apt-get"
        apt_install nodejs
    fi
    echo "==> playground: http://127.0.0.1:$PORT/demo/ (Ctrl-C stops)"
    exec node runtime/demo/serve.mjs --port "$PORT"
}

if [ "$MODE" = serve ]; then
    if [ ! -f runtime/compiler_lib.wasm ] || [ ! -f runtime/std/json.wasm ] || [ ! -f runtime/std/re.wasm ]; then
        build_wasm
    fi
    serve
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

if [ "$MODE" = examples ]; then
    echo "==> demo finished"
    exit 0
fi
build_wasm
serve
