#!/usr/bin/env bash
# Builds the release `edge` binary and runs two example programs.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/ensure-toolchain.sh
. scripts/ensure-toolchain.sh

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
