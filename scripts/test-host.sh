#!/usr/bin/env bash
# Tests of the official host libraries (runtime/host/: dom, network, storage, time): every
# handler in headless Chromium driven by playwright-core, and their resolution through
# createWorker under Node (needs runtime/compiler_lib.wasm: scripts/build-wasm.sh). Idempotent; from a clean clone it installs what
# is missing: Debian's chromium and nodejs/npm with apt-get, playwright-core (pinned by
# runtime/package-lock.json) with npm ci. playwright-core never downloads a browser: the tests
# launch /usr/bin/chromium (override with CHROMIUM=/path).
set -euo pipefail
cd "$(dirname "$0")/.."

apt_get_install() {
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
            echo "error: need $* and cannot install them (not root, no sudo)" >&2
            exit 1
        fi
    fi
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq "$@" >/dev/null
}

if [ -z "${CHROMIUM:-}" ] && [ ! -x /usr/bin/chromium ]; then
    echo "==> host: installing chromium with apt-get"
    apt_get_install chromium
fi
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "==> host: installing nodejs and npm with apt-get"
    apt_get_install nodejs npm
fi

# npm ci only when the installed playwright-core is not the locked one.
locked="$(node -e 'console.log(require("./runtime/package-lock.json").packages["node_modules/playwright-core"].version)')"
installed="$(node -e 'try { console.log(require("./runtime/node_modules/playwright-core/package.json").version) } catch { console.log("none") }')"
if [ "$locked" != "$installed" ]; then
    echo "==> host: npm ci (playwright-core $locked)"
    (cd runtime && npm ci --no-audit --no-fund --loglevel=error)
fi

# node.test.mjs runs Python through createWorker.
[ -f runtime/compiler_lib.wasm ] || { echo "test-host: runtime/compiler_lib.wasm missing: run scripts/build-wasm.sh first" >&2; exit 1; }

echo "==> host: node --test runtime/tests/host/*.test.mjs (headless Chromium)"
node --test --test-concurrency=1 runtime/tests/host/*.test.mjs
