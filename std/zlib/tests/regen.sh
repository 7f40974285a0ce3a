#!/usr/bin/env bash
# Regenerates cases.expected with CPython 3.13 (zlib 1.2.13: the bytes Edge must match).
set -euo pipefail
cd "$(dirname "$0")"
PYENV_VERSION=3.13.0 python3 -c 'import sys, zlib; assert sys.version_info[:2] == (3, 13) and zlib.ZLIB_RUNTIME_VERSION == "1.2.13"'
PYENV_VERSION=3.13.0 python3 cases.py > cases.expected
echo "regen: $(wc -l < cases.expected) lines in std/zlib/tests/cases.expected"
