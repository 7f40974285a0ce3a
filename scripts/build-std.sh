#!/usr/bin/env bash
# Builds the standard modules written with wasm-pdk: std/NAME/ → runtime/std/NAME.wasm
# (each through scripts/build-wasm.sh: opt-level z, panic=immediate-abort, wasm-opt -Oz).
#
#   scripts/build-std.sh            # every std/*/ crate
#   scripts/build-std.sh json re    # some of them
#   options: --quiet
set -euo pipefail
cd "$(dirname "$0")/.."

QUIET=
names=()
for a in "$@"; do
    case "$a" in
        --quiet) QUIET=--quiet ;;
        *) names+=("$a") ;;
    esac
done
if [ ${#names[@]} -eq 0 ]; then
    for d in std/*/; do
        [ -f "$d/Cargo.toml" ] && names+=("$(basename "$d")")
    done
fi
mkdir -p runtime/std
for n in "${names[@]}"; do
    # std/re keeps its dependency-free engine at std/re and the wasm-pdk crate in std/re/module.
    crate="std/$n"
    [ -f "std/$n/module/Cargo.toml" ] && crate="std/$n/module"
    scripts/build-wasm.sh $QUIET --crate "$crate" --out "runtime/std/$n.wasm"
    echo "build-std: runtime/std/$n.wasm $(wc -c < "runtime/std/$n.wasm") bytes, $(gzip -9 -c "runtime/std/$n.wasm" | wc -c) gzipped" >&2
done
