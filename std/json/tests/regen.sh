#!/usr/bin/env bash
# Regenerates cases.expected with CPython 3.13 (the json behaviour Edge must match).
set -euo pipefail
cd "$(dirname "$0")"
PYENV_VERSION=3.13.0 python3 -c 'import sys; assert sys.version_info[:2] == (3, 13), sys.version'
PYENV_VERSION=3.13.0 python3 cases.py > cases.expected
echo "regen: $(wc -l < cases.expected) lines in std/json/tests/cases.expected"
