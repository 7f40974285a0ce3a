#!/usr/bin/env bash
# The JS runtime in real headless Chromium (runtime/tests/browser/). Needs the wasm build
# (scripts/build-wasm.sh and the tests/wasm-guest fixture; scripts/test.sh builds both first).
# Installs what it needs, idempotently: Debian's chromium with apt-get (never a downloaded
# browser) and playwright-core from runtime/package-lock.json into runtime/node_modules.
#   CHROMIUM=/path/to/chromium scripts/test-browser.sh   # another Chromium binary
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/ensure-toolchain.sh
. scripts/ensure-toolchain.sh

CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$CHROMIUM" ]; then
    echo "==> $CHROMIUM not found: installing chromium with apt-get"
    apt_install chromium
fi
export CHROMIUM
if ! command -v npm >/dev/null 2>&1; then
    echo "==> npm not found: installing npm with apt-get"
    apt_install npm
fi
if [ ! -f runtime/node_modules/playwright-core/package.json ] ||
    [ runtime/package-lock.json -nt runtime/node_modules/.package-lock.json ]; then
    echo "==> npm ci (runtime/: playwright-core, test-only)"
    # PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: playwright-core never downloads, but be explicit.
    (cd runtime && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
fi
for f in runtime/compiler_lib.wasm runtime/tests/build/guest.wasm; do
    [ -f "$f" ] || { echo "test-browser: $f missing: run scripts/build-wasm.sh first (see scripts/test.sh)" >&2; exit 1; }
done
echo "==> browser: node --test runtime/tests/browser/ (Chromium $("$CHROMIUM" --version 2>/dev/null | awk '{print $2}'))"
start=$(date +%s)
node --test --test-concurrency=1 runtime/tests/browser/
echo "==> browser tests took $(( $(date +%s) - start )) s"
