#!/usr/bin/env bash
# Everything CI checks: formatting, clippy, unit tests and the CPython-compared corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/ensure-toolchain.sh
. scripts/ensure-toolchain.sh

if ! cargo fmt --version >/dev/null 2>&1 || ! cargo clippy --version >/dev/null 2>&1; then
    if command -v rustup >/dev/null 2>&1; then
        rustup component add rustfmt clippy
    else
        apt_install rustfmt rust-clippy
    fi
fi

if PYENV_VERSION=3.13.0 python3 --version 2>/dev/null | grep -q '^Python 3\.13'; then
    echo "==> CPython 3.13 found: corpus expectations are re-checked against it"
else
    echo "==> CPython 3.13 not found: corpus expectations are used as stored"
fi

echo "==> cargo fmt --check"
cargo fmt --all --check
echo "==> cargo clippy --all-targets -- -D warnings"
cargo clippy --workspace --all-targets -- -D warnings
echo "==> cargo test --workspace"
cargo test --workspace
# ---- WebAssembly (owned by the wasm branch; see docs/abi.md) -------------------------------
# Builds runtime/compiler_lib.wasm and the Path A test guest with scripts/build-wasm.sh, then
# runs the Node tests (runtime/tests/*.test.mjs) and the whole corpus on the wasm build.
if ! command -v node >/dev/null 2>&1; then
    echo "==> node not found: installing nodejs with apt-get"
    apt_install nodejs
fi
echo "==> wasm: scripts/build-wasm.sh (compiler_lib.wasm, tests/wasm-guest)"
scripts/build-wasm.sh --quiet
scripts/build-wasm.sh --quiet --crate tests/wasm-guest --out runtime/tests/build/guest.wasm
echo "==> wasm: scripts/split-wasm.mjs (the two-part build --split makes, for the lazy-part tests)"
mkdir -p runtime/tests/build/split
node scripts/split-wasm.mjs runtime/compiler_lib.wasm runtime/tests/build/split/compiler_lib.wasm runtime/tests/build/split/compiler_lib.lazy.wasm
echo "==> wasm: node --test runtime/tests/wasm.test.mjs runtime/tests/suspend.test.mjs runtime/tests/lazy.test.mjs"
node --test runtime/tests/wasm.test.mjs runtime/tests/suspend.test.mjs runtime/tests/lazy.test.mjs
# ---- wasm-pdk modules (starter-module template, std/* → runtime/std/*.wasm) ---------------
# The same Python cases run natively in `cargo test` (starter-module/tests/native.rs,
# cli/tests/std_modules.rs) and here on the .wasm builds.
echo "==> wasm-pdk: scripts/build-std.sh, starter-module"
scripts/build-std.sh --quiet
echo "==> wasm: corpus on compiler_lib.wasm (std json/re as .wasm, std .py served)"
node runtime/tests/corpus.mjs
scripts/build-wasm.sh --quiet --crate starter-module --out runtime/tests/build/starter.wasm
echo "==> wasm-pdk: node --test runtime/tests/pdk.test.mjs runtime/tests/std.test.mjs runtime/tests/re.test.mjs"
node --test runtime/tests/pdk.test.mjs runtime/tests/std.test.mjs runtime/tests/re.test.mjs
echo "==> runtime: node --test runtime/tests/node-worker.test.mjs (createWorker under Node)"
node --test runtime/tests/node-worker.test.mjs
echo "==> runtime: scripts/test-browser.sh (headless Chromium)"
scripts/test-browser.sh
echo "==> host libraries: scripts/test-host.sh (headless Chromium)"
scripts/test-host.sh
# ---- end WebAssembly ------------------------------------------------------------------------
echo "==> all tests passed"
