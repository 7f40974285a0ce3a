#!/usr/bin/env bash
# Regenerates cases.expected with CPython 3.13 (Unicode 15.1.0: the answers Edge must match).
set -euo pipefail
cd "$(dirname "$0")"
PYENV_VERSION=3.13.0 python3 -c 'import sys, unicodedata; assert sys.version_info[:2] == (3, 13) and unicodedata.unidata_version == "15.1.0"'
PYENV_VERSION=3.13.0 python3 cases.py > cases.expected
echo "regen: $(wc -l < cases.expected) lines in std/unicodedata/tests/cases.expected"
